"""What every page gets: the open session, the change bus, the background runner, and
``perform``: the one way a widget runs a use case (after Anki's ``CollectionOp``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from wellness_journal.core.errors import WellnessError
from wellness_journal.core.models import Changes
from wellness_journal.services.autostart import StartWithComputer
from wellness_journal.services.preferences import Preferences
from wellness_journal.services.session import Session
from wellness_journal.storage.connection import Database
from wellness_journal.storage.paths import AppPaths
from wellness_journal.ui.auto_backup import BackupJobs
from wellness_journal.ui.clipboard import SecretClipboard
from wellness_journal.ui.messages import error_text
from wellness_journal.ui.runner import Runner

R = TypeVar("R")


class ChangeBus(QObject):
    """Announces what a service call changed, so each page refreshes only what it shows."""

    changed = Signal(object)  # Changes
    navigate_requested = Signal(str)  # a page id
    support_now_requested = Signal(str)  # a core.support_now.Reason value: show the panel


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
    locks_with_screen: Callable[[], bool] = lambda: False  # the system says when it locks
    start_with_computer: StartWithComputer | None = None  # None: not offered (tests, Flatpak)

    def announce(self, changes: Changes) -> None:
        if changes.topics:
            self.bus.changed.emit(changes)

    def go_to(self, page_id: str) -> None:
        self.bus.navigate_requested.emit(page_id)

    def perform(
        self,
        operation: Callable[[], object],
        failure_title: str,
        *,
        parent: QWidget | None = None,
    ) -> bool:
        """Run a use case on the GUI thread and announce the ``Changes`` it returns (alone or
        last in a tuple). On a ``WellnessError`` say what happened in the user's words (title
        ``failure_title``) and return False; nothing on screen is cleared, so a full disk never
        costs what was typed. Other exceptions are bugs and go up as they are."""
        try:
            result = operation()
        except WellnessError as exc:
            self.show_failure(failure_title, exc, parent=parent)
            return False
        self._announce_result(result)
        return True

    def perform_in_background(
        self,
        work: Callable[[Database], R],
        *,
        owner: QObject,
        on_done: Callable[[R], None],
        on_failed: Callable[[BaseException], None],
    ) -> None:
        """Run ``work`` on the runner with a database connection of its own; on the GUI thread,
        announce the ``Changes`` it returns and call ``on_done``, or ``on_failed`` with the
        exception. Neither runs once ``owner`` has been destroyed."""
        session = self.session

        def done(result: Any) -> None:
            if session.is_open:
                self._announce_result(result)
            on_done(result)

        self.runner.submit(
            lambda: session.on_own_connection(work), owner=owner, on_done=done, on_error=on_failed
        )

    def show_failure(
        self, title: str, exc: WellnessError, *, parent: QWidget | None = None
    ) -> None:
        QMessageBox.warning(parent or QApplication.activeWindow(), title, error_text(exc))

    def _announce_result(self, result: object) -> None:
        if isinstance(result, tuple) and result:
            result = result[-1]
        if isinstance(result, Changes):
            self.announce(result)
