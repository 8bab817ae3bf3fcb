"""The plain series the trend charts draw, as the database hands them over (already aggregated).

No free text the user wrote is in here: only dates, ratings, counts and stored list keys.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from wellness_journal.core.incidents import Step


@dataclass(frozen=True)
class CheckinDay:
    """One calendar day: the check-in's ratings (None when not rated or not checked in) and the
    7-day means ending that day (None where the window holds too few ratings: a gap)."""

    day: date
    checked_in: bool
    mood: int | None = None
    stress: int | None = None
    energy: int | None = None
    mood_mean: float | None = None
    stress_mean: float | None = None
    energy_mean: float | None = None


@dataclass(frozen=True)
class StressDay:
    """Stress log entries of one day (the day as the user lived it)."""

    day: date
    entries: int
    highest: int  # SUDS 0-10
    average: float
    high: int = 0  # entries rated HIGH_SUDS (core.trends) or more


@dataclass(frozen=True)
class IncidentMark:
    uid: str
    day: date
    category: str  # a stored list key, e.g. "serious crash"


@dataclass(frozen=True)
class FollowUpScore:
    """A check-in after an incident: the five answers added up (0 = not at all ... 20)."""

    incident_uid: str
    step: Step
    day: date
    total: int


FOLLOW_UP_MAX = 20


@dataclass(frozen=True)
class ExerciseRatings:
    """Stress before and after one exercise, averaged over sessions rated both times."""

    exercise_id: str
    sessions: int  # every session in the range
    rated: int  # sessions rated before and after
    before: float | None
    after: float | None

    @property
    def change(self) -> float | None:
        if self.before is None or self.after is None:
            return None
        return self.after - self.before


@dataclass(frozen=True)
class PracticeDay:
    day: date
    sessions: int
    minutes: float


@dataclass(frozen=True)
class Events:
    """Stress entries per day and critical incidents on one timeline, with the scores of the
    check-ins after each incident. ``incidents`` also holds incidents from before the range
    whose follow-ups fall inside it (``in_range`` tells them apart)."""

    stress: tuple[StressDay, ...]
    incidents: tuple[IncidentMark, ...]
    follow_ups: tuple[FollowUpScore, ...]
    first: date

    def in_range(self, mark: IncidentMark) -> bool:
        return mark.day >= self.first

    @property
    def empty(self) -> bool:
        return not (self.stress or self.incidents or self.follow_ups)


@dataclass(frozen=True)
class SelfCheckPoint:
    """One self-check result with a total (one taken with a question skipped has none and is
    not drawn)."""

    day: date
    total: int
    band: str  # core.selfchecks.Band value
