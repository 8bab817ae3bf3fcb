"""Backup work on the background runner.

Automatic backups run when the journal is locked or closed, and on a slow timer while it is
open; manual backups and restores when asked. The GUI thread only hands over a ``BackupSource``
(key and key file) and never waits for the work. One lock serialises every job that touches the
vault's files, so a restore never moves files a backup is still reading.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from wellness_journal.core.clock import local_now
from wellness_journal.services import backup as backup_service
from wellness_journal.services.session import Session
from wellness_journal.storage.backup import BackupSource
from wellness_journal.storage.paths import AppPaths
from wellness_journal.ui.runner import Runner

CHECK_EVERY_MS = 30 * 60 * 1000
T = TypeVar("T")


class BackupJobs(QObject):
    """``automatic_finished`` carries an AutoResult, or the exception when a backup failed.
    ``restore_requested`` asks the window to restore a backup file (it locks first)."""

    automatic_finished = Signal(object)
    restore_requested = Signal(str)

    def __init__(
        self,
        paths: AppPaths,
        runner: Runner,
        *,
        enabled: bool = True,
        interval_ms: int = CHECK_EVERY_MS,
        now: Callable[[], datetime] = local_now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._paths = paths
        self._runner = runner
        self._enabled = enabled
        self._now = now
        self._session: Session | None = None
        self._running = False
        self._pending: BackupSource | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._on_timer)
        self._files = threading.Lock()

    def _exclusive(self, fn: Callable[[], T]) -> Callable[[], T]:
        def run() -> T:
            with self._files:
                return fn()

        return run

    @property
    def running(self) -> bool:
        return self._running

    def session_opened(self, session: Session) -> None:
        self._session = session
        if self._enabled:
            self._timer.start()

    def session_closing(self, session: Session) -> BackupSource | None:
        """Called before the vault closes: what today's automatic backup needs (the key, held
        by the source), to ``run`` once the vault is closed; None when backups are off."""
        self._timer.stop()
        self._session = None
        if self._enabled and session.is_open:
            return session.backups.source()
        return None

    def run(self, source: BackupSource) -> None:
        if self._running:
            self._pending = source  # run once more after the current one, with the newest data
            return
        self._running = True
        paths, now = self._paths, self._now()
        self._runner.submit(
            self._exclusive(lambda: backup_service.run_automatic(paths, source, now)),
            owner=self,
            on_done=self._on_done,
            on_error=self._on_done,
        )

    def make_manual(
        self,
        source: BackupSource,
        out: Path,
        *,
        owner: QObject,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        replace: bool = False,
    ) -> None:
        paths = self._paths
        self._runner.submit(
            self._exclusive(
                lambda: backup_service.make_manual(paths, source, out, replace=replace)
            ),
            owner=owner,
            on_done=on_done,
            on_error=on_error,
        )

    def restore(
        self,
        backup: Path,
        secret: str,
        *,
        owner: QObject,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        """Restore after any backup still running; a queued automatic one is dropped (it was
        for the journal being replaced, which is kept aside as it is)."""
        self._pending = None
        paths = self._paths
        self._runner.submit(
            self._exclusive(lambda: backup_service.restore(paths, backup, secret)),
            owner=owner,
            on_done=on_done,
            on_error=on_error,
        )

    @Slot()
    def _on_timer(self) -> None:
        if self._session is not None and self._session.is_open:
            self.run(self._session.backups.source())

    def _on_done(self, result: object) -> None:
        self._running = False
        pending, self._pending = self._pending, None
        self.automatic_finished.emit(result)
        if pending is not None:
            self.run(pending)
