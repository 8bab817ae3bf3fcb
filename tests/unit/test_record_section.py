"""The generic export/import section, on a made-up table kept in a list (no database)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest

from wellness_journal.core.errors import ImportFileError
from wellness_journal.services.exchange import ImportReport
from wellness_journal.services.exchange_fields import Day, Flag, Int, Items, Strings, Text
from wellness_journal.services.record_section import Match, Parent, RecordSection


@dataclass(frozen=True)
class Part:
    name: str
    done: bool = False


@dataclass(frozen=True)
class Step:
    id: int | None
    uid: str
    text: str
    day: date
    order: int = 0
    words: tuple[str, ...] = ()
    parts: tuple[Part, ...] = ()
    goal_uid: str = ""


class Store:
    """Stands in for the database: the section passes it through to rows and insert."""

    def __init__(self) -> None:
        self.steps: list[Step] = []


def section(**extra: Any) -> RecordSection[Step]:
    return RecordSection(
        name="plan_steps",
        record=Step,
        fields=(
            Text("text", required=True),
            Day("day"),
            Int("order", default=0, low=0, high=99),
            Strings("words"),
            Items("parts", Part, (Text("name"), Flag("done"))),
            Text("goal_uid"),
        ),
        rows=lambda store: list(store.steps),
        insert=lambda store, step: store.steps.append(step),
        **extra,
    )


def item(uid: str = "u1", **values: Any) -> dict[str, Any]:
    return {"uid": uid, "text": "walk", "day": "2025-01-02"} | values


def run(sec: RecordSection[Step], store: Store, data: Any) -> ImportReport:
    report = ImportReport()
    sec.import_(store, data, report)  # type: ignore[arg-type]
    return report


def test_round_trip_writes_uid_first_then_the_fields_in_order():
    store = Store()
    step = Step(1, "u1", "walk", date(2025, 1, 2), 3, ("a",), (Part("x", True),), "g")
    store.steps.append(step)
    (exported,) = json.loads(json.dumps(section().export(store)))  # type: ignore[arg-type]
    assert list(exported) == ["uid", "text", "day", "order", "words", "parts", "goal_uid"]
    assert exported["parts"] == [{"name": "x", "done": True}]
    other = Store()
    report = run(section(), other, [exported])
    assert report.added["plan_steps"] == 1
    assert other.steps == [
        Step(None, "u1", "walk", date(2025, 1, 2), 3, ("a",), (Part("x", True),), "g")
    ]


def test_importing_twice_adds_nothing_and_counts_what_it_skipped():
    store = Store()
    run(section(), store, [item("a"), item("b")])
    again = run(section(), store, [item("a"), item("b"), item("a")])
    assert (again.added["plan_steps"], again.skipped["plan_steps"]) == (0, 3)
    assert [s.uid for s in store.steps] == ["a", "b"]


@pytest.mark.parametrize(
    ("bad", "words"),
    [
        ({"text": 5}, "plan_steps item 2: 'text' should be text"),
        ({"text": None}, "plan_steps item 2 has no 'text'"),
        ({"day": "2025-02-30"}, "'day' is not a date"),
        ({"order": 100}, "'order' is out of range"),
        ({"order": True}, "'order' should be a whole number"),
        ({"words": ["a", 1]}, "'words' should be a list of text"),
        ({"words": ["\ud800"]}, "'words' is not valid text"),
        ({"parts": [{"name": "p", "done": "yes"}]}, "'done' should be true or false"),
        ({"parts": ["p"]}, "'parts' item 1 is not an object"),
        ({"uid": 7}, "'uid' should be text"),
    ],
)
def test_a_bad_value_is_refused_naming_the_record_and_the_field(bad, words):
    with pytest.raises(ImportFileError) as info:
        run(section(), Store(), [item("ok"), item("b") | bad])
    assert words in str(info.value)
    assert info.value.where == "plan_steps[1]"


def test_not_a_list_or_not_an_object():
    with pytest.raises(ImportFileError, match="should be a list"):
        run(section(), Store(), {"uid": "x"})
    with pytest.raises(ImportFileError, match="item 1 is not an object"):
        run(section(), Store(), ["x"])


def test_the_tables_own_rule_refuses_with_its_message():
    sec = section(check=lambda s: "a walk needs a day off" if s.text == "walk" else None)
    with pytest.raises(ImportFileError, match="item 1: a walk needs a day off"):
        run(sec, Store(), [item()])


def test_another_identity_leaves_a_record_out_with_a_note():
    sec = section(
        matches=(
            Match(
                lambda s: s.day,
                lambda store: {s.day for s in store.steps},
                note=lambda s: f"kept the step of {s.day}",
            ),
        )
    )
    store = Store()
    report = run(sec, store, [item("a"), item("b"), item("c", day="2025-01-03")])
    assert [s.uid for s in store.steps] == ["a", "c"]
    assert report.notes == ["kept the step of 2025-01-02"]


def test_a_record_whose_parent_is_missing_is_refused():
    goals = {"g1"}
    sec = section(parents=(Parent(lambda s: s.goal_uid, lambda store: goals, "its goal is gone"),))
    run(sec, Store(), [item(goal_uid="g1")])
    with pytest.raises(ImportFileError, match="item 1: its goal is gone"):
        run(sec, Store(), [item(goal_uid="g2")])


def test_insert_many_adds_the_new_records_together_at_the_end():
    store = Store()
    batches: list[list[str]] = []

    def insert_many(store: Store, steps: list[Step]) -> None:
        batches.append([s.uid for s in steps])
        store.steps.extend(steps)

    sec = section(insert_many=insert_many)
    sec = RecordSection(**{**sec.__dict__, "insert": lambda *_a: pytest.fail("one by one")})
    report = run(sec, store, [item("a"), item("b"), item("a"), item("c")])
    assert batches == [["a", "b", "c"]]  # once, without the repeat
    assert report.added["plan_steps"] == 3
    assert report.skipped["plan_steps"] == 1
    again = run(sec, store, [item("a"), item("c")])
    assert batches == [["a", "b", "c"]]  # nothing new: not called
    assert again.skipped["plan_steps"] == 2


def test_insert_many_cannot_be_used_where_each_record_is_checked_against_the_last():
    with pytest.raises(ValueError, match="clash"):
        section(insert_many=lambda *_a: None, clash=lambda *_a: None)
