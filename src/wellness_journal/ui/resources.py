"""Locate the files in ``assets/`` (icons, the app icon, the Learn guides, the self-check forms)
in a wheel, a bundle or a source checkout."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def assets_dir() -> Path:
    package = Path(__file__).resolve().parent.parent  # src/wellness_journal (this file is ui/)
    candidates = [
        package / "assets",  # installed wheel (force-included) or PyInstaller bundle
        package.parent.parent / "assets",  # editable install from a source checkout
    ]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.insert(0, Path(bundle) / "wellness_journal" / "assets")
    for candidate in candidates:
        if (candidate / "icons").is_dir():
            return candidate
    raise FileNotFoundError("the assets folder of Wellness Journal is missing")


def icon_path(name: str) -> Path:
    return assets_dir() / "icons" / f"{name}.svg"


def app_icon_path() -> Path:
    return assets_dir() / "app-icon.svg"


def notes_icon_path() -> Path:
    """Discreet mode's neutral icon (a plain notepad)."""
    return assets_dir() / "notes-icon.svg"


def guides_dir() -> Path:
    """The Learn guides: one Markdown file each (see ``core/guides.py``)."""
    return assets_dir() / "guides"


def selfcheck_forms_path() -> Path:
    """The self-check questionnaires' official wording (see ``core/selfcheck_forms.py``)."""
    return assets_dir() / "selfchecks" / "forms.json"
