"""What the repositories do alike with a table of uid-keyed records, written once: read rows into
records, select with a condition and an order, find one by id, list the uids, insert, update and delete.

Each column is read into the record's field of the same name, by the field's type: ``int``,
``str``, ``bool``, ``float``, ``date`` (ISO text), an ``Enum`` (its value), each also ``| None``.
A field kept in another form (a time, a list) names its reader in ``read``. Each repository
says what it writes, column by column, since a table keeps more than the record (a UTC key, a
change stamp)::

    _CONTACTS = Table("support_contacts", SupportContact, "id, uid, kind, name, role, note")
    _CONTACTS.rows(db, "kind = ?", (kind.value,), order="sort_order, id")
    _CONTACTS.insert(db, "uid, kind, name, role, note", (c.uid, c.kind.value, c.name, ...))
"""

from __future__ import annotations

import typing
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from functools import cached_property
from types import NoneType, UnionType
from typing import Any, Generic, TypeVar

from wellness_journal.storage.connection import Database, Row

R = TypeVar("R")
Read = Callable[[Any], Any]


def _read_date(value: object) -> date:
    return date.fromisoformat(str(value))


def _or_none(read: Read) -> Read:
    return lambda value: None if value is None else read(value)


def reader(hint: object) -> Read:
    """How a column becomes a field of type ``hint``."""
    if isinstance(hint, UnionType) or typing.get_origin(hint) is typing.Union:
        kinds = [k for k in typing.get_args(hint) if k is not NoneType]
        if len(kinds) == 1:
            return _or_none(reader(kinds[0]))
    elif hint is date:
        return _read_date
    elif hint in (int, str, bool, float) or (isinstance(hint, type) and issubclass(hint, Enum)):
        return typing.cast(Read, hint)
    raise TypeError(f"no reader for {hint!r}: name one in the Table's read")


@dataclass(frozen=True)
class Table(Generic[R]):
    name: str
    record: Callable[..., R]  # a dataclass whose fields are named as the columns
    columns: str  # as in SELECT: "id, uid, ..."
    read: Mapping[str, Read] = field(default_factory=dict)  # a field not read by its type

    @cached_property
    def _readers(self) -> dict[str, Read]:
        hints = typing.get_type_hints(self.record)
        names = [c.strip() for c in self.columns.split(",")]
        return {n: self.read[n] if n in self.read else reader(hints[n]) for n in names}

    def from_row(self, row: Row, **more: object) -> R:
        """The record in ``row``; ``more``: its fields that are not columns of this table."""
        fields = {name: read(row[name]) for name, read in self._readers.items()}
        return self.record(**fields, **more)

    def _select(self, where: str, order: str) -> str:
        condition = f" WHERE {where}" if where else ""
        return f"SELECT {self.columns} FROM {self.name}{condition} ORDER BY {order}"

    def rows(
        self, db: Database, where: str = "", params: Sequence[object] = (), *, order: str = "id"
    ) -> list[R]:
        """The records ``where`` holds for (all without it), in ``order``."""
        return [self.from_row(r) for r in db.query(self._select(where, order), params)]

    def first(
        self, db: Database, where: str = "", params: Sequence[object] = (), *, order: str = "id"
    ) -> R | None:
        row = db.query_one(self._select(where, order) + " LIMIT 1", params)
        return None if row is None else self.from_row(row)

    def get(self, db: Database, row_id: int | None) -> R | None:
        return self.first(db, "id = ?", (row_id,))

    def uids(self, db: Database) -> set[str]:
        return {str(r[0]) for r in db.query(f"SELECT uid FROM {self.name}")}

    def insert(self, db: Database, columns: str, values: Sequence[object]) -> int:
        """Add a row with ``values`` in the order of ``columns`` ("uid, kind, ..."); its id."""
        marks = ", ".join("?" * len(values))
        cur = db.execute(f"INSERT INTO {self.name} ({columns}) VALUES ({marks})", values)
        return int(cur.lastrowid or 0)

    def update(
        self, db: Database, row_id: int | None, columns: str, values: Sequence[object]
    ) -> None:
        """Set ``columns`` ("kind, name, ...") of the row ``row_id`` to ``values``, in order."""
        changes = ", ".join(f"{c.strip()} = ?" for c in columns.split(","))
        db.execute(f"UPDATE {self.name} SET {changes} WHERE id = ?", (*values, row_id))

    def delete(self, db: Database, row_id: int | None) -> None:
        db.execute(f"DELETE FROM {self.name} WHERE id = ?", (row_id,))
