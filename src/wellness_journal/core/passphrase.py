"""Passphrase rules: normalisation, refusal of unusable ones, warnings for weak ones."""

from __future__ import annotations

import unicodedata
from enum import Enum

from wellness_journal.core.errors import ErrorKind, WellnessError

MIN_GOOD_LENGTH = 12
# The example the first-run screen gives. Anyone who has seen the app knows it, so it (in any
# order, any case) is refused.
EXAMPLE = "harbor lamp quiet Tuesday"

_COMMON = frozenset(
    {
        "password",
        "passw0rd",
        "password1",
        "letmein",
        "welcome",
        "iloveyou",
        "admin",
        "qwerty",
        "qwertyuiop",
        "asdfgh",
        "abc123",
        "monkey",
        "dragon",
        "football",
        "baseball",
        "sunshine",
        "princess",
        "trustno1",
        "police",
        "policeofficer",
        "sheriff",
        "deputy",
        "trooper",
        "badge",
        "backtheblue",
        "thinblueline",
        "bluelivesmatter",
        "copper",
        "officer",
        "detective",
        "sergeant",
        "lieutenant",
        "captain",
        "patrol",
        "precinct",
        "protectandserve",
        "changeme",
        "secret",
        "journal",
        "wellness",
        "wellnessjournal",
    }
)

_SEQUENCES = (
    "abcdefghijklmnopqrstuvwxyz" * 2,
    "qwertyuiopasdfghjklzxcvbnm" * 2,
    "0123456789" * 4,
)


class Weakness(str, Enum):
    SHORT = "short"
    COMMON = "common"
    REPEATED = "repeated"
    SEQUENCE = "sequence"
    ONLY_DIGITS = "only_digits"
    EXAMPLE = "example"  # the app's own example: refused, not only warned about


def normalize(passphrase: str) -> str:
    """NFC form, so the same passphrase typed on another keyboard or OS still unlocks."""
    return unicodedata.normalize("NFC", passphrase)


def encode(passphrase: str) -> bytes:
    """The bytes fed to the key derivation: NFC, UTF-8."""
    return normalize(passphrase).encode("utf-8")


def check_usable(passphrase: str) -> str:
    """Return the normalised passphrase, or raise when it cannot be used at all."""
    value = normalize(passphrase)
    if not value.strip():
        raise WellnessError(ErrorKind.BAD_PASSPHRASE, "empty or only spaces")
    return value


def weaknesses(passphrase: str) -> list[Weakness]:
    """Reasons a usable passphrase is weak; empty when it looks fine."""
    value = normalize(passphrase)
    found: list[Weakness] = []
    if len(value) < MIN_GOOD_LENGTH:
        found.append(Weakness.SHORT)
    simple = "".join(ch for ch in value.casefold() if ch.isalnum())
    stripped_digits = simple.rstrip("0123456789")
    if simple in _COMMON or stripped_digits in _COMMON:
        found.append(Weakness.COMMON)
    if simple and len(set(simple)) <= 2 and len(simple) >= 3:
        found.append(Weakness.REPEATED)
    if len(simple) >= 4 and any(simple in seq or simple in seq[::-1] for seq in _SEQUENCES):
        found.append(Weakness.SEQUENCE)
    if simple.isdigit():
        found.append(Weakness.ONLY_DIGITS)
    if is_example(value):
        found.append(Weakness.EXAMPLE)
    return found


def _words(text: str) -> list[str]:
    cleaned = "".join(ch if ch.isalnum() else " " for ch in text.casefold())
    return sorted(cleaned.split())


def is_example(passphrase: str) -> bool:
    """The app's example passphrase, its words in any order and any case."""
    return _words(normalize(passphrase)) == _words(EXAMPLE)
