"""Key slots: the vault's random data key, wrapped under keys derived from the user's secrets.

The data key (256 random bits) encrypts the database. It is stored only wrapped with AES-256-GCM,
once under a key derived from the passphrase and once under a key derived from the recovery key
(Argon2id, parameters kept per slot so they can be raised later). The key file is written
atomically and kept twice; the newest undamaged copy is used.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
from dataclasses import dataclass, replace
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from wellness_journal.core.errors import ErrorKind, VaultError
from wellness_journal.storage.fsutil import (
    FileRefused,
    atomic_write,
    classify_os_error,
    read_regular_file,
)

FORMAT = "wellness-journal-keyfile"
FORMAT_VERSION = 1
DATA_KEY_BYTES = 32
SALT_BYTES = 16
MAX_SALT_BYTES = 64
NONCE_BYTES = 12
TAG_BYTES = 16  # AES-GCM's authentication tag, after the wrapped key
MAX_KEYFILE_BYTES = 256 * 1024

PASSPHRASE = "passphrase"
RECOVERY = "recovery"
SLOT_KINDS = (PASSPHRASE, RECOVERY)


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. Stored with each slot, so older vaults keep opening after a change."""

    memory_kib: int
    iterations: int
    lanes: int

    @staticmethod
    def production() -> KdfParams:
        # About 0.4 s on a 2-core laptop of 2026; at least 64 MiB and 3 passes as required.
        return KdfParams(memory_kib=128 * 1024, iterations=3, lanes=4)

    @staticmethod
    def fast_for_tests() -> KdfParams:
        """Cheap parameters for tests and the throwaway demo vault only."""
        return KdfParams(memory_kib=64, iterations=1, lanes=1)

    def upgraded_to(self, target: KdfParams) -> KdfParams | None:
        """Parameters at least as costly as ``target`` in memory and passes, or None when these
        already are."""
        if self.memory_kib >= target.memory_kib and self.iterations >= target.iterations:
            return None
        return KdfParams(
            max(self.memory_kib, target.memory_kib),
            max(self.iterations, target.iterations),
            target.lanes,
        )

    def derive(self, secret: bytes, salt: bytes) -> bytes:
        kdf = Argon2id(
            salt=salt,
            length=DATA_KEY_BYTES,
            iterations=self.iterations,
            lanes=self.lanes,
            memory_cost=self.memory_kib,
        )
        return kdf.derive(secret)

    def to_json(self) -> dict[str, object]:
        return {
            "name": "argon2id",
            "memory_kib": self.memory_kib,
            "iterations": self.iterations,
            "lanes": self.lanes,
        }

    @staticmethod
    def from_json(data: dict[str, object]) -> KdfParams:
        if data.get("name") != "argon2id":
            raise ValueError("unknown KDF")
        params = KdfParams(
            memory_kib=_int(data["memory_kib"]),
            iterations=_int(data["iterations"]),
            lanes=_int(data["lanes"]),
        )
        if not (8 * params.lanes <= params.memory_kib <= 4 * 1024 * 1024):
            raise ValueError("KDF memory out of range")
        if not (1 <= params.iterations <= 100 and 1 <= params.lanes <= 64):
            raise ValueError("KDF cost out of range")
        return params


def _int(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError("expected an integer")
    return value


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value: object) -> bytes:
    if not isinstance(value, str):
        raise ValueError("expected base64 text")
    return base64.b64decode(value.encode("ascii"), validate=True)


@dataclass(frozen=True)
class KeySlot:
    kind: str
    params: KdfParams
    salt: bytes
    nonce: bytes
    wrapped: bytes

    def to_json(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "kdf": self.params.to_json(),
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "wrapped": _b64(self.wrapped),
        }

    @staticmethod
    def from_json(data: object) -> KeySlot:
        if not isinstance(data, dict) or data.get("kind") not in SLOT_KINDS:
            raise ValueError("bad slot")
        kdf = data.get("kdf")
        if not isinstance(kdf, dict):
            raise ValueError("bad kdf")
        slot = KeySlot(
            kind=str(data["kind"]),
            params=KdfParams.from_json(kdf),
            salt=_unb64(data.get("salt")),
            nonce=_unb64(data.get("nonce")),
            wrapped=_unb64(data.get("wrapped")),
        )
        # Argon2id and AES-GCM refuse other sizes with errors of their own: check them here.
        if not SALT_BYTES <= len(slot.salt) <= MAX_SALT_BYTES:
            raise ValueError("salt of the wrong size")
        if len(slot.nonce) != NONCE_BYTES:
            raise ValueError("nonce of the wrong size")
        if len(slot.wrapped) != DATA_KEY_BYTES + TAG_BYTES:
            raise ValueError("wrapped key of the wrong size")
        return slot


def _aad(vault_id: str, kind: str) -> bytes:
    return f"{FORMAT}/v{FORMAT_VERSION}/{vault_id}/{kind}".encode()


def make_slot(
    kind: str, secret: bytes, data_key: bytes, params: KdfParams, vault_id: str
) -> KeySlot:
    salt = secrets.token_bytes(SALT_BYTES)
    nonce = secrets.token_bytes(NONCE_BYTES)
    wrapping_key = params.derive(secret, salt)
    wrapped = AESGCM(wrapping_key).encrypt(nonce, data_key, _aad(vault_id, kind))
    return KeySlot(kind=kind, params=params, salt=salt, nonce=nonce, wrapped=wrapped)


def open_slot(slot: KeySlot, secret: bytes, vault_id: str) -> bytes:
    """Return the data key, or raise WRONG_SECRET."""
    wrapping_key = slot.params.derive(secret, slot.salt)
    try:
        data_key = AESGCM(wrapping_key).decrypt(slot.nonce, slot.wrapped, _aad(vault_id, slot.kind))
    except InvalidTag:
        raise VaultError(ErrorKind.WRONG_SECRET, f"{slot.kind} does not open this vault") from None
    if len(data_key) != DATA_KEY_BYTES:
        raise VaultError(ErrorKind.DAMAGED, "key slot holds a key of the wrong size")
    return data_key


def new_data_key() -> bytes:
    return secrets.token_bytes(DATA_KEY_BYTES)


@dataclass(frozen=True)
class KeyFile:
    vault_id: str
    generation: int
    slots: tuple[KeySlot, ...]

    def slot(self, kind: str) -> KeySlot:
        for slot in self.slots:
            if slot.kind == kind:
                return slot
        raise VaultError(ErrorKind.DAMAGED, f"key file has no {kind} slot")

    def with_slot(self, new: KeySlot) -> KeyFile:
        others = tuple(s for s in self.slots if s.kind != new.kind)
        ordered = tuple(sorted((*others, new), key=lambda s: SLOT_KINDS.index(s.kind)))
        return replace(self, generation=self.generation + 1, slots=ordered)

    def to_bytes(self) -> bytes:
        body = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "vault_id": self.vault_id,
            "generation": self.generation,
            "slots": [s.to_json() for s in self.slots],
        }
        checksum = hashlib.sha256(_canonical(body)).hexdigest()
        return json.dumps({**body, "checksum": checksum}, indent=1).encode("utf-8") + b"\n"

    @staticmethod
    def from_bytes(raw: bytes) -> KeyFile:
        data = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValueError("not a key file")
        version = data.get("version")
        if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
            raise KeyFileTooNew(f"key file version {version}")
        if version != FORMAT_VERSION:
            raise ValueError(f"unsupported key file version {version!r}")
        checksum = data.pop("checksum", None)
        if checksum != hashlib.sha256(_canonical(data)).hexdigest():
            raise ValueError("checksum mismatch")
        slots = data.get("slots")
        if not isinstance(slots, list):
            raise ValueError("no slots")
        parsed = tuple(KeySlot.from_json(s) for s in slots)
        if sorted(s.kind for s in parsed) != sorted(SLOT_KINDS):
            raise ValueError("slots missing or repeated")
        vault_id = data.get("vault_id")
        if not isinstance(vault_id, str) or not vault_id:
            raise ValueError("no vault id")
        return KeyFile(vault_id=vault_id, generation=_int(data.get("generation")), slots=parsed)


class KeyFileTooNew(ValueError):
    """A key file written by a newer version of the app (its format is not known here)."""


def _canonical(body: dict[str, object]) -> bytes:
    return json.dumps(body, sort_keys=True, separators=(",", ":")).encode("utf-8")


@dataclass(frozen=True)
class KeyFileRead:
    keyfile: KeyFile
    damaged: tuple[Path, ...]  # copies that could not be read (missing or damaged)
    stale: tuple[Path, ...] = ()  # readable copies older than the one used
    path: Path | None = None  # the copy ``keyfile`` was read from
    # The other well-formed copy when it has the same generation but other content: if the one
    # used does not open, it is tried before "wrong passphrase" is said.
    twin: tuple[KeyFile, Path] | None = None


def read_keyfile(primary: Path, copy: Path) -> KeyFileRead:
    """Read both copies and return the newest good one.

    Raises MISSING_KEYFILE when neither copy exists, DAMAGED when none can be read, TOO_NEW
    when a copy was written by a newer version of the app (an older app must not replace it).
    """
    good: list[tuple[KeyFile, Path]] = []
    bad: list[Path] = []
    present = 0
    for path in (primary, copy):
        try:
            raw = read_regular_file(path, MAX_KEYFILE_BYTES)
        except FileNotFoundError:
            bad.append(path)
            continue
        except FileRefused:  # a pipe, a device or a huge file where the key file should be
            present += 1
            bad.append(path)
            continue
        except OSError as exc:
            raise classify_os_error(exc, f"cannot read {path.name}") from exc
        present += 1
        try:
            good.append((KeyFile.from_bytes(raw), path))
        except KeyFileTooNew as exc:
            raise VaultError(ErrorKind.TOO_NEW, f"{path.name}: {exc}") from None
        except (ValueError, KeyError, UnicodeDecodeError, RecursionError):
            bad.append(path)
    if not good:
        if present == 0:
            raise VaultError(ErrorKind.MISSING_KEYFILE, "no key file")
        raise VaultError(ErrorKind.DAMAGED, "both copies of the key file are damaged")
    good.sort(key=lambda item: item[0].generation, reverse=True)
    best, best_path = good[0]
    stale = tuple(p for kf, p in good[1:] if kf != best)
    twin = next(
        (
            (kf, p)
            for kf, p in good[1:]
            if kf != best and kf.generation == best.generation and kf.vault_id == best.vault_id
        ),
        None,
    )
    return KeyFileRead(best, tuple(bad), stale, best_path, twin)


def write_keyfile(keyfile: KeyFile, primary: Path, copy: Path) -> None:
    """Write the primary copy, then the second; each step is atomic on its own."""
    raw = keyfile.to_bytes()
    atomic_write(primary, raw)
    atomic_write(copy, raw)


def keyfile_exists(primary: Path, copy: Path) -> bool:
    return primary.exists() or copy.exists()


def new_vault_id() -> str:
    return os.urandom(16).hex()
