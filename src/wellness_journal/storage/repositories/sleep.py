"""Sleep diary periods."""

from __future__ import annotations

from typing import Any

from wellness_journal.core.localzone import instant_text, parse_instant, utc_key
from wellness_journal.core.sleep import SleepKind, SleepPeriod
from wellness_journal.storage.connection import Database, Row
from wellness_journal.storage.repositories.paging import newest_first

_COLUMNS = (
    "id, uid, kind, into_bed, tried_to_sleep, final_awakening, out_of_bed, zone, latency_min,"
    " awakenings, waso_min, quality, caffeine_drinks, caffeine_last, alcohol_drinks, note,"
    " sleep_aid"
)


def _from_row(row: Row) -> SleepPeriod:
    quality, caffeine_last = row["quality"], row["caffeine_last"]
    return SleepPeriod(
        id=int(row["id"]),
        uid=str(row["uid"]),
        kind=SleepKind(str(row["kind"])),
        into_bed=parse_instant(str(row["into_bed"])),
        tried_to_sleep=parse_instant(str(row["tried_to_sleep"])),
        final_awakening=parse_instant(str(row["final_awakening"])),
        out_of_bed=parse_instant(str(row["out_of_bed"])),
        zone=str(row["zone"]),
        latency_min=int(row["latency_min"]),
        awakenings=int(row["awakenings"]),
        waso_min=int(row["waso_min"]),
        quality=None if quality is None else int(quality),
        caffeine_drinks=int(row["caffeine_drinks"]),
        caffeine_last=None if caffeine_last is None else parse_instant(str(caffeine_last)),
        alcohol_drinks=int(row["alcohol_drinks"]),
        note=str(row["note"]),
        sleep_aid=str(row["sleep_aid"]),
    )


def _values(p: SleepPeriod) -> tuple[Any, ...]:
    return (
        p.kind.value,
        instant_text(p.into_bed),
        instant_text(p.tried_to_sleep),
        instant_text(p.final_awakening),
        instant_text(p.out_of_bed),
        utc_key(p.into_bed),
        utc_key(p.out_of_bed),
        p.zone,
        p.latency_min,
        p.awakenings,
        p.waso_min,
        p.quality,
        p.caffeine_drinks,
        None if p.caffeine_last is None else instant_text(p.caffeine_last),
        p.alcohol_drinks,
        p.note,
        p.sleep_aid,
    )


def ending_between(db: Database, start_utc: str, end_utc: str) -> list[SleepPeriod]:
    """Periods whose out-of-bed time is in ``[start_utc, end_utc)``, in time order."""
    rows = db.query(
        f"SELECT {_COLUMNS} FROM sleep_periods WHERE end_utc >= ? AND end_utc < ?"
        " ORDER BY start_utc, id",
        (start_utc, end_utc),
    )
    return [_from_row(r) for r in rows]


def touching(db: Database, start_utc: str, end_utc: str) -> list[SleepPeriod]:
    """Periods that share any time with ``(start_utc, end_utc)``."""
    rows = db.query(
        f"SELECT {_COLUMNS} FROM sleep_periods WHERE start_utc < ? AND end_utc > ?"
        " ORDER BY start_utc, id",
        (end_utc, start_utc),
    )
    return [_from_row(r) for r in rows]


def recent(db: Database, limit: int) -> list[SleepPeriod]:
    """The latest ``limit`` periods, newest first."""
    rows = db.query(
        f"SELECT {_COLUMNS} FROM sleep_periods ORDER BY end_utc DESC, id DESC LIMIT ?", (limit,)
    )
    return [_from_row(r) for r in rows]


def older_than(db: Database, before: tuple[str, int] | None, limit: int) -> list[SleepPeriod]:
    """Up to ``limit`` periods, latest out of bed first, all before the key ``(end_utc, id)``
    (from the latest when None): one page of the whole diary."""
    rows = newest_first(db, "sleep_periods", _COLUMNS, "end_utc", before, limit)
    return [_from_row(r) for r in rows]


def list_all(db: Database) -> list[SleepPeriod]:
    rows = db.query(f"SELECT {_COLUMNS} FROM sleep_periods ORDER BY start_utc, id")
    return [_from_row(r) for r in rows]


def get(db: Database, period_id: int) -> SleepPeriod | None:
    row = db.query_one(f"SELECT {_COLUMNS} FROM sleep_periods WHERE id = ?", (period_id,))
    return None if row is None else _from_row(row)


def uids(db: Database) -> set[str]:
    return {str(r[0]) for r in db.query("SELECT uid FROM sleep_periods")}


def insert(db: Database, p: SleepPeriod, stamp: str) -> int:
    cur = db.execute(
        "INSERT INTO sleep_periods (kind, into_bed, tried_to_sleep, final_awakening, out_of_bed,"
        " start_utc, end_utc, zone, latency_min, awakenings, waso_min, quality, caffeine_drinks,"
        " caffeine_last, alcohol_drinks, note, sleep_aid, uid, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (*_values(p), p.uid, stamp, stamp),
    )
    return int(cur.lastrowid or 0)


def update(db: Database, p: SleepPeriod, stamp: str) -> None:
    db.execute(
        "UPDATE sleep_periods SET kind = ?, into_bed = ?, tried_to_sleep = ?, final_awakening = ?,"
        " out_of_bed = ?, start_utc = ?, end_utc = ?, zone = ?, latency_min = ?, awakenings = ?,"
        " waso_min = ?, quality = ?, caffeine_drinks = ?, caffeine_last = ?, alcohol_drinks = ?,"
        " note = ?, sleep_aid = ?, updated_at = ? WHERE id = ?",
        (*_values(p), stamp, p.id),
    )


def delete(db: Database, period_id: int) -> None:
    db.execute("DELETE FROM sleep_periods WHERE id = ?", (period_id,))
