"""Error kinds shared by every layer.

Errors carry a machine-readable ``kind`` and a technical ``detail``; the words a person reads
live in ``services/messages.py`` so the GUI and the command line say the same thing.
"""

from __future__ import annotations

from enum import Enum


class ErrorKind(str, Enum):
    WRONG_SECRET = "wrong_secret"  # passphrase or recovery key does not open the vault
    BAD_RECOVERY_KEY = "bad_recovery_key"  # not the shape of a recovery key (typo)
    DAMAGED = "damaged"  # a file is damaged or not a vault
    MISSING_DATABASE = "missing_database"  # key file present, database missing or empty
    MISSING_KEYFILE = "missing_keyfile"  # database present, key file missing
    NO_VAULT = "no_vault"  # nothing set up in this folder yet
    ALREADY_EXISTS = "already_exists"  # refusing to create over an existing vault
    IN_USE = "in_use"  # another process holds the vault
    DISK_FULL = "disk_full"
    PERMISSION = "permission"
    THROTTLED = "throttled"  # too many wrong tries; wait
    BAD_PASSPHRASE = "bad_passphrase"  # empty or unusable new passphrase
    BAD_IMPORT = "bad_import"  # an import file that is not what it claims
    BAD_BACKUP = "bad_backup"  # not a backup file, or a damaged one
    BACKUP_TOO_NEW = "backup_too_new"  # a backup made by a newer version of the app
    INSIDE_DATA_FOLDER = "inside_data_folder"  # an export or backup aimed into the journal's folder
    PLACE_TAKEN = "place_taken"  # a file is already where an export or backup would go
    TOO_NEW = "too_new"  # the journal's key file was written by a newer version of the app
    IO = "io"  # any other file-system problem
    IN_FUTURE = "in_future"  # a check-in, stress entry or incident dated after now


class WellnessError(Exception):
    """Base for every error the app expects and explains."""

    def __init__(self, kind: ErrorKind, detail: str = "", *, wait_seconds: float = 0.0) -> None:
        super().__init__(detail or kind.value)
        self.kind = kind
        self.detail = detail
        self.wait_seconds = wait_seconds

    def __repr__(self) -> str:
        return f"WellnessError({self.kind.value!r}, {self.detail!r})"


class VaultError(WellnessError):
    """Opening, creating or writing the vault failed."""


class ImportFileError(WellnessError):
    """An import file cannot be read; nothing was imported."""

    def __init__(self, detail: str, *, where: str = "") -> None:
        super().__init__(ErrorKind.BAD_IMPORT, detail)
        self.where = where
