"""A personal safety plan (Stanley & Brown 2012): six steps and one's reasons for living.

Everything in it is the person's own words, one line an item; nothing is required and it is
never a contract. Items of "people I can ask for help" and "professionals and crisis lines" may
name one of the support contacts (by uid) they were picked from; the text stays as written.
Source: shared FACTS.md, "Safety plan".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from enum import Enum


class PlanSection(str, Enum):
    """The steps in the order they are tried, then the reasons for living."""

    WARNING_SIGNS = "warning_signs"
    COPING_ALONE = "coping_alone"
    DISTRACTIONS = "distractions"
    PEOPLE = "people"
    PROFESSIONALS = "professionals"
    SAFER_SURROUNDINGS = "safer_surroundings"
    REASONS_FOR_LIVING = "reasons_for_living"

    @property
    def links_contacts(self) -> bool:
        return self in (PlanSection.PEOPLE, PlanSection.PROFESSIONALS)

    @property
    def contacts_key(self) -> str:
        """The record's attribute (and JSON key) holding the contact uids of a linked section."""
        return f"{self.value}_contact_uids"


MAX_ITEM = 100_000  # characters in one item, as for any free text


@dataclass(frozen=True)
class PlanItem:
    text: str
    contact_uid: str = ""  # the support contact it was picked from, or ""


@dataclass(frozen=True)
class SafetyPlan:
    """One plan a journal. Each section is a tuple of lines; ``*_contact_uids`` run beside
    ``people`` and ``professionals`` (a uid or "" for each line)."""

    uid: str
    updated_at: datetime
    warning_signs: tuple[str, ...] = ()
    coping_alone: tuple[str, ...] = ()
    distractions: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    professionals: tuple[str, ...] = ()
    safer_surroundings: tuple[str, ...] = ()
    reasons_for_living: tuple[str, ...] = ()
    people_contact_uids: tuple[str, ...] = ()
    professionals_contact_uids: tuple[str, ...] = ()

    def texts(self, section: PlanSection) -> tuple[str, ...]:
        value: tuple[str, ...] = getattr(self, section.value)
        return value

    def items(self, section: PlanSection) -> tuple[PlanItem, ...]:
        texts = self.texts(section)
        uids: tuple[str, ...] = (
            getattr(self, section.contacts_key) if section.links_contacts else ()
        )
        return tuple(
            PlanItem(text, uids[i] if i < len(uids) else "") for i, text in enumerate(texts)
        )

    def all_items(self) -> dict[PlanSection, tuple[PlanItem, ...]]:
        return {s: self.items(s) for s in PlanSection}

    @property
    def is_empty(self) -> bool:
        return not any(self.texts(s) for s in PlanSection)

    def with_items(self, section: PlanSection, items: Sequence[PlanItem]) -> SafetyPlan:
        changes: dict[str, tuple[str, ...]] = {section.value: tuple(i.text for i in items)}
        if section.links_contacts:
            changes[section.contacts_key] = tuple(i.contact_uid for i in items)
        return replace(self, **changes)  # type: ignore[arg-type]


def build(
    uid: str, updated_at: datetime, sections: Mapping[PlanSection, Iterable[PlanItem]]
) -> SafetyPlan:
    plan = SafetyPlan(uid=uid, updated_at=updated_at)
    for section, items in sections.items():
        plan = plan.with_items(section, list(items))
    return plan


def lines(text: str) -> tuple[str, ...]:
    """The items of a section typed one a line: each line trimmed, empty lines left out."""
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def problem(plan: SafetyPlan) -> str | None:
    """What makes ``plan`` unfit to store (from an import file), or None."""
    for section in PlanSection:
        texts = plan.texts(section)
        if any(len(t) > MAX_ITEM for t in texts):
            return f"an item of {section.value!r} is longer than {MAX_ITEM} characters"
        if any(len(t.splitlines()) > 1 for t in texts):
            return f"an item of {section.value!r} has a line break; give each line its own item"
        if section.links_contacts:
            uids = getattr(plan, section.contacts_key)
            if uids and len(uids) != len(texts):
                return f'{section.contacts_key!r} should have one uid (or "") per item'
    return None


def merge(
    base: SafetyPlan, incoming: SafetyPlan, contacts: Iterable[str]
) -> tuple[SafetyPlan, int]:
    """``base`` with every item of ``incoming`` it does not have yet added at the end of its
    section (blank items left out); a contact uid is kept only when that contact is in
    ``contacts``. Returns the plan and how many items were added: merging again adds none."""
    known = set(contacts)
    plan, added = base, 0
    for section in PlanSection:
        items = list(plan.items(section))
        present = {i.text.strip() for i in items}
        for item in incoming.items(section):
            key = item.text.strip()
            if not key or key in present:
                continue
            present.add(key)
            items.append(PlanItem(item.text, item.contact_uid if item.contact_uid in known else ""))
            added += 1
        plan = plan.with_items(section, items)
    if added:
        plan = replace(plan, updated_at=max(base.updated_at, incoming.updated_at))
    return plan, added
