"""Preferences needed before the vault is unlocked (the theme, the region of the crisis lines).
They hold nothing the user wrote.

The region is as public as the computer's own locale: it says which country's crisis lines and
emergency number the lock screen shows, nothing about the journal. Nothing here says whether the
journal holds a safety plan or anything else."""

from __future__ import annotations

from wellness_journal.core.crisis import REGIONS, Region, region
from wellness_journal.storage.paths import AppPaths
from wellness_journal.storage.statefile import read_json, write_json

THEMES = ("system", "light", "dark")
REGION_TOPIC = "region"  # announced when the region changes: pages that show its numbers refresh


class Preferences:
    def __init__(self, paths: AppPaths) -> None:
        self._path = paths.preferences

    def theme(self) -> str:
        value = read_json(self._path).get("theme")
        return value if value in THEMES else "system"

    def set_theme(self, theme: str) -> None:
        if theme not in THEMES:
            raise ValueError(f"unknown theme {theme!r}")
        self._put("theme", theme)

    def region_chosen(self) -> bool:
        """False until a region was chosen (or picked from the locale at first run)."""
        return read_json(self._path).get("region") in {r.code for r in REGIONS}

    def region(self) -> Region:
        """The chosen region; the United States when none was chosen."""
        value = read_json(self._path).get("region")
        return region(value if isinstance(value, str) else None)

    def set_region(self, code: str) -> None:
        if code not in {r.code for r in REGIONS}:
            raise ValueError(f"unknown region {code!r}")
        self._put("region", code)

    def _put(self, key: str, value: str) -> None:
        data = read_json(self._path)
        data[key] = value
        write_json(self._path, data)
