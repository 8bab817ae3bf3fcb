"""The encrypted vault: a SQLCipher database under a random data key, and its key file."""

from __future__ import annotations

import contextlib
import shutil
import time
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from pathlib import Path

from wellness_journal.core import passphrase as pp
from wellness_journal.core import recovery
from wellness_journal.core.errors import ErrorKind, VaultError
from wellness_journal.storage import keyslots, migrations, wal
from wellness_journal.storage.connection import Database, connect, open_connections
from wellness_journal.storage.fsutil import (
    create_private_file,
    ensure_private_dir,
    file_starts_with,
    is_regular_file,
    private_umask,
)
from wellness_journal.storage.keyslots import KdfParams, KeyFile
from wellness_journal.storage.paths import AppPaths

PLAINTEXT_HEADER = b"SQLite format 3\x00"


class VaultState(str, Enum):
    NEW = "new"  # nothing here yet: first run
    READY = "ready"  # a key file and a database: ask for the passphrase


def inspect(paths: AppPaths) -> VaultState:
    """What is in the data folder, without a secret. Raises for a folder that needs attention."""
    has_keys = keyslots.keyfile_exists(paths.keyfile, paths.keyfile_copy)
    db = paths.database
    db_size = db.stat().st_size if db.exists() else -1
    if not has_keys and db_size < 0:
        return VaultState.NEW
    if not has_keys:
        raise VaultError(
            ErrorKind.MISSING_KEYFILE, f"{db.name} exists but {paths.keyfile.name} does not"
        )
    if db_size < 0:
        raise VaultError(ErrorKind.MISSING_DATABASE, f"{db.name} is missing")
    if not is_regular_file(db):
        raise VaultError(ErrorKind.DAMAGED, f"{db.name} is not a regular file")
    if db_size == 0:
        raise VaultError(ErrorKind.MISSING_DATABASE, f"{db.name} is empty (0 bytes)")
    if file_starts_with(db, PLAINTEXT_HEADER):
        raise VaultError(ErrorKind.DAMAGED, f"{db.name} is an unencrypted database, not a vault")
    return VaultState.READY


@dataclass(frozen=True)
class UnlockedKey:
    """The result of the slow part of unlocking (key derivation), ready to open the database."""

    data_key: bytes
    keyfile: KeyFile
    damaged_copies: tuple[str, ...]  # key-file copies that could not be read
    used: str  # keyslots.PASSPHRASE or keyslots.RECOVERY
    stale_copy: bool = False  # one copy is readable but older (a write was interrupted)


def derive_key(
    paths: AppPaths, secret: str, *, kind: str = "auto", upgrade_to: KdfParams | None = None
) -> UnlockedKey:
    """Unwrap the data key with a passphrase or recovery key. Slow (Argon2id): keep off the GUI thread.

    ``kind`` is "passphrase", "recovery" or "auto" (a well-formed recovery key is tried as one,
    and then as a passphrase). With ``upgrade_to``, the slot that opened is wrapped again with
    those parameters when it was made with cheaper ones (the caller holds the process lock).
    """
    inspect(paths)
    read = keyslots.read_keyfile(paths.keyfile, paths.keyfile_copy)
    try:
        return _derive_from(paths, read, secret, kind, upgrade_to)
    except VaultError as exc:
        if exc.kind is not ErrorKind.WRONG_SECRET or read.twin is None or read.path is None:
            raise
    # The copy used is well formed but did not open: before saying "wrong passphrase", try the
    # other copy of the same generation. If that one opens, the first is repaired on open.
    twin, twin_path = read.twin
    second = keyslots.KeyFileRead(twin, (*read.damaged, read.path), (), twin_path)
    return _derive_from(paths, second, secret, kind, None)


def _derive_from(
    paths: AppPaths,
    read: keyslots.KeyFileRead,
    secret: str,
    kind: str,
    upgrade_to: KdfParams | None,
) -> UnlockedKey:
    keyfile = read.keyfile
    attempts: list[tuple[str, bytes]] = []
    if kind in ("auto", keyslots.RECOVERY) and (
        kind == keyslots.RECOVERY or recovery.looks_like_recovery_key(secret)
    ):
        attempts.append((keyslots.RECOVERY, recovery.secret_bytes(secret)))
    if kind in ("auto", keyslots.PASSPHRASE):
        attempts.append((keyslots.PASSPHRASE, pp.encode(secret)))
    for slot_kind, secret_bytes in attempts:
        try:
            data_key = keyslots.open_slot(keyfile.slot(slot_kind), secret_bytes, keyfile.vault_id)
        except VaultError as exc:
            if exc.kind is ErrorKind.WRONG_SECRET:
                continue
            raise
        if upgrade_to is not None and not read.damaged and not read.stale:
            keyfile = _upgrade_slot(paths, keyfile, slot_kind, secret_bytes, data_key, upgrade_to)
        return UnlockedKey(
            data_key, keyfile, tuple(str(p) for p in read.damaged), slot_kind, bool(read.stale)
        )
    raise VaultError(
        ErrorKind.WRONG_SECRET, "the passphrase or recovery key does not open this vault"
    )


def _upgrade_slot(
    paths: AppPaths, keyfile: KeyFile, kind: str, secret: bytes, data_key: bytes, target: KdfParams
) -> KeyFile:
    """Wrap a slot made with cheaper parameters (an older version, a lower default) again at
    ``target`` strength. A failed write changes nothing: it is tried again at the next unlock."""
    params = keyfile.slot(kind).params.upgraded_to(target)
    if params is None:
        return keyfile
    upgraded = keyfile.with_slot(
        keyslots.make_slot(kind, secret, data_key, params, keyfile.vault_id)
    )
    try:
        keyslots.write_keyfile(upgraded, paths.keyfile, paths.keyfile_copy)
    except VaultError:
        return keyfile
    return upgraded


@dataclass(frozen=True)
class NewVaultKeys:
    data_key: bytes
    keyfile: KeyFile
    recovery_key: str


def prepare_keys(passphrase: str, *, kdf: KdfParams) -> NewVaultKeys:
    """A new data key wrapped in both slots. Slow (two key derivations): keep off the GUI thread."""
    secret = pp.check_usable(passphrase)
    data_key = keyslots.new_data_key()
    vault_id = keyslots.new_vault_id()
    recovery_key = recovery.generate()
    keyfile = KeyFile(
        vault_id=vault_id,
        generation=1,
        slots=(
            keyslots.make_slot(keyslots.PASSPHRASE, pp.encode(secret), data_key, kdf, vault_id),
            keyslots.make_slot(
                keyslots.RECOVERY, recovery.secret_bytes(recovery_key), data_key, kdf, vault_id
            ),
        ),
    )
    return NewVaultKeys(data_key, keyfile, recovery_key)


@dataclass(frozen=True)
class CreatedVault:
    vault: Vault
    recovery_key: str


class Vault:
    """An open vault. Close it to drop the connection and the key."""

    def __init__(self, paths: AppPaths, db: Database, keyfile: KeyFile, data_key: bytes) -> None:
        self.paths = paths
        self.db = db
        self._keyfile = keyfile
        self._data_key: bytes | None = data_key
        self.migrated: list[str] = []
        self.pre_migration_backup: str | None = None
        # Damage found while opening (a write-ahead log whose later commits cannot be applied):
        # said to the user after unlock and by ``verify``; the damaged files are kept aside.
        self.damage: list[str] = []

    # -- creating and opening -----------------------------------------------------------------
    @classmethod
    def create(cls, paths: AppPaths, passphrase: str, *, kdf: KdfParams) -> CreatedVault:
        """Make a new vault. Refuses when anything of a vault is already in the folder."""
        return cls.create_with_keys(paths, prepare_keys(passphrase, kdf=kdf))

    @classmethod
    def create_with_keys(cls, paths: AppPaths, keys: NewVaultKeys) -> CreatedVault:
        """The fast part of creating a vault; ``keys`` come from ``prepare_keys``."""
        ensure_private_dir(paths.data_dir)
        if inspect(paths) is not VaultState.NEW:
            raise VaultError(ErrorKind.ALREADY_EXISTS, "a vault already exists in this folder")
        with private_umask():
            create_private_file(paths.database)
            db = connect(paths.database, keys.data_key)
            try:
                migrations.migrate(db)
                # The key file is written last: its presence marks a finished vault.
                keyslots.write_keyfile(keys.keyfile, paths.keyfile, paths.keyfile_copy)
            except BaseException:
                db.close()
                raise
        return CreatedVault(cls(paths, db, keys.keyfile, keys.data_key), keys.recovery_key)

    @classmethod
    def open(cls, paths: AppPaths, unlocked: UnlockedKey) -> Vault:
        """Open the database with an unwrapped key, back up and migrate if needed."""
        inspect(paths)
        with private_umask():
            # A log left by a crash is checked before SQLite replays it; while another
            # connection of this process is open (a backup still running after a lock), the log
            # is live and is SQLite's alone.
            wal_problem = ""
            if open_connections(paths.database) == 0:
                wal_problem = wal.guard_before_open(paths.database)
            try:
                db = connect(paths.database, unlocked.data_key)
            except VaultError as exc:
                if exc.kind is ErrorKind.DAMAGED:
                    raise VaultError(
                        ErrorKind.DAMAGED, _damage_detail(paths, unlocked.data_key, exc)
                    ) from exc
                raise
            if not wal_problem:
                wal.drop_kept_copy(paths.database)
            vault = cls(paths, db, unlocked.keyfile, unlocked.data_key)
            if wal_problem:
                vault.damage.append(wal_problem)
            try:
                vault._migrate()
                if unlocked.damaged_copies or unlocked.stale_copy:
                    vault._repair_keyfile(unlocked.damaged_copies)
            except BaseException:
                vault.close()
                raise
        return vault

    @classmethod
    def open_with_secret(cls, paths: AppPaths, secret: str, *, kind: str = "auto") -> Vault:
        return cls.open(paths, derive_key(paths, secret, kind=kind))

    def _migrate(self) -> None:
        todo = migrations.pending(self.db)
        if not todo:
            return
        if migrations.applied(self.db):
            self.pre_migration_backup = self._backup_before_migration([m.id for m in todo])
        self.migrated = migrations.migrate(self.db)

    def _backup_before_migration(self, ids: list[str]) -> str:
        """An encrypted copy of the database (same key) before the schema changes."""
        ensure_private_dir(self.paths.backups_dir)
        self.db.checkpoint()
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = self.paths.backups_dir / f"pre-migration-{stamp}-{ids[0]}.db"
        create_private_file(target)
        shutil.copyfile(self.paths.database, target)
        return str(target)

    def _repair_keyfile(self, damaged: tuple[str, ...]) -> None:
        """Rewrite both key-file copies from the good one; keep any damaged copy aside."""
        stamp = int(time.time())
        for name in damaged:
            source = Path(name)
            if source.exists():
                with contextlib.suppress(OSError):
                    source.rename(source.with_name(f"{source.name}.damaged-{stamp}"))
        keyslots.write_keyfile(self._keyfile, self.paths.keyfile, self.paths.keyfile_copy)

    # -- secrets ---------------------------------------------------------------------------------
    def _key(self) -> bytes:
        if self._data_key is None:
            raise VaultError(ErrorKind.IO, "the vault is closed")
        return self._data_key

    def check_passphrase(self, secret: str) -> bool:
        """True when ``secret`` is the current passphrase (or the recovery key)."""
        try:
            derive_key(self.paths, secret)
        except VaultError as exc:
            if exc.kind in (ErrorKind.WRONG_SECRET, ErrorKind.BAD_RECOVERY_KEY):
                return False
            raise
        return True

    def change_passphrase(self, new_passphrase: str, *, kdf: KdfParams) -> None:
        """Re-wrap the data key under a new passphrase: one slot, no re-encryption."""
        secret = pp.check_usable(new_passphrase)
        slot = keyslots.make_slot(
            keyslots.PASSPHRASE, pp.encode(secret), self._key(), kdf, self._keyfile.vault_id
        )
        self._write(self._keyfile.with_slot(slot))

    def new_recovery_key(self, *, kdf: KdfParams) -> str:
        """Replace the recovery key; the old one stops working."""
        key = recovery.generate()
        slot = keyslots.make_slot(
            keyslots.RECOVERY, recovery.secret_bytes(key), self._key(), kdf, self._keyfile.vault_id
        )
        self._write(self._keyfile.with_slot(slot))
        return key

    def _write(self, keyfile: KeyFile) -> None:
        keyslots.write_keyfile(keyfile, self.paths.keyfile, self.paths.keyfile_copy)
        self._keyfile = keyfile

    @property
    def keyfile(self) -> KeyFile:
        return self._keyfile

    def backup_material(self) -> tuple[bytes, KeyFile]:
        """The data key and the key file, for a backup made on another thread (storage.backup)."""
        return self._key(), self._keyfile

    # -- connections and checks -----------------------------------------------------------------------
    def connect_new(self) -> Database:
        """Another connection to the same vault, for work on a background thread."""
        return connect(self.paths.database, self._key(), check_same_thread=False)

    def verify(self) -> list[str]:
        """Damage found at opening, and both integrity checks on a fresh connection; an empty
        list when healthy."""
        db = self.connect_new()
        try:
            return [*self.damage, *db.integrity_problems()]
        finally:
            db.close()

    @property
    def is_open(self) -> bool:
        return self._data_key is not None

    def close(self) -> None:
        """Close the connection and drop the key. Safe to call twice."""
        if self._data_key is None:
            return
        with contextlib.suppress(Exception):
            if not self.db.in_transaction:
                self.db.execute("PRAGMA wal_checkpoint(PASSIVE)")
        self.db.close()
        self._data_key = None


def _damage_detail(paths: AppPaths, data_key: bytes, original: VaultError) -> str:
    """Ask SQLCipher which pages fail their check, for the message and the logs."""
    import sqlcipher3

    from wellness_journal.storage.connection import _key_statement

    detail = original.detail
    try:
        conn = sqlcipher3.connect(str(paths.database), isolation_level=None)
        try:
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute(_key_statement(data_key))
            conn.execute("PRAGMA query_only = ON")
            rows = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        finally:
            conn.close()
        if rows:
            shown = "; ".join(" ".join(str(v) for v in r) for r in rows[:5])
            more = f" (+{len(rows) - 5} more)" if len(rows) > 5 else ""
            detail = f"{detail}; cipher_integrity_check: {shown}{more}"
    except Exception as exc:  # noqa: BLE001 - the check itself may fail on a badly damaged file
        detail = f"{detail}; cipher_integrity_check could not run: {exc}"
    return detail
