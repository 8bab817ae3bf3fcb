"""Every import is one transaction: when the database refuses a write half-way (a full disk), not
one record of the file stays, for our JSON, jrnl (JSON and text) and Daylio files alike."""

from __future__ import annotations

from pathlib import Path

import pytest

from wellness_journal.core.errors import ErrorKind, VaultError
from wellness_journal.services import journal_io
from wellness_journal.services.journal import JournalService
from wellness_journal.storage.repositories import checkins as checkins_repo
from wellness_journal.storage.repositories import journal_batch

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def disk_full(*_args: object, **_kwargs: object) -> None:
    raise VaultError(ErrorKind.DISK_FULL, "no space left")


def counts(db) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    return (
        int(db.scalar("SELECT count(*) FROM journal_entries")),
        int(db.scalar("SELECT count(*) FROM checkins")),
    )


@pytest.mark.parametrize("name", ["jrnl/export.json", "jrnl/journal.txt"])
def test_a_jrnl_import_cut_off_by_a_full_disk_leaves_nothing(db, monkeypatch, name):
    # Entries are written first; the search index is filled last: fail there.
    monkeypatch.setattr(journal_batch, "index_rows", disk_full)
    with pytest.raises(VaultError):
        journal_io.import_file(db, FIXTURES / name)
    assert counts(db) == (0, 0)
    monkeypatch.undo()
    report = journal_io.import_file(db, FIXTURES / name)  # and it still imports whole later
    assert report.total_added == counts(db)[0] > 0


def test_a_daylio_import_cut_off_by_a_full_disk_leaves_nothing(db, monkeypatch):
    # Daylio adds the entries, then the check-ins' moods: fail at the check-ins.
    monkeypatch.setattr(checkins_repo, "insert", disk_full)
    with pytest.raises(VaultError):
        journal_io.import_file(db, FIXTURES / "daylio" / "daylio_export_current.csv")
    assert counts(db) == (0, 0)
    assert JournalService(db).count() == 0
