"""Which imported entries count as "already there": the same record (words, tags, mood) at the
same moment. A file with local times (jrnl, Daylio) read again after the computer's time zone
changed still matches, and entries that differ only in their tags or mood are both kept."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from wellness_journal.services.journal import JournalService
from wellness_journal.services.journal_io import import_file

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture
def set_zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str], None]]:
    """Change the computer's time zone for this process (files with local times are read in it)."""

    def set_to(name: str) -> None:
        monkeypatch.setenv("TZ", name)
        time.tzset()

    yield set_to
    monkeypatch.undo()
    time.tzset()


@pytest.mark.parametrize(
    ("name", "entries"),
    [("jrnl/journal.txt", 5), ("jrnl/export.json", 5), ("daylio/daylio_export_current.csv", 6)],
)
def test_a_file_of_local_times_read_again_in_another_zone_adds_nothing(db, set_zone, name, entries):
    set_zone("America/New_York")
    first = import_file(db, FIXTURES / name)
    assert first.added["journal_entries"] == entries
    set_zone("Asia/Tokyo")  # the officer moved, or the laptop's zone was set right
    again = import_file(db, FIXTURES / name)
    assert again.added.get("journal_entries", 0) == 0
    assert again.skipped["journal_entries"] == entries
    assert JournalService(db).count() == entries


def _ours(tmp_path: Path, *entries: dict[str, object]) -> Path:
    path = tmp_path / "ours.json"
    document = {
        "format": "wellness-journal-export",
        "version": 1,
        "sections": {"journal_entries": list(entries)},
    }
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


ENTRY = {"written_at": "2024-03-01T21:30:00-05:00", "title": "Late call", "body": "Long night."}


def test_entries_alike_but_for_their_tags_or_mood_are_all_kept(db, tmp_path):
    path = _ours(
        tmp_path,
        ENTRY | {"uid": "a", "tags": ["court"]},
        ENTRY | {"uid": "b", "tags": ["k9"]},
        ENTRY | {"uid": "c", "tags": ["court"], "mood": 2},
    )
    report = import_file(db, path)
    assert report.added["journal_entries"] == 3
    kept = {(e.tags, e.mood) for e in JournalService(db).all_entries()}
    assert kept == {(("court",), None), (("court",), 2), (("k9",), None)}


def test_jrnl_entries_alike_but_for_their_tags_are_both_kept(db, tmp_path):
    entry = {"title": "Late call.", "body": "Long night.", "date": "2024-03-01", "time": "21:30"}
    path = tmp_path / "jrnl.json"
    path.write_text(
        json.dumps({"entries": [entry | {"tags": ["@court"]}, entry | {"tags": ["@k9"]}]}),
        encoding="utf-8",
    )
    assert import_file(db, path).added["journal_entries"] == 2


def test_daylio_rows_alike_but_for_their_activities_are_both_kept(db, tmp_path):
    path = tmp_path / "daylio.csv"
    path.write_text(
        "full_date,date,weekday,time,mood,activities,note_title,note\n"
        '2024-03-05,March 5,Tuesday,9:15 pm,good,"gym","After shift","Felt better."\n'
        '2024-03-05,March 5,Tuesday,9:15 pm,good,"family","After shift","Felt better."\n',
        encoding="utf-8",
    )
    assert import_file(db, path).added["journal_entries"] == 2


def test_the_same_entry_under_another_uid_and_offset_is_the_same_moment(db, tmp_path):
    """Our export carries the instant: the same record at the same instant, written with another
    UTC offset (exported from a vault elsewhere), is already there."""
    import_file(db, _ours(tmp_path, ENTRY | {"uid": "a", "tags": ["court"]}))
    same = ENTRY | {"uid": "b", "tags": ["court"], "written_at": "2024-03-02T04:30:00+02:00"}
    report = import_file(db, _ours(tmp_path, same))
    assert report.added.get("journal_entries", 0) == 0
    later = ENTRY | {"uid": "c", "tags": ["court"], "written_at": "2024-03-01T21:31:00-05:00"}
    assert import_file(db, _ours(tmp_path, later)).added["journal_entries"] == 1


def test_entries_from_before_the_change_get_their_record_print(db, set_zone):
    """A vault whose entries carry the old fingerprint (UTC minute + words) is brought up to date
    by migration 0102, after which a file read again still adds nothing."""
    from wellness_journal.storage import migrations

    set_zone("America/New_York")
    import_file(db, FIXTURES / "jrnl" / "journal.txt")
    with db.transaction():
        db.execute("UPDATE journal_entries SET fingerprint = 'from an older version'")
        db.execute("DELETE FROM schema_migrations WHERE id = '0102_journal_record_prints'")
    assert migrations.migrate(db) == ["0102_journal_record_prints"]
    assert db.scalar("SELECT count(*) FROM journal_entries WHERE fingerprint LIKE 'from%'") == 0
    set_zone("Europe/Berlin")
    assert import_file(db, FIXTURES / "jrnl" / "journal.txt").added.get("journal_entries", 0) == 0
    assert import_file(db, FIXTURES / "jrnl" / "export.json").added.get("journal_entries", 0) == 0
