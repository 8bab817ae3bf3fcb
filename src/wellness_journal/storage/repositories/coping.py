"""Coping sessions, favourites and thought records."""

from __future__ import annotations

from datetime import datetime, timezone

from wellness_journal.core.coping import (
    AutomaticThought,
    CopingSession,
    Favourite,
    MoodRating,
    Outcome,
    ThoughtRecord,
)
from wellness_journal.core.helps import Totals
from wellness_journal.storage.connection import Database, Row


def utc_text(moment: datetime) -> str:
    """An aware datetime as UTC ISO-8601 text."""
    if moment.tzinfo is None:
        raise ValueError("times must be timezone-aware")
    return moment.astimezone(timezone.utc).isoformat(timespec="seconds")


def from_utc_text(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)


def _int_or_none(value: object) -> int | None:
    return None if value is None else int(value)  # type: ignore[call-overload]


# -- sessions ----------------------------------------------------------------------------------------

_SESSION_COLUMNS = (
    "id, uid, exercise_id, started_at, seconds_done, planned_seconds, outcome,"
    " suds_before, suds_after, note"
)


def _session(row: Row) -> CopingSession:
    return CopingSession(
        id=int(row["id"]),
        uid=str(row["uid"]),
        exercise_id=str(row["exercise_id"]),
        started_at=from_utc_text(str(row["started_at"])),
        seconds_done=int(row["seconds_done"]),
        planned_seconds=int(row["planned_seconds"]),
        outcome=Outcome(row["outcome"]),
        suds_before=_int_or_none(row["suds_before"]),
        suds_after=_int_or_none(row["suds_after"]),
        note=str(row["note"]),
    )


def insert_session(db: Database, s: CopingSession) -> int:
    cur = db.execute(
        "INSERT INTO coping_sessions (uid, exercise_id, started_at, seconds_done, planned_seconds,"
        " outcome, suds_before, suds_after, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            s.uid,
            s.exercise_id,
            utc_text(s.started_at),
            s.seconds_done,
            s.planned_seconds,
            s.outcome.value,
            s.suds_before,
            s.suds_after,
            s.note,
        ),
    )
    return int(cur.lastrowid or 0)


def update_session(db: Database, s: CopingSession) -> None:
    db.execute(
        "UPDATE coping_sessions SET seconds_done = ?, outcome = ?, suds_before = ?,"
        " suds_after = ?, note = ? WHERE id = ?",
        (s.seconds_done, s.outcome.value, s.suds_before, s.suds_after, s.note, s.id),
    )


def get_session(db: Database, session_id: int) -> CopingSession | None:
    row = db.query_one(
        f"SELECT {_SESSION_COLUMNS} FROM coping_sessions WHERE id = ?", (session_id,)
    )
    return None if row is None else _session(row)


def list_sessions(db: Database, *, since: datetime | None = None) -> list[CopingSession]:
    """Oldest first."""
    if since is None:
        rows = db.query(f"SELECT {_SESSION_COLUMNS} FROM coping_sessions ORDER BY started_at, id")
    else:
        rows = db.query(
            f"SELECT {_SESSION_COLUMNS} FROM coping_sessions WHERE started_at >= ?"
            " ORDER BY started_at, id",
            (utc_text(since),),
        )
    return [_session(r) for r in rows]


def help_totals(db: Database) -> list[Totals]:
    """Each exercise's sessions added up, in SQL (a few groups: cheap at any size)."""
    return [
        Totals(str(r[0]), int(r[1]), int(r[2]), int(r[3]), int(r[4] or 0), int(r[5] or 0))
        for r in db.query(
            "SELECT exercise_id, count(*), sum(outcome = 'completed'),"
            " count(suds_after - suds_before), sum(suds_after - suds_before),"
            " sum(max(0, seconds_done)) FROM coping_sessions GROUP BY exercise_id"
        )
    ]


def last_session(db: Database, among: tuple[str, ...] = ()) -> CopingSession | None:
    """The newest session (of one of the exercises ``among``, when given)."""
    where = f"WHERE exercise_id IN ({', '.join('?' * len(among))})" if among else ""
    row = db.query_one(
        f"SELECT {_SESSION_COLUMNS} FROM coping_sessions {where}"
        " ORDER BY started_at DESC, id DESC LIMIT 1",
        among,
    )
    return None if row is None else _session(row)


def first_started(db: Database, exercise_id: str) -> datetime | None:
    """When ``exercise_id`` was first done (any outcome), or None."""
    value = db.scalar(
        "SELECT min(started_at) FROM coping_sessions WHERE exercise_id = ?", (exercise_id,)
    )
    return None if value is None else from_utc_text(str(value))


def session_uids(db: Database) -> set[str]:
    return {str(r[0]) for r in db.query("SELECT uid FROM coping_sessions")}


# -- favourites ------------------------------------------------------------------------------------


def list_favourites(db: Database) -> list[Favourite]:
    rows = db.query(
        "SELECT uid, exercise_id, added_at FROM coping_favourites ORDER BY added_at, id"
    )
    return [
        Favourite(
            uid=str(r["uid"]),
            exercise_id=str(r["exercise_id"]),
            added_at=from_utc_text(str(r["added_at"])),
        )
        for r in rows
    ]


def add_favourite(db: Database, fav: Favourite) -> None:
    db.execute(
        "INSERT INTO coping_favourites (uid, exercise_id, added_at) VALUES (?, ?, ?)"
        " ON CONFLICT (exercise_id) DO NOTHING",
        (fav.uid, fav.exercise_id, utc_text(fav.added_at)),
    )


def remove_favourite(db: Database, exercise_id: str) -> None:
    db.execute("DELETE FROM coping_favourites WHERE exercise_id = ?", (exercise_id,))


# -- thought records ---------------------------------------------------------------------------------

_RECORD_COLUMNS = (
    "id, uid, created_at, updated_at, situation, evidence_for, evidence_against, balanced_thought"
)


def _record(db: Database, row: Row) -> ThoughtRecord:
    record_id = int(row["id"])
    moods = tuple(
        MoodRating(
            name=str(m["name"]), before=_int_or_none(m["before"]), after=_int_or_none(m["after"])
        )
        for m in db.query(
            "SELECT name, before, after FROM thought_record_moods WHERE record_id = ?"
            " ORDER BY position, id",
            (record_id,),
        )
    )
    thoughts = tuple(
        AutomaticThought(text=str(t["text"]), hot=bool(t["hot"]))
        for t in db.query(
            "SELECT text, hot FROM thought_record_thoughts WHERE record_id = ?"
            " ORDER BY position, id",
            (record_id,),
        )
    )
    return ThoughtRecord(
        id=record_id,
        uid=str(row["uid"]),
        created_at=from_utc_text(str(row["created_at"])),
        updated_at=from_utc_text(str(row["updated_at"])),
        situation=str(row["situation"]),
        moods=moods,
        thoughts=thoughts,
        evidence_for=str(row["evidence_for"]),
        evidence_against=str(row["evidence_against"]),
        balanced_thought=str(row["balanced_thought"]),
    )


def list_records(db: Database) -> list[ThoughtRecord]:
    """Newest first."""
    rows = db.query(
        f"SELECT {_RECORD_COLUMNS} FROM thought_records ORDER BY created_at DESC, id DESC"
    )
    return [_record(db, r) for r in rows]


def get_record(db: Database, record_id: int) -> ThoughtRecord | None:
    row = db.query_one(f"SELECT {_RECORD_COLUMNS} FROM thought_records WHERE id = ?", (record_id,))
    return None if row is None else _record(db, row)


def record_uids(db: Database) -> set[str]:
    return {str(r[0]) for r in db.query("SELECT uid FROM thought_records")}


def _write_children(db: Database, record_id: int, r: ThoughtRecord) -> None:
    db.execute("DELETE FROM thought_record_moods WHERE record_id = ?", (record_id,))
    db.execute("DELETE FROM thought_record_thoughts WHERE record_id = ?", (record_id,))
    db.executemany(
        "INSERT INTO thought_record_moods (record_id, position, name, before, after)"
        " VALUES (?, ?, ?, ?, ?)",
        [(record_id, i, m.name, m.before, m.after) for i, m in enumerate(r.moods)],
    )
    db.executemany(
        "INSERT INTO thought_record_thoughts (record_id, position, text, hot) VALUES (?, ?, ?, ?)",
        [(record_id, i, t.text, int(t.hot)) for i, t in enumerate(r.thoughts)],
    )


def insert_record(db: Database, r: ThoughtRecord) -> int:
    cur = db.execute(
        "INSERT INTO thought_records (uid, created_at, updated_at, situation, evidence_for,"
        " evidence_against, balanced_thought) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            r.uid,
            utc_text(r.created_at),
            utc_text(r.updated_at),
            r.situation,
            r.evidence_for,
            r.evidence_against,
            r.balanced_thought,
        ),
    )
    record_id = int(cur.lastrowid or 0)
    _write_children(db, record_id, r)
    return record_id


def update_record(db: Database, r: ThoughtRecord) -> None:
    if r.id is None:
        raise ValueError("update needs a saved record")
    db.execute(
        "UPDATE thought_records SET updated_at = ?, situation = ?, evidence_for = ?,"
        " evidence_against = ?, balanced_thought = ? WHERE id = ?",
        (
            utc_text(r.updated_at),
            r.situation,
            r.evidence_for,
            r.evidence_against,
            r.balanced_thought,
            r.id,
        ),
    )
    _write_children(db, r.id, r)


def delete_record(db: Database, record_id: int) -> None:
    db.execute("DELETE FROM thought_records WHERE id = ?", (record_id,))
