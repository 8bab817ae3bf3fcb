"""The month calendar's reads: what was logged on each day, and the first day that can be
back-filled. Read-only: back-filling goes through the check-in, sleep and stress services."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, time, timedelta, tzinfo

from wellness_journal.core.day_log import DayLog, first_day, month_grid
from wellness_journal.core.sleep import at_local
from wellness_journal.services.checkins import DatedService, Now
from wellness_journal.services.sleep import SleepService
from wellness_journal.storage.connection import Database
from wellness_journal.storage.repositories import checkins as checkins_repo
from wellness_journal.storage.repositories import day_log as repo
from wellness_journal.storage.repositories import trends as trends_repo

# What the calendar listens to: a change to any of these redraws it.
TOPICS = ("checkins", "stress", "sleep", "coping", "journal")


class DayLogService(DatedService):
    def __init__(self, db: Database, now: Now, zone: tzinfo) -> None:
        super().__init__(db, now)
        self.zone = zone

    def first_day(self) -> date:
        """The first day that can be back-filled: the day the journal was created, or an
        imported record's day when that is older."""
        return first_day(
            repo.created_on(self._db, self.zone), repo.earliest_record(self._db), self.today()
        )

    def month(self, month: date, first_weekday: int = 0) -> dict[date, DayLog]:
        """Every day of the six weeks shown for ``month``."""
        grid = month_grid(month, first_weekday)
        return self.days(grid[0][0], grid[-1][-1])

    def days(self, first: date, last: date) -> dict[date, DayLog]:
        """What was logged on each day from ``first`` to ``last``."""
        moods = {c.day: c.mood for c in checkins_repo.between(self._db, first, last)}
        stress: dict[date, list[int]] = {}
        for day, rating in trends_repo.stress_ratings(self._db, first, last):
            stress.setdefault(day, []).append(rating)
        span = (last - first).days + 1
        sleep = {
            d.day: d for d in SleepService(self._db, self._now, self.zone).days(span, until=last)
        }
        start = at_local(first, time(0, 0), self.zone)
        end = at_local(last + timedelta(days=1), time(0, 0), self.zone)
        exercises = Counter(
            m.astimezone(self.zone).date() for m in repo.exercise_starts(self._db, start, end)
        )
        journal = repo.journal_counts(self._db, first, last)
        found = {}
        for offset in range(span):
            day = first + timedelta(days=offset)
            slept = sleep.get(day)
            ratings = stress.get(day, [])
            found[day] = DayLog(
                day=day,
                checked_in=day in moods,
                mood=moods.get(day),
                sleep_minutes=slept.total_sleep if slept else None,
                sleep_periods=len(slept.periods) if slept else 0,
                stress_entries=len(ratings),
                stress_peak=max(ratings) if ratings else None,
                exercises=exercises.get(day, 0),
                journal_entries=journal.get(day, 0),
            )
        return found

    def day(self, day: date) -> DayLog:
        return self.days(day, day)[day]

    def now(self) -> datetime:
        return self._now()
