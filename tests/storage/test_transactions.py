"""Database.transaction(): all or nothing, and a nested block is a savepoint: when it fails, what
it wrote is undone (ROLLBACK TO) while the outer block goes on and keeps what it wrote."""

from __future__ import annotations

import pytest

from wellness_journal.core.models import ContactKind, SupportContact
from wellness_journal.storage.repositories import contacts as repo


def add(db, name: str) -> None:  # type: ignore[no-untyped-def]
    repo.insert(db, SupportContact(id=None, uid=name, kind=ContactKind.PERSONAL, name=name))


def names(db) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(c.name for c in repo.list_all(db, ContactKind.PERSONAL))


class Refused(Exception):
    pass


def write_then_fail(db, *names_: str) -> None:  # type: ignore[no-untyped-def]
    """A block that writes (with a nested block inside) and then fails."""
    with db.transaction():
        add(db, names_[0])
        with db.transaction():
            add(db, names_[1])
        raise Refused


def test_a_failed_inner_block_is_undone_and_the_outer_block_goes_on(db):
    with db.transaction():
        add(db, "before")
        with pytest.raises(Refused):
            write_then_fail(db, "inner", "innermost")
        add(db, "after")
    assert names(db) == ["after", "before"]


def test_an_inner_block_that_worked_is_kept_with_the_outer_one(db):
    with db.transaction():
        add(db, "outer")
        with db.transaction():
            add(db, "inner")
    assert names(db) == ["inner", "outer"]


def test_a_failed_outer_block_undoes_everything_inside_it(db):
    with pytest.raises(Refused):
        write_then_fail(db, "outer", "inner")
    assert names(db) == []
    assert not db.in_transaction
    add(db, "later")  # the connection is usable again
    assert names(db) == ["later"]
