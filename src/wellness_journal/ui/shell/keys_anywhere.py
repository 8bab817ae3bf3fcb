"""F1 and Ctrl+L while a window of the app's own is open over the journal.

Forms and exercises are sheets inside the page, so the sidebar's shortcuts reach them. The few
windows that still hold the keyboard while they are open (Settings' export, import, restore and
passphrase windows, a question in a message box) would swallow those keys: this filter gives
them back. F1 opens the support window on top of that window (the Support page is underneath),
Ctrl+L locks (locking closes it).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False

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
