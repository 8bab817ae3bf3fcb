"""The safety plan's rules (no Qt, no database): lines as typed, merging, what an import may hold;
and the regions' default crisis lines and emergency numbers (FACTS.md)."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from wellness_journal.core import crisis
from wellness_journal.core.safety_plan import (
    PlanItem,
    PlanSection,
    SafetyPlan,
    lines,
    merge,
    problem,
)

EARLY = datetime(2026, 1, 1, tzinfo=timezone.utc)
LATE = datetime(2026, 6, 1, tzinfo=timezone.utc)


def test_lines_are_trimmed_and_blank_lines_left_out():
    assert lines("  Walk the dog \n\n\tCall Sam\n   \n") == ("Walk the dog", "Call Sam")
    assert lines("") == ()


def test_items_carry_the_contact_they_were_picked_from():
    plan = SafetyPlan("p", EARLY).with_items(
        PlanSection.PEOPLE, [PlanItem("Sam: Call 555", "c-1"), PlanItem("My sister")]
    )
    assert plan.people == ("Sam: Call 555", "My sister")
    assert plan.people_contact_uids == ("c-1", "")
    assert plan.items(PlanSection.PEOPLE)[1] == PlanItem("My sister", "")
    # Sections without contacts carry none.
    plan = plan.with_items(PlanSection.WARNING_SIGNS, [PlanItem("No sleep", "c-1")])
    assert plan.items(PlanSection.WARNING_SIGNS) == (PlanItem("No sleep", ""),)
    assert not plan.is_empty
    assert SafetyPlan("p", EARLY).is_empty


def test_merge_adds_only_new_lines_at_the_end_and_is_idempotent():
    base = SafetyPlan("mine", EARLY, warning_signs=("No sleep",), people=("Sam",))
    incoming = SafetyPlan(
        "theirs",
        LATE,
        warning_signs=("No sleep", " No sleep ", "Snapping at home", ""),
        people=("Jen", "Jen"),
        people_contact_uids=("c-jen", "c-jen"),
        reasons_for_living=("My kids",),
    )
    merged, added = merge(base, incoming, contacts={"c-jen"})
    assert added == 3
    assert merged.uid == "mine"  # one plan a journal
    assert merged.warning_signs == ("No sleep", "Snapping at home")
    assert merged.items(PlanSection.PEOPLE) == (PlanItem("Sam"), PlanItem("Jen", "c-jen"))
    assert merged.reasons_for_living == ("My kids",)
    assert merged.updated_at == LATE
    again, added_again = merge(merged, incoming, contacts={"c-jen"})
    assert added_again == 0
    assert again == merged


def test_merge_drops_links_to_contacts_the_journal_does_not_have():
    incoming = SafetyPlan(
        "x", LATE, professionals=("Dr. Lee",), professionals_contact_uids=("gone",)
    )
    merged, _ = merge(SafetyPlan("mine", EARLY), incoming, contacts=set())
    assert merged.items(PlanSection.PROFESSIONALS) == (PlanItem("Dr. Lee", ""),)


def test_merging_nothing_new_keeps_the_date():
    base = SafetyPlan("mine", EARLY, coping_alone=("Walk",))
    merged, added = merge(base, SafetyPlan("x", LATE, coping_alone=("Walk",)), contacts=())
    assert (merged, added) == (base, 0)


@pytest.mark.parametrize(
    ("plan", "words"),
    [
        (SafetyPlan("x", EARLY, people=("a", "b"), people_contact_uids=("u",)), "one uid"),
        (SafetyPlan("x", EARLY, distractions=("two\nlines",)), "line break"),
        (SafetyPlan("x", EARLY, distractions=("two\u2029paragraphs",)), "line break"),
        (SafetyPlan("x", EARLY, warning_signs=("x" * 100_001,)), "longer than"),
    ],
)
def test_what_an_import_may_not_hold(plan, words):
    assert words in (problem(plan) or "")


def test_a_plan_without_contact_uids_is_fine():
    assert problem(SafetyPlan("x", EARLY, people=("Sam",))) is None


# -- regions ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "emergency", "numbers"),
    [
        ("us", "911", ["988", "Text 988", "1-800-267-5463", "Text HOME to 741741"]),
        ("ca", "911", ["988", "Text 988"]),
        ("uk-ie", "999 or 112", ["116 123"]),
        ("au", "000", ["13 11 14", "Text 0477 13 11 14"]),
    ],
)
def test_each_region_has_its_verified_lines_and_emergency_number(code, emergency, numbers):
    region = crisis.region(code)
    assert region.code == code
    assert region.emergency == emergency
    found = [value for line in region.lines for value in (line.phone, line.text) if value]
    assert found == numbers
    assert all(line.uid.startswith("default-") for line in region.lines)


def test_uids_of_default_lines_are_unique_across_regions():
    uids = [line.uid for r in crisis.REGIONS for line in r.lines]
    assert len(uids) == len(set(uids))


def test_new_journals_keep_the_us_defaults_they_always_had():
    # Migration 0001 seeds these; it must never change.
    assert crisis.region("us").lines == crisis.DEFAULT_CRISIS_LINES
    assert [c.uid for c in crisis.DEFAULT_CRISIS_LINES] == [
        "default-988",
        "default-copline",
        "default-crisis-text-line",
    ]


@pytest.mark.parametrize(
    ("locale", "code"),
    [
        ("en_US", "us"),
        ("en_CA", "ca"),
        ("fr_CA", "ca"),
        ("fr-CA", "ca"),
        ("en_GB.UTF-8", "uk-ie"),
        ("ga_IE", "uk-ie"),
        ("en_AU", "au"),
        ("de_DE", "us"),
        ("C", "us"),
        ("", "us"),
    ],
)
def test_the_region_from_the_locale(locale, code):
    assert crisis.region_for_locale(locale) == code


def test_an_unknown_region_is_the_united_states():
    assert crisis.region("mars").code == "us"
    assert crisis.region(None).code == "us"


def test_an_edited_default_line_is_the_users_own():
    line = crisis.region("uk-ie").lines[0]
    assert crisis.is_unchanged_default(line)
    from dataclasses import replace

    assert not crisis.is_unchanged_default(replace(line, note="my own words"))
