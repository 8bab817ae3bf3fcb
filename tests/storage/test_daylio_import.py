"""Importing Daylio's CSV export into a vault: entries, moods, tags, check-ins; twice adds nothing;
a bad line changes nothing."""

from __future__ import annotations

import shutil
from datetime import date, datetime
from pathlib import Path

import pytest

from wellness_journal.core.checkin import Checkin
from wellness_journal.core.errors import ImportFileError
from wellness_journal.core.journal import EntryFilter
from wellness_journal.services import exchange
from wellness_journal.services.daylio_import import DaylioReport
from wellness_journal.services.journal_io import import_file
from wellness_journal.storage.repositories import checkins as checkins_repo

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "daylio"


def everything(db) -> dict:  # type: ignore[no-untyped-def,type-arg]
    return exchange.export_document(db)["sections"]


def entries_by_title(session) -> dict:  # type: ignore[no-untyped-def,type-arg]
    return {e.title: e for e in session.journal.all_entries()}


def test_current_export_becomes_entries_and_check_ins(session, tmp_path):
    report = import_file(session.db, FIXTURES / "daylio_export_current.csv")
    assert isinstance(report, DaylioReport)
    assert report.rows == 6
    assert report.added == {"journal_entries": 6, "checkins": 4}
    assert report.other_moods == {"sad": 1}
    assert any("'sad' (1)" in note and "mood-" in note for note in report.notes)

    entries = entries_by_title(session)
    home = entries["Home on time"]
    assert home.written_at == datetime(2024, 3, 5, 23, 40).astimezone()
    assert home.mood == 5
    assert home.tags == ("family", "good-meal", "walk", "daylio")
    assert home.body.startswith("Kids were still up. We ate together & laughed")
    court = entries["Long shift"]
    assert court.mood is None
    assert "mood-sad" in court.tags
    assert entries["Daylio: meh"].body == "Activities: work, bad sleep, tired"
    # The words are found by search, like any entry.
    assert session.journal.find(EntryFilter(query="roster"))
    assert session.journal.find(EntryFilter(tag="daylio"))

    moods = {c.day: c.mood for c in checkins_repo.list_all(session.db)}
    # 5 March: the latest row (rad at 23:40) counts; 4 March has only a label of its own.
    assert moods == {
        date(2024, 3, 1): 2,
        date(2024, 3, 2): 4,
        date(2024, 3, 3): 1,
        date(2024, 3, 5): 5,
    }


def test_importing_the_same_file_twice_adds_nothing(session, tmp_path):
    import_file(session.db, FIXTURES / "daylio_export_current.csv")
    after_first = everything(session.db)
    copy = tmp_path / "renamed.csv"  # the name does not matter, the content does
    shutil.copy(FIXTURES / "daylio_export_current.csv", copy)
    again = import_file(session.db, copy)
    assert again.total_added == 0
    assert again.skipped == {"journal_entries": 6, "checkins": 4}
    assert everything(session.db) == after_first


def test_a_day_with_a_check_in_keeps_its_mood_and_one_without_a_mood_gets_one(session):
    checkins = session.today.checkins
    checkins.save(Checkin(id=None, uid="", day=date(2024, 3, 1), mood=4, note="my own"))
    checkins.save(Checkin(id=None, uid="", day=date(2024, 3, 2), stress=6))
    report = import_file(session.db, FIXTURES / "daylio_export_current.csv")
    assert report.moods_filled == 1
    first, second = checkins.for_day(date(2024, 3, 1)), checkins.for_day(date(2024, 3, 2))
    assert (first.mood, first.note) == (4, "my own")  # untouched
    assert (second.mood, second.stress) == (4, 6)  # the mood added, the rest kept
    assert report.added["checkins"] == 3
    assert report.skipped["checkins"] == 1


@pytest.mark.parametrize(
    ("name", "entries", "days"),
    [
        ("daylio_export_older.csv", 5, 4),
        ("daylio_export_24h.csv", 3, 2),
        ("daylio_export_2018.csv", 3, 3),
    ],
)
def test_older_layouts_and_24_hour_times(session, name, entries, days):
    report = import_file(session.db, FIXTURES / name)
    assert report.added == {"journal_entries": entries, "checkins": days}
    assert import_file(session.db, FIXTURES / name).total_added == 0


def test_the_24_hour_export_keeps_its_own_mood_label(session):
    report = import_file(session.db, FIXTURES / "daylio_export_24h.csv")
    assert isinstance(report, DaylioReport)
    assert report.other_moods == {"tired": 1}
    end = entries_by_title(session)["End of nights"]
    assert end.written_at == datetime(2023, 11, 10, 23, 59).astimezone()
    assert "mood-tired" in end.tags


def test_a_bad_line_refuses_the_whole_file_and_changes_nothing(session, tmp_path):
    import_file(session.db, FIXTURES / "daylio_export_older.csv")
    before = everything(session.db)
    good = (FIXTURES / "daylio_export_current.csv").read_text(encoding="utf-8-sig")
    lines = good.splitlines(keepends=True)
    lines[5] = lines[5].replace("12:30 pm", "12:30 xm")  # the sixth line of the file
    bad = tmp_path / "daylio_export.csv"
    bad.write_text("".join(lines), encoding="utf-8-sig")
    with pytest.raises(ImportFileError) as caught:
        import_file(session.db, bad)
    assert "line 6" in caught.value.detail
    assert "12:30 xm" in caught.value.detail
    assert everything(session.db) == before
