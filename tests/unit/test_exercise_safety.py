"""Safety in the exercises (FACTS.md): 4-7-8 counts breaths, at most 4 for the first month and
up to 8 after; every exercise with breath holds says to stop if dizzy and how to leave them out."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from wellness_journal.core.exercises import EXERCISES, HOLDS, Caution, exercise
from wellness_journal.core.pacer import (
    LengthChoice,
    default_choice,
    length_choices,
    plan_for,
    practised,
)

NOW = datetime(2025, 3, 1, 12, 0, tzinfo=timezone.utc)


def test_478_counts_breaths_never_minutes():
    ex = exercise("478")
    for choice in length_choices(ex, practised=True):
        assert choice.cycles
        assert not choice.seconds


def test_478_offers_at_most_four_breaths_for_the_first_month():
    ex = exercise("478")
    first_month = length_choices(ex, practised=False)
    assert max(c.cycles for c in first_month) == 4
    assert default_choice(ex) == LengthChoice(cycles=4)
    assert plan_for(ex).cycles == 4


def test_478_offers_up_to_eight_breaths_after_a_month():
    ex = exercise("478")
    later = length_choices(ex, practised=True)
    assert max(c.cycles for c in later) == 8
    assert LengthChoice(cycles=4) in later


@pytest.mark.parametrize(
    ("first", "expected"),
    [
        (None, False),
        (NOW - timedelta(days=27, hours=23), False),
        (NOW - timedelta(days=28), True),
        (NOW - timedelta(days=200), True),
    ],
)
def test_practised_after_a_month_of_the_first_session(first, expected):
    assert practised(first, NOW) is expected


def test_every_exercise_with_breath_holds_carries_the_caution():
    with_holds = [ex for ex in EXERCISES if ex.has_holds]
    assert {ex.id for ex in with_holds} == {"box", "478"}
    for ex in with_holds:
        assert Caution.STOP_IF_DIZZY in ex.cautions, ex.id
        assert Caution.BREATH_HOLDS in ex.cautions, ex.id
    assert Caution.SIT_OR_LIE in exercise("478").cautions


@pytest.mark.parametrize("exercise_id", ["box", "478"])
def test_the_holds_can_be_left_out(exercise_id):
    plan = plan_for(exercise(exercise_id), holds=False)
    assert plan.cycle
    assert not any(p.kind in HOLDS for p in plan.cycle)
    assert any(p.kind in HOLDS for p in plan_for(exercise(exercise_id)).cycle)
