"""Files in and out: import any file we know (our JSON export, jrnl JSON, jrnl text, Daylio CSV)
and export entries as Markdown. An import is one transaction: a bad file changes nothing."""

from __future__ import annotations

from pathlib import Path

from wellness_journal.core import daylio, jrnl
from wellness_journal.core.errors import ImportFileError
from wellness_journal.core.journal import ImportedEntry
from wellness_journal.core.journal_markdown import Split, render
from wellness_journal.services import daylio_import, exchange
from wellness_journal.services.exchange import ImportReport
from wellness_journal.services.import_text import parse_json, read_import_text
from wellness_journal.services.journal import JournalService
from wellness_journal.storage.connection import Database
from wellness_journal.storage.fsutil import atomic_write, ensure_private_dir

JRNL_SECTION = "journal_entries"


def import_file(db: Database, path: Path) -> ImportReport:
    """Import a Wellness Journal export, a jrnl JSON export, a plain-text jrnl journal or a
    Daylio CSV export (told apart by their content, not their names)."""
    text = read_import_text(path)
    stripped = text.lstrip()
    # A jrnl text journal starts with "[2024-03-01 21:30] ", which is no JSON document.
    if stripped.startswith("{") or (
        stripped.startswith("[") and not jrnl.looks_like_jrnl_text(text)
    ):
        document = parse_json(text, path.name)
        if isinstance(document, dict) and document.get("format") == exchange.FORMAT:
            return exchange.import_document(db, exchange.check_document(document, path.name))
        if jrnl.looks_like_jrnl_json(document):
            return _add(db, jrnl.from_json(document), "jrnl JSON export")
        raise ImportFileError(
            f"{path.name} is JSON but neither a Wellness Journal export nor a jrnl JSON export"
        )
    if not stripped:
        raise ImportFileError(f"{path.name} is empty")
    if daylio.looks_like_daylio(text):
        return daylio_import.import_text(db, text)
    return _add(db, jrnl.from_text(text), "jrnl journal")


def _add(db: Database, entries: list[ImportedEntry], source: str) -> ImportReport:
    report = ImportReport()
    with db.transaction():
        added, skipped = JournalService(db).add_imported(entries)
    report.count(JRNL_SECTION, added=added, skipped=skipped)
    report.notes.append(f"read {len(entries)} entries from a {source}")
    return report


def export_markdown(db: Database, folder: Path, split: Split) -> int:
    """Write every entry as Markdown into ``folder`` (created private); returns files written.

    Refuses to overwrite files that are already there.
    """
    ensure_private_dir(folder)
    files = render(JournalService(db).all_entries(), split)
    clashes = [name for name, _ in files if (folder / name).exists()]
    if clashes:
        raise FileExistsError(f"{folder / clashes[0]} already exists")
    for name, text in files:
        atomic_write(folder / name, text.encode("utf-8"))
    return len(files)
