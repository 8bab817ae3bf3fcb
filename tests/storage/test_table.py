"""The shared table reading: each column comes back as its field's type (None kept where the
field allows it), a field of a type it cannot guess must name its reader, and select, get,
uids and delete touch only the rows asked for."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum

import pytest

from wellness_journal.storage.repositories.table import Table, reader


class Colour(str, Enum):
    RED = "red"
    BLUE = "blue"


@dataclass(frozen=True)
class Thing:
    id: int | None
    uid: str
    day: date
    colour: Colour
    count: int | None = None
    done: bool = False
    extra: str = "not a column"


THINGS = Table("things", Thing, "id, uid, day, colour, count, done")


@pytest.fixture
def things(db):  # type: ignore[no-untyped-def]
    db.execute(
        "CREATE TABLE things (id INTEGER PRIMARY KEY, uid TEXT, day TEXT, colour TEXT,"
        " count INTEGER, done INTEGER)"
    )
    db.executemany(
        "INSERT INTO things (uid, day, colour, count, done) VALUES (?, ?, ?, ?, ?)",
        [("a", "2024-05-01", "red", None, 0), ("b", "2024-04-30", "blue", 3, 1)],
    )
    return db


def test_rows_come_back_as_their_fields_types(things) -> None:  # type: ignore[no-untyped-def]
    first, second = THINGS.rows(things)
    assert first == Thing(1, "a", date(2024, 5, 1), Colour.RED, None, False)
    assert second == Thing(2, "b", date(2024, 4, 30), Colour.BLUE, 3, True)
    assert isinstance(second.done, bool)


def test_where_order_get_uids_and_delete(things) -> None:  # type: ignore[no-untyped-def]
    assert [t.uid for t in THINGS.rows(things, order="day")] == ["b", "a"]
    assert [t.uid for t in THINGS.rows(things, "colour = ?", ("red",))] == ["a"]
    assert THINGS.first(things, order="day DESC") == THINGS.get(things, 1)
    assert THINGS.get(things, 99) is None
    assert THINGS.uids(things) == {"a", "b"}
    THINGS.delete(things, 1)
    assert THINGS.uids(things) == {"b"}


def test_a_field_of_another_kind_names_its_reader() -> None:
    with pytest.raises(TypeError, match="no reader"):
        reader(datetime)
    assert reader(int | None)(None) is None
    assert reader(date)("2024-05-01") == date(2024, 5, 1)
