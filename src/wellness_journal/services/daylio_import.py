"""Import a Daylio CSV export: journal entries with mood and tags, and the days' check-in moods.

One transaction: a bad file changes nothing. Importing the same file again adds nothing: entries
are matched as the journal matches them (the same record at the same instant or clock time),
check-ins by day.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timezone

from wellness_journal.core import daylio
from wellness_journal.core.checkin import Checkin
from wellness_journal.core.localzone import utc_key
from wellness_journal.services.exchange import ImportReport
from wellness_journal.services.journal import JournalService
from wellness_journal.storage.connection import Database
from wellness_journal.storage.repositories import checkins as checkins_repo

ENTRIES = "journal_entries"
CHECKINS = "checkins"


@dataclass
class DaylioReport(ImportReport):
    rows: int = 0
    other_moods: dict[str, int] = field(default_factory=dict)  # label -> rows, kept as tags
    moods_filled: int = 0  # check-ins that were there without a mood and got one


def import_text(
    db: Database, text: str, *, localize: daylio.Localize | None = None
) -> DaylioReport:
    """Parse first (a bad line refuses the whole file), then add everything in one transaction."""
    rows = daylio.parse(text)
    entries = [
        daylio.to_entry(row, localize=localize) if localize else daylio.to_entry(row)
        for row in rows
    ]
    report = DaylioReport(rows=len(rows), other_moods=daylio.other_moods(rows))
    stamp = utc_key(datetime.now(timezone.utc))
    with db.transaction():
        added, skipped = JournalService(db).add_imported(entries)
        report.count(ENTRIES, added=added, skipped=skipped)
        _checkins(db, daylio.day_moods(rows), stamp, report)
    report.notes.append(f"read {len(rows)} rows from a Daylio export")
    if report.other_moods:
        labels = ", ".join(f"{label!r} ({n})" for label, n in sorted(report.other_moods.items()))
        report.notes.append(
            "mood labels other than Daylio's five were kept as tags (mood-…): " + labels
        )
    if report.moods_filled:
        report.notes.append(
            f"{report.moods_filled} check-in(s) that had no mood got the mood from Daylio"
        )
    return report


def _checkins(db: Database, moods: dict[date, int], stamp: str, report: DaylioReport) -> None:
    added = skipped = 0
    for day, level in sorted(moods.items()):
        present = checkins_repo.for_day(db, day)
        if present is None:
            checkins_repo.insert(
                db, Checkin(id=None, uid=uuid.uuid4().hex, day=day, mood=level), stamp
            )
            added += 1
        elif present.mood is None:
            checkins_repo.update(db, replace(present, mood=level), stamp)
            report.moods_filled += 1
            added += 1
        else:
            skipped += 1
    report.count(CHECKINS, added=added, skipped=skipped)
