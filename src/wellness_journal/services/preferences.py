"""Preferences needed before the vault is unlocked (the theme, the region of the crisis lines).
They hold nothing the user wrote.

The region is as public as the computer's own locale: it says which country's crisis lines and
emergency number the lock screen shows, nothing about the journal. Nothing here says whether the
journal holds a safety plan or anything else.

Discreet mode and the reminder times are here too: the window's title and the check-in and sleep
diary reminders must work while the journal is locked. They say how the app should behave, never
what is in the journal (what is due after a hard call is read from inside it, only while it is
unlocked)."""

from __future__ import annotations

from typing import Any

from wellness_journal.core.crisis import REGIONS, Region, region
from wellness_journal.core.reminders import ReminderTimes
from wellness_journal.storage.paths import AppPaths
from wellness_journal.storage.statefile import read_json, write_json

THEMES = ("system", "light", "dark")
REGION_TOPIC = "region"  # announced when the region changes: pages that show its numbers refresh
DISCREET_TOPIC = "discreet"  # announced when discreet mode is switched on or off
REMINDERS_TOPIC = "reminders"  # announced when the reminder times change


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

    def discreet(self) -> bool:
        """Discreet mode: a neutral name ("Notes") on the window, the tray and the lock screen."""
        return read_json(self._path).get("discreet") is True

    def set_discreet(self, on: bool) -> None:
        self._put("discreet", bool(on))

    def reminder_times(self) -> ReminderTimes:
        return ReminderTimes.from_json(read_json(self._path).get("reminders"))

    def set_reminder_times(self, times: ReminderTimes) -> None:
        self._put("reminders", times.to_json())

    def _put(self, key: str, value: Any) -> None:
        data = read_json(self._path)
        data[key] = value
        write_json(self._path, data)
