"""A short line that says what just happened ("Stress entry saved: 7 of 10"), at the bottom of
the window for a few seconds; never a dialog, never in the way.

    toast(self, self.tr("Sleep saved"))   # from any widget in the window

Screen readers hear it (it is announced as an alert). It never holds what the person wrote:
only what kind of thing was saved, and numbers.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QLabel, QWidget

from wellness_journal.ui.theme import current_colors

SHOWN_MS = 4000
BOTTOM_GAP = 24


class Toast(QLabel):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("toast")
        self.setAccessibleName(self.tr("Status"))
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        c = current_colors()
        self.setStyleSheet(
            f"QLabel#toast {{ background: {c.text}; color: {c.window}; border-radius: 8px;"
            " padding: 10px 18px; font-weight: 600; }"
        )
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SHOWN_MS)
        self._timer.timeout.connect(self.hide)
        window.installEventFilter(self)
        self.hide()

    def say(self, text: str) -> None:
        self.setText(text)
        self.setAccessibleDescription(text)
        self._place()
        self.show()
        self.raise_()
        self._timer.start()
        QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.Alert))

    def _place(self) -> None:
        window = self.parentWidget()
        if window is None:
            return
        width = min(560, window.width() - 40)
        self.setFixedWidth(max(width, 200))
        height = self.heightForWidth(self.width())
        self.setFixedHeight(max(height, self.sizeHint().height()))
        x = (window.width() - self.width()) // 2
        y = window.height() - self.height() - BOTTOM_GAP
        self.move(max(x, 0), max(y, 0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        return False


def toast(anchor: QWidget, text: str) -> Toast:
    """Say ``text`` at the bottom of ``anchor``'s window for a few seconds."""
    window = anchor.window()
    found = window.findChild(Toast, options=Qt.FindChildOption.FindDirectChildrenOnly)
    note = found if isinstance(found, Toast) else Toast(window)
    note.say(text)
    return note
