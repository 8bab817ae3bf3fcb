"""Support contacts: crisis lines and the people the user chose."""

from __future__ import annotations

from wellness_journal.core.models import ContactKind, SupportContact
from wellness_journal.storage.connection import Database, Row

_COLUMNS = "id, uid, kind, name, role, phone, text, note, sort_order"


def _from_row(row: Row) -> SupportContact:
    return SupportContact(
        id=int(row["id"]),
        uid=str(row["uid"]),
        kind=ContactKind(row["kind"]),
        name=str(row["name"]),
        role=str(row["role"]),
        phone=str(row["phone"]),
        text=str(row["text"]),
        note=str(row["note"]),
        sort_order=int(row["sort_order"]),
    )


def list_all(db: Database, kind: ContactKind | None = None) -> list[SupportContact]:
    if kind is None:
        rows = db.query(f"SELECT {_COLUMNS} FROM support_contacts ORDER BY kind, sort_order, id")
    else:
        rows = db.query(
            f"SELECT {_COLUMNS} FROM support_contacts WHERE kind = ? ORDER BY sort_order, id",
            (kind.value,),
        )
    return [_from_row(r) for r in rows]


def get(db: Database, contact_id: int) -> SupportContact | None:
    row = db.query_one(f"SELECT {_COLUMNS} FROM support_contacts WHERE id = ?", (contact_id,))
    return None if row is None else _from_row(row)


def uids(db: Database) -> set[str]:
    return {str(r[0]) for r in db.query("SELECT uid FROM support_contacts")}


def insert(db: Database, c: SupportContact) -> int:
    cur = db.execute(
        "INSERT INTO support_contacts (uid, kind, name, role, phone, text, note, sort_order)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (c.uid, c.kind.value, c.name, c.role, c.phone, c.text, c.note, c.sort_order),
    )
    return int(cur.lastrowid or 0)


def update(db: Database, c: SupportContact) -> None:
    db.execute(
        "UPDATE support_contacts SET kind = ?, name = ?, role = ?, phone = ?, text = ?, note = ?,"
        " sort_order = ? WHERE id = ?",
        (c.kind.value, c.name, c.role, c.phone, c.text, c.note, c.sort_order, c.id),
    )


def delete(db: Database, contact_id: int) -> None:
    db.execute("DELETE FROM support_contacts WHERE id = ?", (contact_id,))


def next_sort_order(db: Database, kind: ContactKind) -> int:
    value = db.scalar(
        "SELECT coalesce(max(sort_order), -1) + 1 FROM support_contacts WHERE kind = ?",
        (kind.value,),
    )
    return int(value)
