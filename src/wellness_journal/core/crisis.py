"""Default crisis and peer-support lines (United States).

Source: shared FACTS.md (988 Lifeline, Copline, Crisis Text Line). Only verified lines are listed;
every entry is stored in the vault and can be edited or removed by the user. Re-check before
each release.
"""

from __future__ import annotations

from wellness_journal.core.models import ContactKind, SupportContact

COPLINE_NOTE = (
    "For current and retired officers and their families. Independent: not connected to any agency."
)

DEFAULT_CRISIS_LINES: tuple[SupportContact, ...] = (
    SupportContact(
        id=None,
        uid="default-988",
        kind=ContactKind.CRISIS,
        name="988 Suicide & Crisis Lifeline",
        role="24/7, free and confidential",
        phone="988",
        text="Text 988",
        note="Veterans: call 988 and press 1, or text 838255.",
        sort_order=0,
    ),
    SupportContact(
        id=None,
        uid="default-copline",
        kind=ContactKind.CRISIS,
        name="Copline",
        role="Answered by retired officers, 24/7",
        phone="1-800-267-5463",
        text="",
        note=COPLINE_NOTE,
        sort_order=1,
    ),
    SupportContact(
        id=None,
        uid="default-crisis-text-line",
        kind=ContactKind.CRISIS,
        name="Crisis Text Line",
        role="24/7 by text message",
        phone="",
        text="Text HOME to 741741",
        note="",
        sort_order=2,
    ),
)


def is_shipped_line(contact: SupportContact) -> bool:
    """True for a default line exactly as it came with the app (not edited by the person): only
    these are said to be free, confidential and open day and night."""
    fields = ("kind", "name", "role", "phone", "text", "note")
    return any(
        contact.uid == line.uid and all(getattr(contact, f) == getattr(line, f) for f in fields)
        for line in DEFAULT_CRISIS_LINES
    )
