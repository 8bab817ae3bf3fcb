"""Critical incidents and their follow-up check-ins."""

from __future__ import annotations

from datetime import date

from wellness_journal.core.incidents import FollowUp, Incident, Step
from wellness_journal.core.localzone import instant_text, parse_instant
from wellness_journal.storage.connection import Database, Row

_INCIDENT = "id, uid, occurred_on, category, role, note"
_FOLLOW_UP = (
    "id, uid, incident_uid, step, done_at, sleep, intrusive, avoidance, irritability, mood, talk"
)


def _incident(row: Row) -> Incident:
    return Incident(
        id=int(row["id"]),
        uid=str(row["uid"]),
        occurred_on=date.fromisoformat(str(row["occurred_on"])),
        category=str(row["category"]),
        role=str(row["role"]),
        note=str(row["note"]),
    )


def _follow_up(row: Row) -> FollowUp:
    return FollowUp(
        id=int(row["id"]),
        uid=str(row["uid"]),
        incident_uid=str(row["incident_uid"]),
        step=Step(str(row["step"])),
        done_at=parse_instant(str(row["done_at"])),
        sleep=int(row["sleep"]),
        intrusive=int(row["intrusive"]),
        avoidance=int(row["avoidance"]),
        irritability=int(row["irritability"]),
        mood=int(row["mood"]),
        talk=str(row["talk"]),
    )


def list_incidents(db: Database) -> list[Incident]:
    rows = db.query(f"SELECT {_INCIDENT} FROM critical_incidents ORDER BY occurred_on, id")
    return [_incident(r) for r in rows]


def get_incident(db: Database, incident_id: int) -> Incident | None:
    row = db.query_one(f"SELECT {_INCIDENT} FROM critical_incidents WHERE id = ?", (incident_id,))
    return None if row is None else _incident(row)


def incident_uids(db: Database) -> set[str]:
    return {str(r[0]) for r in db.query("SELECT uid FROM critical_incidents")}


def insert_incident(db: Database, i: Incident, stamp: str) -> int:
    cur = db.execute(
        "INSERT INTO critical_incidents (uid, occurred_on, category, role, note, created_at,"
        " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (i.uid, i.occurred_on.isoformat(), i.category, i.role, i.note, stamp, stamp),
    )
    return int(cur.lastrowid or 0)


def update_incident(db: Database, i: Incident, stamp: str) -> None:
    db.execute(
        "UPDATE critical_incidents SET occurred_on = ?, category = ?, role = ?, note = ?,"
        " updated_at = ? WHERE id = ?",
        (i.occurred_on.isoformat(), i.category, i.role, i.note, stamp, i.id),
    )


def delete_incident(db: Database, i: Incident) -> None:
    db.execute("DELETE FROM incident_followups WHERE incident_uid = ?", (i.uid,))
    db.execute("DELETE FROM critical_incidents WHERE id = ?", (i.id,))


def list_follow_ups(db: Database) -> list[FollowUp]:
    rows = db.query(f"SELECT {_FOLLOW_UP} FROM incident_followups ORDER BY incident_uid, done_at")
    return [_follow_up(r) for r in rows]


def follow_up_uids(db: Database) -> set[str]:
    return {str(r[0]) for r in db.query("SELECT uid FROM incident_followups")}


def follow_up_steps(db: Database) -> set[tuple[str, str]]:
    return {
        (str(r[0]), str(r[1]))
        for r in db.query("SELECT incident_uid, step FROM incident_followups")
    }


def insert_follow_up(db: Database, f: FollowUp) -> int:
    cur = db.execute(
        "INSERT INTO incident_followups (uid, incident_uid, step, done_at, sleep, intrusive,"
        " avoidance, irritability, mood, talk) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            f.uid,
            f.incident_uid,
            f.step.value,
            instant_text(f.done_at),
            f.sleep,
            f.intrusive,
            f.avoidance,
            f.irritability,
            f.mood,
            f.talk,
        ),
    )
    return int(cur.lastrowid or 0)
