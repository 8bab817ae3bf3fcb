"""Counts per day for the month calendar, and the day the journal was created. No free text is
read here: only dates, ratings and counts."""

from __future__ import annotations

from datetime import date, datetime, timezone, tzinfo

from wellness_journal.storage.connection import Database
from wellness_journal.storage.repositories import trends as trends_repo

FOUNDATION = "0001_foundation"  # the first migration: it ran when the journal was created


def created_on(db: Database, zone: tzinfo) -> date | None:
    """The local day the journal was created (when its first migration ran)."""
    exists = db.scalar(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"
    )
    if not exists:
        return None
    value = db.scalar("SELECT applied_at FROM schema_migrations WHERE id = ?", (FOUNDATION,))
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(zone).date()


def earliest_record(db: Database) -> date | None:
    """The first day anything was logged or written (imports can be older than the journal)."""
    found = [trends_repo.earliest_day(db)]
    value = db.scalar("SELECT min(day) FROM journal_entries")
    if value is not None:
        found.append(date.fromisoformat(str(value)))
    known = [d for d in found if d is not None]
    return min(known) if known else None


def journal_counts(db: Database, first: date, last: date) -> dict[date, int]:
    """Journal entries written on each day of the range (days with none left out)."""
    rows = db.query(
        "SELECT day, count(*) FROM journal_entries WHERE day BETWEEN ? AND ? GROUP BY day",
        (first.isoformat(), last.isoformat()),
    )
    return {date.fromisoformat(str(r[0])): int(r[1]) for r in rows}


def exercise_starts(db: Database, start: datetime, end: datetime) -> list[datetime]:
    """When each exercise session in ``[start, end)`` began (aware, UTC)."""
    lo = start.astimezone(timezone.utc).isoformat(timespec="seconds")
    hi = end.astimezone(timezone.utc).isoformat(timespec="seconds")
    rows = db.query(
        "SELECT started_at FROM coping_sessions WHERE started_at >= ? AND started_at < ?",
        (lo, hi),
    )
    found = []
    for r in rows:
        moment = datetime.fromisoformat(str(r[0]))
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=timezone.utc)
        found.append(moment)
    return found
