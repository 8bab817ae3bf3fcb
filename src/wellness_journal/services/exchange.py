"""The versioned JSON export of everything in the vault, and importing it back.

Each feature contributes a ``Section``: ``export`` returns plain JSON data, ``import_`` adds what
is not there yet (matched by each record's ``uid``) and counts what it added and skipped. An
import runs in one transaction: a bad file changes nothing.

To add a feature's data: configure a ``record_section.RecordSection`` for its table (a few lines,
see that module) in the feature's ``sections_*`` module and list it in ``sections()`` below.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Protocol

from wellness_journal import __version__
from wellness_journal.core.errors import ImportFileError
from wellness_journal.services.exchange_fields import JsonValue
from wellness_journal.services.import_text import parse_json, read_import_text
from wellness_journal.storage.connection import Database
from wellness_journal.storage.fsutil import atomic_write

FORMAT = "wellness-journal-export"
FORMAT_VERSION = 1


@dataclass
class ImportReport:
    added: dict[str, int] = field(default_factory=dict)
    skipped: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def count(self, section: str, *, added: int = 0, skipped: int = 0) -> None:
        self.added[section] = self.added.get(section, 0) + added
        self.skipped[section] = self.skipped.get(section, 0) + skipped

    @property
    def total_added(self) -> int:
        return sum(self.added.values())

    @property
    def total_skipped(self) -> int:
        return sum(self.skipped.values())


class Section(Protocol):
    @property
    def name(self) -> str: ...

    def export(self, db: Database) -> JsonValue: ...

    def import_(self, db: Database, data: object, report: ImportReport) -> None: ...


def sections() -> list[Section]:
    """Every section, in the order they are imported (parents before children)."""
    from wellness_journal.services import sections_journal
    from wellness_journal.services.sections_coping import coping_sections
    from wellness_journal.services.sections_foundation import CONTACTS, SettingsSection
    from wellness_journal.services.sections_plan import PLAN_GOALS
    from wellness_journal.services.sections_safety_plan import SafetyPlanSection
    from wellness_journal.services.sections_selfchecks import SELF_CHECKS
    from wellness_journal.services.sections_today import today_sections

    return [
        SettingsSection(),
        CONTACTS,
        *today_sections(),
        sections_journal.ENTRIES,
        sections_journal.PROMPTS,
        *coping_sections(),
        SafetyPlanSection(),
        SELF_CHECKS,
        PLAN_GOALS,
    ]


def export_document(db: Database, *, now: Callable[[], datetime] | None = None) -> dict[str, Any]:
    stamp = (now or (lambda: datetime.now(timezone.utc)))()
    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "app_version": __version__,
        "exported_at": stamp.isoformat(timespec="seconds"),
        "sections": {s.name: s.export(db) for s in sections()},
    }


def write_export(db: Database, out: Path) -> dict[str, int]:
    """Write the whole vault as JSON to ``out`` (mode 0600); return counts per section."""
    document = export_document(db)
    raw = json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")
    atomic_write(out, raw)
    counts = {}
    for name, data in document["sections"].items():
        counts[name] = len(data) if isinstance(data, list | dict) else 1
    return counts


def read_document(path: Path) -> dict[str, Any]:
    """Parse and check an export file's envelope; raises ImportFileError with a clear reason."""
    document = parse_json(read_import_text(path), path.name, kind="an export")
    return check_document(document, path.name)


def check_document(document: Any, name: str = "the file") -> dict[str, Any]:
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ImportFileError(f"{name} is not a Wellness Journal export")
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise ImportFileError(f"{name} has no format version")
    if version > FORMAT_VERSION:
        raise ImportFileError(
            f"{name} was made by a newer version of Wellness Journal (format {version});"
            " update the app to import it"
        )
    if not isinstance(document.get("sections"), dict):
        raise ImportFileError(f"{name} has no sections")
    return document


def import_document(db: Database, document: dict[str, Any]) -> ImportReport:
    """Import every known section in one transaction; unknown sections are reported, not lost."""
    report = ImportReport()
    data = document["sections"]
    known = sections()
    names = {s.name for s in known}
    for unknown in sorted(set(data) - names):
        report.notes.append(f"section {unknown!r} is not known to this version and was skipped")
    with db.transaction():
        for section in known:
            if section.name in data:
                section.import_(db, data[section.name], report)
    return report
