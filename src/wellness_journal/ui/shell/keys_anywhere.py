"""F1 and Ctrl+L while a window of the app's own is open over the journal.

Forms and exercises are sheets inside the page, so the sidebar's shortcuts reach them. The few
windows that still hold the keyboard while they are open (Settings' export, import, restore and
passphrase windows, a question in a message box) would swallow those keys: this filter gives
them back. F1 opens the support window on top of that window (the Support page is underneath),
Ctrl+L locks (locking closes it). The shell's ``IdleWatcher`` hands it every key press
(``key_pressed``) while the journal is unlocked: one application-wide event filter is
cheaper than several.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QWidget

LOCK_KEYS = QKeySequence("Ctrl+L")


class KeysAnywhere(QObject):
    def __init__(
        self,
        window: QWidget,
        *,
        open_support: Callable[[QWidget], QDialog],
        lock: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._open_support = open_support
        self._lock = lock

    def key_pressed(self, event: QKeyEvent) -> bool:
        """A key was pressed anywhere in the app: True when it was handled here."""
        modal = QApplication.activeModalWidget()
        if modal is None or not self._owns(modal):
            return False  # the window's own shortcuts handle it
        if event.key() == Qt.Key.Key_F1 and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self._open_support(modal)
            return True
        if QKeySequence(event.keyCombination()) == LOCK_KEYS:
            self._lock()
            return True
        return False

    def _owns(self, window: QWidget) -> bool:
        """``window`` was opened from inside the journal's window (its parents lead there)."""
        parent = window.parentWidget()
        while parent is not None:
            if parent is self._window:
                return True
            parent = parent.parentWidget()
        return False
