"""The hidden --quit-after option the packages' smoke tests use: the demo window opens and the
app ends by itself, cleanly, leaving no demo folder behind."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path


def test_demo_quits_by_itself(tmp_path: Path):
    env = dict(
        os.environ, QT_QPA_PLATFORM="offscreen", TMPDIR=str(tmp_path), MPLCONFIGDIR=str(tmp_path)
    )
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "wellness_journal", "--demo", "--quit-after", "1"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert time.monotonic() - started >= 1
    assert not list(tmp_path.glob("wellness-journal-demo-*"))
    # The window had matplotlib's font list built by a child (chart_fonts.py), waited for at quit.
    assert list(tmp_path.glob("fontlist-v*.json"))


def test_quit_after_is_not_in_help():
    result = subprocess.run(
        [sys.executable, "-m", "wellness_journal", "--help"], capture_output=True, text=True
    )
    assert result.returncode == 0
    assert "quit" not in result.stdout
    assert "prepare" not in result.stdout  # --prepare-charts, the font list child
