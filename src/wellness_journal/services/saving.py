"""What the use cases do alike when the user saves a record: tidy its text, then add it (with a
new uid) or change it, in one transaction."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import replace
from typing import Any, ClassVar, Protocol, TypeVar

from wellness_journal.storage.connection import Database


class Saved(Protocol):
    """A dataclass record with an ``id`` (None until stored) and a ``uid``."""

    __dataclass_fields__: ClassVar[dict[str, Any]]

    @property
    def id(self) -> int | None: ...

    @property
    def uid(self) -> str: ...


R = TypeVar("R", bound=Saved)


def stripped(record: R, *names: str) -> R:
    """``record`` with its text fields ``names`` stripped of white space at either end."""
    return replace(record, **{name: getattr(record, name).strip() for name in names})


def _as_is(record: R) -> R:
    return record


def add_or_update(
    db: Database,
    record: R,
    insert: Callable[[R], int],
    update: Callable[[R], object],
    new: Callable[[R], R] = _as_is,
) -> R:
    """Store ``record`` in one transaction: a stored one (with an id) through ``update``; a new
    one gets a uid when it has none, then what ``new`` gives it (a place in its list, a creation
    time), then its id from ``insert``. Returns the record as stored."""
    with db.transaction():
        if record.id is not None:
            update(record)
            return record
        added = new(replace(record, uid=record.uid or uuid.uuid4().hex))
        return replace(added, id=insert(added))
