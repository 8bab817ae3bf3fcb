"""The script that makes the README's screenshots still runs: it writes real images of the
pages it is asked for, from the demo journal, without a screen."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_the_screenshot_script_writes_the_pages_it_is_asked_for(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "tools" / "readme_screenshots.py"),
            "--out",
            str(tmp_path),
            "--size",
            "1024x600",
            "--shots",
            "today",
            "journal",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["journal.png", "today.png"]
    for name in ("today", "journal"):
        image = QImage(str(tmp_path / f"{name}.png"))
        assert (image.width(), image.height()) == (1024, 600)
        # Not a blank frame: many colours (text, buttons, the sidebar).
        colours = {image.pixel(x, y) for x in range(0, 1024, 16) for y in range(0, 600, 16)}
        assert len(colours) > 20
