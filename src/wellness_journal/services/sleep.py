"""The sleep diary: periods at any time of day, checked, summed per sleep day, averaged."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, datetime, timedelta, tzinfo

from wellness_journal.core import sleep as rules
from wellness_journal.core.localzone import utc_key, zone_name
from wellness_journal.core.models import Changes
from wellness_journal.core.sleep import (
    Issue,
    SleepDay,
    SleepKind,
    SleepPeriod,
    Template,
    WallTimes,
    WeekSummary,
)
from wellness_journal.services.checkins import Now
from wellness_journal.storage.connection import Database
from wellness_journal.storage.repositories import checkins as checkins_repo
from wellness_journal.storage.repositories import sleep as repo

TOPIC = "sleep"


class SleepNotSaved(ValueError):
    """The period has problems; ``issues`` says which."""

    def __init__(self, issues: list[Issue]) -> None:
        super().__init__(", ".join(i.problem.value for i in issues))
        self.issues = issues


class SleepService:
    def __init__(self, db: Database, now: Now, zone: tzinfo) -> None:
        self._db = db
        self._now = now
        self.zone = zone

    def today(self) -> date:
        return self._now().date()

    # -- entry -------------------------------------------------------------------------------
    def suggest(self, kind: SleepKind) -> Template:
        return rules.suggest(repo.recent(self._db, 30), kind, self._now())

    def last_times(self, kind: SleepKind) -> Template | None:
        """The times of the recent sleep of ``kind`` most like now (see ``suggest``), for a
        "same times as last time" button; None when none of that kind is in the diary. The form
        never fills them in by itself: a night is only logged as the person says it was."""
        recent = repo.recent(self._db, 30)
        if not any(p.kind is kind for p in recent):
            return None
        return rules.suggest(recent, kind, self._now())

    def place(
        self, times: WallTimes, zone: tzinfo | None = None
    ) -> tuple[datetime, datetime, datetime, datetime]:
        """Clock times from the form as instants (into bed, tried, final awakening, out)."""
        return rules.place(times, zone or self.zone)

    @property
    def zone_label(self) -> str:
        """The IANA name of the local zone, stored with each period ("" when unknown)."""
        return zone_name(self.zone)

    def check(self, period: SleepPeriod) -> list[Issue]:
        """Every problem, including overlaps with periods already in the diary and a sleep
        that ends in the future."""
        others = repo.touching(self._db, utc_key(period.into_bed), utc_key(period.out_of_bed))
        return rules.problems(period, others, self._now())

    def save(self, period: SleepPeriod) -> tuple[SleepPeriod, Changes]:
        cleaned = replace(period, note=period.note.strip(), sleep_aid=period.sleep_aid.strip())
        stamp = utc_key(self._now())
        with self._db.transaction():
            issues = self.check(cleaned)
            if issues:
                raise SleepNotSaved(issues)
            if cleaned.id is None:
                cleaned = replace(cleaned, uid=cleaned.uid or uuid.uuid4().hex)
                cleaned = replace(cleaned, id=repo.insert(self._db, cleaned, stamp))
            else:
                repo.update(self._db, cleaned, stamp)
        return cleaned, Changes.of(TOPIC)

    def delete(self, period_id: int) -> Changes:
        with self._db.transaction():
            repo.delete(self._db, period_id)
        return Changes.of(TOPIC)

    # -- reading -------------------------------------------------------------------------------
    def days(self, count: int, *, until: date | None = None) -> list[SleepDay]:
        """Sleep days from ``until`` (default today) back ``count`` days, newest first, each
        with the shift from that day's check-in."""
        last = until or self.today()
        first = last - timedelta(days=count - 1)
        # A period counts for the local date of its final awakening; fetch a day either side.
        start = datetime.combine(first - timedelta(days=1), datetime.min.time(), self.zone)
        end = datetime.combine(last + timedelta(days=2), datetime.min.time(), self.zone)
        periods = repo.ending_between(self._db, utc_key(start), utc_key(end))
        shifts = {c.day: c.shift for c in checkins_repo.between(self._db, first, last)}
        return [
            replace(d, shift=shifts.get(d.day, ""))
            for d in rules.sleep_days(periods)
            if first <= d.day <= last
        ]

    def last_day(self) -> SleepDay | None:
        """The latest sleep day in the past week (today's, or the one before)."""
        days = self.days(rules.WEEK_DAYS)
        return days[0] if days else None

    def week(self) -> WeekSummary | None:
        days = self.days(rules.WEEK_DAYS)
        return rules.week_summary([p for d in days for p in d.periods], self.today())

    def get(self, period_id: int) -> SleepPeriod | None:
        return repo.get(self._db, period_id)

    def recent(self, limit: int = 60) -> list[SleepPeriod]:
        return repo.recent(self._db, limit)

    def page(self, after: SleepPeriod | None, limit: int = 100) -> list[SleepPeriod]:
        """The whole diary a page at a time, latest first: up to ``limit`` periods before
        ``after`` (the last one of the page before; None for the first page)."""
        before = (
            None if after is None or after.id is None else (utc_key(after.out_of_bed), after.id)
        )
        return repo.older_than(self._db, before, limit)

    def shifts_between(self, first: date, last: date) -> dict[date, str]:
        """The shift of each day from ``first`` to ``last`` (from its check-in), where given."""
        return {c.day: c.shift for c in checkins_repo.between(self._db, first, last) if c.shift}
