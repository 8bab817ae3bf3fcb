"""Making automatic and manual backups of an open vault, and checking them.

A backup file (see ``backup_file``) holds a consistent copy of the SQLCipher database, made with
SQLite's online backup API between two connections keyed with the same data key while the app
keeps writing, and the key file. Nothing in it is readable without the passphrase or the
recovery key that were in use when the backup was made. Every table is covered, including
tables that later migrations add: counts and fingerprints enumerate ``sqlite_master``.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import re
import secrets
import struct
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import sqlcipher3

from wellness_journal import __version__
from wellness_journal.core.errors import ErrorKind, VaultError
from wellness_journal.storage.backup_file import (
    PLAINTEXT_HEADER,
    SUFFIX,
    BackupInfo,
    Manifest,
    extract_database,
    pack,
    put_in_place,
    read_backup,
    sha256_file,
    temp_name,
)
from wellness_journal.storage.connection import (
    Database,
    _key_statement,
    classify_sqlite,
    close_quietly,
    connect,
)
from wellness_journal.storage.fsutil import FILE_MODE, classify_os_error
from wellness_journal.storage.keyslots import KeyFile

AUTO_PREFIX = "auto-"
_AUTO_NAME = re.compile(r"^auto-(\d{8}-\d{6})\.wjbackup$")
_TEMP_NAME = re.compile(r"^\..*\.(tmp|work\.db|work\.db-(journal|wal|shm))$")


@dataclass(frozen=True)
class BackupSource:
    """What a background thread needs to back up an open vault."""

    database: Path
    data_key: bytes
    keyfile: KeyFile


@dataclass(frozen=True)
class Snapshot:
    counts: dict[str, int]  # rows per table, every table
    content_mac: str
    migrations: tuple[str, ...]


# -- reading the content ------------------------------------------------------------------------


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def table_names(conn: Any) -> list[str]:
    rows = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " ORDER BY name"
    ).fetchall()
    return [str(r[0]) for r in rows]


def row_counts(conn: Any) -> dict[str, int]:
    """Rows in every table (tables added by later features included)."""
    return {
        name: int(conn.execute(f"SELECT count(*) FROM {_quote(name)}").fetchone()[0])
        for name in table_names(conn)
    }


def _fingerprint_key(data_key: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"wellness-journal backup content"
    ).derive(data_key)


def _feed(mac: Any, value: Any) -> None:
    if value is None:
        mac.update(b"N")
    elif isinstance(value, int):
        mac.update(b"I" + str(value).encode("ascii") + b";")
    elif isinstance(value, float):
        mac.update(b"F" + struct.pack(">d", value))
    else:
        raw = value.encode("utf-8", "surrogatepass") if isinstance(value, str) else bytes(value)
        mac.update((b"S" if isinstance(value, str) else b"B") + struct.pack(">Q", len(raw)) + raw)


def content_mac(conn: Any, data_key: bytes) -> str:
    """A keyed fingerprint of every row of every table: equal when nothing changed."""
    mac = hmac.new(_fingerprint_key(data_key), digestmod=hashlib.sha256)
    for name in table_names(conn):
        _feed(mac, name)
        for row in conn.execute(f"SELECT * FROM {_quote(name)}"):
            mac.update(b"R")
            for value in row:
                _feed(mac, value)
    return mac.hexdigest()


def _migration_ids(conn: Any) -> tuple[str, ...]:
    if "schema_migrations" not in table_names(conn):
        return ()
    return tuple(sorted(str(r[0]) for r in conn.execute("SELECT id FROM schema_migrations")))


def _take_snapshot(conn: Any, data_key: bytes) -> Snapshot:
    return Snapshot(row_counts(conn), content_mac(conn, data_key), _migration_ids(conn))


def snapshot(source: BackupSource) -> Snapshot:
    """Counts and fingerprint of the vault as it is now (one read transaction)."""
    db = connect(source.database, source.data_key)
    try:
        with _read_transaction(db):
            return _take_snapshot(db.raw, source.data_key)
    finally:
        db.close()


@contextlib.contextmanager
def _read_transaction(db: Database) -> Iterator[None]:
    db.execute("BEGIN")
    try:
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()  # starts the snapshot
        yield
    finally:
        with contextlib.suppress(Exception):
            db.raw.execute("COMMIT")


def open_copy(path: Path, data_key: bytes) -> Database:
    """Open a database copy (a backup's, or one being made) read-only, without WAL."""
    uri = path.resolve().as_uri() + "?mode=ro"
    try:
        conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    except sqlcipher3.Error as exc:
        raise classify_sqlite(exc, f"cannot open {path.name}", path) from exc
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(_key_statement(data_key))
        conn.execute("PRAGMA cipher_memory_security = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.Error as exc:
        conn.close()
        raise classify_sqlite(exc, path.name, path) from exc
    return Database(conn, path)


def check_copy(path: Path, data_key: bytes, expected: dict[str, int] | None = None) -> Snapshot:
    """Both integrity checks on a database copy and, if given, the row counts of every table."""
    try:
        db = open_copy(path, data_key)
    except VaultError as exc:
        raise VaultError(ErrorKind.BAD_BACKUP, f"the database copy does not open: {exc}") from exc
    try:
        problems = db.integrity_problems()
        if problems:
            raise VaultError(ErrorKind.BAD_BACKUP, "integrity check: " + "; ".join(problems[:3]))
        found = _take_snapshot(db.raw, data_key)
    except VaultError as exc:
        if exc.kind is ErrorKind.BAD_BACKUP:
            raise
        raise VaultError(ErrorKind.BAD_BACKUP, f"the database copy cannot be read: {exc}") from exc
    finally:
        db.close()
    if expected is not None and found.counts != expected:
        raise VaultError(
            ErrorKind.BAD_BACKUP, f"row counts differ: copy {found.counts}, vault {expected}"
        )
    return found


# -- making a backup ----------------------------------------------------------------------------


def copy_database(source: BackupSource, target: Path) -> Snapshot:
    """A consistent encrypted copy of the vault in ``target`` (a new file), and its snapshot.

    One read transaction on a second connection: the counts, the fingerprint and the pages all
    come from the same moment, while the app's own connection keeps writing.
    """
    db = connect(source.database, source.data_key)
    try:
        fd = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, FILE_MODE)
        os.close(fd)
        dest = sqlcipher3.connect(str(target), isolation_level=None)
        try:
            dest.execute("PRAGMA cipher_log_level = NONE")
            dest.execute(_key_statement(source.data_key))
            dest.execute("PRAGMA cipher_memory_security = ON")
            with _read_transaction(db):
                snap = _take_snapshot(db.raw, source.data_key)
                db.raw.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE").fetchone()  # one self-contained file
        finally:
            close_quietly(dest)
    except OSError as exc:
        raise classify_os_error(exc, f"cannot write {target.name}") from exc
    except sqlcipher3.Error as exc:
        raise classify_sqlite(
            exc, f"backup copy of {source.database.name}", target, needed=_size_of(source.database)
        ) from exc
    finally:
        db.close()
    with open(target, "rb") as fh:
        if fh.read(len(PLAINTEXT_HEADER)) == PLAINTEXT_HEADER:
            raise VaultError(ErrorKind.IO, "the backup copy is not encrypted; it was not kept")
    return snap


def _size_of(database: Path) -> int:
    """Bytes a copy of ``database`` needs at least (the file and its WAL)."""
    total = 0
    for path in (database, database.with_name(database.name + "-wal")):
        with contextlib.suppress(OSError):
            total += path.stat().st_size
    return total


def write_backup(
    source: BackupSource, out: Path, *, kind: str, work_dir: Path, now: datetime | None = None
) -> BackupInfo:
    """Make a verified backup file at ``out``: written as a temp file next to it and fsynced,
    read back and checked the way a restore would (checksums, both integrity checks, the row
    counts of every table against the vault's), and only then renamed into place. ``work_dir``
    (in the data folder) holds the encrypted working copies; nothing is left there afterwards."""
    from wellness_journal.storage.fsutil import ensure_private_dir

    ensure_private_dir(work_dir)
    work = work_dir / f".{secrets.token_hex(6)}.work.db"
    tmp = temp_name(out)
    try:
        snap = copy_database(source, work)
        check_copy(work, source.data_key, snap.counts)
        keys_raw = source.keyfile.to_bytes()
        manifest = Manifest(
            created_at=(now or datetime.now(timezone.utc)).astimezone(timezone.utc),
            kind=kind,
            vault_id=source.keyfile.vault_id,
            migrations=snap.migrations,
            database_bytes=work.stat().st_size,
            database_sha256=sha256_file(work),
            keyfile_sha256=hashlib.sha256(keys_raw).hexdigest(),
            content_mac=snap.content_mac,
            app_version=__version__,
        )
        pack(tmp, manifest, keys_raw, work)
        _remove(work)
        info = verify_backup(tmp, source.data_key, snap.counts, work_dir=work_dir)
        put_in_place(tmp, out)
    finally:
        _remove(work)
        with contextlib.suppress(OSError):
            tmp.unlink()
    return BackupInfo(out, info.manifest, info.size)


def _remove(path: Path) -> None:
    for p in [path, *(path.with_name(path.name + s) for s in ("-journal", "-wal", "-shm"))]:
        with contextlib.suppress(FileNotFoundError):
            p.unlink()


def verify_backup(
    path: Path, data_key: bytes, expected: dict[str, int] | None = None, *, work_dir: Path
) -> BackupInfo:
    """Open a backup the way a restore would: checksums, both integrity checks, row counts."""
    info, _keyfile = read_backup(path)
    work = work_dir / f".{secrets.token_hex(6)}.work.db"
    try:
        extract_database(info, work)
        check_copy(work, data_key, expected)
    finally:
        _remove(work)
    return info


# -- the automatic backups folder ---------------------------------------------------------------


def auto_name(when: datetime) -> str:
    return f"{AUTO_PREFIX}{when.astimezone():%Y%m%d-%H%M%S}{SUFFIX}"


def auto_stamp(path: Path) -> datetime | None:
    """The local time in an automatic backup's name, or None for any other file."""
    match = _AUTO_NAME.match(path.name)
    if not match:
        return None
    try:
        return datetime.strptime(match.group(1), "%Y%m%d-%H%M%S").astimezone()
    except ValueError:
        return None


def automatic_backups(folder: Path) -> list[tuple[datetime, Path]]:
    """Automatic backup files in ``folder``, newest first."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    found = [(stamp, p) for p in entries if (stamp := auto_stamp(p)) is not None and p.is_file()]
    return sorted(found, reverse=True)


def remove_stale_temp_files(folder: Path, *, older_than_seconds: float = 0) -> None:
    """Working copies left by a backup that was interrupted (all encrypted). Call only while no
    other backup can be running: under the process lock and the app's backup-jobs lock."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return
    limit = time.time() - older_than_seconds
    for path in entries:
        if _TEMP_NAME.match(path.name) and path.is_file():
            with contextlib.suppress(OSError):
                if path.stat().st_mtime < limit:
                    path.unlink()
