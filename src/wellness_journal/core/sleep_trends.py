"""Sleep over time and by shift, for the trend charts. The minutes come from ``core.sleep``
(its ``SleepDay`` totals, the diary's own rules); nothing here re-derives them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from wellness_journal.core.checkin import DEFAULT_SHIFTS
from wellness_journal.core.sleep import SleepDay
from wellness_journal.core.trends import Bucket, Relation, bucket_start, relation

GUIDE_SLEEP_MIN = 7 * 60  # adults need 7 hours or more (AASM/SRS 2015)


@dataclass(frozen=True)
class SleepPoint:
    """One sleep day (``core.sleep.SleepDay``), as the charts use it."""

    day: date
    main: float  # minutes asleep in main sleep
    nap: float  # minutes asleep in naps
    time_in_bed: float
    shift: str = ""

    @property
    def total(self) -> float:
        return self.main + self.nap

    @property
    def efficiency(self) -> float:
        return efficiency(self.total, self.time_in_bed)


def efficiency(asleep: float, in_bed: float) -> float:
    """All sleep over all time in bed, percent (as ``core.sleep.week_summary`` does)."""
    return asleep / in_bed * 100.0 if in_bed > 0 else 0.0


def sleep_points(
    days: Iterable[SleepDay], shifts: Mapping[date, str] | None = None
) -> list[SleepPoint]:
    """Sleep days oldest first, each with the shift from ``shifts`` (else its own)."""
    points = [
        SleepPoint(
            d.day,
            d.main_sleep,
            d.nap_sleep,
            d.time_in_bed,
            d.shift if shifts is None else shifts.get(d.day, ""),
        )
        for d in days
    ]
    points.sort(key=lambda p: p.day)
    return points


@dataclass(frozen=True)
class SleepBar:
    start: date
    days: int  # sleep days logged in the bucket
    main: float  # average minutes per logged sleep day
    nap: float
    efficiency: float

    @property
    def total(self) -> float:
        return self.main + self.nap


def sleep_bars(points: Iterable[SleepPoint], bucket: Bucket) -> list[SleepBar]:
    groups: dict[date, list[SleepPoint]] = {}
    for p in points:
        groups.setdefault(bucket_start(p.day, bucket), []).append(p)
    bars = []
    for start in sorted(groups):
        group = groups[start]
        n = len(group)
        asleep = sum(p.total for p in group)
        bars.append(
            SleepBar(
                start=start,
                days=n,
                main=sum(p.main for p in group) / n,
                nap=sum(p.nap for p in group) / n,
                efficiency=efficiency(asleep, sum(p.time_in_bed for p in group)),
            )
        )
    return bars


@dataclass(frozen=True)
class SleepSummary:
    days: int
    average: float  # minutes per logged sleep day, naps included
    nap_days: int
    at_least_guide: int  # days with 7 hours or more
    efficiency: float


def sleep_summary(points: Sequence[SleepPoint]) -> SleepSummary | None:
    if not points:
        return None
    asleep = sum(p.total for p in points)
    return SleepSummary(
        days=len(points),
        average=asleep / len(points),
        nap_days=sum(1 for p in points if p.nap > 0),
        at_least_guide=sum(1 for p in points if p.total >= GUIDE_SLEEP_MIN),
        efficiency=efficiency(asleep, sum(p.time_in_bed for p in points)),
    )


@dataclass(frozen=True)
class ShiftSleep:
    shift: str
    days: int
    average: float  # minutes asleep per sleep day, naps included
    efficiency: float


def shift_order(shift: str) -> tuple[int, str]:
    """The usual shifts in their usual order, then any the user added, by name."""
    if shift in DEFAULT_SHIFTS:
        return (DEFAULT_SHIFTS.index(shift), "")
    return (len(DEFAULT_SHIFTS), shift.casefold())


def by_shift(points: Iterable[SleepPoint]) -> list[ShiftSleep]:
    """Average sleep and efficiency per shift noted in the day's check-in (days with no shift
    noted are left out), with the number of days behind each figure."""
    groups: dict[str, list[SleepPoint]] = {}
    for p in points:
        if p.shift.strip():
            groups.setdefault(p.shift, []).append(p)
    rows = []
    for shift in sorted(groups, key=shift_order):
        group = groups[shift]
        asleep = sum(p.total for p in group)
        rows.append(
            ShiftSleep(
                shift,
                len(group),
                asleep / len(group),
                efficiency(asleep, sum(p.time_in_bed for p in group)),
            )
        )
    return rows


def shortest_and_longest(rows: Sequence[ShiftSleep]) -> tuple[ShiftSleep, ShiftSleep] | None:
    """The shifts with the least and the most sleep (None with under two shifts)."""
    if len(rows) < 2:
        return None
    least = min(rows, key=lambda r: (r.average, -r.days))
    most = max(rows, key=lambda r: (r.average, r.days))
    return least, most


def sleep_and_stress(points: Iterable[SleepPoint], stress_by_day: dict[date, float]) -> Relation:
    """Hours asleep against the stress rated the day after that sleep, one point per sleep day
    with a check-in stress rating. A sleep day is the day you woke up into, so the stress is
    the one rated on the sleep day itself."""
    kept = [p for p in points if p.day in stress_by_day and p.total > 0]
    return relation(((p.total / 60.0, stress_by_day[p.day]) for p in kept), (p.day for p in kept))
