"""Settings kept in the vault."""

from __future__ import annotations

from wellness_journal.core.models import Changes
from wellness_journal.storage.connection import Database
from wellness_journal.storage.repositories import settings as repo

TOPIC = "settings"
AUTO_LOCK_KEY = "auto_lock_minutes"
AUTO_LOCK_DEFAULT = 5
AUTO_LOCK_RANGE = (1, 60)
# Inside the vault: they matter only while it is unlocked.
DUE_REMINDERS_KEY = "reminders.due"  # remind of follow-ups and self-checks when due (opt-in)
LOCK_MINIMISED_KEY = "lock.when_minimised"  # lock when the window is minimised (default off)


class SettingsService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def auto_lock_minutes(self) -> int:
        raw = repo.get(self._db, AUTO_LOCK_KEY)
        try:
            value = int(raw) if raw is not None else AUTO_LOCK_DEFAULT
        except ValueError:
            value = AUTO_LOCK_DEFAULT
        low, high = AUTO_LOCK_RANGE
        return min(max(value, low), high)

    def set_auto_lock_minutes(self, minutes: int) -> Changes:
        low, high = AUTO_LOCK_RANGE
        if not low <= minutes <= high:
            raise ValueError(f"auto-lock must be {low} to {high} minutes")
        with self._db.transaction():
            repo.put(self._db, AUTO_LOCK_KEY, str(minutes))
        return Changes.of(TOPIC)

    def due_reminders(self) -> bool:
        return repo.get(self._db, DUE_REMINDERS_KEY, "0") == "1"

    def set_due_reminders(self, on: bool) -> Changes:
        return self.put(DUE_REMINDERS_KEY, "1" if on else "0")

    def lock_when_minimised(self) -> bool:
        return repo.get(self._db, LOCK_MINIMISED_KEY, "0") == "1"

    def set_lock_when_minimised(self, on: bool) -> Changes:
        return self.put(LOCK_MINIMISED_KEY, "1" if on else "0")

    def get(self, key: str, default: str | None = None) -> str | None:
        return repo.get(self._db, key, default)

    def put(self, key: str, value: str) -> Changes:
        with self._db.transaction():
            repo.put(self._db, key, value)
        return Changes.of(TOPIC)
