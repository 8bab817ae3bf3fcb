"""Default crisis and peer-support lines, and the emergency number, for each region.

Source: shared FACTS.md ("Crisis and peer support" for the United States; "Crisis lines outside
the United States", verified 2026-12). Only verified lines are listed; every entry is stored in
the vault and can be edited or removed by the user: a region only sets the defaults. Re-check
before each release.
"""

from __future__ import annotations

from dataclasses import dataclass

from wellness_journal.core.models import ContactKind, SupportContact

COPLINE_NOTE = (
    "For current and retired officers and their families. Independent: not connected to any agency."
)


def _line(
    uid: str, order: int, name: str, role: str, phone: str, text: str = "", note: str = ""
) -> SupportContact:
    return SupportContact(
        id=None,
        uid=uid,
        kind=ContactKind.CRISIS,
        name=name,
        role=role,
        phone=phone,
        text=text,
        note=note,
        sort_order=order,
    )


US_LINES: tuple[SupportContact, ...] = (
    _line(
        "default-988",
        0,
        "988 Suicide & Crisis Lifeline",
        "24/7, free and confidential",
        "988",
        "Text 988",
        "Veterans: call 988 and press 1, or text 838255.",
    ),
    _line(
        "default-copline",
        1,
        "Copline",
        "Answered by retired officers, 24/7",
        "1-800-267-5463",
        "",
        COPLINE_NOTE,
    ),
    _line(
        "default-crisis-text-line",
        2,
        "Crisis Text Line",
        "24/7 by text message",
        "",
        "Text HOME to 741741",
    ),
)

# The defaults a new journal starts with (migration 0001 seeds them). Change them only together
# with a migration that does the same for the journals made before (m0002: Copline's note).
DEFAULT_CRISIS_LINES = US_LINES


@dataclass(frozen=True)
class Region:
    code: str
    emergency: str  # the number (or numbers) to call in immediate danger, as written in a sentence
    lines: tuple[SupportContact, ...]
    paper: str  # "letter" or "a4": the pocket card's page


REGIONS: tuple[Region, ...] = (
    Region("us", "911", US_LINES, "letter"),
    Region(
        "ca",
        "911",
        (
            _line(
                "default-ca-988",
                0,
                "9-8-8 Suicide Crisis Helpline",
                "24/7, in English and French",
                "988",
                "Text 988",
            ),
        ),
        "letter",
    ),
    Region(
        "uk-ie",
        "999 or 112",
        (_line("default-samaritans", 0, "Samaritans", "Free, 24/7", "116 123"),),
        "a4",
    ),
    Region(
        "au",
        "000",
        (
            _line(
                "default-au-lifeline",
                0,
                "Lifeline",
                "24/7",
                "13 11 14",
                "Text 0477 13 11 14",
            ),
        ),
        "a4",
    ),
)
DEFAULT_REGION = "us"

# Territories (ISO 3166 codes, as a locale names them) that use a region's lines.
_TERRITORIES = {"US": "us", "CA": "ca", "GB": "uk-ie", "IE": "uk-ie", "AU": "au"}


def region(code: str | None) -> Region:
    """The region with ``code``; the United States for anything unknown."""
    for r in REGIONS:
        if r.code == code:
            return r
    return REGIONS[0]


def region_for_locale(name: str) -> str:
    """The region code for a locale name such as ``en_GB`` or ``fr-CA`` (US when unknown)."""
    parts = name.replace("-", "_").split(".")[0].split("_")
    territory = parts[-1].upper() if len(parts) > 1 else ""
    return _TERRITORIES.get(territory, DEFAULT_REGION)


def default_line(uid: str) -> SupportContact | None:
    """The default line of any region with this uid."""
    for r in REGIONS:
        for line in r.lines:
            if line.uid == uid:
                return line
    return None


def is_unchanged_default(contact: SupportContact) -> bool:
    """True when ``contact`` is a default line exactly as shipped (the user has not edited it)."""
    line = default_line(contact.uid)
    if line is None:
        return False
    fields = ("kind", "name", "role", "phone", "text", "note")
    return all(getattr(contact, f) == getattr(line, f) for f in fields)
