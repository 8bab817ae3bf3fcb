"""JSON export/import of check-ins, stress log, incidents, follow-ups and sleep: every field."""

from __future__ import annotations

import json
from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.conftest import PASSPHRASE
from tests.fakes import FakeNow as Now
from wellness_journal.core.checkin import Checkin
from wellness_journal.core.errors import ImportFileError
from wellness_journal.core.incidents import Incident, Step
from wellness_journal.core.sleep import SleepKind, SleepPeriod, WallTimes, place
from wellness_journal.core.stress import StressEntry
from wellness_journal.services.exchange import export_document, import_document
from wellness_journal.services.today import TodayServices
from wellness_journal.storage.paths import AppPaths
from wellness_journal.storage.vault import Vault

NY = ZoneInfo("America/New_York")
SECTIONS = (
    "checkins",
    "stress_entries",
    "critical_incidents",
    "incident_followups",
    "sleep_periods",
)


def fill(db) -> None:  # type: ignore[no-untyped-def]
    now = Now(datetime(2024, 11, 3, 9, 0, tzinfo=NY))
    today = TodayServices(db, now=now, zone=NY)
    today.checkins.save(
        Checkin(None, "", date(2024, 11, 3), mood=2, stress=7, energy=3, shift="court", note="ñ ✓")
    )
    today.checkins.save(Checkin(None, "", date(2024, 11, 2), stress=0, shift="K9 detail"))
    today.stress.save(
        StressEntry(
            None,
            "",
            datetime(2024, 11, 3, 1, 30, tzinfo=NY, fold=1),  # the second 01:30 of the night
            suds=8,
            triggers=("use of force", "my own trigger"),
            trigger_text="long pursuit",
            body_signs=("racing heart", "shaking"),
            helped="box breathing",
            note="notes 🚓",
            suds_after=4,
        )
    )
    today.stress.save(StressEntry(None, "", datetime(2024, 11, 2, 18, 0, tzinfo=NY), suds=3))
    now.value = datetime(2024, 10, 1, 12, 0, tzinfo=NY)
    incident, _ = today.incidents.save(
        Incident(None, "", date(2024, 10, 1), "serious crash", "first on scene", "no names")
    )
    now.value = datetime(2024, 10, 4, 20, 0, tzinfo=NY)
    today.incidents.record(
        incident,
        Step.DAY3,
        {"sleep": 1, "intrusive": 2, "avoidance": 3, "irritability": 4, "mood": 0},
        talk="maybe",
    )
    now.value = datetime(2024, 11, 3, 9, 0, tzinfo=NY)
    a, b, c, d = place(
        WallTimes(date(2024, 11, 3), time(23, 0), time(23, 20), time(6, 40), time(7, 5)), NY
    )
    today.sleep.save(
        SleepPeriod(
            None,
            "",
            SleepKind.MAIN,
            a,
            b,
            c,
            d,
            latency_min=25,
            awakenings=2,
            waso_min=30,
            quality=2,
            caffeine_drinks=3,
            caffeine_last=datetime(2024, 11, 2, 16, 30, tzinfo=NY),
            alcohol_drinks=1,
            note="autumn night",
            zone="America/New_York",
            sleep_aid="half a sleeping pill at 22:30",
        )
    )
    a, b, c, d = place(
        WallTimes(date(2024, 11, 1), time(14, 0), time(14, 0), time(15, 0), time(15, 10)), NY
    )
    today.sleep.save(SleepPeriod(None, "", SleepKind.NAP, a, b, c, d))


@pytest.fixture
def other(tmp_path: Path, kdf):  # type: ignore[no-untyped-def]
    created = Vault.create(AppPaths.for_dir(tmp_path / "other"), PASSPHRASE, kdf=kdf)
    yield created.vault
    created.vault.close()


def sections(db) -> dict:  # type: ignore[no-untyped-def]
    document = json.loads(json.dumps(export_document(db)))
    return {name: document["sections"][name] for name in SECTIONS}


def test_round_trip_keeps_every_field(db, other):
    fill(db)
    exported = sections(db)
    assert [len(exported[n]) for n in SECTIONS] == [2, 2, 1, 1, 2]
    stress = next(e for e in exported["stress_entries"] if e["suds"] == 8)
    assert stress["at"] == "2024-11-03T01:30:00-05:00"
    sleep = next(p for p in exported["sleep_periods"] if p["kind"] == "main")
    assert sleep["into_bed"] == "2024-11-02T23:00:00-04:00"
    assert sleep["out_of_bed"] == "2024-11-03T07:05:00-05:00"

    report = import_document(other.db, export_document(db))
    assert {n: report.added[n] for n in SECTIONS} == {n: len(exported[n]) for n in SECTIONS}
    assert sections(other.db) == exported
    # Every field, read back through the services on the other vault.
    again = TodayServices(other.db, now=Now(datetime(2024, 11, 3, 9, 0, tzinfo=NY)), zone=NY)
    entry = next(e for e in again.stress.recent() if e.suds == 8)
    assert entry.triggers == ("use of force", "my own trigger")
    assert entry.body_signs == ("racing heart", "shaking")
    assert (entry.trigger_text, entry.helped, entry.note, entry.suds_after) == (
        "long pursuit",
        "box breathing",
        "notes 🚓",
        4,
    )
    (follow_up,) = again.incidents.follow_ups()
    assert follow_up.answers() == (1, 2, 3, 4, 0)
    assert follow_up.talk == "maybe"
    main = next(p for p in again.sleep.recent() if p.kind is SleepKind.MAIN)
    assert main.caffeine_last == datetime(2024, 11, 2, 16, 30, tzinfo=NY)
    assert (main.latency_min, main.awakenings, main.waso_min, main.quality) == (25, 2, 30, 2)
    assert (main.caffeine_drinks, main.alcohol_drinks, main.zone) == (3, 1, "America/New_York")
    assert main.sleep_aid == "half a sleeping pill at 22:30"
    assert sleep["sleep_aid"] == "half a sleeping pill at 22:30"


def test_importing_twice_adds_nothing(db, other):
    fill(db)
    document = export_document(db)
    import_document(other.db, document)
    report = import_document(other.db, document)
    assert {n: report.added[n] for n in SECTIONS} == dict.fromkeys(SECTIONS, 0)
    assert report.skipped["sleep_periods"] == 2
    assert sections(other.db) == sections(db)


def test_a_day_that_already_has_a_check_in_keeps_it(db, other):
    fill(db)
    TodayServices(other.db, zone=NY).checkins.save(
        Checkin(None, "", date(2024, 11, 3), mood=5, note="mine")
    )
    report = import_document(other.db, export_document(db))
    assert report.added["checkins"] == 1
    assert any("2024-11-03" in note for note in report.notes)
    (kept,) = [c for c in sections(other.db)["checkins"] if c["day"] == "2024-11-03"]
    assert kept["note"] == "mine"


def test_an_overlapping_sleep_period_is_left_out_with_a_note(db, other):
    fill(db)
    a, b, c, d = place(
        WallTimes(date(2024, 11, 3), time(5, 0), time(5, 0), time(8, 0), time(8, 0)), NY
    )
    TodayServices(other.db, zone=NY).sleep.save(SleepPeriod(None, "", SleepKind.MAIN, a, b, c, d))
    report = import_document(other.db, export_document(db))
    assert report.added["sleep_periods"] == 1
    assert any("overlaps" in note for note in report.notes)


def _document(section: str, item: dict) -> dict:
    return {"format": "wellness-journal-export", "version": 1, "sections": {section: [item]}}


GOOD_SLEEP = {
    "uid": "s1",
    "kind": "main",
    "into_bed": "2024-05-01T23:00:00-04:00",
    "tried_to_sleep": "2024-05-01T23:00:00-04:00",
    "final_awakening": "2024-05-02T07:00:00-04:00",
    "out_of_bed": "2024-05-02T07:00:00-04:00",
}


@pytest.mark.parametrize(
    ("section", "item", "words"),
    [
        ("checkins", {"uid": "c", "day": "2024-02-30"}, "'day' is not a date"),
        ("checkins", {"uid": "c", "day": "2024-02-03", "mood": 9}, "'mood' out of range"),
        ("checkins", {"day": "2024-02-03"}, "has no 'uid'"),
        ("stress_entries", {"uid": "s", "at": "2024-05-01T10:00:00", "suds": 3}, "UTC offset"),
        ("stress_entries", {"uid": "s", "at": "2024-05-01T10:00:00Z", "suds": 11}, "'suds'"),
        (
            "stress_entries",
            {"uid": "s", "at": "2024-05-01T10:00Z", "suds": 1, "triggers": "x"},
            "list",
        ),
        ("critical_incidents", {"uid": "i", "occurred_on": "2024-05-01"}, "'category'"),
        (
            "incident_followups",
            {"uid": "f", "incident_uid": "nope", "step": "week4", "done_at": "2024-05-01T10:00Z"}
            | dict.fromkeys(("sleep", "intrusive", "avoidance", "irritability", "mood"), 0),
            "its incident is not",
        ),
        ("incident_followups", {"uid": "f", "incident_uid": "x", "step": "week2"}, "unknown step"),
        ("sleep_periods", GOOD_SLEEP | {"kind": "siesta"}, "unknown kind"),
        (
            "sleep_periods",
            GOOD_SLEEP | {"out_of_bed": "2024-05-01T22:00:00-04:00"},
            "do not fit together (out_not_after_in)",
        ),
        ("sleep_periods", GOOD_SLEEP | {"quality": 0}, "quality_range"),
    ],
)
def test_bad_items_are_refused_and_change_nothing(db, section, item, words):
    before = sections(db)
    with pytest.raises(ImportFileError) as info:
        import_document(db, _document(section, item))
    assert words in str(info.value)
    assert info.value.where == f"{section}[0]"
    assert sections(db) == before


def test_a_good_minimal_sleep_item_imports(db):
    report = import_document(db, _document("sleep_periods", GOOD_SLEEP))
    assert report.added["sleep_periods"] == 1
