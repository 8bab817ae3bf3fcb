"""Runs with a small file-size limit (RLIMIT_FSIZE, SIGXFSZ ignored), so every write that would
grow a file past it fails the way it does on a full disk (EFBIG). Run by test_disk_full.py:

    python -m tests.e2e.diskfull_child DATA_DIR OUT_DIR HEADROOM_BYTES

Opens the vault, lowers the limit to the current size of its files plus HEADROOM, then saves
support contacts until a save fails, then tries a manual backup with a limit below the database's size. Prints one JSON line.
"""

from __future__ import annotations

import json
import resource
import signal
import sys
from pathlib import Path

PASSPHRASE = "disk full passphrase words"


def main() -> int:
    from wellness_journal.core.errors import WellnessError
    from wellness_journal.core.models import ContactKind, SupportContact
    from wellness_journal.services import backup
    from wellness_journal.services.session import Session
    from wellness_journal.storage.keyslots import KdfParams
    from wellness_journal.storage.paths import AppPaths
    from wellness_journal.storage.vault import Vault
    from wellness_journal.ui.messages import error_text

    data, out, headroom = AppPaths.for_dir(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    vault = Vault.open_with_secret(data, PASSPHRASE)
    session = Session(vault, KdfParams.fast_for_tests())
    largest = max(p.stat().st_size for p in data.data_dir.iterdir() if p.is_file())
    limit = largest + headroom
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))
    report: dict[str, object] = {"limit": limit, "saved": 0}
    for n in range(100_000):
        try:
            session.contacts.save(
                SupportContact(
                    id=None,
                    uid=f"full-{n}",
                    kind=ContactKind.PERSONAL,
                    name=f"Person {n}",
                    note=f"note {n} " + "calm and steady " * 200,
                )
            )
        except WellnessError as exc:
            report.update(save_kind=exc.kind.value, save_message=error_text(exc))
            break
        report["saved"] = n + 1
    # The backup drive is fuller still: not even a copy of the database fits.
    half = data.database.stat().st_size // 2
    resource.setrlimit(resource.RLIMIT_FSIZE, (half, resource.RLIM_INFINITY))
    try:
        backup.make_manual(data, session.backups.source(), out / "full.wjbackup")
        report["backup_kind"] = "ok"
    except WellnessError as exc:
        report.update(backup_kind=exc.kind.value, backup_message=error_text(exc))
    vault.close()
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
