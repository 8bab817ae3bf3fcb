"""Run the real program in a test's own process, as a user or a script would, with cheap key
derivation (``tests/launcher.py``).

    result = run_program(data, "verify", "--passphrase-stdin", stdin=PASS + "\\n")
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def run_program(
    data: Path,
    *args: str,
    stdin: str = "",
    headless: bool = False,
    env_extra: dict[str, str] | None = None,
    timeout: int = 120,
) -> subprocess.CompletedProcess[str]:
    """``wellness-journal --data-dir DATA ARGS...``; ``headless`` takes the display away (no
    QT_QPA_PLATFORM, no DISPLAY), as for a command that needs none."""
    env = dict(os.environ, **(env_extra or {}))
    if headless:
        env.pop("QT_QPA_PLATFORM", None)
        env.pop("DISPLAY", None)
    return subprocess.run(
        [sys.executable, "-m", "tests.launcher", "--data-dir", str(data), *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        cwd=ROOT,
    )


def run_probe(
    args: list[str], *, env: dict[str, str] | None = None, timeout: int = 300
) -> dict[str, Any]:
    """Run a probe (``python -m tests...`` or a script) in a process of its own and return the
    JSON it printed last; fails the test with the probe's errors if it did not end well."""
    done = subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    found: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return found
