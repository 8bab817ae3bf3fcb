"""When the app offers the "support now" panel: a calm word, the person's own people and safety
plan, the crisis lines and the emergency number. Offered when things look bad, never as an alarm,
and at most once a day for each reason (the service remembers the day, in the vault).

- a stress entry of 9 or 10 (out of 10);
- a check-in after a critical incident with high answers, at any step (``incidents.is_high``);
- "Maybe" or "Yes" to "Would talking to someone help?" on such a check-in (the panel then shows
  the person's contacts first);
- a self-check answer that asks for it (PHQ-9 item 9 above 0; added with the self-checks).
"""

from __future__ import annotations

from enum import Enum

from wellness_journal.core.incidents import FollowUp, is_high
from wellness_journal.core.stress import StressEntry

HIGH_STRESS = 9  # a stress entry at or above this offers the panel


class Reason(str, Enum):
    STRESS_HIGH = "stress_high"
    FOLLOW_UP_HIGH = "follow_up_high"
    FOLLOW_UP_TALK = "follow_up_talk"
    SELF_CHECK = "self_check"


def stress_reason(entry: StressEntry) -> Reason | None:
    return Reason.STRESS_HIGH if entry.suds >= HIGH_STRESS else None


def follow_up_reasons(f: FollowUp) -> list[Reason]:
    """The reasons a check-in gives, the one to try first first: asked-for talk, then high
    answers (when the panel was shown for talk today already, high answers may still show it)."""
    reasons = []
    if f.talk in ("yes", "maybe"):
        reasons.append(Reason.FOLLOW_UP_TALK)
    if is_high(f):
        reasons.append(Reason.FOLLOW_UP_HIGH)
    return reasons
