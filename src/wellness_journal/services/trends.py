"""Trends: the series each chart draws, for a range of days.

The database does the adding up (``storage/repositories/trends.py``); sleep goes through the
sleep diary's own rules (``services/sleep.py`` and ``core/sleep.py``), so a night counts for the
same day and the same minutes here as on the Today page. Read-only: nothing here writes.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime, time, timedelta, tzinfo

from wellness_journal.core import sleep_trends
from wellness_journal.core import trends as maths
from wellness_journal.core.localzone import system_zone, utc_key
from wellness_journal.core.selfchecks import Instrument, Sex, score
from wellness_journal.core.sleep import sleep_days
from wellness_journal.core.sleep_trends import SleepPoint
from wellness_journal.core.trend_data import (
    CheckinDay,
    Events,
    ExerciseRatings,
    PracticeDay,
    SelfCheckPoint,
)
from wellness_journal.core.trends import Period, Relation, Span
from wellness_journal.storage.connection import Database
from wellness_journal.storage.repositories import trends as repo

Now = Callable[[], datetime]
# What the Trends page listens to.
TOPICS = ("checkins", "stress", "incidents", "sleep", "coping", "selfchecks")


class TrendsService:
    def __init__(
        self,
        db: Database,
        *,
        now: Now | None = None,
        zone: tzinfo | None = None,
        remember: bool = False,
    ) -> None:
        self._db = db
        self._remember = remember
        self.zone = zone or system_zone()
        local = self.zone
        self.now: Now = now or (lambda: datetime.now(local))
        # One build reads the same range for several charts: with ``remember`` (a service made
        # for one build) the sleep days and shifts are read once.
        self._sleep_cache: dict[Period, list[SleepPoint]] = {}
        self._shift_cache: dict[Period, dict[date, str]] = {}

    def on(self, db: Database) -> TrendsService:
        """A service for one build on another connection (a background thread's): it reads
        each range's sleep days and shifts once, however many charts use them."""
        return TrendsService(db, now=self.now, zone=self.zone, remember=True)

    def after_today(self) -> dict[str, int]:
        """Records dated after today ("stress": 2...), e.g. imported from a computer whose clock
        was wrong: no chart can show them yet, so the page says they are there."""
        return repo.counts_after(self._db, self.today())

    def today(self) -> date:
        return self.now().date()

    def period(self, span: Span) -> Period:
        earliest = repo.earliest_day(self._db) if span is Span.ALL else None
        return maths.period_for(span, self.today(), earliest)

    # -- check-ins -----------------------------------------------------------------------------
    def checkins(self, period: Period) -> list[CheckinDay]:
        """Every day of the range with its ratings and 7-day means."""
        lead = period.first - timedelta(days=maths.ROLLING_DAYS - 1)
        return maths.daily_checkins(period, repo.checkin_days(self._db, lead, period.last))

    # -- sleep -----------------------------------------------------------------------------------
    def sleep(self, period: Period) -> list[SleepPoint]:
        """Sleep days of the range, oldest first, each with that day's shift.

        The same days and minutes as ``SleepService.days`` (core.sleep's rules), read leaner.
        """
        cached = self._sleep_cache.get(period) if self._remember else None
        if cached is None:
            # A period counts for the local date of its final awakening; fetch a day either side.
            start = datetime.combine(period.first - timedelta(days=1), time.min, self.zone)
            end = datetime.combine(period.last + timedelta(days=2), time.min, self.zone)
            periods = repo.sleep_periods_ending(self._db, utc_key(start), utc_key(end))
            shifts = self.shifts(period)
            cached = self._sleep_cache[period] = sleep_trends.sleep_points(
                (d for d in sleep_days(periods) if d.day in period), shifts
            )
        return cached

    def shifts(self, period: Period) -> dict[date, str]:
        """The shift noted in each day's check-in."""
        cached = self._shift_cache.get(period) if self._remember else None
        if cached is None:
            cached = self._shift_cache[period] = repo.shifts(self._db, period.first, period.last)
        return cached

    def sleep_and_stress(self, period: Period) -> Relation:
        """Hours asleep against the stress rated the day after that sleep."""
        rows = repo.checkin_days(self._db, period.first, period.last)
        stress = {d.day: float(d.stress) for d in rows if d.stress is not None}
        return sleep_trends.sleep_and_stress(self.sleep(period), stress)

    # -- stress and incidents ----------------------------------------------------------------------
    def events(self, period: Period) -> Events:
        marks = repo.incidents(self._db, period.first, period.last)
        scores = repo.follow_up_scores(self._db, period.first, period.last)
        missing = {s.incident_uid for s in scores} - {m.uid for m in marks}
        earlier = repo.incidents_of(self._db, missing)
        return Events(
            stress=tuple(
                maths.stress_days(repo.stress_ratings(self._db, period.first, period.last))
            ),
            incidents=tuple(sorted(earlier + marks, key=lambda m: m.day)),
            follow_ups=tuple(scores),
            first=period.first,
        )

    # -- coping ----------------------------------------------------------------------------------------
    def exercises(self, period: Period) -> list[ExerciseRatings]:
        return repo.exercise_ratings(self._db, period.first, period.last)

    def practice(self, period: Period) -> list[PracticeDay]:
        return repo.practice_days(self._db, period.first, period.last)

    # -- self-checks ------------------------------------------------------------------------------
    def selfchecks(self, instrument: Instrument, period: Period) -> list[SelfCheckPoint]:
        """The results of ``instrument`` with a total, scored from their answers (core.selfchecks)."""
        points = []
        for day, answers, sex in repo.selfcheck_answers(
            self._db, instrument.value, period.first, period.last
        ):
            result = score(instrument, json.loads(answers), Sex(sex) if sex else None)
            if result.total is not None and result.band is not None:
                points.append(SelfCheckPoint(day, result.total, result.band.value))
        return points
