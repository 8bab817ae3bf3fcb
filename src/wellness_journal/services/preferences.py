"""Preferences needed before the vault is unlocked (the theme). They hold nothing the user wrote."""

from __future__ import annotations

from wellness_journal.storage.paths import AppPaths
from wellness_journal.storage.statefile import read_json, write_json

THEMES = ("system", "light", "dark")


class Preferences:
    def __init__(self, paths: AppPaths) -> None:
        self._path = paths.preferences

    def theme(self) -> str:
        value = read_json(self._path).get("theme")
        return value if value in THEMES else "system"

    def set_theme(self, theme: str) -> None:
        if theme not in THEMES:
            raise ValueError(f"unknown theme {theme!r}")
        data = read_json(self._path)
        data["theme"] = theme
        write_json(self._path, data)
