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


_RATINGS = "mood, stress, energy, shift, note"  # what a day's check-in can change


def insert(db: Database, c: Checkin, stamp: str) -> int:
    return _CHECKINS.insert(
        db,
        f"uid, day, {_RATINGS}, created_at, updated_at",
        (c.uid, c.day.isoformat(), c.mood, c.stress, c.energy, c.shift, c.note, stamp, stamp),
    )


def update(db: Database, c: Checkin, stamp: str) -> None:
    _CHECKINS.update(
        db, c.id, f"{_RATINGS}, updated_at", (c.mood, c.stress, c.energy, c.shift, c.note, stamp)
    )
