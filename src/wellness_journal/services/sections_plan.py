"""Export/import section for My plan: the goals, each with the days ticked by hand."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from wellness_journal.core import plan_goals as rules
from wellness_journal.core.localzone import within_years
from wellness_journal.services.exchange_fields import (
    SHORT,
    Choice,
    Day,
    Int,
    JsonValue,
    OrNull,
    Place,
    Text,
)
from wellness_journal.services.record_section import RecordSection
from wellness_journal.storage.repositories import plan_goals as repo

MAX_DAYS = 5000


@dataclass(frozen=True)
class Days:
    """A list of calendar days (YYYY-MM-DD), kept sorted without repeats."""

    key: str

    def load(self, item: Mapping[str, object], at: Place) -> tuple[date, ...]:
        value = item.get(self.key, [])
        if not isinstance(value, list) or len(value) > MAX_DAYS:
            raise at.fail(f"{self.key!r} should be a list of dates")
        days = set()
        for text in value:
            try:
                day = date.fromisoformat(text) if isinstance(text, str) and len(text) < 20 else None
            except ValueError:
                day = None
            if day is None or not within_years(day):
                raise at.fail(f"{self.key!r} holds {text!r}, not a date (YYYY-MM-DD)")
            days.add(day)
        return tuple(sorted(days))

    def dump(self, value: Sequence[date]) -> JsonValue:
        return [d.isoformat() for d in value]


def _check(goal: rules.Goal) -> str | None:
    bad = rules.problems(goal)
    return f"{', '.join(repr(b) for b in bad)} not valid" if bad else None


PLAN_GOALS = RecordSection(
    name="plan_goals",
    record=rules.Goal,
    fields=(
        Choice("kind", rules.GoalKind),
        Text("text", max_len=rules.MAX_TEXT, required=True),
        Day("starts_on"),
        OrNull(Day("ends_on")),
        Int("per_week", default=rules.WEEK, low=1, high=rules.WEEK),
        Text(
            "exercise_id",
            max_len=40,
            valid=re.compile(r"[a-z0-9_]{0,40}").fullmatch,
            meaning="an exercise id (a-z, 0-9, _)",
        ),
        Int("minutes", default=0, low=0, high=rules.MAX_MINUTES),
        Text("window_start", max_len=SHORT),
        Text("window_end", max_len=SHORT),
        Choice("window_days", rules.WindowDays),
        Int("sort_order", default=0, low=0, high=1_000_000),
        Days("done_days"),
    ),
    rows=repo.list_goals,
    uids=repo.uids,
    insert=repo.insert,
    check=_check,
)
