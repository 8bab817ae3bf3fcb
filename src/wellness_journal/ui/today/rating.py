"""A rating scale you can click or type: number keys set it, one tab stop for the whole row.

Keys: 0-9 set the value; on a 0-10 scale "1" then "0" gives 10. Arrow keys step, Home and End
go to the ends, Delete or Backspace clear it. Enter is left for the form (it saves).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
)


class RatingScale(QFrame):
    value_changed = Signal(object)  # int | None

    def __init__(
        self,
        name: str,
        low: int,
        high: int,
        *,
        words: dict[int, str] | None = None,
        low_hint: str = "",
        high_hint: str = "",
        show_words_on_buttons: bool = False,
    ) -> None:
        super().__init__()
        self.setObjectName("rating")
        self._name = name
        self.low, self.high = low, high
        self._words = words or {}
        self._value: int | None = None
        self._typed_one = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)
        self.buttons: dict[int, QPushButton] = {}
        row = QHBoxLayout()
        row.setSpacing(4)
        for value in range(low, high + 1):
            word = self._words.get(value, "")
            text = f"{value}\n{word}" if show_words_on_buttons and word else str(value)
            btn = QPushButton(text)
            btn.setCheckable(True)
            btn.setProperty("rating", True)
            btn.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            btn.setCursor(Qt.CursorShape.PointingHandCursor)
            btn.setAccessibleName(f"{name} {value} {word}".strip())
            btn.setMinimumHeight(54 if show_words_on_buttons else 36)
            self.group.addButton(btn, value)
            self.buttons[value] = btn
            row.addWidget(btn, 1)
        self.group.idClicked.connect(self._on_clicked)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        outer.setSpacing(2)
        outer.addLayout(row)
        if low_hint or high_hint:
            hints = QHBoxLayout()
            left, right = QLabel(low_hint), QLabel(high_hint)
            for label in (left, right):
                label.setObjectName("caption")
            hints.addWidget(left)
            hints.addStretch(1)
            hints.addWidget(right)
            outer.addLayout(hints)
        self._update_accessible()

    # -- value -----------------------------------------------------------------------------------
    def value(self) -> int | None:
        return self._value

    def set_value(self, value: int | None) -> None:
        if value is not None and not self.low <= value <= self.high:
            return
        changed = value != self._value
        self._value = value
        for v, btn in self.buttons.items():
            btn.setChecked(v == value)
        self._update_accessible()
        if changed:
            self.value_changed.emit(value)

    def word(self) -> str:
        return "" if self._value is None else self._words.get(self._value, "")

    def _on_clicked(self, value: int) -> None:
        self.set_value(None if value == self._value else value)
        self.setFocus(Qt.FocusReason.MouseFocusReason)

    def _update_accessible(self) -> None:
        if self._value is None:
            state = self.tr("not set")
        else:
            state = f"{self._value} {self.word()}".strip()
        self.setAccessibleName(self._name)
        self.setAccessibleDescription(
            self.tr("{0}. {1} to {2}; type a number or use the arrow keys.").format(
                state, self.low, self.high
            )
        )

    # -- keyboard ----------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.show_in_view()  # a rating changed by key is never changed off-screen
        key = event.key()
        typed_one, self._typed_one = self._typed_one, False
        held = event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier
            | Qt.KeyboardModifier.AltModifier
            | Qt.KeyboardModifier.MetaModifier
        )
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_9 and held == Qt.KeyboardModifier.NoModifier:
            digit = key - Qt.Key.Key_0
            if digit == 0 and typed_one and self.high >= 10:
                self.set_value(10)
                return
            if self.low <= digit <= self.high:
                self.set_value(digit)
                self._typed_one = digit == 1 and self.high >= 10
            return
        step = {
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Up: 1,
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Down: -1,
        }.get(Qt.Key(key))
        if step is not None:
            if self._value is None:
                self.set_value(self.low if step > 0 else self.high)
            else:
                self.set_value(min(max(self._value + step, self.low), self.high))
            return
        if key == Qt.Key.Key_Home:
            self.set_value(self.low)
        elif key == Qt.Key.Key_End:
            self.set_value(self.high)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.set_value(None)
        else:
            super().keyPressEvent(event)  # Enter, Tab, Escape: for the form

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.show_in_view()

    def show_in_view(self) -> None:
        """Scroll the page so the whole scale shows (it may sit below the fold)."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(self, 0, 16)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._typed_one = False
        super().focusOutEvent(event)
