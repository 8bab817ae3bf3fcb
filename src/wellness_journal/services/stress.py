"""The stress log: rate it any time, note what set it off and what helped."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, datetime, time, timedelta, tzinfo

from wellness_journal.core.errors import ErrorKind, WellnessError
from wellness_journal.core.localzone import after_this_minute, utc_key
from wellness_journal.core.models import Changes
from wellness_journal.core.sleep import at_local
from wellness_journal.core.stress import DEFAULT_TRIGGERS, StressEntry, out_of_range
from wellness_journal.services.checkins import Now, read_list, write_list
from wellness_journal.storage.connection import Database
from wellness_journal.storage.repositories import stress as repo

TOPIC = "stress"
TRIGGERS_KEY = "today.stress_triggers"
_MIDNIGHT = time(0, 0)


class StressService:
    def __init__(self, db: Database, now: Now, zone: tzinfo) -> None:
        self._db = db
        self._now = now
        self.zone = zone

    def now(self) -> StressEntry:
        """A new entry stamped now, for the form to fill in."""
        return StressEntry(id=None, uid="", at=self._now().replace(second=0, microsecond=0), suds=5)

    def on_day(self, day: date) -> list[StressEntry]:
        start = at_local(day, _MIDNIGHT, self.zone)
        end = at_local(day + timedelta(days=1), _MIDNIGHT, self.zone)
        return repo.between_utc(self._db, utc_key(start), utc_key(end))

    def get(self, entry_id: int) -> StressEntry | None:
        return repo.get(self._db, entry_id)

    def today(self) -> list[StressEntry]:
        return self.on_day(self._now().date())

    def recent(self, limit: int = 50) -> list[StressEntry]:
        return repo.recent(self._db, limit)

    def page(self, after: StressEntry | None, limit: int = 100) -> list[StressEntry]:
        """The whole log a page at a time, newest first: up to ``limit`` entries older than
        ``after`` (the last one of the page before; None for the first page)."""
        before = None if after is None or after.id is None else (utc_key(after.at), after.id)
        return repo.older_than(self._db, before, limit)

    def in_future(self, at: datetime) -> bool:
        return after_this_minute(at, self._now())

    def save(self, entry: StressEntry) -> tuple[StressEntry, Changes]:
        """Insert (id None) or update. Raises WellnessError IN_FUTURE for a time still to come."""
        bad = out_of_range(entry)
        if bad:
            raise ValueError(f"out of range: {', '.join(bad)}")
        if self.in_future(entry.at):
            raise WellnessError(ErrorKind.IN_FUTURE, "stress entry after now")
        cleaned = replace(
            entry,
            trigger_text=entry.trigger_text.strip(),
            helped=entry.helped.strip(),
            note=entry.note.strip(),
        )
        stamp = utc_key(self._now())
        with self._db.transaction():
            if cleaned.id is None:
                cleaned = replace(cleaned, uid=cleaned.uid or uuid.uuid4().hex)
                cleaned = replace(cleaned, id=repo.insert(self._db, cleaned, stamp))
            else:
                repo.update(self._db, cleaned, stamp)
        return cleaned, Changes.of(TOPIC)

    def rate_again(self, entry_id: int, suds_after: int) -> Changes:
        """Record how it feels now (e.g. after an exercise) on an earlier entry."""
        with self._db.transaction():
            entry = repo.get(self._db, entry_id)
            if entry is None:
                raise ValueError("no such entry")
            _, changes = self.save(replace(entry, suds_after=suds_after))
        return changes

    def delete(self, entry_id: int) -> Changes:
        with self._db.transaction():
            repo.delete(self._db, entry_id)
        return Changes.of(TOPIC)

    def triggers(self) -> list[str]:
        return read_list(self._db, TRIGGERS_KEY, DEFAULT_TRIGGERS)

    def set_triggers(self, items: list[str]) -> Changes:
        with self._db.transaction():
            write_list(self._db, TRIGGERS_KEY, items, DEFAULT_TRIGGERS)
        return Changes.of(TOPIC, "settings")
