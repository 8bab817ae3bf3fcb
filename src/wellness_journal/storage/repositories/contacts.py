"""Support contacts: crisis lines and the people the user chose."""

from __future__ import annotations

from wellness_journal.core.models import ContactKind, SupportContact
from wellness_journal.storage.connection import Database
from wellness_journal.storage.repositories.table import Table

_CONTACTS = Table(
    "support_contacts", SupportContact, "id, uid, kind, name, role, phone, text, note, sort_order"
)


def list_all(db: Database, kind: ContactKind | None = None) -> list[SupportContact]:
    if kind is None:
        return _CONTACTS.rows(db, order="kind, sort_order, id")
    return _CONTACTS.rows(db, "kind = ?", (kind.value,), order="sort_order, id")


get = _CONTACTS.get
uids = _CONTACTS.uids
delete = _CONTACTS.delete


_WRITTEN = "kind, name, role, phone, text, note, sort_order"


def _values(c: SupportContact) -> tuple[object, ...]:
    return (c.kind.value, c.name, c.role, c.phone, c.text, c.note, c.sort_order)


def insert(db: Database, c: SupportContact) -> int:
    return _CONTACTS.insert(db, f"uid, {_WRITTEN}", (c.uid, *_values(c)))


def update(db: Database, c: SupportContact) -> None:
    _CONTACTS.update(db, c.id, _WRITTEN, _values(c))


def next_sort_order(db: Database, kind: ContactKind) -> int:
    value = db.scalar(
        "SELECT coalesce(max(sort_order), -1) + 1 FROM support_contacts WHERE kind = ?",
        (kind.value,),
    )
    return int(value)
