"""A longer crash soak: kill a writing process with SIGKILL again and again, check after each kill
that the vault opens, passes both integrity checks and holds every write it confirmed.

    .venv/bin/python benchmarks/crash_soak.py [--kills 500] [--kinds contacts,settings] [--seed 1]

Prints progress and finally "N kills, 0 lost" (exit 0), or the problems found (exit 1).
The same loop runs, shorter, in tests/e2e/test_crash.py.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.e2e.crashkit import RECORD_TYPES, Outcome, crash_loop  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=500)
    parser.add_argument("--kinds", default=",".join(RECORD_TYPES))
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    started = time.monotonic()

    def report(outcome: Outcome) -> None:
        if outcome.kills % 25 == 0:
            print(
                f"  {outcome.kills} kills, {outcome.confirmed} confirmed writes,"
                f" {outcome.backups_made} backups, {len(outcome.lost)} problems"
                f" ({time.monotonic() - started:.0f} s)",
                flush=True,
            )

    with tempfile.TemporaryDirectory(prefix="wj-crash-soak-") as folder:
        outcome = crash_loop(
            Path(folder) / "data", args.kills, kinds=args.kinds, seed=args.seed, report=report
        )
    for problem in outcome.lost[:20]:
        print(f"PROBLEM: {problem}")
    print(
        f"{outcome.kills} kills, {len(outcome.lost)} lost"
        f" ({outcome.confirmed} confirmed writes, {outcome.backups_made} backups,"
        f" {time.monotonic() - started:.0f} s)"
    )
    return 0 if not outcome.lost else 1


if __name__ == "__main__":
    sys.exit(main())
