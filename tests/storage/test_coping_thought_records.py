"""Thought records: the seven columns survive a round trip through the encrypted vault."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest

from tests.conftest import PASSPHRASE
from tests.helpers import files_containing
from wellness_journal.core.coping import AutomaticThought, MoodRating, ThoughtRecord
from wellness_journal.services.coping import TOPIC, CopingService
from wellness_journal.storage.vault import Vault

MARKER = "MARKER-thought-4471 ünïcødé ✓"
NOW = datetime(2025, 5, 1, 12, 0, tzinfo=timezone.utc)


def blank() -> ThoughtRecord:
    return ThoughtRecord(id=None, uid="", created_at=NOW, updated_at=NOW)


def full_record() -> ThoughtRecord:
    return replace(
        blank(),
        situation="Called in by the sergeant. " + MARKER,
        moods=(MoodRating("Anxious", 70, 30), MoodRating("Angry", 40, None)),
        thoughts=(
            AutomaticThought("I messed up."),
            AutomaticThought("They think I'm not up to it.", hot=True),
        ),
        evidence_for="The report was late.",
        evidence_against="My record is good.\nNobody has complained.",
        balanced_thought="One late report is fixable.",
    )


def test_round_trip_through_a_reopened_vault(created, paths):
    coping = CopingService(created.vault.db, now=lambda: NOW)
    saved, changes = coping.save_thought_record(full_record())
    assert changes.touches(TOPIC)
    assert saved.id is not None
    assert saved.uid
    created.vault.close()
    assert files_containing(paths.data_dir, "MARKER-thought-4471") == []
    reopened = Vault.open_with_secret(paths, PASSPHRASE)
    try:
        (stored,) = CopingService(reopened.db).thought_records()
    finally:
        reopened.close()
    assert stored == saved
    assert stored.situation.endswith(MARKER)
    assert stored.moods == (MoodRating("Anxious", 70, 30), MoodRating("Angry", 40, None))
    assert stored.hot_thought == "They think I'm not up to it."
    assert stored.evidence_against == "My record is good.\nNobody has complained."
    assert stored.balanced_thought == "One late report is fixable."


def test_editing_replaces_moods_and_thoughts_and_keeps_the_creation_time(session):
    times = iter([NOW, NOW + timedelta(hours=3)])
    coping = CopingService(session.db, now=lambda: next(times))
    saved, _ = coping.save_thought_record(full_record())
    edited = replace(
        saved,
        moods=(MoodRating("Anxious", 70, 20),),
        thoughts=(AutomaticThought("I can fix it.", hot=True),),
        balanced_thought="Fixable, and I know how.",
    )
    coping.save_thought_record(edited)
    (stored,) = coping.thought_records()
    assert stored.moods == (MoodRating("Anxious", 70, 20),)
    assert stored.thoughts == (AutomaticThought("I can fix it.", hot=True),)
    assert stored.created_at == NOW
    assert stored.updated_at == NOW + timedelta(hours=3)


def test_an_empty_new_record_is_not_saved(session):
    _, changes = session.coping.save_thought_record(
        replace(blank(), moods=(MoodRating("  "),), thoughts=(AutomaticThought(" "),))
    )
    assert not changes.topics
    assert session.coping.thought_records() == []


def test_only_one_hot_thought_and_blank_rows_are_dropped(session):
    record = replace(
        blank(),
        situation="x",
        thoughts=(
            AutomaticThought("first", hot=True),
            AutomaticThought("   "),
            AutomaticThought("second", hot=True),
        ),
        moods=(MoodRating("", None, None), MoodRating("Sad", 50)),
    )
    saved, _ = session.coping.save_thought_record(record)
    assert saved.thoughts == (AutomaticThought("first", True), AutomaticThought("second", False))
    assert saved.moods == (MoodRating("Sad", 50),)


@pytest.mark.parametrize("bad", [-1, 101])
def test_mood_ratings_run_from_0_to_100(session, bad):
    with pytest.raises(ValueError):
        session.coping.save_thought_record(
            replace(blank(), situation="x", moods=(MoodRating("Sad", bad),))
        )


def test_delete_removes_the_record_and_its_rows(session):
    saved, _ = session.coping.save_thought_record(full_record())
    assert saved.id is not None
    session.coping.delete_thought_record(saved.id)
    assert session.coping.thought_records() == []
    assert session.db.scalar("SELECT count(*) FROM thought_record_moods") == 0
    assert session.db.scalar("SELECT count(*) FROM thought_record_thoughts") == 0


def test_records_are_listed_newest_first(session):
    times = iter([NOW, NOW + timedelta(days=1)])
    coping = CopingService(session.db, now=lambda: next(times))
    coping.save_thought_record(replace(blank(), situation="older"))
    coping.save_thought_record(replace(blank(), situation="newer"))
    assert [r.situation for r in coping.thought_records()] == ["newer", "older"]
