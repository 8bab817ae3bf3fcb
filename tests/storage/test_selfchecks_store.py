"""Self-checks in the vault: saved as taken, exported with their totals, imported by working the
totals out again from the answers (never trusting the file's), refused when out of range, and one
CSV row each."""

from __future__ import annotations

import copy
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from tests.fakes import FakeNow
from wellness_journal.core import export_tables
from wellness_journal.core.errors import ImportFileError
from wellness_journal.core.incidents import Incident
from wellness_journal.core.selfchecks import Instrument, Sex
from wellness_journal.services.exchange import export_document, import_document
from wellness_journal.services.selfchecks import SelfChecksService
from wellness_journal.storage.repositories import incidents as incidents_repo
from wellness_journal.storage.repositories import selfchecks as repo

NY = ZoneInfo("America/New_York")
START = datetime(2024, 5, 1, 20, 30, tzinfo=NY)


@pytest.fixture
def now() -> FakeNow:
    return FakeNow(START)


@pytest.fixture
def service(db, now) -> SelfChecksService:  # type: ignore[no-untyped-def]
    return SelfChecksService(db, now)


def fill(service: SelfChecksService, now: FakeNow) -> None:
    service.save(Instrument.PHQ9, [1, 1, 1, 1, 1, 1, 1, 1, 1])
    now.value += timedelta(days=14)
    service.save(Instrument.PCL5, [4] * 5 + [3] * 2 + [2] * 7 + [1] * 6)
    service.save(Instrument.AUDITC, [2, 1, 0], Sex.FEMALE)
    service.save(Instrument.WHO5, [3, 3, None, 3, 3])


def document_of(db) -> dict:  # type: ignore[no-untyped-def,type-arg]
    return export_document(db)


def test_saving_keeps_the_answers_and_the_time(service, now, db):
    check, changes = service.save(Instrument.GAD7, [0, 1, 2, 3, 0, 1, None])
    assert changes.touches("selfchecks")
    (stored,) = repo.list_all(db)
    assert stored == check
    assert stored.taken_at == START
    assert stored.answers == (0, 1, 2, 3, 0, 1, None)
    assert stored.score().total is None  # a skipped question: no total


def test_saving_refuses_answers_the_form_cannot_have(service, db):
    with pytest.raises(ValueError):
        service.save(Instrument.PHQ9, [4] * 9)
    with pytest.raises(ValueError):
        service.save(Instrument.WHO5, [1, 2, 3])
    assert repo.list_all(db) == []


def test_an_audit_c_without_a_sex_is_prefer_not_to_say(service):
    check, _ = service.save(Instrument.AUDITC, [1, 1, 1])
    assert check.sex is Sex.UNSPECIFIED
    other, _ = service.save(Instrument.PHQ2, [1, 1], Sex.MALE)
    assert other.sex is None


def test_export_writes_total_band_and_clusters(service, now, db):
    fill(service, now)
    records = {r["instrument"]: r for r in document_of(db)["sections"]["self_checks"]}
    assert records["PHQ-9"]["answers"] == [1] * 9
    assert (records["PHQ-9"]["total"], records["PHQ-9"]["band"]) == (9, "mild")
    assert "clusters" not in records["PHQ-9"]
    assert records["PCL-5"]["total"] == 46
    assert records["PCL-5"]["clusters"] == {"B": 20, "C": 6, "D": 14, "E": 6}
    assert records["PCL-5"]["band"] == "above 33"
    assert (records["AUDIT-C"]["sex"], records["AUDIT-C"]["band"]) == (
        "female",
        "at or above the cut-off",
    )
    assert records["WHO-5"]["answers"] == [3, 3, None, 3, 3]
    assert (records["WHO-5"]["total"], records["WHO-5"]["band"]) == (None, None)
    assert records["PHQ-9"]["sex"] is None
    assert records["PHQ-9"]["taken_at"] == "2024-05-01T20:30:00-04:00"


def test_import_works_the_totals_out_again_from_the_answers(service, now, db, tmp_path):
    fill(service, now)
    document = copy.deepcopy(document_of(db))
    for record in document["sections"]["self_checks"]:
        record["total"] = 999  # lies in the file are ignored
        record["band"] = "severe"
        record["clusters"] = {"B": 0}
    for record in document["sections"]["self_checks"]:
        record["uid"] = "copy-" + record["uid"]
    report = import_document(db, document)
    assert report.added["self_checks"] == 4
    imported = [c for c in repo.list_all(db) if c.uid.startswith("copy-")]
    totals = {c.instrument: c.score().total for c in imported}
    assert totals == {
        Instrument.PHQ9: 9,
        Instrument.PCL5: 46,
        Instrument.AUDITC: 3,
        Instrument.WHO5: None,
    }
    again = export_document(db)["sections"]["self_checks"]
    assert all(r["total"] != 999 for r in again)
    assert import_document(db, document).total_added == 0  # matched by uid


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (lambda r: r.update(answers=[4] * 9), "answer 1 is not a whole number from 0 to 3"),
        (lambda r: r.update(answers=[1] * 8), "has 9 answers, not 8"),
        (lambda r: r.update(answers=[1] * 8 + [-1]), "answer 9"),
        (lambda r: r.update(answers=[1] * 8 + [1.0]), "whole numbers or null"),
        (lambda r: r.update(answers="1,1,1"), "list of answers"),
        (lambda r: r.update(instrument="ISI"), "unknown instrument"),
        (lambda r: r.update(sex="male"), "only to an AUDIT-C"),
        (lambda r: r.pop("taken_at"), "taken_at"),
    ],
)
def test_import_refuses_what_the_form_cannot_have(service, now, db, change, problem):
    fill(service, now)
    document = copy.deepcopy(document_of(db))
    record = next(r for r in document["sections"]["self_checks"] if r["instrument"] == "PHQ-9")
    record["uid"] = "new-one"
    change(record)
    before = repo.list_all(db)
    with pytest.raises(ImportFileError, match=problem):
        import_document(db, document)
    assert repo.list_all(db) == before


def test_import_of_an_audit_c_without_a_sex(service, now, db):
    fill(service, now)
    document = copy.deepcopy(document_of(db))
    record = next(r for r in document["sections"]["self_checks"] if r["instrument"] == "AUDIT-C")
    record["uid"] = "no-sex"
    del record["sex"]
    import_document(db, document)
    (found,) = [c for c in repo.list_all(db) if c.uid == "no-sex"]
    assert found.sex is Sex.UNSPECIFIED


def test_csv_has_one_row_per_result(service, now, db):
    fill(service, now)
    header, rows = export_tables.selfchecks_table(repo.list_all(db))
    assert len(rows) == 4
    table = [dict(zip(header, row, strict=True)) for row in rows]
    pcl5 = next(r for r in table if r["instrument"] == "PCL-5")
    assert (pcl5["total"], pcl5["pcl5_cluster_b"], pcl5["pcl5_cluster_e"]) == ("46", "20", "6")
    who5 = next(r for r in table if r["instrument"] == "WHO-5")
    assert (who5["total"], who5["band"], who5["answers"], who5["skipped"]) == (
        "",
        "",
        "3; 3; ; 3; 3",
        "3",
    )
    assert next(r for r in table if r["instrument"] == "AUDIT-C")["sex"] == "female"


def test_notes_reminders_and_deleting(service, now, db):
    check, _ = service.save(Instrument.PHQ2, [0, 1])
    assert check.id is not None
    service.set_note(check.id, "  after court  ")
    assert repo.get(db, check.id).note == "after court"
    assert service.reminders() == {}
    service.set_reminder(Instrument.PHQ2, 14)
    assert service.reminders() == {Instrument.PHQ2: 14}
    with pytest.raises(ValueError):
        service.set_reminder(Instrument.PHQ2, 3)
    assert service.due() == []
    now.value += timedelta(days=14)
    assert [d.instrument for d in service.due()] == [Instrument.PHQ2]
    service.delete(check.id)
    assert repo.list_all(db) == []


def test_pcl5_due_after_an_incident(service, now, db):
    incidents_repo.insert_incident(
        db, Incident(None, "crash", (START - timedelta(days=30)).date(), "serious crash"), "x"
    )
    (item,) = service.due()
    assert item.instrument is Instrument.PCL5
    assert item.incident is not None
    service.save(Instrument.PCL5, [0] * 20)
    assert service.due() == []


def test_change_since_the_last_complete_result(service, now):
    first, _ = service.save(Instrument.WHO5, [2, 2, 2, 2, 3])  # 44
    now.value += timedelta(days=1)
    service.save(Instrument.WHO5, [2, 2, None, 2, 3])  # no total: skipped over
    now.value += timedelta(days=1)
    last, _ = service.save(Instrument.WHO5, [3, 3, 3, 2, 3])  # 56
    found = service.change_since_last(last)
    assert found is not None
    assert (found.before, found.after, found.points, found.meaningful) == (44, 56, 12, True)
    assert service.change_since_last(first) is None


def test_a_draft_is_kept_and_goes_when_the_check_is_saved(service):
    service.keep_draft({"instrument": "GAD-7", "answers": [1, 2]})
    assert service.draft() == {"instrument": "GAD-7", "answers": [1, 2]}
    service.save(Instrument.GAD7, [1, 2, 0, 0, 0, 0, 0])
    assert service.draft() is None
