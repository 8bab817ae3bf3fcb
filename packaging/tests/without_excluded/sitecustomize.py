"""Imported by every Python process started with this folder on PYTHONPATH (the packaging tests
do that): the modules the bundle leaves out (packaging/bundle_rules.py) cannot be imported, as in
the bundle. Test tools the bundle never needs stay importable."""

from __future__ import annotations

import importlib.abc
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import bundle_rules

TEST_TOOLS = {"pytest", "hypothesis", "doctest", "pydoc", "readline", "curses", "numpy.testing"}
BLOCKED = frozenset(set(bundle_rules.EXCLUDED_MODULES) - TEST_TOOLS)


class _LeftOut(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):  # type: ignore[no-untyped-def]
        if name in BLOCKED or any(name.startswith(b + ".") for b in BLOCKED):
            raise ModuleNotFoundError(f"{name} is left out of the bundle", name=name)
        return None


sys.meta_path.insert(0, _LeftOut())
