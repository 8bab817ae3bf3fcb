"""What was logged on a day, for the month calendar, and the month's grid of days.

A day's marks count records, never read their words: a check-in (and its mood), the sleep that
counts for the day (the day you got up, naps included), stress entries (and the highest rating),
exercises done and journal entries written.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

WEEKS_SHOWN = 6  # every month fits in six weeks, so the grid never jumps in height


@dataclass(frozen=True)
class DayLog:
    day: date
    checked_in: bool = False
    mood: int | None = None  # 1-5 when the check-in has one
    sleep_minutes: float | None = None  # total sleep of the day's sleep periods
    sleep_periods: int = 0
    stress_entries: int = 0
    stress_peak: int | None = None
    exercises: int = 0
    journal_entries: int = 0

    @property
    def anything(self) -> bool:
        return bool(
            self.checked_in
            or self.sleep_periods
            or self.stress_entries
            or self.exercises
            or self.journal_entries
        )


def month_start(day: date) -> date:
    return day.replace(day=1)


def month_end(day: date) -> date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def add_months(day: date, months: int) -> date:
    """The first of the month ``months`` after (or before) the month of ``day``."""
    index = day.year * 12 + (day.month - 1) + months
    return date(index // 12, index % 12 + 1, 1)


def month_grid(month: date, first_weekday: int = 0) -> list[list[date]]:
    """Six weeks of seven days that hold the month of ``month``; a week starts on
    ``first_weekday`` (0 Monday ... 6 Sunday). Days of the months either side fill the edges."""
    first = month_start(month)
    back = (first.weekday() - first_weekday) % 7
    start = first - timedelta(days=back)
    return [[start + timedelta(days=w * 7 + d) for d in range(7)] for w in range(WEEKS_SHOWN)]


def clamp(day: date, first: date, last: date) -> date:
    return min(max(day, first), last)


def first_day(created: date | None, earliest_record: date | None, today: date) -> date:
    """The first day that can be back-filled or shown: the day the journal was created, or the
    day of the oldest record when one is older (an import), never after today."""
    known = [d for d in (created, earliest_record) if d is not None]
    return min([*known, today])
