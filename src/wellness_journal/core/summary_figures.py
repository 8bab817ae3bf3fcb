"""The key figures of the summary for a counselor: averages of ratings, of the sleep diary and of
the stress log. Sleep minutes come from ``core.sleep`` (the diary's own rules)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from wellness_journal.core.sleep import SleepDay, SleepKind, metrics
from wellness_journal.core.sleep_trends import GUIDE_SLEEP_MIN
from wellness_journal.core.stress import StressEntry

HIGH_RATING = 7  # a stress rating this high or more is counted on its own
TOP = 3  # how many triggers or body signs to name


@dataclass(frozen=True)
class Scale:
    """A rating over the days it was given."""

    count: int
    average: float
    lowest: int
    highest: int


def scale(values: Iterable[int | None]) -> Scale | None:
    given = [v for v in values if v is not None]
    if not given:
        return None
    return Scale(len(given), sum(given) / len(given), min(given), max(given))


@dataclass(frozen=True)
class SleepFigures:
    main_sleeps: int
    naps: int
    time_in_bed: float  # minutes, average per main sleep
    total_sleep: float
    latency: float
    waso: float
    efficiency: float  # all sleep over all time in bed (naps too), percent
    per_day: float  # minutes asleep per sleep day, naps included
    days: int  # sleep days logged
    days_at_guide: int  # sleep days with 7 hours or more
    quality: float | None  # average of the rated periods, 1-5


def sleep_figures(days: Sequence[SleepDay]) -> SleepFigures | None:
    """Averages over the sleep days given (None when there are none)."""
    if not days:
        return None
    periods = [p for d in days for p in d.periods]
    mains = [metrics(p) for p in periods if p.kind is SleepKind.MAIN]
    n = len(mains)
    in_bed = sum(d.time_in_bed for d in days)
    asleep = sum(d.total_sleep for d in days)
    rated = [p.quality for p in periods if p.quality is not None]
    return SleepFigures(
        main_sleeps=n,
        naps=sum(1 for p in periods if p.kind is SleepKind.NAP),
        time_in_bed=sum(m.time_in_bed for m in mains) / n if n else 0.0,
        total_sleep=sum(m.total_sleep for m in mains) / n if n else 0.0,
        latency=sum(m.latency for m in mains) / n if n else 0.0,
        waso=sum(m.waso for m in mains) / n if n else 0.0,
        efficiency=asleep / in_bed * 100.0 if in_bed > 0 else 0.0,
        per_day=asleep / len(days),
        days=len(days),
        days_at_guide=sum(1 for d in days if d.total_sleep >= GUIDE_SLEEP_MIN),
        quality=sum(rated) / len(rated) if rated else None,
    )


@dataclass(frozen=True)
class StressFigures:
    entries: int
    days: int
    average: float
    highest: int
    high: int  # entries rated HIGH_RATING or more
    triggers: tuple[tuple[str, int], ...]  # the most common, with how often
    body_signs: tuple[tuple[str, int], ...]


def _most_common(lists: Iterable[Sequence[str]]) -> tuple[tuple[str, int], ...]:
    counts: Counter[str] = Counter(item for items in lists for item in items)
    # most often first; equal counts in the order first met (Counter keeps insertion order)
    return tuple(counts.most_common(TOP))


def stress_figures(entries: Sequence[StressEntry]) -> StressFigures | None:
    if not entries:
        return None
    ratings = [e.suds for e in entries]
    return StressFigures(
        entries=len(entries),
        days=len({e.at.date() for e in entries}),
        average=sum(ratings) / len(ratings),
        highest=max(ratings),
        high=sum(1 for r in ratings if r >= HIGH_RATING),
        triggers=_most_common(e.triggers for e in entries),
        body_signs=_most_common(e.body_signs for e in entries),
    )
