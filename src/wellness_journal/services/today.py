"""The Today feature's services, made together so they share one clock and one time zone.

Also keeps half-filled Today forms as drafts in the vault when the journal locks.
"""

from __future__ import annotations

import json
from datetime import datetime, tzinfo
from typing import Any

from wellness_journal.core.localzone import system_zone, utc_key
from wellness_journal.core.models import NOTHING, Changes
from wellness_journal.services.checkins import CheckinService, Now
from wellness_journal.services.incidents import IncidentsService
from wellness_journal.services.sleep import SleepService
from wellness_journal.services.stress import StressService
from wellness_journal.storage.connection import Database
from wellness_journal.storage.repositories import today_drafts as drafts_repo

TOPICS = ("checkins", "stress", "incidents", "sleep")


def json_object(raw: str | None) -> dict[str, Any] | None:
    """A draft kept as JSON, read back: the object, or None when there is none or it is not one."""
    if raw is None:
        return None
    try:
        value = json.loads(raw)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


class DraftsService:
    """One draft per form name (e.g. "sleep"); the data is whatever the form needs to come back."""

    def __init__(self, db: Database, now: Now) -> None:
        self._db = db
        self._now = now

    def keep(self, form: str, data: dict[str, Any]) -> None:
        with self._db.transaction():
            drafts_repo.put(self._db, form, json.dumps(data, ensure_ascii=False), self._stamp())

    def get(self, form: str) -> dict[str, Any] | None:
        return json_object(drafts_repo.get(self._db, form))

    def forms(self) -> list[str]:
        return drafts_repo.forms(self._db)

    def discard(self, form: str, topic: str = "") -> Changes:
        with self._db.transaction():
            drafts_repo.delete(self._db, form)
        return Changes.of(topic) if topic else NOTHING

    def _stamp(self) -> str:
        return utc_key(self._now())


class TodayServices:
    def __init__(self, db: Database, *, now: Now | None = None, zone: tzinfo | None = None) -> None:
        self.zone = zone or system_zone()
        local = self.zone
        self.now: Now = now or (lambda: datetime.now(local))
        self.checkins = CheckinService(db, self.now)
        self.stress = StressService(db, self.now, self.zone)
        self.incidents = IncidentsService(db, self.now)
        self.sleep = SleepService(db, self.now, self.zone)
        self.drafts = DraftsService(db, self.now)
