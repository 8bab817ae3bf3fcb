"""What every page gets: the open session, the change bus, the background runner."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from wellness_journal.core.models import Changes
from wellness_journal.services.preferences import Preferences
from wellness_journal.services.session import Session
from wellness_journal.storage.paths import AppPaths
from wellness_journal.ui.auto_backup import BackupJobs
from wellness_journal.ui.clipboard import SecretClipboard
from wellness_journal.ui.runner import Runner


class ChangeBus(QObject):
    """Announces what a service call changed, so each page refreshes only what it shows."""

    changed = Signal(object)  # Changes
    navigate_requested = Signal(str)  # a page id


@dataclass
class UiContext:
    session: Session
    paths: AppPaths
    prefs: Preferences
    bus: ChangeBus
    runner: Runner
    secrets: SecretClipboard
    demo: bool
    set_theme: Callable[[str], None]
    set_auto_lock_minutes: Callable[[int], None]
    backups: BackupJobs  # background backup and restore work (survives lock)
    keep_awake: Callable[[], None] = lambda: None  # counts as user activity for auto-lock

    def announce(self, changes: Changes) -> None:
        if changes.topics:
            self.bus.changed.emit(changes)

    def go_to(self, page_id: str) -> None:
        self.bus.navigate_requested.emit(page_id)
