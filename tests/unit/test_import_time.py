"""Nothing happens at import time: no folders, no QApplication, no settings read."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = r"""
import importlib, pkgutil, sys
import wellness_journal
names = [m.name for m in pkgutil.walk_packages(wellness_journal.__path__, "wellness_journal.")]
for name in names:
    if name.endswith("__main__"):
        continue
    importlib.import_module(name)
from PySide6.QtWidgets import QApplication
assert QApplication.instance() is None, "a QApplication was made at import time"
print(len(names))
"""


def test_importing_every_module_creates_nothing(tmp_path: Path):
    home = tmp_path / "home"
    home.mkdir()
    env = dict(
        os.environ,
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        MPLCONFIGDIR=str(tmp_path / "mpl"),
        QT_QPA_PLATFORM="offscreen",
    )
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) > 20
    assert list(home.rglob("*")) == []
