"""Demo data: believable, generated, about nobody real. Each feature adds a generator here."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date

from wellness_journal.core.models import ContactKind, SupportContact
from wellness_journal.storage.connection import Database
from wellness_journal.storage.repositories import contacts as contacts_repo

DEMO_PASSPHRASE = "demo"

Generator = Callable[[Database, random.Random, date], None]


def _contacts(db: Database, rng: random.Random, today: date) -> None:
    people = [
        ("Sam R.", "peer supporter", "555-0142", "Peer support team, days and evenings."),
        ("Dr. Morgan Lee", "counselor", "555-0178", "Tuesdays 5 pm. Knows about shift work."),
        ("Pastor Jo", "chaplain", "555-0119", ""),
        ("Alex (partner)", "family", "555-0163", ""),
    ]
    for order, (name, role, phone, note) in enumerate(people):
        contacts_repo.insert(
            db,
            SupportContact(
                id=None,
                uid=f"demo-contact-{order}",
                kind=ContactKind.PERSONAL,
                name=name,
                role=role,
                phone=phone,
                note=note,
                sort_order=order,
            ),
        )


def generators() -> list[Generator]:
    """Every feature's generator, in order."""
    from wellness_journal.services import demo_coping, demo_selfchecks, demo_today
    from wellness_journal.services.demo_journal import generate as journal
    from wellness_journal.services.demo_plan import generate as safety_plan
    from wellness_journal.services.demo_plan_goals import generate as plan_goals

    return [
        _contacts,
        demo_today.generate,
        journal,
        demo_coping.generate,
        safety_plan,
        demo_selfchecks.generate,
        plan_goals,
    ]


def populate(db: Database, *, today: date, seed: int = 7) -> None:
    rng = random.Random(seed)
    with db.transaction():
        for generate in generators():
            generate(db, rng, today)
