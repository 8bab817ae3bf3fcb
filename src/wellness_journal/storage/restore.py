"""Restoring a backup file into a data folder, new or with a vault in it.

Nothing is deleted: a vault already in the folder is moved, as it is (even when damaged), into
``backups/before-restore-<time>/``, itself a complete data folder that the app can open with
``--data-dir``. The backup is first unpacked into a staging folder next to the vault, opened with
the secret and checked (both integrity checks); only then are files moved into place, the key
file last (its presence marks a finished vault).

Before anything in the folder moves, a marker (``restore-in-progress.json``) names the staging
folder and the set-aside folder. A restore cut off after that (killed, power lost, disk full) is
finished by ``finish_interrupted`` at the next start, so the folder never stays with a database
and no key file, or with no journal at all.
"""

from __future__ import annotations

import contextlib
import os
import re
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
from wellness_journal.storage.statefile import read_json, write_json
from wellness_journal.storage.vault import UnlockedKey

SET_ASIDE_PREFIX = "before-restore-"
MARKER = "restore-in-progress.json"
_STAGING_NAME = re.compile(r"^\.restore-[0-9a-f]{8}$")
_SET_ASIDE_NAME = re.compile(r"^before-restore-[0-9-]+$")


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
        finish_interrupted(paths)
        for leftover in paths.data_dir.glob(".restore-*"):  # unpacked, never moved: not needed
            _clear_staging(AppPaths(leftover))
        staging = AppPaths(paths.data_dir / f".restore-{secrets.token_hex(4)}")
        ensure_private_dir(staging.data_dir)
        swapping = False
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
            target = _new_set_aside_folder(paths) if vault_files(paths) else None
            write_json(
                paths.data_dir / MARKER,
                {"staging": staging.data_dir.name, "set_aside": target.name if target else ""},
            )
            swapping = True  # from here on, a restore cut off is finished at the next start
            set_aside = _swap(paths, staging, target, keyfile)
            _forget_marker(paths)
        finally:
            if not swapping or not (paths.data_dir / MARKER).exists():
                _clear_staging(staging)
    return Restored(UnlockedKey(unlocked.data_key, keyfile, (), unlocked.used), info, set_aside)


def _swap(
    paths: AppPaths, staging: AppPaths, target: Path | None, keyfile: keyslots.KeyFile
) -> Path | None:
    """Set aside what is in the folder, move the staged database in, write the key file last.
    Each step is skipped when it was done before an interruption."""
    set_aside = None
    if staging.database.exists():
        set_aside = set_aside_current(paths, target)
        try:
            os.replace(staging.database, paths.database)
            fsync_dir(paths.data_dir)
        except OSError as exc:
            raise classify_os_error(exc, f"cannot put {paths.database.name} in place") from exc
    keyslots.write_keyfile(keyfile, paths.keyfile, paths.keyfile_copy)
    return set_aside or target


def _forget_marker(paths: AppPaths) -> None:
    with contextlib.suppress(OSError):
        (paths.data_dir / MARKER).unlink()
    fsync_dir(paths.data_dir)


def finish_interrupted(paths: AppPaths) -> Path | None:
    """Finish a restore that was cut off after it began to move files (see the module's notes).

    Call with the folder's process lock held, before looking at the vault. Returns the folder
    the earlier journal was set aside in, or None when there was nothing to finish."""
    marker = paths.data_dir / MARKER
    if not marker.exists():
        return None
    record = read_json(marker)
    staging_name, aside_name = record.get("staging"), record.get("set_aside")
    if not isinstance(staging_name, str) or not _STAGING_NAME.match(staging_name):
        _forget_marker(paths)  # not ours: nothing was moved on its word
        return None
    staging = AppPaths(paths.data_dir / staging_name)
    target = None
    if isinstance(aside_name, str) and _SET_ASIDE_NAME.match(aside_name):
        target = paths.backups_dir / aside_name
    try:
        keyfile = keyslots.read_keyfile(staging.keyfile, staging.keyfile_copy).keyfile
    except VaultError:
        # The staged key file is gone: the swap cannot be finished. Nothing is deleted: the
        # journal set aside (if any) and the folder stay as they are, for the problem screen.
        _forget_marker(paths)
        return None
    with private_umask():
        set_aside = _swap(paths, staging, target, keyfile)
    _forget_marker(paths)
    _clear_staging(staging)
    return set_aside


def vault_files(paths: AppPaths) -> list[Path]:
    """The files that make up the vault in ``paths`` (database with its WAL, both key files)."""
    names = [paths.database, *paths.database_sidecars(), paths.keyfile, paths.keyfile_copy]
    # Logs kept aside when they were found damaged belong to this journal too.
    names += sorted(paths.data_dir.glob(paths.database.name + "-wal.damaged-*"))
    return [p for p in names if p.exists()]


def _new_set_aside_folder(paths: AppPaths) -> Path:
    """A name for backups/before-restore-<time>/ that is not taken yet (not created)."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = paths.backups_dir / f"{SET_ASIDE_PREFIX}{stamp}"
    counter = 1
    while target.exists():
        counter += 1
        target = paths.backups_dir / f"{SET_ASIDE_PREFIX}{stamp}-{counter}"
    return target


def set_aside_current(paths: AppPaths, target: Path | None = None) -> Path | None:
    """Move the vault that is in the folder (if any) into backups/before-restore-<time>/ (or
    ``target``, which may already hold files moved before an interruption)."""
    present = vault_files(paths)
    if not present:
        return None
    ensure_private_dir(paths.backups_dir)
    target = target or _new_set_aside_folder(paths)
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
