"""The windows that open over the main window fit a laptop's screen: at 1366x768 and at
1024x600 (less a taskbar) nothing in them is cut off, and a window taller than the screen allows
scrolls inside, its heading and buttons in view.

Each screen size runs in a process of its own (``dialog_fit_probe``): the offscreen platform
takes its screen's size from a config file, read once per process."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.program import run_probe


@pytest.mark.parametrize("size", [(1366, 720), (1024, 560)])
def test_windows_over_the_main_window_fit_the_screen(tmp_path: Path, size: tuple[int, int]) -> None:
    width, height = size
    screen = {
        "screens": [
            {"name": "laptop", "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": 96}
        ]
    }
    config = tmp_path / "screen.json"
    config.write_text(json.dumps(screen), encoding="utf-8")
    report = run_probe(
        ["-m", "tests.ui.dialog_fit_probe", str(tmp_path / "data")],
        env=dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}"),
        timeout=180,
    )
    assert report["screen"] == [width, height]  # the probe really had this screen
    seen = report["windows"]
    assert len(seen) == 5
    assert {name: w["cut"] for name, w in seen.items() if w["cut"]} == {}
    assert {name: w["size"] for name, w in seen.items() if w["size"][1] > height - 60} == {}
