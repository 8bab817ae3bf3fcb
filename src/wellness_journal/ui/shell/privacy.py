"""What keeps the journal private on a shared screen: discreet mode (a neutral name and icon),
the "hide now" key, locking when the screen locks, the computer sleeps or (if chosen) the
window is minimised, and, in discreet mode, asking the system to leave the window out of
screen capture while the journal is unlocked."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QWidget

from wellness_journal import APP_NAME
from wellness_journal.services.preferences import Preferences
from wellness_journal.ui.icons import app_icon
from wellness_journal.ui.shell import capture_guard
from wellness_journal.ui.shell.screen_lock import ScreenLockWatcher

if TYPE_CHECKING:
    from wellness_journal.services.session import Session

HIDE_NOW_KEYS = QKeySequence("Ctrl+Shift+H")


def neutral_name() -> str:
    return QCoreApplication.translate("Discreet", "Notes")


def app_name(prefs: Preferences) -> str:
    """The name the window, the tray and the notifications use."""
    return neutral_name() if prefs.discreet() else APP_NAME


def window_title(prefs: Preferences, demo: bool) -> str:
    if prefs.discreet():
        return neutral_name()
    return APP_NAME + (QCoreApplication.translate("Shell", " — demo") if demo else "")


class HideNowKey(QObject):
    """Ctrl+Shift+H in any window of the app (a form, a question, the lock screen): the shell's
    application-wide event filter (``IdleWatcher``) hands it every key press, so no widget can
    take the key first."""

    hide_requested = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window

    def key_pressed(self, event: QKeyEvent) -> bool:
        if QKeySequence(event.keyCombination()) != HIDE_NOW_KEYS:
            return False
        self.hide_requested.emit()
        return True


class PrivacyGuards(QObject):
    def __init__(
        self,
        window: QMainWindow,
        prefs: Preferences,
        *,
        lock: Callable[[], bool],
        session: Callable[[], Session | None],
        demo: bool = False,
        exclude_from_capture: Callable[[QWidget, bool], bool] = capture_guard.set_excluded,
    ) -> None:
        super().__init__(window)
        self._exclude = exclude_from_capture
        self._window = window
        self._prefs = prefs
        self._lock = lock
        self._session = session
        self._demo = demo
        self.capture_excluded = False
        self.hide_key = HideNowKey(window)
        self.hide_key.hide_requested.connect(self.hide_now)
        self.watcher = ScreenLockWatcher(self)
        self.watcher.away_changed.connect(self._on_away_changed)
        window.installEventFilter(self)

    def start_watching(self) -> list[str]:
        """Listen for the screen lock and sleep (after the window exists)."""
        return self.watcher.start(self._window)

    # -- discreet mode ------------------------------------------------------------------------------
    def apply_name(self) -> None:
        """Title, icon and the name Qt adds to dialogs: neutral in discreet mode."""
        discreet = self._prefs.discreet()
        self._window.setWindowTitle(window_title(self._prefs, self._demo))
        icon = app_icon(discreet=discreet)
        self._window.setWindowIcon(icon)
        QGuiApplication.setWindowIcon(icon)
        QGuiApplication.setApplicationDisplayName(app_name(self._prefs))
        self.session_changed()

    def session_changed(self) -> None:
        """Unlocked in discreet mode: ask to be left out of screen capture; otherwise not."""
        wanted = self._prefs.discreet() and self._session() is not None and not self._demo
        if wanted != self.capture_excluded:
            self._exclude(self._window, wanted)
            self.capture_excluded = wanted

    # -- hiding and locking -------------------------------------------------------------------------
    @Slot()
    def hide_now(self) -> None:
        """Minimise and lock at once (Ctrl+Shift+H). If what was typed cannot be saved the
        journal stays open (locking says why) and the window stays up to show that."""
        if self._session() is not None and not self._lock():
            return
        self._window.showMinimized()

    @Slot(str, bool)
    def _on_away_changed(self, _reason: str, away: bool) -> None:
        if away and self._session() is not None:
            self._lock()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self._window
            and event.type() == QEvent.Type.WindowStateChange
            and self._window.windowState() & Qt.WindowState.WindowMinimized
        ):
            session = self._session()
            if session is not None and session.is_open and session.settings.lock_when_minimised():
                QTimer.singleShot(0, self, self._lock_if_open)
        return False

    @Slot()
    def _lock_if_open(self) -> None:
        if self._session() is not None:
            self._lock()
