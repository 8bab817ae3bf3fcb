"""One export/import section for any table of uid-keyed records, configured per table.

A section is a list of JSON objects, one a record: ``"uid"`` first, then one key a field, named as
the record's attribute. Importing reads and checks every field (a bad value raises
``ImportFileError`` naming the record and the field), runs the table's own ``check``, and adds the
record unless one with the same uid, or the same key of a ``Match``, is already there, so
importing a file twice adds nothing. The caller (``exchange.import_document``) holds the one
transaction around all sections.

A new table's section is a few lines::

    PLAN_STEPS = RecordSection(
        name="safety_plan_steps",
        record=PlanStep,                       # a dataclass with ``uid`` (and ``id``)
        fields=(Text("text"), Int("sort_order", default=0)),
        rows=plan_repo.list_steps,             # (db) -> the records, in export order
        insert=plan_repo.insert_step,          # (db, record) -> anything
    )

and list it in ``exchange.sections()``.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from wellness_journal.core.errors import ImportFileError
from wellness_journal.services.exchange import ImportReport
from wellness_journal.services.exchange_fields import Field, JsonValue, Place, Text
from wellness_journal.storage.connection import Database


class Keyed(Protocol):
    @property
    def uid(self) -> str: ...


T = TypeVar("T", bound=Keyed)

UID = Text("uid", max_len=200, required=True)


@dataclass(frozen=True)
class Match(Generic[T]):
    """Another identity than the uid: a record whose ``key`` is among ``present(db)`` is already
    there and is left out (with ``note(record)`` in the report, when given)."""

    key: Callable[[T], Hashable]
    present: Callable[[Database], Iterable[Hashable]]
    note: Callable[[T], str] | None = None


@dataclass(frozen=True)
class Parent(Generic[T]):
    """A record that belongs to another one: its ``key`` must be among ``present(db)`` (in the
    file, imported before, or already in the vault), else the import is refused with ``missing``."""

    key: Callable[[T], Hashable]
    present: Callable[[Database], Iterable[Hashable]]
    missing: str


def _no_problem(record: Keyed) -> str | None:
    return None


@dataclass(frozen=True)
class RecordSection(Generic[T]):
    name: str
    record: type[T]
    fields: tuple[Field[object], ...]
    rows: Callable[[Database], Iterable[T]]
    insert: Callable[[Database, T], object]
    uids: Callable[[Database], Iterable[str]] | None = None  # default: the uids of ``rows``
    check: Callable[[T], str | None] = _no_problem  # the table's rules; a message when broken
    parents: tuple[Parent[T], ...] = ()
    matches: tuple[Match[T], ...] = ()
    clash: Callable[[Database, T], str | None] | None = None  # a note when it cannot be added
    # All the section's new records at once, after every one was read and checked, instead of
    # one ``insert`` each: much faster for big tables (one statement per table; a search index
    # filled once). Not with ``clash``, which checks each record against those added before it.
    insert_many: Callable[[Database, list[T]], object] | None = None
    # Values an export writes after the fields but an import never reads (e.g. a total worked
    # out from the answers, which the import works out again).
    derived: Callable[[T], dict[str, JsonValue]] | None = None

    def __post_init__(self) -> None:
        if self.insert_many is not None and self.clash is not None:
            raise ValueError(f"{self.name}: insert_many cannot be used with clash")

    def export(self, db: Database) -> JsonValue:
        return [self.dump(r) for r in self.rows(db)]

    def dump(self, record: T) -> dict[str, JsonValue]:
        out: dict[str, JsonValue] = {"uid": record.uid}
        for f in self.fields:
            out[f.key] = f.dump(getattr(record, f.key))
        if self.derived is not None:
            out.update(self.derived(record))
        return out

    def load(self, raw: object, index: int) -> T:
        """One record read and checked; raises ImportFileError naming the record and field."""
        at = Place(self.name, index)
        if not isinstance(raw, dict):
            raise ImportFileError(f"{self.name} item {index + 1} is not an object", where=at.where)
        item: Mapping[str, object] = raw
        values: dict[str, Any] = {"uid": UID.load(item, at)}
        for f in self.fields:
            values[f.key] = f.load(item, at)
        if "id" in getattr(self.record, "__dataclass_fields__", {}):
            values["id"] = None  # a new row: the table gives it its id
        record = self.record(**values)
        problem = self.check(record)
        if problem:
            raise at.fail(problem)
        return record

    def import_(self, db: Database, data: object, report: ImportReport) -> None:
        if not isinstance(data, list):
            raise ImportFileError(f"section {self.name!r} should be a list", where=self.name)
        uids = set(self.uids(db) if self.uids else (r.uid for r in self.rows(db)))
        parents = [set(p.present(db)) for p in self.parents]
        seen = [set(m.present(db)) for m in self.matches]
        added = skipped = 0
        new: list[T] = []
        for index, raw in enumerate(data):
            record = self.load(raw, index)
            for parent, present in zip(self.parents, parents, strict=True):
                if parent.key(record) not in present:
                    raise Place(self.name, index).fail(parent.missing)
            if record.uid in uids:
                skipped += 1
                continue
            keys = [match.key(record) for match in self.matches]  # once: they may cost
            note = self._left_out(db, record, keys, seen)
            if note is not None:
                skipped += 1
                if note:
                    report.notes.append(note)
                continue
            if self.insert_many is None:
                self.insert(db, record)
            else:
                new.append(record)
            uids.add(record.uid)
            for key, present in zip(keys, seen, strict=True):
                present.add(key)
            added += 1
        if self.insert_many is not None and new:
            self.insert_many(db, new)
        report.count(self.name, added=added, skipped=skipped)

    def _left_out(
        self, db: Database, record: T, keys: list[Hashable], seen: list[set[Hashable]]
    ) -> str | None:
        """None when ``record`` (not here under its uid) is new; else the note to report ("" for
        none). ``keys``: its key for each of ``matches``."""
        for match, key, present in zip(self.matches, keys, seen, strict=True):
            if key in present:
                return match.note(record) if match.note else ""
        if self.clash is not None:
            return self.clash(db, record)
        return None


def out_of_range(names: Callable[[T], list[str]]) -> Callable[[T], str | None]:
    """A ``check`` from a rule that lists the fields out of range."""

    def check(record: T) -> str | None:
        bad = names(record)
        return f"{', '.join(repr(b) for b in bad)} out of range" if bad else None

    return check
