"""The daily check-in (one per day, editable) and the editable list of shifts."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime

from wellness_journal.core.checkin import (
    DEFAULT_SHIFTS,
    Checkin,
    clean_list,
    is_blank,
    out_of_range,
)
from wellness_journal.core.errors import ErrorKind, WellnessError
from wellness_journal.core.localzone import utc_key
from wellness_journal.core.models import NOTHING, Changes
from wellness_journal.storage.connection import Database
from wellness_journal.storage.repositories import checkins as repo
from wellness_journal.storage.repositories import settings as settings_repo

TOPIC = "checkins"
SHIFTS_KEY = "today.shifts"

Now = Callable[[], datetime]


def read_list(db: Database, key: str, default: tuple[str, ...]) -> list[str]:
    raw = settings_repo.get(db, key)
    if raw is None:
        return list(default)
    try:
        value = json.loads(raw)
    except ValueError:
        return list(default)
    if not isinstance(value, list):
        return list(default)
    return clean_list([str(v) for v in value]) or list(default)


def write_list(db: Database, key: str, items: list[str], default: tuple[str, ...]) -> None:
    cleaned = clean_list(items) or list(default)
    settings_repo.put(db, key, json.dumps(cleaned, ensure_ascii=False))


class DatedService:
    """What the services of dated records share: the database, and the clock that says which
    day it is."""

    def __init__(self, db: Database, now: Now) -> None:
        self._db = db
        self._now = now

    def today(self) -> date:
        return self._now().date()


class CheckinService(DatedService):
    def for_day(self, day: date) -> Checkin | None:
        return repo.for_day(self._db, day)

    def for_today(self) -> Checkin | None:
        return repo.for_day(self._db, self.today())

    def between(self, first: date, last: date) -> list[Checkin]:
        return repo.between(self._db, first, last)

    def save(self, checkin: Checkin) -> tuple[Checkin, Changes]:
        """Keep the check-in of ``checkin.day``: a second save the same day updates the first.
        Raises WellnessError IN_FUTURE for a day still to come."""
        bad = out_of_range(checkin)
        if bad:
            raise ValueError(f"out of range: {', '.join(bad)}")
        if checkin.day > self.today():
            raise WellnessError(ErrorKind.IN_FUTURE, "check-in after today")
        cleaned = replace(checkin, shift=checkin.shift.strip(), note=checkin.note.strip())
        stamp = utc_key(self._now())
        with self._db.transaction():
            existing = repo.for_day(self._db, cleaned.day)
            if existing is None:
                if is_blank(cleaned):
                    return cleaned, NOTHING
                cleaned = replace(cleaned, uid=cleaned.uid or uuid.uuid4().hex)
                cleaned = replace(cleaned, id=repo.insert(self._db, cleaned, stamp))
            else:
                cleaned = replace(cleaned, id=existing.id, uid=existing.uid)
                if cleaned == existing:
                    return cleaned, NOTHING
                repo.update(self._db, cleaned, stamp)
        return cleaned, Changes.of(TOPIC)

    def shifts(self) -> list[str]:
        return read_list(self._db, SHIFTS_KEY, DEFAULT_SHIFTS)

    def set_shifts(self, items: list[str]) -> Changes:
        with self._db.transaction():
            write_list(self._db, SHIFTS_KEY, items, DEFAULT_SHIFTS)
        return Changes.of(TOPIC, "settings")
