"""5-4-3-2-1 grounding, one sense at a time, at the user's own pace.

What the user types stays in these fields and is saved only if they tick the box at the end.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QLabel, QLineEdit, QStackedWidget, QVBoxLayout, QWidget

from wellness_journal.core.exercises import Exercise
from wellness_journal.ui.toolbox.words import Words
from wellness_journal.ui.widgets.common import button, column, spread_row


class GroundingView(QWidget):
    finished = Signal()
    stop_requested = Signal()

    def __init__(self, ex: Exercise, words: Words, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.steps = ex.grounding_steps
        self.fields: list[QLineEdit] = []
        self.pages = QStackedWidget()
        for sense, count in self.steps:
            page = QWidget()
            col = column(page, spacing=12)
            number = QLabel(str(count))
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            number.setStyleSheet("font-size: 48pt; font-weight: 300;")
            number.setAccessibleName(words.sense_label(sense))
            prompt = QLabel(words.sense(sense, count))
            prompt.setObjectName("h2")
            prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
            prompt.setWordWrap(True)
            field = QLineEdit()
            field.setPlaceholderText(self.tr("Type them here if you like (optional)"))
            field.setAccessibleName(words.sense(sense, count))
            field.returnPressed.connect(self._on_next)
            self.fields.append(field)
            col.addStretch(1)
            col.addWidget(number)
            col.addWidget(prompt)
            col.addSpacing(8)
            col.addWidget(field)
            col.addStretch(1)
            self.pages.addWidget(page)
        self.progress = QLabel()
        self.progress.setObjectName("muted")
        self.progress.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint = QLabel(self.tr("What you type is not saved unless you choose to at the end."))
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.back_button = button(self.tr("Back"), clicked=self._on_back)
        self.stop_button = button(
            self.tr("Stop"), tip=self.tr("Stop here (Esc)"), clicked=self.stop_requested
        )
        self.next_button = button(
            self.tr("Next"), primary=True, tip=self.tr("Next sense (Enter)"), clicked=self._on_next
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.progress)
        layout.addWidget(hint)
        layout.addLayout(spread_row([self.stop_button], [self.back_button, self.next_button]))
        self._words = words
        self._show(0)

    @property
    def index(self) -> int:
        return self.pages.currentIndex()

    def _show(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.progress.setText(self.tr("Step {0} of {1}").format(index + 1, len(self.steps)))
        self.back_button.setEnabled(index > 0)
        last = index == len(self.steps) - 1
        self.next_button.setText(self.tr("Finish") if last else self.tr("Next"))
        self.next_button.setAccessibleName(self.next_button.text())
        self.fields[index].setFocus()

    def focus_current(self) -> None:
        self.fields[self.index].setFocus()

    @Slot()
    def _on_next(self) -> None:
        if self.index + 1 < len(self.steps):
            self._show(self.index + 1)
        else:
            self.finished.emit()

    @Slot()
    def _on_back(self) -> None:
        if self.index > 0:
            self._show(self.index - 1)

    def typed_text(self) -> str:
        """What was typed, one sense per line ("See: ..."), or "" if nothing."""
        lines = []
        for (sense, _), field in zip(self.steps, self.fields, strict=True):
            text = field.text().strip()
            if text:
                lines.append(f"{self._words.sense_label(sense)}: {text}")
        return "\n".join(lines)

    def clear(self) -> None:
        for field in self.fields:
            field.clear()
