"""The fields of an export record: how each value is read from JSON (checked, with a message that
names the record and the field) and written back.

A field reads ``item[key]`` into the record's attribute of the same name. Every check that fails
raises ``ImportFileError`` "<section> item <n>: <what is wrong>" with ``where`` "<section>[<i>]".
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timezone
from enum import Enum
from typing import Any, Generic, Protocol, TypeAlias, TypeVar

from wellness_journal.core.errors import ImportFileError
from wellness_journal.core.localzone import (
    FIRST_YEAR,
    LAST_YEAR,
    instant_text,
    parse_instant,
    within_years,
)

JsonValue: TypeAlias = bool | int | float | str | list["JsonValue"] | dict[str, "JsonValue"] | None

V = TypeVar("V")
V_co = TypeVar("V_co", covariant=True)
E = TypeVar("E", bound=Enum)

TEXT = 100_000  # a note or any free text
SHORT = 1_000  # a name, a label
SQLITE_INT_RANGE = (-(2**63), 2**63 - 1)


@dataclass(frozen=True)
class Place:
    """Where a record sits in the file, for messages."""

    section: str
    index: int

    @property
    def where(self) -> str:
        return f"{self.section}[{self.index}]"

    def fail(self, message: str) -> ImportFileError:
        return ImportFileError(f"{self.section} item {self.index + 1}: {message}", where=self.where)


class Field(Protocol[V_co]):
    @property
    def key(self) -> str: ...

    def load(self, item: Mapping[str, object], at: Place) -> V_co: ...

    def dump(self, value: Any) -> JsonValue: ...


def storable_text(value: str, what: str, where: str) -> str:
    """``value`` unless it cannot be stored as UTF-8 (JSON allows lone surrogates like \\ud800)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ImportFileError(
            f"{what} is not valid text (broken character at position {exc.start + 1})", where=where
        ) from None
    return value


def read_text(
    item: Mapping[str, object], key: str, at: Place, *, required: bool, max_len: int
) -> str:
    value = item.get(key)
    if value is None:
        if required:
            raise ImportFileError(
                f"{at.section} item {at.index + 1} has no {key!r}", where=at.where
            )
        return ""
    if not isinstance(value, str):
        raise at.fail(f"{key!r} should be text")
    if len(value) > max_len:
        raise at.fail(f"{key!r} is too long")
    return storable_text(value, f"{at.section} item {at.index + 1}: {key!r}", at.where)


@dataclass(frozen=True)
class Text:
    key: str
    max_len: int = TEXT
    required: bool = False
    valid: Callable[[str], object] | None = None  # e.g. an exercise id's pattern's fullmatch
    meaning: str = "valid"  # what a valid value is, for the message

    def load(self, item: Mapping[str, object], at: Place) -> str:
        value = read_text(item, self.key, at, required=self.required, max_len=self.max_len)
        if self.valid is not None and not self.valid(value):
            raise at.fail(f"{self.key!r} {value!r} is not {self.meaning}")
        return value

    def dump(self, value: str) -> JsonValue:
        return value


@dataclass(frozen=True)
class Int:
    """A whole number in ``low..high``. Missing (or null) is ``default``, or None when
    ``optional``, else refused."""

    key: str
    default: int | None = None
    low: int = SQLITE_INT_RANGE[0]
    high: int = SQLITE_INT_RANGE[1]
    optional: bool = False

    def load(self, item: Mapping[str, object], at: Place) -> int | None:
        value = item.get(self.key)
        if value is None and (self.optional or self.default is not None):
            return self.default
        if value is None or isinstance(value, bool) or not isinstance(value, int):
            raise at.fail(f"{self.key!r} should be a whole number")
        if not self.low <= value <= self.high:
            raise at.fail(f"{self.key!r} is out of range")
        return value

    def dump(self, value: int | None) -> JsonValue:
        return value


@dataclass(frozen=True)
class Flag:
    key: str

    def load(self, item: Mapping[str, object], at: Place) -> bool:
        value = item.get(self.key, False)
        if not isinstance(value, bool):
            raise at.fail(f"{self.key!r} should be true or false")
        return value

    def dump(self, value: bool) -> JsonValue:
        return value


@dataclass(frozen=True)
class Choice(Generic[E]):
    """One value of an Enum, written as its value."""

    key: str
    kind: type[E]

    def load(self, item: Mapping[str, object], at: Place) -> E:
        text = read_text(item, self.key, at, required=True, max_len=SHORT)
        try:
            return self.kind(text)
        except ValueError:
            raise at.fail(f"unknown {self.key} {text!r}") from None

    def dump(self, value: E) -> JsonValue:
        return value.value  # type: ignore[no-any-return]


@dataclass(frozen=True)
class OrNull(Generic[V]):
    """``field``'s value, or null: ``OrNull(Day("ends_on"))``."""

    field: Field[V]

    @property
    def key(self) -> str:
        return self.field.key

    def load(self, item: Mapping[str, object], at: Place) -> V | None:
        return None if item.get(self.key) is None else self.field.load(item, at)

    def dump(self, value: V | None) -> JsonValue:
        return None if value is None else self.field.dump(value)


def _in_years(value: date | datetime, key: str, at: Place) -> None:
    if not within_years(value):
        raise at.fail(f"{key!r} is not between {FIRST_YEAR} and {LAST_YEAR}")


@dataclass(frozen=True)
class Day:
    """A calendar day, YYYY-MM-DD."""

    key: str

    def load(self, item: Mapping[str, object], at: Place) -> date:
        text = read_text(item, self.key, at, required=True, max_len=20)
        try:
            day = date.fromisoformat(text)
        except ValueError:
            raise at.fail(f"{self.key!r} is not a date (YYYY-MM-DD)") from None
        _in_years(day, self.key, at)
        return day

    def dump(self, value: date) -> JsonValue:
        return value.isoformat()


def utc_instant_text(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).isoformat(timespec="seconds")


@dataclass(frozen=True)
class Instant:
    """A moment with its UTC offset (ISO-8601). Written with the offset the user was in, or in
    UTC with ``utc``; ``optional`` lets it be null."""

    key: str
    optional: bool = False
    utc: bool = False

    def load(self, item: Mapping[str, object], at: Place) -> datetime | None:
        if self.optional and item.get(self.key) is None:
            return None
        text = read_text(item, self.key, at, required=True, max_len=64)
        try:
            moment = parse_instant(text)
        except ValueError:
            raise at.fail(f"{self.key!r} is not a time with a UTC offset") from None
        _in_years(moment, self.key, at)
        return moment

    def dump(self, value: datetime | None) -> JsonValue:
        if value is None:
            return None
        return utc_instant_text(value) if self.utc else instant_text(value)


def _short_items(values: list[str]) -> tuple[str, ...]:
    return tuple(v[:SHORT] for v in values)


@dataclass(frozen=True)
class Strings:
    """A list of text; ``clean`` makes the stored tuple (by default each cut to SHORT)."""

    key: str
    clean: Callable[[list[str]], tuple[str, ...]] = _short_items

    def load(self, item: Mapping[str, object], at: Place) -> tuple[str, ...]:
        value = item.get(self.key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise at.fail(f"{self.key!r} should be a list of text")
        what = f"{at.section} item {at.index + 1}: {self.key!r}"
        return self.clean([storable_text(v, what, at.where) for v in value])

    def dump(self, value: Sequence[str]) -> JsonValue:
        return list(value)


@dataclass(frozen=True)
class Items(Generic[V]):
    """A list of small objects inside a record (e.g. a thought record's moods), each read with
    ``fields`` into ``make``."""

    key: str
    make: Callable[..., V]
    fields: tuple[Field[object], ...]

    def load(self, item: Mapping[str, object], at: Place) -> tuple[V, ...]:
        raw = item.get(self.key, [])
        if not isinstance(raw, list):
            raise at.fail(f"{self.key!r} should be a list")
        parts = []
        for number, part in enumerate(raw, 1):
            if not isinstance(part, dict):
                raise at.fail(f"{self.key!r} item {number} is not an object")
            parts.append(self.make(**{f.key: f.load(part, at) for f in self.fields}))
        return tuple(parts)

    def dump(self, value: Sequence[V]) -> JsonValue:
        return [{f.key: f.dump(getattr(part, f.key)) for f in self.fields} for part in value]
