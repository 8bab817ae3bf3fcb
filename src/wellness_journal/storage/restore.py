"""Restoring a backup file into a data folder, new or with a vault in it.

Nothing is deleted: a vault already in the folder is moved, as it is (even when damaged), into
``backups/before-restore-<time>/``, itself a complete data folder that the app can open with
``--data-dir``. The backup is first unpacked into a staging folder next to the vault, opened with
the secret and checked (both integrity checks); only then are files moved into place, the key
file last (its presence marks a finished vault).
"""

from __future__ import annotations

import contextlib
import os
import secrets
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from wellness_journal.core.errors import ErrorKind, VaultError
from wellness_journal.storage import keyslots, migrations
from wellness_journal.storage import vault as vault_mod
from wellness_journal.storage.backup import check_copy
from wellness_journal.storage.backup_file import BackupInfo, extract_database, read_backup
from wellness_journal.storage.fsutil import (
    classify_os_error,
    ensure_private_dir,
    fsync_dir,
    private_umask,
)
from wellness_journal.storage.paths import AppPaths
from wellness_journal.storage.vault import UnlockedKey

SET_ASIDE_PREFIX = "before-restore-"


@dataclass(frozen=True)
class Restored:
    unlocked: UnlockedKey  # ready for Vault.open(paths, unlocked)
    info: BackupInfo
    set_aside: Path | None  # where the vault that was in the folder now is


def check_compatible(info: BackupInfo) -> None:
    """Refuse a backup whose schema this version of the app does not know."""
    known = {m.id for m in migrations.all_migrations()}
    unknown = sorted(set(info.manifest.migrations) - known)
    if unknown:
        raise VaultError(
            ErrorKind.BACKUP_TOO_NEW,
            f"{info.path.name} was made by a newer version (schema {', '.join(unknown)})",
        )


def restore(paths: AppPaths, backup: Path, secret: str, *, kind: str = "auto") -> Restored:
    """Restore ``backup`` into ``paths`` with the passphrase or recovery key it was made with.

    Slow (key derivation): keep off the GUI thread. The caller holds the folder's process lock
    and has closed any vault open on it.
    """
    info, keyfile = read_backup(backup)
    check_compatible(info)
    with private_umask():
        ensure_private_dir(paths.data_dir)
        for leftover in paths.data_dir.glob(".restore-*"):  # from a restore that was cut off
            _clear_staging(AppPaths(leftover))
        staging = AppPaths(paths.data_dir / f".restore-{secrets.token_hex(4)}")
        ensure_private_dir(staging.data_dir)
        try:
            keyslots.write_keyfile(keyfile, staging.keyfile, staging.keyfile_copy)
            extract_database(info, staging.database)
            try:
                unlocked = vault_mod.derive_key(staging, secret, kind=kind)
            except VaultError as exc:
                if exc.kind is not ErrorKind.WRONG_SECRET:
                    raise
                raise VaultError(
                    ErrorKind.WRONG_SECRET,
                    "a backup opens with the passphrase or recovery key in use when it was made",
                ) from None
            check_copy(staging.database, unlocked.data_key)
            set_aside = set_aside_current(paths)
            try:
                os.replace(staging.database, paths.database)
                fsync_dir(paths.data_dir)
            except OSError as exc:
                raise classify_os_error(exc, f"cannot put {paths.database.name} in place") from exc
            keyslots.write_keyfile(keyfile, paths.keyfile, paths.keyfile_copy)
        finally:
            _clear_staging(staging)
    return Restored(UnlockedKey(unlocked.data_key, keyfile, (), unlocked.used), info, set_aside)


def vault_files(paths: AppPaths) -> list[Path]:
    """The files that make up the vault in ``paths`` (database with its WAL, both key files)."""
    names = [paths.database, *paths.database_sidecars(), paths.keyfile, paths.keyfile_copy]
    return [p for p in names if p.exists()]


def set_aside_current(paths: AppPaths) -> Path | None:
    """Move the vault that is in the folder (if any) into backups/before-restore-<time>/."""
    present = vault_files(paths)
    if not present:
        return None
    ensure_private_dir(paths.backups_dir)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = paths.backups_dir / f"{SET_ASIDE_PREFIX}{stamp}"
    counter = 1
    while target.exists():
        counter += 1
        target = paths.backups_dir / f"{SET_ASIDE_PREFIX}{stamp}-{counter}"
    ensure_private_dir(target)
    try:
        # The database (with its WAL) first; the key files last.
        for path in present:
            os.rename(path, target / path.name)
    except OSError as exc:
        raise classify_os_error(exc, "cannot set the current journal aside") from exc
    fsync_dir(target)
    fsync_dir(paths.data_dir)
    return target


def _clear_staging(staging: AppPaths) -> None:
    """Remove the staging folder's own copies (all encrypted) once they are no longer needed."""
    for path in [
        staging.database,
        *staging.database_sidecars(),
        staging.keyfile,
        staging.keyfile_copy,
    ]:
        with contextlib.suppress(OSError):
            path.unlink()
    with contextlib.suppress(OSError):
        staging.data_dir.rmdir()
