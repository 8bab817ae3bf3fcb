"""Backup figures for a realistic vault: prints medians; not part of the test run.

    .venv/bin/python benchmarks/backup.py [--years 5] [--runs 3]

The vault holds, per year, 365 journal-sized entries (~1.5 KB each) and 1,000 small log rows (the
journal and Today features are not on this branch yet: stand-in tables of the same shape), plus
the foundation's contacts and settings. Measured: a manual backup (copy, check, pack, read back
and check again), the daily check when nothing changed (fingerprint only), an automatic backup,
and a restore (key derivation with the cheap test parameters, unpack, check, put in place).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from wellness_journal.services import backup
from wellness_journal.services.session import Session
from wellness_journal.storage.keyslots import KdfParams
from wellness_journal.storage.paths import AppPaths
from wellness_journal.storage.vault import Vault

PASSPHRASE = "benchmark passphrase words"
WORDS = [
    "shift",
    "calm",
    "sleep",
    "partner",
    "call",
    "steady",
    "breath",
    "coffee",
    "night",
    "patrol",
    "quiet",
    "home",
    "walk",
]


def fill(vault: Vault, years: int) -> None:
    rng = random.Random(1)
    db = vault.db
    with db.transaction():
        db.execute("CREATE TABLE bench_entries (id INTEGER PRIMARY KEY, day TEXT, body TEXT)")
        db.execute(
            "CREATE TABLE bench_checkins (id INTEGER PRIMARY KEY, at TEXT, mood INT, note TEXT)"
        )
        start = datetime(2021, 1, 1)
        db.executemany(
            "INSERT INTO bench_entries (day, body) VALUES (?, ?)",
            [
                (
                    (start + timedelta(days=d)).date().isoformat(),
                    " ".join(rng.choices(WORDS, k=250)),
                )
                for d in range(365 * years)
            ],
        )
        db.executemany(
            "INSERT INTO bench_checkins (at, mood, note) VALUES (?, ?, ?)",
            [
                (
                    (start + timedelta(hours=9 * i)).isoformat(),
                    rng.randint(1, 5),
                    " ".join(rng.choices(WORDS, k=8)),
                )
                for i in range(1000 * years)
            ],
        )


def timed(fn):  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    result = fn()
    return time.perf_counter() - started, result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="wj-backup-bench-") as folder:
        root = Path(folder)
        paths = AppPaths.for_dir(root / "data")
        created = Vault.create(paths, PASSPHRASE, kdf=KdfParams.fast_for_tests())
        fill(created.vault, args.years)
        session = Session(created.vault, KdfParams.fast_for_tests())
        created.vault.db.checkpoint()
        vault_bytes = paths.database.stat().st_size
        manual, check, auto, restore = [], [], [], []
        size = 0
        day = datetime(2026, 3, 2, 21, 0).astimezone()
        for run in range(args.runs):
            seconds, info = timed(
                lambda run=run: backup.make_manual(
                    paths, session.backups.source(), root / f"m{run}.wjbackup"
                )
            )
            manual.append(seconds)
            size = info.size
            when = day + timedelta(days=2 * run)
            seconds, _ = timed(
                lambda when=when: backup.run_automatic(paths, session.backups.source(), when)
            )
            auto.append(seconds)
            later = when + timedelta(days=1)
            seconds, result = timed(
                lambda later=later: backup.run_automatic(paths, session.backups.source(), later)
            )
            assert result.reason == "unchanged", result.reason
            check.append(seconds)
            target = AppPaths.for_dir(root / f"restored-{run}")
            seconds, _ = timed(
                lambda target=target, run=run: backup.restore(
                    target, root / f"m{run}.wjbackup", PASSPHRASE
                )
            )
            restore.append(seconds)
        created.vault.close()
    med = statistics.median
    print(f"vault: {args.years} years, database {vault_bytes / 1e6:.1f} MB")
    print(f"backup file: {size / 1e6:.1f} MB")
    print(f"manual backup (copy, check, pack, verify): median {med(manual):.2f} s")
    print(f"automatic backup: median {med(auto):.2f} s")
    print(f"daily check with nothing changed: median {med(check):.2f} s")
    print(f"restore (cheap KDF): median {med(restore):.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
