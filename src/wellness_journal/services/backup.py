"""Backups as use cases: daily automatic backups, manual ones, finding a good one, restoring.

Slow calls (``run_automatic``, ``make_manual``, ``restore``, ``newest_good_backup`` on a large
vault) run off the GUI thread; they open their own connections from a ``BackupSource``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from wellness_journal.core import backup_policy
from wellness_journal.core.clock import local_now
from wellness_journal.core.errors import VaultError, WellnessError
from wellness_journal.services import export_files
from wellness_journal.storage import backup as files
from wellness_journal.storage import backup_file
from wellness_journal.storage import restore as restore_mod
from wellness_journal.storage.backup import BackupSource
from wellness_journal.storage.backup_file import BackupInfo
from wellness_journal.storage.connection import connect
from wellness_journal.storage.fsutil import ensure_private_dir
from wellness_journal.storage.paths import AppPaths
from wellness_journal.storage.repositories import backups as repo
from wellness_journal.storage.restore import Restored
from wellness_journal.storage.statefile import read_json, write_json
from wellness_journal.storage.vault import Vault

TOPIC = "backups"
SUFFIX = backup_file.SUFFIX
STATE_FILE = "automatic.json"  # the last automatic attempt's outcome; holds nothing the user wrote


@dataclass(frozen=True)
class BackupStatus:
    folder: Path  # where automatic backups are kept
    last_automatic: datetime | None  # local time
    automatic_count: int
    automatic_failure: str  # ErrorKind value of the last failed attempt, "" when it worked
    last_manual: datetime | None
    manual_location: str
    reminder_due: bool
    days_since_manual: int | None


@dataclass(frozen=True)
class AutoResult:
    made: BackupInfo | None
    reason: str  # "made", "already_today", "unchanged"
    removed: list[Path] = field(default_factory=list)


class BackupService:
    """What the window asks about backups while the vault is open."""

    def __init__(self, vault: Vault, now: Callable[[], datetime] = local_now) -> None:
        self._vault = vault
        self._db = vault.db
        self._paths = vault.paths
        self._now = now

    def source(self) -> BackupSource:
        """Taken on the GUI thread; stays usable after the vault is locked."""
        data_key, keyfile = self._vault.backup_material()
        return BackupSource(self._paths.database, data_key, keyfile)

    def status(self) -> BackupStatus:
        now = self._now()
        automatic = files.automatic_backups(self._paths.backups_dir)
        last = repo.last_manual(self._db)
        last_at = last[0].astimezone() if last else None
        created = repo.vault_created(self._db)
        failure = read_json(self._paths.backups_dir / STATE_FILE).get("failed_kind", "")
        return BackupStatus(
            folder=self._paths.backups_dir,
            last_automatic=automatic[0][0] if automatic else None,
            automatic_count=len(automatic),
            automatic_failure=str(failure) if isinstance(failure, str) else "",
            last_manual=last_at,
            manual_location=last[1] if last else "",
            reminder_due=backup_policy.manual_reminder_due(last_at, created, now),
            days_since_manual=backup_policy.days_since(last_at, now) if last_at else None,
        )


def default_manual_name(now: datetime | None = None) -> str:
    return f"wellness-journal-backup-{(now or local_now()):%Y-%m-%d}{SUFFIX}"


def make_manual(
    paths: AppPaths, source: BackupSource, out: Path, *, replace: bool = False
) -> BackupInfo:
    """A verified backup file at ``out`` (a file name, or a folder to put one in), recorded in
    the vault's backup log (on a connection of its own, so it is kept even when the journal is
    locked meanwhile). Never inside the data folder; an existing file is replaced only with
    ``replace``. Slow: keep off the GUI thread."""
    if out.is_dir() and not export_files.is_inside(out, paths.data_dir):
        out = out / default_manual_name()
    export_files.check_place(out, paths.data_dir, replace=replace)
    info = files.write_backup(source, out, kind="manual", work_dir=paths.backups_dir)
    # The backup is made and checked; failing to note it (the vault's own disk is full) does
    # not undo that. Settings then still shows the previous one.
    with contextlib.suppress(WellnessError):
        db = connect(source.database, source.data_key)
        try:
            with db.transaction():
                repo.add_manual(db, info.manifest.created_at, str(info.path))
        finally:
            db.close()
    return info


def run_automatic(
    paths: AppPaths, source: BackupSource, now: datetime | None = None, *, force: bool = False
) -> AutoResult:
    """Make today's automatic backup if something changed since the last one; then keep the
    newest 7 daily and 4 weekly ones. Slow; records a failure for Settings and re-raises it."""
    folder = paths.backups_dir
    when = (now or local_now()).astimezone()
    try:
        ensure_private_dir(folder)
        files.remove_stale_temp_files(folder)
        existing = files.automatic_backups(folder)
        newest = existing[0] if existing else None
        if not force and newest is not None and newest[0].date() == when.date():
            return AutoResult(None, "already_today")
        changed = True
        if newest is not None:
            with contextlib.suppress(VaultError):
                last_mac = backup_file.read_backup(newest[1])[0].manifest.content_mac
                changed = files.snapshot(source).content_mac != last_mac
        if not force and not backup_policy.automatic_due(
            newest[0] if newest else None, when, changed=changed
        ):
            return AutoResult(None, "unchanged")
        out = folder / files.auto_name(when)
        info = files.write_backup(
            source, out, kind="auto", work_dir=folder, now=when.astimezone(timezone.utc)
        )
        removed = _prune(folder)
    except WellnessError as exc:
        with contextlib.suppress(WellnessError):
            write_json(
                folder / STATE_FILE,
                {"failed_kind": exc.kind.value, "failed_at": when.isoformat(timespec="seconds")},
            )
        raise
    with contextlib.suppress(WellnessError):
        write_json(folder / STATE_FILE, {"made_at": when.isoformat(timespec="seconds")})
    return AutoResult(info, "made", removed)


def _prune(folder: Path) -> list[Path]:
    """Remove automatic backups beyond 7 daily and 4 weekly (only after a new one is verified)."""
    existing = files.automatic_backups(folder)
    keep = backup_policy.to_keep(stamp for stamp, _ in existing)
    removed = []
    for stamp, path in existing:
        if stamp not in keep:
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(path)
    return removed


def newest_good_backup(paths: AppPaths) -> BackupInfo | None:
    """The newest automatic backup whose structure and checksums are intact (no key needed)."""
    for _stamp, path in files.automatic_backups(paths.backups_dir):
        try:
            return backup_file.check_file(path)
        except VaultError:
            continue
    return None


def folder_has_vault(paths: AppPaths) -> bool:
    """True when restoring into ``paths`` would set a journal aside."""
    return bool(restore_mod.vault_files(paths))


def describe(path: Path) -> BackupInfo:
    """A backup file's manifest (when it was made), or BAD_BACKUP."""
    return backup_file.read_backup(path)[0]


def restore(paths: AppPaths, backup: Path, secret: str) -> Restored:
    """Restore ``backup`` into the folder; a vault already there is set aside, never deleted."""
    return restore_mod.restore(paths, backup, secret)
