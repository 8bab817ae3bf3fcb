"""A 0-10 stress rating (SUDS): eleven buttons, set by the number keys.

Keys: 0-9 set the rating, "1" then "0" quickly gives 10 (as does End), Left/Right move it,
Delete clears it.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from wellness_journal.ui.theme import current_colors
from wellness_journal.ui.widgets.common import column

TEN_WINDOW_MS = 900  # "1" then "0" within this time means 10


class SudsRating(QWidget):
    value_changed = Signal(object)  # int | None

    def __init__(self, question: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(question)
        self.setAccessibleDescription(
            self.tr("0 is calm, 10 is the worst you can imagine. Type a number to set it.")
        )
        self._value: int | None = None
        self._last_one = QElapsedTimer()
        self.question = QLabel(question)
        self.question.setObjectName("h2")
        self.question.setWordWrap(True)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)
        row = QHBoxLayout()
        row.setSpacing(6)
        self.buttons: list[QPushButton] = []
        for n in range(11):
            b = QPushButton(str(n))
            b.setCheckable(True)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.setMinimumSize(38, 40)
            b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            b.setAccessibleName(self._button_name(n))
            self.group.addButton(b, n)
            self.buttons.append(b)
            row.addWidget(b)
        self.group.idClicked.connect(self._on_clicked)
        ends = QHBoxLayout()
        calm = QLabel(self.tr("0 calm"))
        calm.setObjectName("muted")
        worst = QLabel(self.tr("10 the worst you can imagine"))
        worst.setObjectName("muted")
        ends.addWidget(calm)
        ends.addStretch(1)
        ends.addWidget(worst)
        colors = current_colors()
        self.setStyleSheet(
            f"QPushButton:checked {{ background: {colors.accent}; color: {colors.accent_text};"
            f" border: 1px solid {colors.accent}; font-weight: 600; }}"
        )
        layout = column(self, spacing=8)
        layout.addWidget(self.question)
        layout.addLayout(row)
        layout.addLayout(ends)

    def _button_name(self, n: int) -> str:
        if n == 0:
            return self.tr("0, calm")
        if n == 10:
            return self.tr("10, the worst you can imagine")
        return str(n)

    def value(self) -> int | None:
        return self._value

    def set_value(self, value: int | None) -> None:
        if value is not None and not 0 <= value <= 10:
            return
        self._value = value
        for n, b in enumerate(self.buttons):
            b.setChecked(n == value)
        self.setAccessibleDescription(
            self.tr("Rated {0} of 10").format(value) if value is not None else self.tr("Not rated")
        )
        self.value_changed.emit(value)

    @Slot(int)
    def _on_clicked(self, n: int) -> None:
        self.set_value(None if self._value == n else n)
        self.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods != Qt.KeyboardModifier.NoModifier:
            super().keyPressEvent(event)
            return
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            digit = key - Qt.Key.Key_0
            if (
                digit == 0
                and self._value == 1
                and self._last_one.isValid()
                and self._last_one.elapsed() <= TEN_WINDOW_MS
            ):
                digit = 10
            self._last_one.invalidate()
            if digit == 1:
                self._last_one.start()
            self.set_value(digit)
        elif key == Qt.Key.Key_End:
            self.set_value(10)
        elif key == Qt.Key.Key_Home:
            self.set_value(0)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Up):
            self.set_value(min(10, (self._value if self._value is not None else -1) + 1))
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Down):
            self.set_value(max(0, (self._value if self._value is not None else 1) - 1))
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.set_value(None)
        else:
            super().keyPressEvent(event)
