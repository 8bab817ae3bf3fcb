"""Export and import of sessions, thought records and favourites."""

from __future__ import annotations

import copy
import json
from datetime import date, datetime, timezone

import pytest

from wellness_journal.core.coping import AutomaticThought, MoodRating, Outcome, ThoughtRecord
from wellness_journal.core.errors import ImportFileError
from wellness_journal.services import demo
from wellness_journal.services.coping import CopingService
from wellness_journal.services.exchange import export_document, import_document
from wellness_journal.storage.vault import Vault

T = datetime(2025, 2, 3, 4, 5, 6, tzinfo=timezone.utc)


def fill(coping: CopingService) -> None:
    coping.record_session(
        "box",
        started_at=T,
        seconds_done=133,
        outcome=Outcome.COMPLETED,
        suds_before=7,
        suds_after=4,
    )
    coping.record_session("sigh", started_at=T, seconds_done=40, outcome=Outcome.STOPPED)
    coping.record_session(
        "grounding",
        started_at=T,
        seconds_done=200,
        outcome=Outcome.COMPLETED,
        note="blue mug, the fridge hum",
    )
    coping.save_thought_record(
        ThoughtRecord(
            id=None,
            uid="",
            created_at=T,
            updated_at=T,
            situation="Late call",
            moods=(MoodRating("Tense", 80, 50),),
            thoughts=(AutomaticThought("I'll never switch off", hot=True),),
            evidence_for="a",
            evidence_against="b",
            balanced_thought="c",
        )
    )
    coping.set_favourite("resonance", True)


@pytest.fixture
def other_vault(tmp_path, kdf):  # type: ignore[no-untyped-def]
    from wellness_journal.storage.paths import AppPaths

    created = Vault.create(AppPaths.for_dir(tmp_path / "other"), "another passphrase", kdf=kdf)
    yield created.vault
    created.vault.close()


def test_export_then_import_into_another_vault_gives_the_same_records(session, other_vault):
    fill(session.coping)
    document = json.loads(json.dumps(export_document(session.db)))
    report = import_document(other_vault.db, document)
    assert report.added["coping_sessions"] == 3
    assert report.added["thought_records"] == 1
    assert report.added["coping_favourites"] == 1
    other = CopingService(other_vault.db)
    assert [
        (s.uid, s.exercise_id, s.suds_before, s.suds_after, s.outcome, s.note)
        for s in other.sessions()
    ] == [
        (s.uid, s.exercise_id, s.suds_before, s.suds_after, s.outcome, s.note)
        for s in session.coping.sessions()
    ]
    assert [replace_id(r) for r in other.thought_records()] == [
        replace_id(r) for r in session.coping.thought_records()
    ]
    assert other.favourites() == ["resonance"]


def replace_id(record: ThoughtRecord) -> ThoughtRecord:
    from dataclasses import replace

    return replace(record, id=None)


def test_importing_the_same_export_twice_adds_nothing(session, other_vault):
    fill(session.coping)
    document = export_document(session.db)
    import_document(other_vault.db, document)
    again = import_document(other_vault.db, document)
    for name in ("coping_sessions", "thought_records", "coping_favourites"):
        assert again.added[name] == 0
    assert again.skipped["coping_sessions"] == 3
    assert len(CopingService(other_vault.db).sessions()) == 3
    assert len(CopingService(other_vault.db).thought_records()) == 1


def test_importing_into_the_same_vault_adds_nothing(session):
    fill(session.coping)
    report = import_document(session.db, export_document(session.db))
    assert report.total_added == 0


@pytest.mark.parametrize(
    ("section", "field", "value"),
    [
        ("coping_sessions", "suds_before", 11),
        ("coping_sessions", "outcome", "abandoned"),
        ("coping_sessions", "started_at", "yesterday"),
        ("coping_sessions", "started_at", "2025-02-03T04:05:06"),
        ("coping_sessions", "exercise_id", "DROP TABLE"),
        ("coping_sessions", "seconds_done", -5),
        ("thought_records", "moods", [{"name": "Sad", "before": 120}]),
        ("thought_records", "thoughts", [{"text": "x", "hot": "yes"}]),
        ("thought_records", "uid", None),
        ("coping_favourites", "added_at", 5),
    ],
)
def test_a_bad_record_stops_the_whole_import_and_says_where(
    session, other_vault, section, field, value
):
    fill(session.coping)
    document = copy.deepcopy(export_document(session.db))
    document["sections"][section][0][field] = value
    with pytest.raises(ImportFileError) as info:
        import_document(other_vault.db, document)
    assert section in info.value.where
    other = CopingService(other_vault.db)
    assert other.sessions() == []
    assert other.thought_records() == []
    assert other.favourites() == []


def test_demo_data_gives_what_helps_me_something_to_show(session):
    with session.db.transaction():
        demo.populate(session.db, today=date(2025, 6, 1))
    coping = session.coping
    sessions = coping.sessions()
    assert len(sessions) >= 30
    span = (sessions[-1].started_at - sessions[0].started_at).days
    assert span >= 60  # a few months
    assert all(s.started_at.date() < date(2025, 6, 1) for s in sessions)
    assert {s.outcome for s in sessions} == {Outcome.COMPLETED, Outcome.STOPPED}
    for s in sessions:
        assert s.suds_after is not None
        assert 0 <= s.suds_after <= 10
    rows = coping.what_helps()
    with_figures = [r for r in rows if r.enough]
    without = [r for r in rows if not r.enough]
    assert len(with_figures) >= 4
    assert without
    assert all(r.average_change is not None and r.average_change < 0 for r in with_figures)
    assert len(coping.thought_records()) == 2
    assert all(r.hot_thought for r in coping.thought_records())
    assert coping.favourites()
    assert coping.last_used() is not None


def test_demo_data_is_the_same_for_the_same_seed(session, other_vault):
    for db in (session.db, other_vault.db):
        demo.populate(db, today=date(2025, 6, 1), seed=3)
    first = [
        (s.exercise_id, s.started_at, s.suds_before, s.suds_after)
        for s in session.coping.sessions()
    ]
    second = [
        (s.exercise_id, s.started_at, s.suds_before, s.suds_after)
        for s in CopingService(other_vault.db).sessions()
    ]
    assert first == second
