"""Export/import section for self-checks.

Each record: ``uid``, ``instrument`` (PHQ-9, PHQ-2, GAD-7, PCL-5, AUDIT-C, WHO-5), ``taken_at``
(ISO-8601 with the offset it was taken in), ``answers`` (item scores in form order, null for a
skipped item), ``sex`` (AUDIT-C only: male, female or unspecified; null otherwise) and ``note``.
The export also writes ``total``, ``band`` and, for a PCL-5, ``clusters``, so another program
can read them; an import never reads them: it works them out again from the answers, and refuses
answers the form cannot have.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from wellness_journal.core.selfchecks import Answers, Instrument, SelfCheck, Sex, record_problems
from wellness_journal.services.exchange_fields import (
    Choice,
    Instant,
    JsonValue,
    OrNull,
    Place,
    Text,
)
from wellness_journal.services.record_section import RecordSection
from wellness_journal.storage.connection import Database
from wellness_journal.storage.repositories import selfchecks as repo

MAX_ANSWERS = 100  # far more than any form has: the table's own check says how many exactly


@dataclass(frozen=True)
class AnswerList:
    """A list of whole numbers or nulls."""

    key: str

    def load(self, item: Mapping[str, object], at: Place) -> Answers:
        value = item.get(self.key)
        if not isinstance(value, list) or len(value) > MAX_ANSWERS:
            raise at.fail(f"{self.key!r} should be a list of answers")
        for v in value:
            if v is not None and (isinstance(v, bool) or not isinstance(v, int)):
                raise at.fail(f"{self.key!r} should hold whole numbers or null")
        return tuple(value)

    def dump(self, value: Answers) -> JsonValue:
        return list(value)


def _check(check: SelfCheck) -> str | None:
    found = record_problems(check)
    return "; ".join(found) if found else None


def _insert(db: Database, check: SelfCheck) -> int:
    """An AUDIT-C without a sex counts as "prefer not to say"."""
    if check.instrument is Instrument.AUDITC and check.sex is None:
        check = replace(check, sex=Sex.UNSPECIFIED)
    return repo.insert(db, check)


def derived(check: SelfCheck) -> dict[str, JsonValue]:
    """The total, band and PCL-5 clusters, worked out from the answers (null when skipped)."""
    score = check.score()
    out: dict[str, JsonValue] = {
        "total": score.total,
        "band": None if score.band is None else score.band.value,
    }
    if check.instrument is Instrument.PCL5:
        out["clusters"] = (
            {c.cluster.key: c.total for c in score.clusters} if score.clusters else None
        )
    return out


SELF_CHECKS = RecordSection(
    name="self_checks",
    record=SelfCheck,
    fields=(
        Choice("instrument", Instrument),
        Instant("taken_at"),
        AnswerList("answers"),
        OrNull(Choice("sex", Sex)),  # null, or one of male, female, unspecified
        Text("note"),
    ),
    rows=repo.list_all,
    uids=repo.uids,
    insert=_insert,
    check=_check,
    derived=derived,
)
