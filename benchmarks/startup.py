"""Start-up and unlock figures: prints medians; not part of the test run.

    .venv/bin/python benchmarks/startup.py [--runs 7] [--years 30]

- start: from launching the process to the lock screen being shown (first event-loop turn after
  the window is shown), measured by the parent process.
- unlock: key derivation with the production Argon2id parameters + opening the vault, through the
  lock screen (type passphrase, press Unlock, main window shown).
- idle RSS: resident memory of the app one second after unlocking (Linux /proc).

With ``--years N`` the journal holds N years of made-up entries and logs (``sample.py``), to see
that unlocking does not slow down as the journal grows.

Uses the offscreen Qt platform unless DISPLAY is set and --xcb is given.

    .venv/bin/python benchmarks/startup.py --bundle dist/wellness-journal [--runs 5]

compares the PyInstaller bundle with the source install (.venv): the time from launching the
app to its lock screen being shown and the app quitting again (the hidden `--quit-after 0`
closes the window on the first turn of the event loop), measured from outside as a user would
wait for it. "Cold" is the first start after the page cache was dropped (as root; otherwise the
first start after the others, and it says so), "warm" the median of the starts after it.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PASSPHRASE = "benchmark passphrase words"

CHILD = r"""
import json, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from wellness_journal import app
from wellness_journal.ui.shell.window import Shell

out = {}

def rss_mb():
    try:
        for line in open("/proc/self/status"):
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return -1.0

def shell():
    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, Shell) and w.isVisible()), None)

def first_turn():
    s = shell()
    if s is None:
        QTimer.singleShot(0, first_turn)
        return
    print("SHOWN", flush=True)
    out["rss_locked_mb"] = rss_mb()
    s.unlock_screen.field.setText(sys.argv[2])
    out["t_unlock"] = time.perf_counter()
    s.unlock_screen.unlock_button.click()
    QTimer.singleShot(1, wait_unlocked)

def wait_unlocked():
    s = shell()
    if s.main_area is None:
        QTimer.singleShot(1, wait_unlocked)
        return
    out["unlock_ms"] = (time.perf_counter() - out.pop("t_unlock")) * 1000
    QTimer.singleShot(1000, idle)

def idle():
    out["rss_idle_mb"] = rss_mb()
    print("RESULT " + json.dumps(out), flush=True)
    shell().close()

QTimer.singleShot(0, first_turn)
app.main(["--data-dir", sys.argv[1]])
"""


def drop_page_cache() -> bool:
    """Empty the kernel's page cache so the next start reads everything from disk (root only)."""
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def time_starts(
    command: list[str], env: dict[str, str], runs: int
) -> tuple[float, list[float], bool]:
    """Cold start (ms), warm starts (ms) and whether the cold one really began with no cache."""

    def once() -> float:
        t0 = time.perf_counter()
        result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
        if result.returncode != 0:
            raise SystemExit(f"{command[0]} exited {result.returncode}: {result.stderr[-1000:]}")
        return (time.perf_counter() - t0) * 1000

    once()  # bytecode and font caches written, as after the first start of an installed app
    dropped = drop_page_cache()
    cold = once()
    return cold, [once() for _ in range(runs)], dropped


def compare_bundle(bundle: Path, runs: int, xcb: bool) -> int:
    root = Path(__file__).resolve().parents[1]
    sys.path.insert(0, str(root / "src"))
    from wellness_journal.storage.keyslots import KdfParams
    from wellness_journal.storage.paths import AppPaths
    from wellness_journal.storage.vault import Vault

    exe = bundle / "wellness-journal" if bundle.is_dir() else bundle
    source = root / ".venv" / "bin" / "wellness-journal"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    if not xcb:
        env["QT_QPA_PLATFORM"] = "offscreen"
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        paths = AppPaths.for_dir(Path(tmp) / "data")
        Vault.create(paths, PASSPHRASE, kdf=KdfParams.production()).vault.close()
        args = ["--data-dir", str(paths.data_dir), "--quit-after", "0"]
        for name, program in (("source install (.venv)", source), (f"bundle ({bundle})", exe)):
            if not program.is_file():
                print(f"{name}: not found at {program}", file=sys.stderr)
                return 1
            rows.append((name, *time_starts([str(program), *args], env, runs)))
    print(
        f"start to lock screen shown and quit (--quit-after 0), "
        f"{'xcb' if xcb else 'offscreen'}, {runs} warm runs:"
    )
    for name, cold, warm, dropped in rows:
        note = "" if dropped else "  (page cache not dropped: not root)"
        print(
            f"  {name:40s} cold {cold:6.0f} ms   warm median {statistics.median(warm):6.0f} ms"
            f"   (min {min(warm):.0f}, max {max(warm):.0f}){note}"
        )
    return 0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--xcb", action="store_true", help="use the real display (DISPLAY)")
    parser.add_argument("--years", type=int, default=0, help="years of made-up entries (default 0)")
    parser.add_argument(
        "--bundle", type=Path, metavar="DIR", help="compare this PyInstaller bundle with .venv"
    )
    args = parser.parse_args()
    if args.bundle is not None:
        return compare_bundle(args.bundle, args.runs, args.xcb)

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from wellness_journal.storage.keyslots import KdfParams
    from wellness_journal.storage.paths import AppPaths
    from wellness_journal.storage.vault import Vault

    env = dict(os.environ)
    # An installed app has compiled bytecode (pip and PyInstaller write it); let the children
    # write and use it as an installed copy would, and do one run first that is not counted.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if not args.xcb:
        env["QT_QPA_PLATFORM"] = "offscreen"
    with tempfile.TemporaryDirectory() as tmp:
        paths = AppPaths.for_dir(Path(tmp) / "data")
        t = time.perf_counter()
        vault = Vault.create(paths, PASSPHRASE, kdf=KdfParams.production()).vault
        create_ms = (time.perf_counter() - t) * 1000
        if args.years:
            from datetime import date

            import sample
            from wellness_journal.services.journal import JournalService

            with vault.db.transaction():
                JournalService(vault.db).add_imported(sample.synthetic(args.years))
            sample.fill_logs(vault.db, args.years, date.today())
        vault.close()
        env["MPLCONFIGDIR"] = str(Path(tmp) / "mpl")
        starts, unlocks, idle, locked = [], [], [], []
        for run in range(args.runs + 1):
            t0 = time.perf_counter()
            proc = subprocess.Popen(
                [sys.executable, "-c", CHILD, str(paths.data_dir), PASSPHRASE],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                env=env,
            )
            assert proc.stdout is not None
            result = None
            for line in proc.stdout:
                if line.startswith("SHOWN"):
                    starts.append((time.perf_counter() - t0) * 1000)
                elif line.startswith("RESULT "):
                    result = json.loads(line[7:])
            proc.wait(timeout=60)
            if result is None:
                print(proc.stderr.read() if proc.stderr else "", file=sys.stderr)
                return 1
            if run == 0:  # the warm-up run: bytecode written, caches filled
                starts.clear()
                continue
            unlocks.append(result["unlock_ms"])
            idle.append(result["rss_idle_mb"])
            locked.append(result["rss_locked_mb"])

    kdf = KdfParams.production()
    print(
        f"journal: {args.years} years of made-up entries; "
        f"runs: {args.runs} after one warm-up run, platform: {'xcb' if args.xcb else 'offscreen'}, "
        f"KDF: Argon2id {kdf.memory_kib // 1024} MiB, {kdf.iterations} passes, {kdf.lanes} lanes"
    )
    print(f"create vault (2 key derivations):      {create_ms:7.0f} ms")
    print(
        f"start to lock screen shown:   median {statistics.median(starts):7.0f} ms"
        f"   (min {min(starts):.0f}, max {max(starts):.0f})   target <= 1000 ms"
    )
    print(
        f"unlock (KDF + open + window): median {statistics.median(unlocks):7.0f} ms"
        f"   (min {min(unlocks):.0f}, max {max(unlocks):.0f})   target 300-1000 ms"
    )
    print(f"RSS at lock screen:           median {statistics.median(locked):7.1f} MB")
    print(
        f"RSS idle after unlock:        median {statistics.median(idle):7.1f} MB   target <= 200 MB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
