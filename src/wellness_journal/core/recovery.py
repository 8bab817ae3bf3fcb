"""Recovery keys: 160 random bits shown as nine groups of four characters.

Crockford base32 (no I, L, O, U) so that it reads aloud and types without confusion; the last
group is a checksum so a typo is told apart from a key that belongs to another vault.
"""

from __future__ import annotations

import hashlib
import secrets

from wellness_journal.core.errors import ErrorKind, WellnessError

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_DECODE = {ch: i for i, ch in enumerate(ALPHABET)}
_DECODE.update({"O": 0, "I": 1, "L": 1})
KEY_BYTES = 20  # 160 bits
GROUP = 4
DATA_CHARS = 32  # 160 bits / 5 bits per character
CHECK_CHARS = 4


def _b32(data: bytes) -> str:
    number = int.from_bytes(data, "big")
    chars = []
    for _ in range(len(data) * 8 // 5):
        chars.append(ALPHABET[number & 31])
        number >>= 5
    return "".join(reversed(chars))


def _check(data_chars: str) -> str:
    digest = hashlib.sha256(data_chars.encode("ascii")).digest()
    return _b32(digest[:5])[:CHECK_CHARS]


def generate() -> str:
    """A fresh recovery key in its display form."""
    data = _b32(secrets.token_bytes(KEY_BYTES))
    return format_key(data + _check(data))


def format_key(chars: str) -> str:
    return "-".join(chars[i : i + GROUP] for i in range(0, len(chars), GROUP))


def groups(key: str) -> list[str]:
    return format_key(canonical(key)).split("-")


def canonical(key: str) -> str:
    """Validate a typed recovery key and return its 36 canonical characters.

    Spaces, dashes and case are ignored; O, I and L are read as 0, 1 and 1.
    """
    cleaned = "".join(ch for ch in key.upper() if not ch.isspace() and ch not in "-_")
    translated = []
    for ch in cleaned:
        if ch not in _DECODE:
            raise WellnessError(ErrorKind.BAD_RECOVERY_KEY, f"unexpected character {ch!r}")
        translated.append(ALPHABET[_DECODE[ch]])
    value = "".join(translated)
    if len(value) != DATA_CHARS + CHECK_CHARS:
        raise WellnessError(
            ErrorKind.BAD_RECOVERY_KEY,
            f"{len(value)} characters, expected {DATA_CHARS + CHECK_CHARS}",
        )
    data, check = value[:DATA_CHARS], value[DATA_CHARS:]
    if _check(data) != check:
        raise WellnessError(ErrorKind.BAD_RECOVERY_KEY, "checksum does not match")
    return value


def secret_bytes(key: str) -> bytes:
    """The bytes fed to the key derivation for a recovery key."""
    return canonical(key).encode("ascii")


def looks_like_recovery_key(text: str) -> bool:
    try:
        canonical(text)
    except WellnessError:
        return False
    return True
