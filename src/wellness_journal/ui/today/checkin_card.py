"""The quick daily check-in: mood, stress, energy, shift, a note. Number keys, Tab, Enter."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from wellness_journal.core.checkin import MOOD_RANGE, RATING_RANGE, Checkin
from wellness_journal.ui.theme import current_colors
from wellness_journal.ui.today import labels
from wellness_journal.ui.today.rating import RatingScale
from wellness_journal.ui.widgets.common import button, card, heading, paragraph, steady


class CheckinCard(QWidget):
    """Emits ``save_requested`` on Enter or the Save button; the page saves through the service."""

    save_requested = Signal()
    edit_shifts_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loaded = Checkin(None, "", date.today())
        self.frame, inner = card()
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.frame)
        top = QHBoxLayout()
        self.title_label = heading(self.tr("How are you today?"), 2)
        top.addWidget(self.title_label, 1)
        self.status = QLabel()
        self.status.setObjectName("muted")
        top.addWidget(self.status)
        inner.addLayout(top)

        low, high = MOOD_RANGE
        self.mood = RatingScale(
            self.tr("Mood"), low, high, words=labels.mood_words(), show_words_on_buttons=True
        )
        low, high = RATING_RANGE
        self.stress = RatingScale(
            self.tr("Stress"),
            low,
            high,
            low_hint=self.tr("0 calm"),
            high_hint=self.tr("10 the worst you can imagine"),
        )
        self.energy = RatingScale(
            self.tr("Energy"),
            low,
            high,
            low_hint=self.tr("0 running on empty"),
            high_hint=self.tr("10 full of energy"),
        )
        self.shift = QComboBox()
        self.shift.setAccessibleName(self.tr("Shift"))
        self.shift.setMinimumWidth(200)
        steady(self.shift)
        self.edit_shifts = button(
            self.tr("&Change the list…"),
            name="flat",
            accessible=self.tr("Change the list of shifts"),
        )
        self.edit_shifts.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.edit_shifts.clicked.connect(self.edit_shifts_requested)
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("Optional: anything you want to remember about today"))
        self.note.setMaxLength(2000)

        form = QFormLayout()
        form.setSpacing(10)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for text, widget in (
            (self.tr("&Mood"), self.mood),
            (self.tr("&Stress"), self.stress),
            (self.tr("&Energy"), self.energy),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        shift_row = QHBoxLayout()
        shift_row.addWidget(self.shift)
        shift_row.addWidget(self.edit_shifts)
        shift_row.addStretch(1)
        shift_label = QLabel(self.tr("S&hift"))
        shift_label.setBuddy(self.shift)
        form.addRow(shift_label, shift_row)
        note_label = QLabel(self.tr("&Note"))
        note_label.setBuddy(self.note)
        form.addRow(note_label, self.note)
        inner.addLayout(form)

        self.save_button = button(self.tr("Save check-in"), primary=True)
        self.save_button.setToolTip(self.tr("Enter saves from anywhere in the check-in"))
        self.save_button.clicked.connect(self.save_requested)
        self.hint = paragraph(
            self.tr("Number keys set a rating, Tab moves on, Enter saves."), muted=True
        )
        self.missing = paragraph("")
        self.missing.setObjectName("problem")
        self.missing.setAccessibleName(self.tr("Check-in message"))
        self.missing.hide()
        bottom = QHBoxLayout()
        bottom.addWidget(self.hint, 1)
        bottom.addWidget(self.missing, 1)
        bottom.addWidget(self.save_button)
        inner.addLayout(bottom)

        for widget in (self.mood, self.stress, self.energy):
            widget.value_changed.connect(self._on_edited)
        self.shift.currentIndexChanged.connect(self._on_edited)
        self.note.textChanged.connect(self._on_edited)
        QWidget.setTabOrder(self.mood, self.stress)
        QWidget.setTabOrder(self.stress, self.energy)
        QWidget.setTabOrder(self.energy, self.shift)
        QWidget.setTabOrder(self.shift, self.note)
        QWidget.setTabOrder(self.note, self.save_button)
        self.setFocusProxy(self.mood)

    # -- content -------------------------------------------------------------------------------------
    def set_shifts(self, shifts: list[str]) -> None:
        current = self._shift_value()
        self.shift.blockSignals(True)
        self.shift.clear()
        self.shift.addItem(self.tr("Not set"), "")
        for s in shifts:
            self.shift.addItem(labels.item(s), s)
        if current and self.shift.findData(current) < 0:
            self.shift.addItem(labels.item(current), current)
        self.shift.setCurrentIndex(max(self.shift.findData(current), 0))
        self.shift.blockSignals(False)

    def load(self, checkin: Checkin | None, day: date) -> None:
        """Show ``checkin`` (or an empty one for ``day``) as saved."""
        self._loaded = checkin or Checkin(None, "", day)
        c = self._loaded
        for widget in (self.mood, self.stress, self.energy, self.shift, self.note):
            widget.blockSignals(True)
        self.mood.set_value(c.mood)
        self.stress.set_value(c.stress)
        self.energy.set_value(c.energy)
        if c.shift and self.shift.findData(c.shift) < 0:
            self.shift.addItem(labels.item(c.shift), c.shift)
        self.shift.setCurrentIndex(max(self.shift.findData(c.shift), 0))
        self.note.setText(c.note)
        for widget in (self.mood, self.stress, self.energy, self.shift, self.note):
            widget.blockSignals(False)
        self._on_edited()

    def day(self) -> date:
        return self._loaded.day

    def current(self) -> Checkin:
        return replace(
            self._loaded,
            mood=self.mood.value(),
            stress=self.stress.value(),
            energy=self.energy.value(),
            shift=self._shift_value(),
            note=self.note.text(),
        )

    def is_dirty(self) -> bool:
        now, then = self.current(), self._loaded
        return (now.mood, now.stress, now.energy, now.shift, now.note.strip()) != (
            then.mood,
            then.stress,
            then.energy,
            then.shift,
            then.note,
        )

    def _shift_value(self) -> str:
        data = self.shift.currentData()
        return data if isinstance(data, str) else ""

    def say_missing(self, text: str) -> None:
        """Say what is missing, by the Save button, until the next change."""
        self.missing.setText(text)
        self.missing.show()
        self.hint.hide()

    @Slot()
    def _on_edited(self) -> None:
        self.missing.hide()
        self.hint.show()
        if self.is_dirty():
            self.status.setText(self.tr("Not saved yet"))
            self.status.setStyleSheet("")
        elif self._loaded.id is not None:
            self.status.setText(self.tr("Saved ✓"))
            self.status.setStyleSheet(f"color: {current_colors().accent}; font-weight: 600;")
        else:
            self.status.setText("")
        self.save_button.setText(
            self.tr("Update check-in") if self._loaded.id is not None else self.tr("Save check-in")
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.save_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)
