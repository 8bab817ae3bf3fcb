"""Coping sessions, favourites and thought records."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone

from wellness_journal.core.coping import (
    AutomaticThought,
    CopingSession,
    Favourite,
    MoodRating,
    ThoughtRecord,
)
from wellness_journal.core.helps import Totals
from wellness_journal.storage.connection import Database
from wellness_journal.storage.repositories.table import Table


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


# -- sessions ----------------------------------------------------------------------------------------

_SESSIONS = Table(
    "coping_sessions",
    CopingSession,
    "id, uid, exercise_id, started_at, seconds_done, planned_seconds, outcome, suds_before,"
    " suds_after, note",
    read={"started_at": from_utc_text},
)
get_session = _SESSIONS.get
session_uids = _SESSIONS.uids


def insert_session(db: Database, s: CopingSession) -> int:
    return _SESSIONS.insert(
        db,
        "uid, exercise_id, started_at, seconds_done, planned_seconds, outcome, suds_before,"
        " suds_after, note",
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


def update_session(db: Database, s: CopingSession) -> None:
    _SESSIONS.update(
        db,
        s.id,
        "seconds_done, outcome, suds_before, suds_after, note",
        (s.seconds_done, s.outcome.value, s.suds_before, s.suds_after, s.note),
    )


def list_sessions(db: Database, *, since: datetime | None = None) -> list[CopingSession]:
    """Oldest first."""
    if since is None:
        return _SESSIONS.rows(db, order="started_at, id")
    return _SESSIONS.rows(db, "started_at >= ?", (utc_text(since),), order="started_at, id")


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
    where = f"exercise_id IN ({', '.join('?' * len(among))})" if among else ""
    return _SESSIONS.first(db, where, among, order="started_at DESC, id DESC")


def first_started(db: Database, exercise_id: str) -> datetime | None:
    """When ``exercise_id`` was first done (any outcome), or None."""
    value = db.scalar(
        "SELECT min(started_at) FROM coping_sessions WHERE exercise_id = ?", (exercise_id,)
    )
    return None if value is None else from_utc_text(str(value))


# -- favourites ------------------------------------------------------------------------------------


_FAVOURITES = Table(
    "coping_favourites", Favourite, "uid, exercise_id, added_at", read={"added_at": from_utc_text}
)


def list_favourites(db: Database) -> list[Favourite]:
    return _FAVOURITES.rows(db, order="added_at, id")


def add_favourite(db: Database, fav: Favourite) -> None:
    db.execute(
        "INSERT INTO coping_favourites (uid, exercise_id, added_at) VALUES (?, ?, ?)"
        " ON CONFLICT (exercise_id) DO NOTHING",
        (fav.uid, fav.exercise_id, utc_text(fav.added_at)),
    )


def remove_favourite(db: Database, exercise_id: str) -> None:
    db.execute("DELETE FROM coping_favourites WHERE exercise_id = ?", (exercise_id,))


# -- thought records ---------------------------------------------------------------------------------

_RECORDS = Table(
    "thought_records",
    ThoughtRecord,
    "id, uid, created_at, updated_at, situation, evidence_for, evidence_against, balanced_thought",
    read={"created_at": from_utc_text, "updated_at": from_utc_text},
)
_MOODS = Table("thought_record_moods", MoodRating, "name, before, after")
_THOUGHTS = Table("thought_record_thoughts", AutomaticThought, "text, hot")
record_uids = _RECORDS.uids
delete_record = _RECORDS.delete


def _with_children(db: Database, r: ThoughtRecord) -> ThoughtRecord:
    """``r`` with its moods and thoughts, in the order they were written."""
    moods = _MOODS.rows(db, "record_id = ?", (r.id,), order="position, id")
    thoughts = _THOUGHTS.rows(db, "record_id = ?", (r.id,), order="position, id")
    return replace(r, moods=tuple(moods), thoughts=tuple(thoughts))


def list_records(db: Database) -> list[ThoughtRecord]:
    """Newest first."""
    return [_with_children(db, r) for r in _RECORDS.rows(db, order="created_at DESC, id DESC")]


def get_record(db: Database, record_id: int | None) -> ThoughtRecord | None:
    record = _RECORDS.get(db, record_id)
    return None if record is None else _with_children(db, record)


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


_RECORD_TEXT = "updated_at, situation, evidence_for, evidence_against, balanced_thought"


def _record_text(r: ThoughtRecord) -> tuple[object, ...]:
    return (
        utc_text(r.updated_at),
        r.situation,
        r.evidence_for,
        r.evidence_against,
        r.balanced_thought,
    )


def insert_record(db: Database, r: ThoughtRecord) -> int:
    record_id = _RECORDS.insert(
        db, f"uid, created_at, {_RECORD_TEXT}", (r.uid, utc_text(r.created_at), *_record_text(r))
    )
    _write_children(db, record_id, r)
    return record_id


def update_record(db: Database, r: ThoughtRecord) -> None:
    if r.id is None:
        raise ValueError("update needs a saved record")
    _RECORDS.update(db, r.id, _RECORD_TEXT, _record_text(r))
    _write_children(db, r.id, r)
