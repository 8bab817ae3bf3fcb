"""The stress log: a SUDS rating (0 calm ... 10 the worst you can imagine) any time of day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

SUDS_RANGE = (0, 10)
DEFAULT_TRIGGERS = (
    "call for service",
    "use of force",
    "court",
    "supervisor or administration",
    "family",
    "fatigue",
    "other",
)
BODY_SIGNS = (
    "racing heart",
    "tight chest",
    "fast breathing",
    "tense muscles",
    "clenched jaw",
    "headache",
    "upset stomach",
    "sweating",
    "shaking",
    "restless",
    "exhausted",
)

# Signs that may be the heart, not stress: the form names the heart's warning signs first
# (FACTS.md, "Heart warning signs": police carry a higher cardiovascular risk).
HEART_SIGNS = frozenset({"racing heart", "tight chest"})


@dataclass(frozen=True)
class StressEntry:
    id: int | None
    uid: str
    at: datetime  # aware
    suds: int
    triggers: tuple[str, ...] = ()
    trigger_text: str = ""
    body_signs: tuple[str, ...] = ()
    helped: str = ""
    note: str = ""
    suds_after: int | None = None  # rated again, e.g. after an exercise


def out_of_range(e: StressEntry) -> list[str]:
    low, high = SUDS_RANGE
    bad = []
    if not low <= e.suds <= high:
        bad.append("suds")
    if e.suds_after is not None and not low <= e.suds_after <= high:
        bad.append("suds_after")
    if e.at.tzinfo is None or e.at.utcoffset() is None:
        bad.append("at")
    return bad


@dataclass(frozen=True)
class DaySummary:
    entries: int
    highest: int | None
    latest: StressEntry | None


def summarize(entries: list[StressEntry]) -> DaySummary:
    """``entries`` in time order."""
    if not entries:
        return DaySummary(0, None, None)
    return DaySummary(len(entries), max(e.suds for e in entries), entries[-1])
