"""A clock time that starts empty: the sleep form never shows a time nobody typed.

Typed as 23:30, 2330, 23.30 or 7:05 (or 7 for 07:00); Up and Down move it by 5 minutes. Empty
means "not given yet"; text that is not a time is shown as a problem by the form.
"""

from __future__ import annotations

import re
from datetime import time

from PySide6.QtCore import QTime, Signal, Slot
from PySide6.QtGui import QKeyEvent, Qt
from PySide6.QtWidgets import QLineEdit, QWidget

_PATTERNS = (
    re.compile(r"^(\d{1,2})[:.h ](\d{2})$"),
    re.compile(r"^(\d{1,2})(\d{2})$"),
    re.compile(r"^(\d{1,2})()$"),
)
STEP_MINUTES = 5


def parse_time(text: str) -> time | None:
    """``text`` as a clock time, or None when it is not one (or empty)."""
    value = text.strip()
    for pattern in _PATTERNS:
        match = pattern.match(value)
        if match:
            hour, minute = int(match.group(1)), int(match.group(2) or 0)
            if hour <= 23 and minute <= 59:
                return time(hour, minute)
    return None


class TimeField(QLineEdit):
    time_changed = Signal()  # the time, or its absence, changed

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setPlaceholderText(self.tr("hh:mm"))
        self.setMaxLength(5)
        self.setMinimumWidth(96)
        self.setMaximumWidth(120)
        self.textChanged.connect(self._on_text_changed)
        self.editingFinished.connect(self._on_editing_finished)
        self._last: tuple[bool, time | None] = (True, None)

    def value(self) -> time | None:
        """The time typed, or None when the field is empty or holds no valid time."""
        return parse_time(self.text())

    def is_empty(self) -> bool:
        return not self.text().strip()

    def is_valid(self) -> bool:
        return self.is_empty() or self.value() is not None

    def set_value(self, value: time | None) -> None:
        self.setText("" if value is None else value.strftime("%H:%M"))

    def set_qtime(self, value: QTime) -> None:
        self.set_value(time(value.hour(), value.minute()))

    @Slot(str)
    def _on_text_changed(self, _text: str) -> None:
        state = (self.is_valid(), self.value())
        if state != self._last:
            self._last = state
            self.time_changed.emit()

    @Slot()
    def _on_editing_finished(self) -> None:
        value = self.value()
        if value is not None and self.text() != value.strftime("%H:%M"):
            self.set_value(value)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = {Qt.Key.Key_Up: STEP_MINUTES, Qt.Key.Key_Down: -STEP_MINUTES}.get(
            Qt.Key(event.key())
        )
        value = self.value()
        if step is None or value is None:
            super().keyPressEvent(event)
            return
        minutes = (value.hour * 60 + value.minute + step) % (24 * 60)
        self.set_value(time(minutes // 60, minutes % 60))
