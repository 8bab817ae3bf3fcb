"""Exercise sessions, ratings and favourites, stored in a real encrypted vault."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from tests.conftest import PASSPHRASE
from wellness_journal.core.coping import Outcome
from wellness_journal.core.pacer import LengthChoice
from wellness_journal.services.coping import TOPIC, CopingService
from wellness_journal.storage.vault import Vault

START = datetime(2025, 3, 4, 22, 15, tzinfo=timezone(timedelta(hours=-5)))


def test_a_completed_session_is_saved_with_both_ratings(session):
    saved, changes = session.coping.record_session(
        "box",
        started_at=START,
        seconds_done=133.4,
        planned_seconds=133,
        outcome=Outcome.COMPLETED,
        suds_before=7,
        suds_after=3,
    )
    assert changes.touches(TOPIC)
    (stored,) = session.coping.sessions()
    assert stored == saved
    assert stored.exercise_id == "box"
    assert stored.started_at == START
    assert stored.started_at.utcoffset() == timedelta(0)
    assert stored.seconds_done == 133
    assert stored.outcome is Outcome.COMPLETED
    assert (stored.suds_before, stored.suds_after) == (7, 3)
    assert stored.change == -4


def test_a_stopped_session_keeps_what_was_done_and_can_be_rated_later(session):
    saved, _ = session.coping.record_session(
        "sigh",
        started_at=START,
        seconds_done=48,
        planned_seconds=305,
        outcome=Outcome.STOPPED,
        suds_before=8,
    )
    assert session.coping.sessions()[0].suds_after is None
    assert saved.id is not None
    rated, changes = session.coping.rate_after(saved.id, 6)
    assert changes.touches(TOPIC)
    (stored,) = session.coping.sessions()
    assert stored.outcome is Outcome.STOPPED
    assert stored.seconds_done == 48
    assert stored.planned_seconds == 305
    assert (stored.suds_before, stored.suds_after) == (8, 6)
    assert stored == rated


def test_ratings_may_be_skipped(session):
    session.coping.record_session(
        "grounding", started_at=START, seconds_done=200, outcome=Outcome.COMPLETED
    )
    (stored,) = session.coping.sessions()
    assert stored.suds_before is None
    assert stored.suds_after is None
    assert stored.change is None


@pytest.mark.parametrize("bad", [-1, 11, 100])
def test_ratings_outside_0_to_10_are_refused(session, bad):
    with pytest.raises(ValueError):
        session.coping.record_session(
            "box", started_at=START, seconds_done=10, outcome=Outcome.STOPPED, suds_before=bad
        )
    assert session.coping.sessions() == []


def test_unknown_exercises_and_naive_times_are_refused(session):
    with pytest.raises(ValueError):
        session.coping.record_session(
            "juggling", started_at=START, seconds_done=10, outcome=Outcome.STOPPED
        )
    with pytest.raises(ValueError):
        session.coping.record_session(
            "box", started_at=datetime(2025, 1, 1), seconds_done=10, outcome=Outcome.STOPPED
        )


def test_last_used_is_the_most_recent_start(session):
    assert session.coping.last_used() is None
    for offset, exercise_id in [(2, "box"), (9, "resonance"), (5, "sigh")]:
        session.coping.record_session(
            exercise_id,
            started_at=START + timedelta(hours=offset),
            seconds_done=60,
            outcome=Outcome.COMPLETED,
        )
    assert session.coping.last_used() == "resonance"


def test_what_helps_from_stored_sessions(session):
    for before, after in [(7, 4), (6, 4), (8, 5)]:
        session.coping.record_session(
            "box",
            started_at=START,
            seconds_done=120,
            outcome=Outcome.COMPLETED,
            suds_before=before,
            suds_after=after,
        )
    session.coping.record_session(
        "478",
        started_at=START,
        seconds_done=76,
        outcome=Outcome.COMPLETED,
        suds_before=6,
        suds_after=2,
    )
    rows = {r.exercise_id: r for r in session.coping.what_helps()}
    assert rows["box"].average_change == pytest.approx(-8 / 3)
    assert rows["478"].average_change is None


def test_favourites_are_pinned_first_and_survive_reopening(created, paths):
    coping = CopingService(created.vault.db)
    coping.set_favourite("pmr_short", True)
    coping.set_favourite("resonance", True)
    coping.set_favourite("resonance", True)  # twice is still once
    assert coping.favourites() == ["pmr_short", "resonance"]
    order = coping.ordered_exercises()
    assert order[:2] == ["pmr_short", "resonance"]
    assert sorted(order) == sorted(set(order))
    created.vault.close()
    reopened = Vault.open_with_secret(paths, PASSPHRASE)
    try:
        coping = CopingService(reopened.db)
        assert coping.favourites() == ["pmr_short", "resonance"]
        coping.set_favourite("pmr_short", False)
        assert coping.favourites() == ["resonance"]
    finally:
        reopened.close()


def test_chosen_length_and_rate_are_remembered(session):
    coping = session.coping
    assert coping.chosen_length("box") is None
    coping.set_chosen_length("box", LengthChoice(seconds=300))
    assert coping.chosen_length("box") == LengthChoice(seconds=300)
    coping.set_chosen_length("478", LengthChoice(cycles=4))
    assert coping.chosen_length("478") == LengthChoice(cycles=4)
    with pytest.raises(ValueError):
        coping.set_chosen_length("box", LengthChoice(seconds=7))
    assert coping.chosen_rate("resonance") == 6.0
    coping.set_chosen_rate("resonance", 5.5)
    assert coping.chosen_rate("resonance") == 5.5
    assert coping.chosen_rate("box") is None
    with pytest.raises(ValueError):
        coping.set_chosen_rate("resonance", 9)


def test_remember_choice_writes_only_what_changed(session):
    coping = session.coping
    assert coping.remember_choice("resonance", LengthChoice(seconds=600), 5.5).topics
    assert coping.chosen_length("resonance") == LengthChoice(seconds=600)
    assert coping.chosen_rate("resonance") == 5.5
    assert not coping.remember_choice("resonance", LengthChoice(seconds=600), 5.5).topics
    assert not coping.remember_choice("pmr_short", None, None).topics
    with pytest.raises(ValueError):
        coping.remember_choice("box", LengthChoice(seconds=7), None)


def test_what_helps_is_read_from_an_index_never_by_sorting_every_session(created):
    """The Toolbox adds up every session as it opens, on the GUI thread: sorting them all to
    group them cost 17-20 ms at 30 years; the covering index (migration 0301) reads in order."""
    from wellness_journal.storage.repositories import coping as repo

    db = created.vault.db
    ran: list[str] = []
    db.raw.set_trace_callback(ran.append)
    repo.help_totals(db)
    db.raw.set_trace_callback(None)
    plan = " ".join(str(r[3]) for r in db.query("EXPLAIN QUERY PLAN " + ran[-1]))
    assert "COVERING INDEX coping_sessions_by_exercise" in plan, plan
    assert "TEMP B-TREE" not in plan, plan
