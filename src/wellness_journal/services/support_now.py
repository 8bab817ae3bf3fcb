"""Remembers, in the vault, the day the support-now panel was last offered for each reason, so
that it is offered at most once a day per reason. The day is kept as a setting inside the
encrypted vault (never in preferences.json, QSettings or any other file), and it is not part of
exports: it is the app's memory, not something the person wrote."""

from __future__ import annotations

from wellness_journal.core.support_now import Reason
from wellness_journal.services.checkins import Now
from wellness_journal.storage.connection import Database
from wellness_journal.storage.repositories import settings as settings_repo

KEY_PREFIX = "support_now."  # settings with this prefix are left out of exports and imports


class SupportNowService:
    def __init__(self, db: Database, now: Now) -> None:
        self._db = db
        self._now = now

    def claim(self, reason: Reason) -> bool:
        """True, and remembered, when the panel was not offered for ``reason`` today (local
        day); False when it was. Raises VaultError when it cannot be remembered."""
        key, day = KEY_PREFIX + reason.value, self._now().date().isoformat()
        with self._db.transaction():
            if settings_repo.get(self._db, key) == day:
                return False
            settings_repo.put(self._db, key, day)
        return True

    def offered_on(self, reason: Reason) -> str | None:
        """The day (ISO text) the panel was last offered for ``reason``, if ever."""
        return settings_repo.get(self._db, KEY_PREFIX + reason.value)
