"""Sleep diary (Consensus Sleep Diary, Carney et al. 2012), shift-aware.

A sleep period can start and end at any time of day. Its four times are aware datetimes; every
duration is taken through UTC so a night across the autumn clock change is one hour longer.

    TIB = out of bed - into bed
    TST = TIB - SOL - WASO - (out of bed - final awakening) - (tried to sleep - into bed)
    SE  = TST / TIB x 100

A "sleep day" is the local date of the final awakening, so a day sleep after a night shift and
the nap before the next night count for the same day.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from enum import Enum

from wellness_journal.core.localzone import UTC, after_this_minute, minutes_between, to_utc

MAX_PERIOD_MINUTES = 24 * 60
LONG_SLEEP_MINUTES = 16 * 60  # more asleep than this gets a gentle "is that right?", not a refusal
QUALITY_RANGE = (1, 5)
WEEK_DAYS = 7


class SleepKind(str, Enum):
    MAIN = "main"
    NAP = "nap"


@dataclass(frozen=True)
class SleepPeriod:
    id: int | None
    uid: str
    kind: SleepKind
    into_bed: datetime
    tried_to_sleep: datetime
    final_awakening: datetime
    out_of_bed: datetime
    latency_min: int = 0  # minutes to fall asleep (SOL)
    awakenings: int = 0  # not counting the final one
    waso_min: int = 0  # minutes awake in the night
    quality: int | None = None  # 1-5
    caffeine_drinks: int = 0
    caffeine_last: datetime | None = None
    alcohol_drinks: int = 0
    note: str = ""
    zone: str = ""  # IANA name of the zone the times were entered in, "" if unknown
    sleep_aid: str = ""  # a sleep aid or medication, or alcohol, taken to sleep; as written


@dataclass(frozen=True)
class SleepMetrics:
    time_in_bed: float  # minutes
    total_sleep: float
    latency: float
    waso: float
    efficiency: float  # percent of time in bed spent asleep


def metrics(p: SleepPeriod) -> SleepMetrics:
    tib = minutes_between(p.into_bed, p.out_of_bed)
    before_trying = minutes_between(p.into_bed, p.tried_to_sleep)
    after_waking = minutes_between(p.final_awakening, p.out_of_bed)
    tst = tib - p.latency_min - p.waso_min - after_waking - before_trying
    tst = max(tst, 0.0)
    efficiency = tst / tib * 100.0 if tib > 0 else 0.0
    return SleepMetrics(
        time_in_bed=tib,
        total_sleep=tst,
        latency=float(p.latency_min),
        waso=float(p.waso_min),
        efficiency=efficiency,
    )


# -- validation -----------------------------------------------------------------------------------


class Problem(str, Enum):
    OUT_NOT_AFTER_IN = "out_not_after_in"
    TOO_LONG = "too_long"
    TRIED_OUTSIDE = "tried_outside"
    FINAL_OUTSIDE = "final_outside"
    AWAKE_TOO_LONG = "awake_too_long"
    NEGATIVE = "negative"
    QUALITY_RANGE = "quality_range"
    OVERLAP = "overlap"
    IN_FUTURE = "in_future"  # getting up has not happened yet


@dataclass(frozen=True)
class Issue:
    problem: Problem
    field: str = ""  # the field to fix
    minutes: float = 0.0  # a figure the message can show
    limit: float = 0.0  # the figure it may not pass
    other: SleepPeriod | None = None  # the period it overlaps


_COUNTS = ("latency_min", "awakenings", "waso_min", "caffeine_drinks", "alcohol_drinks")


def problems(
    p: SleepPeriod, others: Iterable[SleepPeriod] = (), now: datetime | None = None
) -> list[Issue]:
    """Everything wrong with ``p``, in the order a person would fix it; [] when it is fine.
    With ``now``, a sleep that ends after it (a night that has not happened) is refused."""
    issues = [Issue(Problem.NEGATIVE, name) for name in _COUNTS if getattr(p, name) < 0]
    if now is not None and ends_in_future(p, now):
        issues.append(Issue(Problem.IN_FUTURE, "out_of_bed"))
    low, high = QUALITY_RANGE
    if p.quality is not None and not low <= p.quality <= high:
        issues.append(Issue(Problem.QUALITY_RANGE, "quality"))
    tib = minutes_between(p.into_bed, p.out_of_bed)
    if tib <= 0:
        issues.append(Issue(Problem.OUT_NOT_AFTER_IN, "out_of_bed"))
        return issues
    if tib > MAX_PERIOD_MINUTES:
        issues.append(Issue(Problem.TOO_LONG, "out_of_bed", tib, MAX_PERIOD_MINUTES))
    tried = to_utc(p.tried_to_sleep)
    if tried < to_utc(p.into_bed) or tried > to_utc(p.out_of_bed):
        issues.append(Issue(Problem.TRIED_OUTSIDE, "tried_to_sleep"))
    else:
        asleep = tried + timedelta(minutes=max(p.latency_min, 0))
        final = to_utc(p.final_awakening)
        if final < asleep or final > to_utc(p.out_of_bed):
            issues.append(Issue(Problem.FINAL_OUTSIDE, "final_awakening"))
        else:
            span = minutes_between(p.tried_to_sleep, p.final_awakening)
            awake = max(p.latency_min, 0) + max(p.waso_min, 0)
            if awake > span:
                issues.append(Issue(Problem.AWAKE_TOO_LONG, "waso_min", awake, span))
    issues.extend(
        Issue(Problem.OVERLAP, "into_bed", other=other) for other in overlapping(p, others)
    )
    return issues


def ends_in_future(p: SleepPeriod, now: datetime) -> bool:
    """Getting out of bed comes after ``now`` (the minute now shown on the clock is fine)."""
    return after_this_minute(p.out_of_bed, now)


def long_sleep(p: SleepPeriod) -> bool:
    """More than LONG_SLEEP_MINUTES asleep: possible (after a long stretch awake, or illness),
    so the form asks whether it is right instead of refusing it."""
    return metrics(p).total_sleep > LONG_SLEEP_MINUTES


def _same(a: SleepPeriod, b: SleepPeriod) -> bool:
    return (a.id is not None and a.id == b.id) or (bool(a.uid) and a.uid == b.uid)


def overlapping(p: SleepPeriod, others: Iterable[SleepPeriod]) -> list[SleepPeriod]:
    """Other periods that share time with ``p`` (touching ends are fine)."""
    start, end = to_utc(p.into_bed), to_utc(p.out_of_bed)
    return [
        o
        for o in others
        if not _same(p, o) and to_utc(o.into_bed) < end and start < to_utc(o.out_of_bed)
    ]


# -- sleep days and averages -----------------------------------------------------------------------


def sleep_day(p: SleepPeriod) -> date:
    """The day a period counts for: the local date of the final awakening, as lived."""
    return p.final_awakening.date()


@dataclass(frozen=True)
class SleepDay:
    day: date
    periods: tuple[SleepPeriod, ...]
    total_sleep: float  # minutes, naps included
    main_sleep: float
    nap_sleep: float
    naps: int
    time_in_bed: float
    shift: str = ""  # from that day's check-in, filled in by the service


def sleep_days(periods: Iterable[SleepPeriod]) -> list[SleepDay]:
    """Periods grouped by sleep day, newest day first, periods in time order."""
    groups: dict[date, list[SleepPeriod]] = {}
    for p in periods:
        groups.setdefault(sleep_day(p), []).append(p)
    days = []
    for day, group in groups.items():
        group.sort(key=lambda q: to_utc(q.into_bed))
        measured = [(q.kind, metrics(q)) for q in group]  # once per period: years of them add up
        main = sum(m.total_sleep for kind, m in measured if kind is SleepKind.MAIN)
        nap = sum(m.total_sleep for kind, m in measured if kind is SleepKind.NAP)
        days.append(
            SleepDay(
                day=day,
                periods=tuple(group),
                total_sleep=main + nap,
                main_sleep=main,
                nap_sleep=nap,
                naps=sum(1 for q in group if q.kind is SleepKind.NAP),
                time_in_bed=sum(m.time_in_bed for _, m in measured),
            )
        )
    days.sort(key=lambda d: d.day, reverse=True)
    return days


@dataclass(frozen=True)
class WeekSummary:
    first_day: date
    last_day: date
    days_logged: int
    average_sleep: float  # minutes of sleep per logged sleep day, naps included
    efficiency: float  # all sleep over all time in bed, percent
    average_quality: float | None
    naps: int


def week_summary(periods: Iterable[SleepPeriod], today: date) -> WeekSummary | None:
    """Averages over the sleep days ``today`` and the six before it; None when none is logged."""
    first = today - timedelta(days=WEEK_DAYS - 1)
    days = [d for d in sleep_days(periods) if first <= d.day <= today]
    if not days:
        return None
    all_periods = [p for d in days for p in d.periods]
    tib = sum(d.time_in_bed for d in days)
    tst = sum(d.total_sleep for d in days)
    rated = [p.quality for p in all_periods if p.quality is not None]
    return WeekSummary(
        first_day=first,
        last_day=today,
        days_logged=len(days),
        average_sleep=tst / len(days),
        efficiency=tst / tib * 100.0 if tib > 0 else 0.0,
        average_quality=sum(rated) / len(rated) if rated else None,
        naps=sum(d.naps for d in days),
    )


# -- wall times to instants --------------------------------------------------------------------------


def at_local(day: date, wall: time, zone: tzinfo) -> datetime:
    """``wall`` on ``day`` in ``zone`` as a real instant.

    A time that happens twice (autumn) is the first one; a time that never happens (spring) is
    moved on by the size of the gap, the way a clock on the wall would read it afterwards.
    """
    naive = datetime.combine(day, wall.replace(tzinfo=None, fold=0))
    return naive.replace(tzinfo=zone).astimezone(UTC).astimezone(zone)


def latest_at_or_before(anchor: datetime, wall: time, zone: tzinfo) -> datetime:
    """The last moment at or before ``anchor`` when a clock in ``zone`` showed ``wall``."""
    local_day = anchor.astimezone(zone).date()
    for back in range(3):
        candidate = at_local(local_day - timedelta(days=back), wall, zone)
        if to_utc(candidate) <= to_utc(anchor):
            return candidate
    raise ValueError("no such time in the last three days")  # unreachable for real zones


@dataclass(frozen=True)
class WallTimes:
    """What the sleep form asks: the day you got up and four clock times."""

    out_day: date
    into_bed: time
    tried_to_sleep: time
    final_awakening: time
    out_of_bed: time


def place(times: WallTimes, zone: tzinfo) -> tuple[datetime, datetime, datetime, datetime]:
    """Turn clock times into instants: out of bed on ``out_day``, each other time the last
    moment it showed on the clock before getting up (so 23:00 → 07:00 crosses midnight)."""
    out = at_local(times.out_day, times.out_of_bed, zone)
    return (
        latest_at_or_before(out, times.into_bed, zone),
        latest_at_or_before(out, times.tried_to_sleep, zone),
        latest_at_or_before(out, times.final_awakening, zone),
        out,
    )


# -- defaults for quick entry ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Template:
    times: WallTimes
    latency_min: int
    awakenings: int
    waso_min: int


_FALLBACK = {
    SleepKind.MAIN: (time(23, 0), time(23, 0), time(6, 45), time(7, 0), 15, 1, 10),
    SleepKind.NAP: (time(14, 0), time(14, 0), time(15, 30), time(15, 30), 10, 0, 0),
}


def _minute_of_day(t: time) -> int:
    return t.hour * 60 + t.minute


def suggest(recent: Sequence[SleepPeriod], kind: SleepKind, now: datetime) -> Template:
    """Defaults from the last entries: of the recent periods of this kind, the one whose getting-up
    time came most recently before now (a day sleeper at 15:00 gets their day-sleep times)."""
    now_minute = _minute_of_day(now.time())
    same_kind = [p for p in recent if p.kind is kind][:14]
    best: SleepPeriod | None = None
    best_gap = 24 * 60 + 1
    for p in same_kind:
        gap = (now_minute - _minute_of_day(p.out_of_bed.time())) % (24 * 60)
        if gap < best_gap:
            best, best_gap = p, gap
    if best is None:
        into, tried, final, out, sol, awakenings, waso = _FALLBACK[kind]
    else:
        into, tried = best.into_bed.time(), best.tried_to_sleep.time()
        final, out = best.final_awakening.time(), best.out_of_bed.time()
        sol, awakenings, waso = best.latency_min, best.awakenings, best.waso_min
    out_day = now.date()
    if _minute_of_day(out) > now_minute:
        out_day -= timedelta(days=1)
    return Template(
        times=WallTimes(out_day, _plain(into), _plain(tried), _plain(final), _plain(out)),
        latency_min=sol,
        awakenings=awakenings,
        waso_min=waso,
    )


def _plain(t: time) -> time:
    return t.replace(second=0, microsecond=0, tzinfo=None, fold=0)
