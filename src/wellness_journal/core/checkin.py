"""The daily check-in: mood in five steps, stress and energy 0-10, the shift, a short note."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

MOOD_RANGE = (1, 5)  # 1 very low ... 5 very good
RATING_RANGE = (0, 10)  # stress and energy
DEFAULT_SHIFTS = ("day", "evening", "night", "off", "training", "court", "overtime")
MAX_LIST_ITEMS = 40
MAX_LIST_ITEM_LENGTH = 60


@dataclass(frozen=True)
class Checkin:
    id: int | None
    uid: str
    day: date
    mood: int | None = None
    stress: int | None = None
    energy: int | None = None
    shift: str = ""
    note: str = ""


def out_of_range(c: Checkin) -> list[str]:
    """The fields whose value is outside its scale ([] when all is well)."""
    bad = []
    for name, (low, high) in (
        ("mood", MOOD_RANGE),
        ("stress", RATING_RANGE),
        ("energy", RATING_RANGE),
    ):
        value = getattr(c, name)
        if value is not None and not low <= value <= high:
            bad.append(name)
    return bad


def is_blank(c: Checkin) -> bool:
    """Nothing rated, no shift, no note: there is nothing to keep."""
    return (
        c.mood is None
        and c.stress is None
        and c.energy is None
        and not c.shift.strip()
        and not c.note.strip()
    )


def clean_list(items: list[str]) -> list[str]:
    """An editable choice list as the user typed it: trimmed, no blanks, no repeats, bounded."""
    seen: set[str] = set()
    result = []
    for raw in items:
        item = " ".join(raw.split())[:MAX_LIST_ITEM_LENGTH]
        if item and item.casefold() not in seen:
            seen.add(item.casefold())
            result.append(item)
    return result[:MAX_LIST_ITEMS]
