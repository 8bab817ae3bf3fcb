"""Trend maths: ranges, 7-day means that keep gaps as gaps, a least-squares line with its
14-point rule, time buckets, and the figures the captions quote. Pure: no Qt, no database, no
plotting. Sleep over time and by shift is in ``core/sleep_trends.py``.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from wellness_journal.core.trend_data import (
    CheckinDay,
    Events,
    FollowUpScore,
    IncidentMark,
    StressDay,
)

ROLLING_DAYS = 7
ROLLING_MIN = 4  # a 7-day mean needs 4 logged days in its window; with fewer it is a gap
MIN_POINTS = 14  # fewer pairs than this: no trend line and no claim about a pattern
HALF_MIN = 4  # each half of a range needs this many values before halves are compared
STEADY = 0.5  # halves closer than this (scale points) are "about the same"
HIGH_SUDS = 7  # a stress entry rated this or higher counts as a hard moment


class Span(str, Enum):
    WEEKS_2 = "2w"
    MONTHS_3 = "3m"
    YEAR = "1y"
    ALL = "all"


SPAN_DAYS = {Span.WEEKS_2: 14, Span.MONTHS_3: 91, Span.YEAR: 365}


@dataclass(frozen=True)
class Period:
    first: date
    last: date

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    def dates(self) -> list[date]:
        return [self.first + timedelta(days=n) for n in range(self.days)]

    def index(self, day: date) -> int:
        return (day - self.first).days

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.first <= day <= self.last


def period_for(span: Span, today: date, earliest: date | None = None) -> Period:
    """The days a chart covers, ending today. "All" starts at the first thing ever logged."""
    if span is Span.ALL:
        first = min(earliest, today) if earliest is not None else today
        return Period(first, today)
    return Period(today - timedelta(days=SPAN_DAYS[span] - 1), today)


# -- rolling means ------------------------------------------------------------------------------


def rolling_mean(
    values: Sequence[float | None], window: int = ROLLING_DAYS, min_count: int = ROLLING_MIN
) -> list[float | None]:
    """For each day (one value per calendar day, None when nothing was logged), the mean of the
    logged values in the ``window`` days ending that day; None when fewer than ``min_count`` were
    logged, so a long pause shows as a gap instead of a line drawn across it."""
    out: list[float | None] = []
    total, count = 0.0, 0
    for i, value in enumerate(values):
        if value is not None:
            total += value
            count += 1
        if i >= window:
            old = values[i - window]
            if old is not None:
                total -= old
                count -= 1
        out.append(total / count if count >= min_count else None)
    return out


def daily_checkins(period: Period, rows: Iterable[CheckinDay]) -> list[CheckinDay]:
    """Every day of ``period`` with its ratings and 7-day means. ``rows`` are the check-ins from
    ``ROLLING_DAYS - 1`` days before the period on, so its first days have a full window."""
    lead = Period(period.first - timedelta(days=ROLLING_DAYS - 1), period.last)
    found = {r.day: r for r in rows if r.day in lead}
    days = lead.dates()
    shown = [found.get(d) for d in days]
    means = {
        name: rolling_mean(
            [None if r is None else _as_float(getattr(r, name)) for r in shown],
        )
        for name in ("mood", "stress", "energy")
    }
    out = []
    for i, day in enumerate(days):
        if day < period.first:
            continue
        row = shown[i]
        out.append(
            CheckinDay(
                day=day,
                checked_in=row is not None,
                mood=None if row is None else row.mood,
                stress=None if row is None else row.stress,
                energy=None if row is None else row.energy,
                mood_mean=means["mood"][i],
                stress_mean=means["stress"][i],
                energy_mean=means["energy"][i],
            )
        )
    return out


def _as_float(value: int | None) -> float | None:
    return None if value is None else float(value)


def mean(values: Iterable[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return sum(present) / len(present) if present else None


# -- halves: "is it creeping up?" -----------------------------------------------------------------


class Direction(str, Enum):
    UP = "up"
    DOWN = "down"
    STEADY = "steady"


@dataclass(frozen=True)
class Halves:
    earlier: float  # mean of the first half of the range
    later: float  # mean of the second half
    direction: Direction


def compare_halves(values: Sequence[float | None], *, steady: float = STEADY) -> Halves | None:
    """Mean of the first and second half of a daily series; None when either half has fewer than
    ``HALF_MIN`` values (too little to say anything)."""
    middle = len(values) // 2
    first = [v for v in values[:middle] if v is not None]
    second = [v for v in values[middle:] if v is not None]
    if len(first) < HALF_MIN or len(second) < HALF_MIN:
        return None
    earlier, later = sum(first) / len(first), sum(second) / len(second)
    if abs(later - earlier) < steady:
        direction = Direction.STEADY
    else:
        direction = Direction.UP if later > earlier else Direction.DOWN
    return Halves(earlier, later, direction)


# -- trend line ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Fit:
    slope: float
    intercept: float
    r: float  # Pearson correlation, -1..1
    n: int

    def at(self, x: float) -> float:
        return self.intercept + self.slope * x


def fit_line(xs: Sequence[float], ys: Sequence[float]) -> Fit | None:
    """Least-squares line through the points; None with under 2 points or no spread in x."""
    n = len(xs)
    if n != len(ys) or n < 2:
        return None
    mx, my = sum(xs) / n, sum(ys) / n
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    if sxx == 0:
        return None
    slope = sxy / sxx
    r = sxy / math.sqrt(sxx * syy) if syy > 0 else 0.0
    return Fit(slope, my - slope * mx, r, n)


class Strength(str, Enum):
    NONE = "none"  # |r| < 0.1: no pattern to speak of
    WEAK = "weak"  # < 0.3
    CLEAR = "clear"


def strength(r: float) -> Strength:
    size = abs(r)
    if size < 0.1:
        return Strength.NONE
    return Strength.WEAK if size < 0.3 else Strength.CLEAR


@dataclass(frozen=True)
class Relation:
    """Points and, from ``MIN_POINTS`` on, a trend line. Under that: no line, no claim."""

    xs: tuple[float, ...]
    ys: tuple[float, ...]
    fit: Fit | None
    days: tuple[date, ...] = ()  # the day of each point, when the points are days

    @property
    def n(self) -> int:
        return len(self.xs)

    @property
    def enough(self) -> bool:
        return self.n >= MIN_POINTS


def relation(pairs: Iterable[tuple[float, float]], days: Iterable[date] = ()) -> Relation:
    points = list(pairs)
    xs = tuple(p[0] for p in points)
    ys = tuple(p[1] for p in points)
    fit = fit_line(xs, ys) if len(points) >= MIN_POINTS else None
    return Relation(xs, ys, fit, tuple(days))


# -- buckets --------------------------------------------------------------------------------------------


class Bucket(str, Enum):
    DAY = "day"
    WEEK = "week"  # Monday to Sunday
    MONTH = "month"


def bucket_for(period: Period) -> Bucket:
    """Bars a person can tell apart: days up to about three months, then weeks, then months."""
    if period.days <= 92:
        return Bucket.DAY
    return Bucket.WEEK if period.days <= 731 else Bucket.MONTH


def bucket_start(day: date, bucket: Bucket) -> date:
    if bucket is Bucket.WEEK:
        return day - timedelta(days=day.weekday())
    if bucket is Bucket.MONTH:
        return day.replace(day=1)
    return day


def bucket_days(start: date, bucket: Bucket) -> int:
    if bucket is Bucket.WEEK:
        return 7
    if bucket is Bucket.MONTH:
        following = (start.replace(day=28) + timedelta(days=4)).replace(day=1)
        return (following - start).days
    return 1


MONTHLY_DAYS = 731  # longer: the check-ins a point per month, the stress log dots without stems


@dataclass(frozen=True)
class BucketMean:
    start: date
    days: int  # days with a value
    mean: float


def bucket_means(values: Iterable[tuple[date, float | None]], bucket: Bucket) -> list[BucketMean]:
    """The average of each bucket's values, oldest first; days without a value are left out,
    and so is a bucket without any."""
    sums: dict[date, tuple[int, float]] = {}
    for day, value in values:
        if value is not None:
            start = bucket_start(day, bucket)
            count, total = sums.get(start, (0, 0.0))
            sums[start] = (count + 1, total + value)
    return [BucketMean(start, n, total / n) for start, (n, total) in sorted(sums.items())]


# -- stress log ----------------------------------------------------------------------------------------


def stress_days(ratings: Iterable[tuple[date, int]]) -> list[StressDay]:
    """Stress log entries added up per day, oldest first."""
    groups: dict[date, list[int]] = {}
    for day, suds in ratings:
        groups.setdefault(day, []).append(suds)
    return [
        StressDay(
            day,
            len(values),
            max(values),
            sum(values) / len(values),
            sum(1 for v in values if v >= HIGH_SUDS),
        )
        for day, values in sorted(groups.items())
    ]


@dataclass(frozen=True)
class StressSummary:
    entries: int
    days: int
    high: int  # entries rated HIGH_SUDS or more
    average: float


def stress_summary(days: Sequence[StressDay]) -> StressSummary | None:
    if not days:
        return None
    entries = sum(d.entries for d in days)
    return StressSummary(
        entries=entries,
        days=len(days),
        high=sum(d.high for d in days),
        average=sum(d.average * d.entries for d in days) / entries,
    )


@dataclass(frozen=True)
class AfterIncident:
    """A hard call as a caption tells it: its first and last check-in after it (both None
    with fewer than two)."""

    mark: IncidentMark
    first: FollowUpScore | None = None
    last: FollowUpScore | None = None

    @property
    def lower(self) -> bool:
        """Fewer reactions at the last check-in than at the first."""
        return (
            self.first is not None and self.last is not None and self.last.total < self.first.total
        )


def after_incidents(events: Events, period: Period) -> list[AfterIncident]:
    """The hard calls a caption speaks of, in the order of ``events.incidents``: each with two
    or more check-ins after it (its first and last), and each in ``period`` without."""
    scores: dict[str, list[FollowUpScore]] = {}
    for score in events.follow_ups:
        scores.setdefault(score.incident_uid, []).append(score)
    told = []
    for mark in events.incidents:
        own = scores.get(mark.uid, [])
        if len(own) >= 2:
            told.append(AfterIncident(mark, own[0], own[-1]))
        elif mark.day in period:
            told.append(AfterIncident(mark))
    return told


# -- buckets of counts (coping practice) ----------------------------------------------------------------


@dataclass(frozen=True)
class CountBar:
    start: date
    count: int
    minutes: float


def count_bars(per_day: Iterable[tuple[date, int, float]], bucket: Bucket) -> list[CountBar]:
    totals: dict[date, tuple[int, float]] = {}
    for day, count, minutes in per_day:
        start = bucket_start(day, bucket)
        old_count, old_minutes = totals.get(start, (0, 0.0))
        totals[start] = (old_count + count, old_minutes + minutes)
    return [CountBar(start, c, m) for start, (c, m) in sorted(totals.items())]


def longest_run(days: Iterable[date]) -> int:
    """The most days in a row among ``days``."""
    ordered = sorted(set(days))
    best = run = 0
    previous: date | None = None
    for day in ordered:
        run = run + 1 if previous is not None and (day - previous).days == 1 else 1
        best = max(best, run)
        previous = day
    return best


def per_week(count: int, period: Period) -> float:
    return count / max(period.days, 1) * 7.0
