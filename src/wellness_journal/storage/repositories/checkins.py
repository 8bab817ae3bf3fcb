"""Daily check-ins, one per day."""

from __future__ import annotations

from datetime import date

from wellness_journal.core.checkin import Checkin
from wellness_journal.storage.connection import Database, Row

_COLUMNS = "id, uid, day, mood, stress, energy, shift, note"


def _opt(value: object) -> int | None:
    return None if value is None else int(value)  # type: ignore[call-overload]


def _from_row(row: Row) -> Checkin:
    return Checkin(
        id=int(row["id"]),
        uid=str(row["uid"]),
        day=date.fromisoformat(str(row["day"])),
        mood=_opt(row["mood"]),
        stress=_opt(row["stress"]),
        energy=_opt(row["energy"]),
        shift=str(row["shift"]),
        note=str(row["note"]),
    )


def for_day(db: Database, day: date) -> Checkin | None:
    row = db.query_one(f"SELECT {_COLUMNS} FROM checkins WHERE day = ?", (day.isoformat(),))
    return None if row is None else _from_row(row)


def between(db: Database, first: date, last: date) -> list[Checkin]:
    rows = db.query(
        f"SELECT {_COLUMNS} FROM checkins WHERE day BETWEEN ? AND ? ORDER BY day",
        (first.isoformat(), last.isoformat()),
    )
    return [_from_row(r) for r in rows]


def list_all(db: Database) -> list[Checkin]:
    return [_from_row(r) for r in db.query(f"SELECT {_COLUMNS} FROM checkins ORDER BY day")]


def uids(db: Database) -> set[str]:
    return {str(r[0]) for r in db.query("SELECT uid FROM checkins")}


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


def delete(db: Database, checkin_id: int) -> None:
    db.execute("DELETE FROM checkins WHERE id = ?", (checkin_id,))
