"""Domain values shared across features."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class ContactKind(str, Enum):
    CRISIS = "crisis"  # a crisis or support line
    PERSONAL = "personal"  # someone the user chose


PERSONAL_ROLES = ("peer supporter", "counselor", "chaplain", "family", "friend", "other")


@dataclass(frozen=True)
class SupportContact:
    id: int | None
    uid: str
    kind: ContactKind
    name: str
    role: str = ""
    phone: str = ""
    text: str = ""  # how to reach by text message, e.g. "text HOME to 741741"
    note: str = ""
    sort_order: int = 0


@dataclass(frozen=True)
class Changes:
    """What a service call touched, so each page refreshes only what it shows."""

    topics: frozenset[str]

    @staticmethod
    def of(*topics: str) -> Changes:
        return Changes(frozenset(topics))

    def touches(self, *topics: str) -> bool:
        return bool(self.topics.intersection(topics))

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.topics | other.topics)


NOTHING = Changes(frozenset())
