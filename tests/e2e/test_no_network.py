"""A whole GUI session (create, unlock, every page, lock, unlock, quit) opens no network socket."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.helpers import files_containing

SCRIPT = Path(__file__).with_name("gui_session.py")


def run_session(tmp_path: Path, marker: str) -> dict:  # type: ignore[type-arg]
    data = tmp_path / "data"
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        MPLCONFIGDIR=str(tmp_path / "mpl"),
    )
    result = subprocess.run(
        [sys.executable, str(SCRIPT), str(data), marker],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_full_session_opens_no_inet_socket(tmp_path: Path):
    marker = "E2E-marker-5521"
    report = run_session(tmp_path, marker)
    assert report["code"] == 0
    assert report["steps"][-1] == "closed", report["steps"]
    assert "locked" in report["steps"]
    assert report["steps"][0].startswith("pages:")
    assert "support" in report["steps"][0]
    assert report["events"] == []
    assert report["inet_sockets"] == []
    # And what was written is not readable in any file of the data folder.
    assert files_containing(tmp_path / "data", marker) == []
