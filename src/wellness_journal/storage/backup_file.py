"""The backup file format: a ZIP archive (stored, not compressed: the content is encrypted)
with three members.

  manifest.json  format and version, when it was made, the vault id, the migrations applied,
                 the size and SHA-256 of the two other members, and a keyed fingerprint of the
                 content (HMAC-SHA256 under a key derived from the data key; it says nothing
                 without the key and tells whether anything changed since this backup)
  vault.keys     the key file: the data key wrapped under the passphrase and the recovery key
  vault.db       a consistent copy of the SQLCipher database, encrypted under the same data key

Reading checks everything that can be checked without the key; a damaged or hostile file gives
a BAD_BACKUP error and nothing else.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import secrets
import zipfile
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import IO, Any

from wellness_journal.core.errors import ErrorKind, VaultError
from wellness_journal.storage.fsutil import classify_os_error, fsync_dir, is_regular_file
from wellness_journal.storage.keyslots import KeyFile

FORMAT = "wellness-journal-backup"
FORMAT_VERSION = 1
SUFFIX = ".wjbackup"
MANIFEST, KEYS, DATABASE = "manifest.json", "vault.keys", "vault.db"
MAX_MANIFEST_BYTES = 64 * 1024
MAX_KEYS_BYTES = 256 * 1024
PLAINTEXT_HEADER = b"SQLite format 3\x00"
_CHUNK = 1024 * 1024
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # no timestamps in the archive beyond the manifest's
_O_BINARY = getattr(os, "O_BINARY", 0)


@dataclass(frozen=True)
class Manifest:
    created_at: datetime  # aware, UTC
    kind: str  # "auto" or "manual"
    vault_id: str
    migrations: tuple[str, ...]
    database_bytes: int
    database_sha256: str
    keyfile_sha256: str
    content_mac: str
    app_version: str

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "app_version": self.app_version,
            "created_at": self.created_at.isoformat(timespec="seconds"),
            "kind": self.kind,
            "vault_id": self.vault_id,
            "migrations": list(self.migrations),
            "database": {"bytes": self.database_bytes, "sha256": self.database_sha256},
            "keyfile": {"sha256": self.keyfile_sha256},
            "content_mac": self.content_mac,
        }

    @staticmethod
    def from_json(data: Any) -> Manifest:
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValueError("not a backup manifest")
        version = data.get("version")
        if not isinstance(version, int) or isinstance(version, bool):
            raise ValueError("no version")
        if version > FORMAT_VERSION:
            raise VaultError(ErrorKind.BACKUP_TOO_NEW, f"backup format {version}")
        created = datetime.fromisoformat(_text(data.get("created_at")))
        if created.tzinfo is None:
            raise ValueError("created_at without a time zone")
        database, keyfile = data.get("database"), data.get("keyfile")
        migrations = data.get("migrations")
        if not isinstance(database, dict) or not isinstance(keyfile, dict):
            raise ValueError("members missing")
        if not isinstance(migrations, list) or not all(isinstance(m, str) for m in migrations):
            raise ValueError("bad migrations")
        size = database.get("bytes")
        if not isinstance(size, int) or isinstance(size, bool) or size <= 0:
            raise ValueError("bad database size")
        return Manifest(
            created_at=created.astimezone(timezone.utc),
            kind=_text(data.get("kind")),
            vault_id=_text(data.get("vault_id")),
            migrations=tuple(migrations),
            database_bytes=size,
            database_sha256=_hex(database.get("sha256")),
            keyfile_sha256=_hex(keyfile.get("sha256")),
            content_mac=_hex(data.get("content_mac")),
            app_version=_text(data.get("app_version")),
        )


def _text(value: Any) -> str:
    if not isinstance(value, str) or not value:
        raise ValueError("expected text")
    return value


def _hex(value: Any) -> str:
    if not isinstance(value, str) or not re.fullmatch(r"[0-9a-f]{64}", value):
        raise ValueError("expected a SHA-256 in hex")
    return value


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    manifest: Manifest
    size: int


def bad_backup(path: Path, why: str) -> VaultError:
    return VaultError(ErrorKind.BAD_BACKUP, f"{path.name}: {why}")


# -- writing ------------------------------------------------------------------------------------


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _member(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
    info.compress_type = zipfile.ZIP_STORED
    info.external_attr = (0o100600 & 0xFFFF) << 16
    return info


def temp_name(out: Path) -> Path:
    """A temp file next to ``out`` (same folder, so the final rename is atomic)."""
    return out.with_name(f".{out.name}.{secrets.token_hex(4)}.tmp")


def pack(tmp: Path, manifest: Manifest, keys_raw: bytes, db_file: Path) -> None:
    """Write the archive to the new file ``tmp`` (mode 0600) and fsync it."""
    try:
        fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY | _O_BINARY, 0o600)
        with os.fdopen(fd, "wb") as fh:
            with zipfile.ZipFile(fh, "w", zipfile.ZIP_STORED) as archive:
                archive.writestr(_member(MANIFEST), json.dumps(manifest.to_json(), indent=1))
                archive.writestr(_member(KEYS), keys_raw)
                with archive.open(_member(DATABASE), "w", force_zip64=True) as dst:
                    _copy_stream(db_file, dst)
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as exc:
        raise classify_os_error(exc, f"cannot write {tmp.name}") from exc


def put_in_place(tmp: Path, out: Path) -> None:
    """Rename the finished temp file over ``out`` and fsync the folder."""
    try:
        os.replace(tmp, out)
    except OSError as exc:
        raise classify_os_error(exc, f"cannot write {out.name}") from exc
    fsync_dir(out.parent)


def _copy_stream(src: Path, dst: IO[bytes]) -> None:
    with open(src, "rb") as fh:
        while chunk := fh.read(_CHUNK):
            dst.write(chunk)


# -- reading ------------------------------------------------------------------------------------


# -- reading a backup file ----------------------------------------------------------------------


def read_backup(path: Path) -> tuple[BackupInfo, KeyFile]:
    """The manifest and the key file of a backup; raises BAD_BACKUP for anything else."""
    if path.exists() and not is_regular_file(path):  # a pipe would block, a device never end
        raise bad_backup(path, "not a regular file")
    try:
        size = path.stat().st_size
        with zipfile.ZipFile(path) as archive:
            members = {i.filename: i for i in archive.infolist()}
            for name in (MANIFEST, KEYS, DATABASE):
                if name not in members:
                    raise bad_backup(path, f"{name} is missing")
                if members[name].compress_type != zipfile.ZIP_STORED:
                    raise bad_backup(path, f"{name} is compressed")
            if members[MANIFEST].file_size > MAX_MANIFEST_BYTES:
                raise bad_backup(path, "manifest too large")
            if members[KEYS].file_size > MAX_KEYS_BYTES:
                raise bad_backup(path, "key file too large")
            manifest = Manifest.from_json(json.loads(archive.read(MANIFEST).decode("utf-8")))
            keys_raw = archive.read(KEYS)
            if members[DATABASE].file_size != manifest.database_bytes:
                raise bad_backup(path, "database size does not match the manifest")
    except VaultError:
        raise
    except FileNotFoundError as exc:
        raise VaultError(ErrorKind.BAD_BACKUP, f"{path.name} does not exist") from exc
    except IsADirectoryError as exc:
        raise VaultError(ErrorKind.BAD_BACKUP, f"{path.name} is a folder") from exc
    except OSError as exc:
        raise classify_os_error(exc, f"cannot read {path.name}") from exc
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, KeyError) as exc:
        raise bad_backup(path, f"not a readable backup ({exc})") from exc
    except Exception as exc:  # a hostile or damaged archive: never more than a clear error
        raise bad_backup(path, f"not a readable backup ({type(exc).__name__})") from exc
    if hashlib.sha256(keys_raw).hexdigest() != manifest.keyfile_sha256:
        raise bad_backup(path, "the key file does not match its checksum")
    try:
        keyfile = KeyFile.from_bytes(keys_raw)
    except (ValueError, KeyError, UnicodeDecodeError) as exc:
        raise bad_backup(path, f"the key file is damaged ({exc})") from exc
    if keyfile.vault_id != manifest.vault_id:
        raise bad_backup(path, "the key file belongs to another vault")
    return BackupInfo(path, manifest, size), keyfile


def extract_database(info: BackupInfo, target: Path) -> None:
    """Copy the encrypted database out of the backup into ``target`` (new file, 0600), checking
    its size and SHA-256 against the manifest."""
    digest = hashlib.sha256()
    written = 0
    try:
        fd = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY | _O_BINARY, 0o600)
        with os.fdopen(fd, "wb") as out, zipfile.ZipFile(info.path) as archive:
            with archive.open(DATABASE) as src:
                while chunk := src.read(_CHUNK):
                    digest.update(chunk)
                    written += len(chunk)
                    if written > info.manifest.database_bytes:
                        break
                    out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
    except OSError as exc:
        if isinstance(exc, FileNotFoundError) and not info.path.exists():
            raise bad_backup(info.path, "the backup file has gone") from exc
        raise classify_os_error(exc, f"cannot write {target.name}") from exc
    except Exception as exc:  # damaged archive
        raise bad_backup(info.path, f"the database cannot be read ({exc})") from exc
    if (
        written != info.manifest.database_bytes
        or digest.hexdigest() != info.manifest.database_sha256
    ):
        raise bad_backup(info.path, "the database does not match its checksum")
    with open(target, "rb") as fh:
        if fh.read(len(PLAINTEXT_HEADER)) == PLAINTEXT_HEADER:
            raise bad_backup(info.path, "the database in it is not encrypted")


def check_file(path: Path) -> BackupInfo:
    """Everything that can be checked without the key: structure and checksums."""
    info, _keyfile = read_backup(path)
    digest = hashlib.sha256()
    written = 0
    try:
        with zipfile.ZipFile(path) as archive, archive.open(DATABASE) as src:
            while chunk := src.read(_CHUNK):
                digest.update(chunk)
                written += len(chunk)
    except OSError as exc:
        raise classify_os_error(exc, f"cannot read {path.name}") from exc
    except Exception as exc:  # damaged archive
        raise bad_backup(path, f"the database cannot be read ({exc})") from exc
    if (
        written != info.manifest.database_bytes
        or digest.hexdigest() != info.manifest.database_sha256
    ):
        raise bad_backup(path, "the database does not match its checksum")
    return info
