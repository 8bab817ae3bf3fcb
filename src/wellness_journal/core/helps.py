""" "What helps me": per exercise, how often it was used and how much the rating changed."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from wellness_journal.core.coping import CopingSession, Outcome

MIN_RATED = 3  # fewer rated sessions than this: "not enough sessions yet"


@dataclass(frozen=True)
class HelpRow:
    exercise_id: str
    times_used: int  # every session, completed or stopped
    completed: int
    rated: int  # sessions rated both before and after: the figure rests on these
    average_change: float | None  # mean of (after - before); None when rated < MIN_RATED
    minutes: float  # total active minutes

    @property
    def enough(self) -> bool:
        return self.average_change is not None


@dataclass(frozen=True)
class Totals:
    """One exercise's sessions added up (in SQL, or from the sessions by ``totals``)."""

    exercise_id: str
    used: int
    completed: int
    rated: int
    change_sum: int  # of (after - before) over the rated sessions
    seconds: int


def totals(sessions: Iterable[CopingSession]) -> list[Totals]:
    found: dict[str, list[int]] = {}  # used, completed, rated, change sum, seconds
    for s in sessions:
        t = found.setdefault(s.exercise_id, [0, 0, 0, 0, 0])
        t[0] += 1
        t[1] += s.outcome is Outcome.COMPLETED
        change = s.change
        if change is not None:
            t[2] += 1
            t[3] += change
        t[4] += max(0, s.seconds_done)
    return [Totals(exercise_id, *t) for exercise_id, t in found.items()]


def what_helps(sessions: Iterable[CopingSession], *, min_rated: int = MIN_RATED) -> list[HelpRow]:
    """One row per exercise used. Rows with a figure come first, the largest drop in stress at
    the top; then the rest, most used first."""
    return help_rows(totals(sessions), min_rated=min_rated)


def help_rows(found: Iterable[Totals], *, min_rated: int = MIN_RATED) -> list[HelpRow]:
    """``what_helps`` from each exercise's totals."""
    rows = [
        HelpRow(
            exercise_id=t.exercise_id,
            times_used=t.used,
            completed=t.completed,
            rated=t.rated,
            average_change=t.change_sum / t.rated if t.rated >= min_rated else None,
            minutes=t.seconds / 60.0,
        )
        for t in found
    ]
    rows.sort(
        key=lambda r: (
            r.average_change is None,
            r.average_change if r.average_change is not None else 0.0,
            -r.times_used,
            r.exercise_id,
        )
    )
    return rows
