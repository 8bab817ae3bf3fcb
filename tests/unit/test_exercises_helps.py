""" "What helps me": counts, average change in stress, and the under-3 rule."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from wellness_journal.core.coping import CopingSession, Outcome
from wellness_journal.core.helps import MIN_RATED, what_helps

T = datetime(2025, 1, 1, tzinfo=timezone.utc)


def s(
    exercise_id: str,
    before: int | None,
    after: int | None,
    *,
    outcome: Outcome = Outcome.COMPLETED,
    seconds: int = 120,
) -> CopingSession:
    return CopingSession(None, "u", exercise_id, T, seconds, outcome, before, after)


def test_average_change_per_exercise():
    rows = what_helps(
        [
            s("box", 7, 4),
            s("box", 6, 4),
            s("box", 8, 4),
            s("sigh", 5, 4),
            s("sigh", 6, 5),
            s("sigh", 4, 4),
        ]
    )
    by_id = {r.exercise_id: r for r in rows}
    assert by_id["box"].average_change == pytest.approx(-3.0)
    assert by_id["sigh"].average_change == pytest.approx(-2 / 3)
    assert [r.exercise_id for r in rows] == ["box", "sigh"]  # the biggest drop first


def test_fewer_than_three_rated_sessions_give_no_figure():
    assert MIN_RATED == 3
    rows = what_helps([s("478", 8, 2), s("478", 7, 3), s("box", 5, 4)])
    by_id = {r.exercise_id: r for r in rows}
    assert by_id["478"].average_change is None
    assert not by_id["478"].enough
    assert by_id["478"].rated == 2
    assert by_id["478"].times_used == 2


def test_only_sessions_rated_before_and_after_count_toward_the_average():
    rows = what_helps(
        [
            s("box", 8, 5),
            s("box", None, 2),
            s("box", 9, None),
            s("box", 6, 5),
            s("box", 4, 4),
        ]
    )
    (row,) = rows
    assert row.times_used == 5
    assert row.rated == 3
    assert row.average_change == pytest.approx((-3 - 1 + 0) / 3)


def test_stopped_sessions_are_used_and_rated_but_not_completed():
    rows = what_helps(
        [
            s("sigh", 6, 4, outcome=Outcome.STOPPED, seconds=40),
            s("sigh", 6, 4),
            s("sigh", 6, 4),
        ]
    )
    (row,) = rows
    assert row.times_used == 3
    assert row.completed == 2
    assert row.average_change == pytest.approx(-2)
    assert row.minutes == pytest.approx(280 / 60)


def test_a_rise_in_stress_is_reported_as_it_is():
    rows = what_helps([s("box", 3, 5), s("box", 3, 4), s("box", 3, 3)])
    assert rows[0].average_change == pytest.approx(1.0)


def test_rows_without_figures_come_last_most_used_first():
    rows = what_helps(
        [s("a", 1, 1), s("b", 2, 1), s("b", 2, 1), s("c", 5, 5), s("c", 5, 5), s("c", 5, 5)]
    )
    assert [r.exercise_id for r in rows] == ["c", "b", "a"]


def test_nothing_used_nothing_shown():
    assert what_helps([]) == []
