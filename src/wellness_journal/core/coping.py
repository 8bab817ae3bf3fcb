"""Coping records: exercise sessions, thought records, favourites."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum

SUDS_RANGE = (0, 10)  # 0 calm, 10 the worst you can imagine (Wolpe)
MOOD_RANGE = (0, 100)


class Outcome(str, Enum):
    COMPLETED = "completed"
    STOPPED = "stopped"


def valid_suds(value: int | None) -> bool:
    return value is None or (
        isinstance(value, int)
        and not isinstance(value, bool)
        and SUDS_RANGE[0] <= value <= SUDS_RANGE[1]
    )


def valid_mood(value: int | None) -> bool:
    return value is None or (
        isinstance(value, int)
        and not isinstance(value, bool)
        and MOOD_RANGE[0] <= value <= MOOD_RANGE[1]
    )


@dataclass(frozen=True)
class CopingSession:
    id: int | None
    uid: str
    exercise_id: str
    started_at: datetime  # aware, stored as UTC
    seconds_done: int  # active time, pauses not counted
    outcome: Outcome
    suds_before: int | None = None
    suds_after: int | None = None
    planned_seconds: int = 0
    note: str = ""  # only what the user chose to keep (e.g. what they noticed while grounding)

    @property
    def change(self) -> int | None:
        """After minus before: negative means calmer. None unless both were rated."""
        if self.suds_before is None or self.suds_after is None:
            return None
        return self.suds_after - self.suds_before


@dataclass(frozen=True)
class MoodRating:
    name: str
    before: int | None = None  # 0..100
    after: int | None = None  # re-rated at the end


@dataclass(frozen=True)
class AutomaticThought:
    text: str
    hot: bool = False  # the thought that carries the most feeling


@dataclass(frozen=True)
class ThoughtRecord:
    """The seven columns: situation, moods, automatic thoughts (one hot), evidence for,
    evidence against, a balanced thought, and the moods rated again."""

    id: int | None
    uid: str
    created_at: datetime
    updated_at: datetime
    situation: str = ""
    moods: tuple[MoodRating, ...] = ()
    thoughts: tuple[AutomaticThought, ...] = ()
    evidence_for: str = ""
    evidence_against: str = ""
    balanced_thought: str = ""

    @property
    def hot_thought(self) -> str:
        return next((t.text for t in self.thoughts if t.hot), "")

    def is_empty(self) -> bool:
        texts = [
            self.situation,
            self.evidence_for,
            self.evidence_against,
            self.balanced_thought,
            *(t.text for t in self.thoughts),
            *(m.name for m in self.moods),
        ]
        return not any(t.strip() for t in texts)


@dataclass(frozen=True)
class Favourite:
    uid: str
    exercise_id: str
    added_at: datetime
