"""Demo safety plan: a believable plan in an officer's own words, about nobody real."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta, timezone

from wellness_journal.core.crisis import US_LINES
from wellness_journal.core.safety_plan import PlanItem, PlanSection, SafetyPlan, build
from wellness_journal.services.plan_words import contact_line
from wellness_journal.storage.connection import Database
from wellness_journal.storage.repositories import safety_plan as repo

_PLAN: dict[PlanSection, tuple[tuple[str, str], ...]] = {
    PlanSection.WARNING_SIGNS: (
        ("Replaying the same call over and over at night", ""),
        ("Skipping the gym and sleeping badly for days", ""),
        ("Snapping at the kids over nothing", ""),
        ("Thinking everyone would be better off without me", ""),
    ),
    PlanSection.COPING_ALONE: (
        ("Tactical breathing in the truck before I go inside", ""),
        ("A long walk with the dog, phone left at home", ""),
        ("Hot shower, then write it down in the journal", ""),
    ),
    PlanSection.DISTRACTIONS: (
        ("Coffee at the diner on Main with Dave", ""),
        ("The gym at the community center", ""),
        ("Saturday in Mike's garage working on the truck", ""),
    ),
    PlanSection.PEOPLE: (
        ("Sam R.: Call 555-0142", "demo-contact-0"),
        ("Alex (partner): Call 555-0163", "demo-contact-3"),
        ("My sister Jen", ""),
    ),
    PlanSection.PROFESSIONALS: (
        ("Dr. Morgan Lee: Call 555-0178", "demo-contact-1"),
        *((contact_line(line), line.uid) for line in (US_LINES[1], US_LINES[0])),  # Copline, 988
    ),
    PlanSection.SAFER_SURROUNDINGS: (
        ("My personal handgun stays at my brother's place for a while", ""),
        ("Duty weapon: locked at the station, as our policy says", ""),
        ("Alex keeps the sleep medication; no whiskey in the house for now", ""),
    ),
    PlanSection.REASONS_FOR_LIVING: (
        ("My kids, Maya and Leo", ""),
        ("Fishing at the lake with my dad", ""),
        ("The rookies I am training", ""),
    ),
}


def plan(today: date) -> SafetyPlan:
    written = datetime.combine(today - timedelta(days=12), time(21, 40), tzinfo=timezone.utc)
    return build(
        "demo-safety-plan",
        written,
        {s: [PlanItem(text, uid) for text, uid in items] for s, items in _PLAN.items()},
    )


def generate(db: Database, rng: random.Random, today: date) -> None:
    repo.write(db, plan(today))
