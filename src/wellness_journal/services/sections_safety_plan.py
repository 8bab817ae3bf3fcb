"""The export/import section of the safety plan: a list holding the one plan.

The record is read and checked by a ``RecordSection`` (``uid``, ``updated_at``, and each section a
list of text; ``people_contact_uids`` and ``professionals_contact_uids`` beside ``people`` and
``professionals``). Importing merges item by item instead of adding records: every line the
journal's plan does not have yet joins the end of its section, so importing twice adds nothing.
A line that names a contact keeps the link only when that contact is in the journal.
"""

from __future__ import annotations

from wellness_journal.core import safety_plan as rules
from wellness_journal.core.errors import ImportFileError
from wellness_journal.core.safety_plan import PlanSection, SafetyPlan
from wellness_journal.services.exchange import ImportReport
from wellness_journal.services.exchange_fields import Instant, JsonValue, Strings
from wellness_journal.services.record_section import RecordSection
from wellness_journal.storage.connection import Database
from wellness_journal.storage.repositories import contacts as contacts_repo
from wellness_journal.storage.repositories import safety_plan as repo


def _as_written(values: list[str]) -> tuple[str, ...]:
    return tuple(values)


def _rows(db: Database) -> list[SafetyPlan]:
    plan = repo.get(db)
    return [] if plan is None else [_full(plan)]


def _full(plan: SafetyPlan) -> SafetyPlan:
    """The plan with a contact uid (or "") for every linked line, as the file carries it."""
    for section in PlanSection:
        if section.links_contacts:
            plan = plan.with_items(section, plan.items(section))
    return plan


RECORD = RecordSection(
    name="safety_plan",
    record=SafetyPlan,
    fields=(
        Instant("updated_at", utc=True),
        *(Strings(s.value, clean=_as_written) for s in PlanSection),
        *(Strings(s.contacts_key, clean=_as_written) for s in PlanSection if s.links_contacts),
    ),
    rows=_rows,
    insert=repo.write,
    uids=repo.uids,
    check=rules.problem,
)


class SafetyPlanSection:
    name = RECORD.name

    def export(self, db: Database) -> JsonValue:
        return RECORD.export(db)

    def import_(self, db: Database, data: object, report: ImportReport) -> None:
        if not isinstance(data, list):
            raise ImportFileError(f"section {self.name!r} should be a list", where=self.name)
        incoming = [RECORD.load(raw, index) for index, raw in enumerate(data)]
        plan = repo.get(db)
        contacts = contacts_repo.uids(db)
        added = offered = 0
        for record in incoming:
            offered += sum(len(record.texts(s)) for s in PlanSection)
            base = plan or SafetyPlan(uid=record.uid, updated_at=record.updated_at)
            merged, count = rules.merge(base, record, contacts)
            if count:
                repo.write(db, merged)
                plan, added = merged, added + count
        report.count(self.name, added=added, skipped=offered - added)
