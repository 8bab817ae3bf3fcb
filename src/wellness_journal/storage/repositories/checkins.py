"""Daily check-ins, one per day."""

from __future__ import annotations

from datetime import date

from wellness_journal.core.checkin import Checkin
from wellness_journal.storage.connection import Database
from wellness_journal.storage.repositories.table import Table

_CHECKINS = Table("checkins", Checkin, "id, uid, day, mood, stress, energy, shift, note")


def for_day(db: Database, day: date) -> Checkin | None:
    return _CHECKINS.first(db, "day = ?", (day.isoformat(),))


def between(db: Database, first: date, last: date) -> list[Checkin]:
    return _CHECKINS.rows(
        db, "day BETWEEN ? AND ?", (first.isoformat(), last.isoformat()), order="day"
    )


def list_all(db: Database) -> list[Checkin]:
    return _CHECKINS.rows(db, order="day")


uids = _CHECKINS.uids
delete = _CHECKINS.delete


def days(db: Database) -> set[str]:
    return {str(r[0]) for r in db.query("SELECT day FROM checkins")}


def insert(db: Database, c: Checkin, stamp: str) -> int:
    cur = db.execute(
        "INSERT INTO checkins (uid, day, mood, stress, energy, shift, note, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (c.uid, c.day.isoformat(), c.mood, c.stress, c.energy, c.shift, c.note, stamp, stamp),
    )
    return int(cur.lastrowid or 0)


def update(db: Database, c: Checkin, stamp: str) -> None:
    db.execute(
        "UPDATE checkins SET mood = ?, stress = ?, energy = ?, shift = ?, note = ?, updated_at = ?"
        " WHERE id = ?",
        (c.mood, c.stress, c.energy, c.shift, c.note, stamp, c.id),
    )
