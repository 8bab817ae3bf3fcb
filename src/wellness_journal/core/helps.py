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


def what_helps(sessions: Iterable[CopingSession], *, min_rated: int = MIN_RATED) -> list[HelpRow]:
    """One row per exercise used. Rows with a figure come first, the largest drop in stress at
    the top; then the rest, most used first."""
    used: dict[str, int] = {}
    completed: dict[str, int] = {}
    changes: dict[str, list[int]] = {}
    seconds: dict[str, int] = {}
    for s in sessions:
        used[s.exercise_id] = used.get(s.exercise_id, 0) + 1
        seconds[s.exercise_id] = seconds.get(s.exercise_id, 0) + max(0, s.seconds_done)
        if s.outcome is Outcome.COMPLETED:
            completed[s.exercise_id] = completed.get(s.exercise_id, 0) + 1
        change = s.change
        if change is not None:
            changes.setdefault(s.exercise_id, []).append(change)
    rows = []
    for exercise_id, count in used.items():
        rated = changes.get(exercise_id, [])
        average = sum(rated) / len(rated) if len(rated) >= min_rated else None
        rows.append(
            HelpRow(
                exercise_id=exercise_id,
                times_used=count,
                completed=completed.get(exercise_id, 0),
                rated=len(rated),
                average_change=average,
                minutes=seconds.get(exercise_id, 0) / 60.0,
            )
        )
    rows.sort(
        key=lambda r: (
            r.average_change is None,
            r.average_change if r.average_change is not None else 0.0,
            -r.times_used,
            r.exercise_id,
        )
    )
    return rows
