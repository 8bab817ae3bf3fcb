"""Stress log entries."""

from __future__ import annotations

import json
from typing import Any

from wellness_journal.core.localzone import instant_text, parse_instant, utc_key
from wellness_journal.core.stress import StressEntry
from wellness_journal.storage.connection import Database, Row
from wellness_journal.storage.repositories.paging import newest_first

_COLUMNS = "id, uid, at, suds, triggers, trigger_text, body_signs, helped, note, suds_after"


def _strings(text: Any) -> tuple[str, ...]:
    value = json.loads(str(text))
    return tuple(str(v) for v in value) if isinstance(value, list) else ()


def _from_row(row: Row) -> StressEntry:
    after = row["suds_after"]
    return StressEntry(
        id=int(row["id"]),
        uid=str(row["uid"]),
        at=parse_instant(str(row["at"])),
        suds=int(row["suds"]),
        triggers=_strings(row["triggers"]),
        trigger_text=str(row["trigger_text"]),
        body_signs=_strings(row["body_signs"]),
        helped=str(row["helped"]),
        note=str(row["note"]),
        suds_after=None if after is None else int(after),
    )


def _values(e: StressEntry) -> tuple[Any, ...]:
    return (
        instant_text(e.at),
        utc_key(e.at),
        e.suds,
        json.dumps(list(e.triggers), ensure_ascii=False),
        e.trigger_text,
        json.dumps(list(e.body_signs), ensure_ascii=False),
        e.helped,
        e.note,
        e.suds_after,
    )


def between_utc(db: Database, start_utc: str, end_utc: str) -> list[StressEntry]:
    """Entries with ``start_utc <= at < end_utc`` (UTC keys), in time order."""
    rows = db.query(
        f"SELECT {_COLUMNS} FROM stress_entries WHERE at_utc >= ? AND at_utc < ?"
        " ORDER BY at_utc, id",
        (start_utc, end_utc),
    )
    return [_from_row(r) for r in rows]


def recent(db: Database, limit: int) -> list[StressEntry]:
    """The latest ``limit`` entries, newest first."""
    rows = db.query(
        f"SELECT {_COLUMNS} FROM stress_entries ORDER BY at_utc DESC, id DESC LIMIT ?", (limit,)
    )
    return [_from_row(r) for r in rows]


def older_than(db: Database, before: tuple[str, int] | None, limit: int) -> list[StressEntry]:
    """Up to ``limit`` entries, newest first, all before the key ``(at_utc, id)`` (from the
    newest when None): one page of the whole log."""
    rows = newest_first(db, "stress_entries", _COLUMNS, "at_utc", before, limit)
    return [_from_row(r) for r in rows]


def list_all(db: Database) -> list[StressEntry]:
    rows = db.query(f"SELECT {_COLUMNS} FROM stress_entries ORDER BY at_utc, id")
    return [_from_row(r) for r in rows]


def get(db: Database, entry_id: int) -> StressEntry | None:
    row = db.query_one(f"SELECT {_COLUMNS} FROM stress_entries WHERE id = ?", (entry_id,))
    return None if row is None else _from_row(row)


def uids(db: Database) -> set[str]:
    return {str(r[0]) for r in db.query("SELECT uid FROM stress_entries")}


def insert(db: Database, e: StressEntry, stamp: str) -> int:
    cur = db.execute(
        "INSERT INTO stress_entries (at, at_utc, suds, triggers, trigger_text, body_signs, helped,"
        " note, suds_after, uid, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (*_values(e), e.uid, stamp, stamp),
    )
    return int(cur.lastrowid or 0)


def update(db: Database, e: StressEntry, stamp: str) -> None:
    db.execute(
        "UPDATE stress_entries SET at = ?, at_utc = ?, suds = ?, triggers = ?, trigger_text = ?,"
        " body_signs = ?, helped = ?, note = ?, suds_after = ?, updated_at = ? WHERE id = ?",
        (*_values(e), stamp, e.id),
    )


def delete(db: Database, entry_id: int) -> None:
    db.execute("DELETE FROM stress_entries WHERE id = ?", (entry_id,))
