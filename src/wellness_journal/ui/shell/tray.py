"""The icon in the notification area (only while reminders are on, or the app started with the
computer): Open, Lock now, Quit, and the reminders themselves.

Its name and icon follow discreet mode ("Notes", a plain notepad). Where the desktop has no
notification area, a reminder makes the window's taskbar entry ask for attention instead.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon, QWidget

from wellness_journal.services.preferences import Preferences
from wellness_journal.ui.icons import app_icon
from wellness_journal.ui.shell.privacy import app_name

MESSAGE_MS = 15_000


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


class Tray(QObject):
    open_requested = Signal()
    lock_requested = Signal()
    quit_requested = Signal()

    def __init__(
        self,
        window: QWidget,
        prefs: Preferences,
        *,
        available: Callable[[], bool] = tray_available,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._prefs = prefs
        self._available = available
        self.icon: QSystemTrayIcon | None = None
        self.menu = QMenu(window)
        self.open_action = QAction(self.tr("Open"), self)
        self.lock_action = QAction(self.tr("Lock now"), self)
        self.quit_action = QAction(self.tr("Quit"), self)
        self.open_action.triggered.connect(self.open_requested)
        self.lock_action.triggered.connect(self.lock_requested)
        self.quit_action.triggered.connect(self.quit_requested)
        self.menu.addAction(self.open_action)
        self.menu.addAction(self.lock_action)
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)

    @property
    def shown(self) -> bool:
        return self.icon is not None and self.icon.isVisible()

    def show(self, wanted: bool) -> bool:
        """Show the icon (if the desktop has a notification area) or take it away; True when
        it is shown."""
        if not wanted or not self._available():
            if self.icon is not None:
                self.icon.hide()
            return False
        if self.icon is None:
            self.icon = QSystemTrayIcon(self)
            self.icon.setContextMenu(self.menu)
            self.icon.activated.connect(self._on_activated)
        self.refresh()
        self.icon.show()
        return True

    def refresh(self, *, unlocked: bool | None = None) -> None:
        """Name and icon (discreet mode), and whether "Lock now" can be used."""
        if unlocked is not None:
            self.lock_action.setEnabled(unlocked)
        if self.icon is not None:
            self.icon.setIcon(app_icon(discreet=self._prefs.discreet()))
            self.icon.setToolTip(app_name(self._prefs))

    def notify(self, title: str, text: str) -> str:
        """Show a reminder; says how ("tray" or "taskbar")."""
        if self.shown and QSystemTrayIcon.supportsMessages() and self.icon is not None:
            self.icon.showMessage(title, text, self.icon.icon(), MESSAGE_MS)
            return "tray"
        QApplication.alert(self._window, 0)
        return "taskbar"

    @Slot(QSystemTrayIcon.ActivationReason)
    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.open_requested.emit()
