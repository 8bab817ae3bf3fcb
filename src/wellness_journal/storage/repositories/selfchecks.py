"""Self-checks as taken, and the one left part-way when the journal locked."""

from __future__ import annotations

import json
from datetime import date

from wellness_journal.core.localzone import instant_text, parse_instant, utc_key
from wellness_journal.core.selfchecks import Answers, Instrument, SelfCheck
from wellness_journal.storage.connection import Database
from wellness_journal.storage.repositories.table import Table


def _answers(text: str) -> Answers:
    raw = json.loads(text)
    return tuple(None if v is None else int(v) for v in raw)


_CHECKS = Table(
    "self_checks",
    SelfCheck,
    "id, uid, instrument, taken_at, answers, sex, note",
    read={"taken_at": parse_instant, "answers": _answers},
)


def list_all(db: Database) -> list[SelfCheck]:
    """Every self-check, oldest first."""
    return _CHECKS.rows(db, order="taken_utc, id")


def of(db: Database, instrument: Instrument) -> list[SelfCheck]:
    """One questionnaire's results, oldest first."""
    return _CHECKS.rows(db, "instrument = ?", (instrument.value,), order="taken_utc, id")


get = _CHECKS.get
uids = _CHECKS.uids
delete = _CHECKS.delete


def last_taken(db: Database) -> dict[Instrument, date]:
    """The local day each questionnaire was last taken (the wall time it was taken at)."""
    rows = db.query(
        "SELECT instrument, taken_at FROM self_checks s WHERE taken_utc ="
        " (SELECT max(taken_utc) FROM self_checks WHERE instrument = s.instrument)"
    )
    return {Instrument(str(r[0])): parse_instant(str(r[1])).date() for r in rows}


def days_taken(db: Database, instrument: Instrument) -> list[date]:
    rows = db.query("SELECT taken_at FROM self_checks WHERE instrument = ?", (instrument.value,))
    return [parse_instant(str(r[0])).date() for r in rows]


def insert(db: Database, check: SelfCheck) -> int:
    return _CHECKS.insert(
        db,
        "uid, instrument, taken_at, taken_utc, answers, sex, note",
        (
            check.uid,
            check.instrument.value,
            instant_text(check.taken_at),
            utc_key(check.taken_at),
            json.dumps(list(check.answers)),
            None if check.sex is None else check.sex.value,
            check.note,
        ),
    )


def set_note(db: Database, check_id: int, note: str) -> None:
    _CHECKS.update(db, check_id, "note", (note,))


# -- the one self-check left part-way -----------------------------------------------------------


def put_draft(db: Database, data: str, stamp: str) -> None:
    db.execute(
        "INSERT INTO self_check_draft (id, data, saved_at) VALUES (1, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET data = excluded.data, saved_at = excluded.saved_at",
        (data, stamp),
    )


def get_draft(db: Database) -> str | None:
    value = db.scalar("SELECT data FROM self_check_draft WHERE id = 1")
    return None if value is None else str(value)


def delete_draft(db: Database) -> None:
    db.execute("DELETE FROM self_check_draft")
