"""The safety plan: read it, save it as it is typed, and what the support panel shows of it."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import datetime

from wellness_journal.core.clock import local_now
from wellness_journal.core.models import NOTHING, Changes
from wellness_journal.core.safety_plan import PlanItem, PlanSection, SafetyPlan
from wellness_journal.storage.connection import Database
from wellness_journal.storage.repositories import safety_plan as repo

TOPIC = "safety_plan"

Now = Callable[[], datetime]


class SafetyPlanService:
    def __init__(self, db: Database, now: Now = local_now) -> None:
        self._db = db
        self._now = now

    def get(self) -> SafetyPlan | None:
        """The plan, or None when none was ever started."""
        return repo.get(self._db)

    def exists(self) -> bool:
        """True when the plan has at least one line in it."""
        plan = self.get()
        return plan is not None and not plan.is_empty

    def steps(self) -> list[tuple[PlanSection, tuple[str, ...]]]:
        """The sections that have lines, in order, with their lines (for the support panel and
        the pocket card). Empty when there is no plan."""
        plan = self.get()
        if plan is None:
            return []
        return [(s, plan.texts(s)) for s in PlanSection if plan.texts(s)]

    def save(self, sections: Mapping[PlanSection, Sequence[PlanItem]]) -> Changes:
        """Store the given sections (the others stay as they are). Nothing is written, and
        nothing announced, when nothing changed. Raises VaultError when it cannot save."""
        with self._db.transaction():
            current = repo.get(self._db)
            base = current or SafetyPlan(uid=uuid.uuid4().hex, updated_at=self._now())
            plan = base
            for section, items in sections.items():
                plan = plan.with_items(section, [i for i in items if i.text.strip()])
            if current is not None and plan == current:
                return NOTHING
            if current is None and plan.is_empty:
                return NOTHING
            repo.write(self._db, replace(plan, updated_at=self._now()))
        return Changes.of(TOPIC)
