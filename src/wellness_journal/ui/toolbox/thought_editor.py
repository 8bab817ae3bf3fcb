"""The thought record editor: the seven columns, top to bottom, in plain words."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone

from PySide6.QtCore import QDate, QLocale, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from wellness_journal.core.coping import AutomaticThought, MoodRating, ThoughtRecord
from wellness_journal.ui.widgets.common import (
    button,
    card,
    clear,
    column,
    heading,
    paragraph,
    spread_row,
)

MAX_ROWS = 8


def _rating_box(name: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(-1, 100)
    box.setSingleStep(5)
    box.setSpecialValueText("–")
    box.setValue(-1)
    box.setAccessibleName(name)
    box.setFixedWidth(90)
    return box


def _value(box: QSpinBox) -> int | None:
    return None if box.value() < 0 else box.value()


class _MoodRow:
    def __init__(self, editor: ThoughtEditor, mood: MoodRating, number: int) -> None:
        self.number = number
        self.name = QLineEdit(mood.name)
        self.name.setPlaceholderText(editor.tr("e.g. anxious, angry, sad"))
        self.name.setAccessibleName(editor.tr("Mood"))
        self.before = _rating_box(editor.tr("How strong, 0 to 100"))
        self.before.setValue(-1 if mood.before is None else mood.before)
        self.after_label = QLabel()
        self.after = _rating_box(editor.tr("How strong now, 0 to 100"))
        self.after.setValue(-1 if mood.after is None else mood.after)
        self.name.textChanged.connect(self._on_name)
        self._editor = editor
        self._on_name(mood.name)

    def _on_name(self, text: str) -> None:
        unnamed = self._editor.tr("Mood {0} (no name yet)").format(self.number)
        self.after_label.setText(text.strip() or unnamed)
        self.after.setAccessibleName(
            self._editor.tr("{0} now, 0 to 100").format(text.strip() or self._editor.tr("Mood"))
        )

    def mood(self) -> MoodRating:
        return MoodRating(self.name.text(), _value(self.before), _value(self.after))


class _ThoughtRow:
    def __init__(self, editor: ThoughtEditor, thought: AutomaticThought) -> None:
        self.text = QLineEdit(thought.text)
        self.text.setAccessibleName(editor.tr("Thought"))
        self.hot = QRadioButton(editor.tr("Hot thought"))
        self.hot.setAccessibleName(editor.tr("Mark as the hot thought"))
        self.hot.setChecked(thought.hot)

    def thought(self) -> AutomaticThought:
        return AutomaticThought(self.text.text(), self.hot.isChecked())


class ThoughtEditor(QWidget):
    changed = Signal()
    save_requested = Signal()
    back_requested = Signal()
    delete_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._record: ThoughtRecord | None = None
        self.dirty = False
        self.mood_rows: list[_MoodRow] = []
        self.thought_rows: list[_ThoughtRow] = []
        self.hot_group = QButtonGroup(self)
        col = column(self, spacing=14)
        self.title = heading(self.tr("Thought record"))
        col.addWidget(self.title)
        col.addWidget(
            paragraph(
                self.tr(
                    "Slow a nagging thought down and weigh it up. Fill in what helps; "
                    "you can come back to it later."
                ),
                muted=True,
            )
        )
        self.situation = self._text(self.tr("Situation"))
        col.addWidget(
            self._section(
                self.tr("1. Situation"),
                self.situation_prompt(),
                self.situation,
            )
        )
        self.moods_box = QGridLayout()
        self.moods_box.setHorizontalSpacing(10)
        self.add_mood_button = button(self.tr("Add a mood"), name="flat")
        self.add_mood_button.clicked.connect(lambda: self._add_mood(MoodRating(""), focus=True))
        col.addWidget(
            self._section(
                self.tr("2. Moods"),
                self.tr(
                    "Name each mood in a word and rate how strong it is, 0 to 100: finer than "
                    "the 0 to 10 used elsewhere in the app, as on a paper thought record."
                ),
                self.moods_box,
                self.add_mood_button,
            )
        )
        self.thoughts_box = QVBoxLayout()
        self.add_thought_button = button(self.tr("Add a thought"), name="flat")
        self.add_thought_button.clicked.connect(
            lambda: self._add_thought(AutomaticThought(""), focus=True)
        )
        col.addWidget(
            self._section(
                self.tr("3. Automatic thoughts"),
                self.tr(
                    "What went through your mind? Mark the one that carries the most feeling: "
                    "the hot thought."
                ),
                self.thoughts_box,
                self.add_thought_button,
            )
        )
        self.evidence_for = self._text(self.tr("Evidence that supports the hot thought"))
        col.addWidget(
            self._section(
                self.tr("4. Evidence for"),
                self.tr("Facts that support the hot thought."),
                self.evidence_for,
            )
        )
        self.evidence_against = self._text(self.tr("Evidence that does not support it"))
        col.addWidget(
            self._section(
                self.tr("5. Evidence against"),
                self.tr("Facts that don't fit it. What would you tell a partner who thought this?"),
                self.evidence_against,
            )
        )
        self.balanced = self._text(self.tr("Balanced thought"))
        col.addWidget(
            self._section(
                self.tr("6. A balanced thought"),
                self.tr("A fairer way to see it, taking in all the evidence."),
                self.balanced,
            )
        )
        self.after_box = QGridLayout()
        self.after_box.setHorizontalSpacing(10)
        col.addWidget(
            self._section(
                self.tr("7. Moods now"),
                self.tr("Rate the same moods again, 0 to 100."),
                self.after_box,
            )
        )
        self.delete_button = button(self.tr("Delete"), clicked=self.delete_requested)
        self.back_button = button(
            self.tr("Back to the list"),
            tip=self.tr("Saves what you wrote"),
            clicked=self.back_requested,
        )
        self.save_button = button(
            self.tr("Save"), primary=True, tip=self.tr("Save (Ctrl+S)"), clicked=self.save_requested
        )
        col.addLayout(spread_row([self.delete_button], [self.back_button, self.save_button]))
        for edit in (self.situation, self.evidence_for, self.evidence_against, self.balanced):
            edit.textChanged.connect(self._on_changed)

    def situation_prompt(self) -> str:
        # Officers' records can be requested in court: no names, no case details.
        return self.tr("Where and when, in a few words. Leave out names and case details.")

    def _text(self, name: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setAccessibleName(name)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(84)
        return edit

    def _section(self, title: str, hint: str, *content: object) -> QWidget:
        frame, layout = card(title)
        layout.addWidget(paragraph(hint, muted=True))
        for item in content:
            if isinstance(item, QPushButton):
                layout.addWidget(item, 0, Qt.AlignmentFlag.AlignLeft)
            elif isinstance(item, QWidget):
                layout.addWidget(item)
            elif isinstance(item, QLayout):
                layout.addLayout(item)
        return frame

    # -- rows ----------------------------------------------------------------------------------------------
    def _add_mood(self, mood: MoodRating, *, focus: bool = False) -> None:
        if len(self.mood_rows) >= MAX_ROWS:
            return
        n = len(self.mood_rows)
        row = _MoodRow(self, mood, n + 1)
        self.moods_box.addWidget(row.name, n, 0)
        self.moods_box.addWidget(row.before, n, 1)
        self.after_box.addWidget(row.after_label, n, 0)
        self.after_box.addWidget(row.after, n, 1)
        self.moods_box.setColumnStretch(0, 1)
        self.after_box.setColumnStretch(0, 1)
        for signal in (row.name.textChanged, row.before.valueChanged, row.after.valueChanged):
            signal.connect(self._on_changed)
        self.mood_rows.append(row)
        self.add_mood_button.setEnabled(len(self.mood_rows) < MAX_ROWS)
        if focus:
            row.name.setFocus()

    def _add_thought(self, thought: AutomaticThought, *, focus: bool = False) -> None:
        if len(self.thought_rows) >= MAX_ROWS:
            return
        row = _ThoughtRow(self, thought)
        line = QHBoxLayout()
        line.addWidget(row.text, 1)
        line.addWidget(row.hot)
        self.thoughts_box.addLayout(line)
        self.hot_group.addButton(row.hot)
        row.text.textChanged.connect(self._on_changed)
        row.hot.toggled.connect(self._on_changed)
        self.thought_rows.append(row)
        self.add_thought_button.setEnabled(len(self.thought_rows) < MAX_ROWS)
        if focus:
            row.text.setFocus()

    def _clear_rows(self) -> None:
        for box in (self.moods_box, self.after_box, self.thoughts_box):
            clear(box)
        for row in self.thought_rows:
            self.hot_group.removeButton(row.hot)
        self.mood_rows, self.thought_rows = [], []

    # -- load and read ---------------------------------------------------------------------------------
    def load(self, record: ThoughtRecord | None) -> None:
        self._record = record
        self._clear_rows()
        r = record or ThoughtRecord(id=None, uid="", created_at=_now(), updated_at=_now())
        self.situation.setPlainText(r.situation)
        self.evidence_for.setPlainText(r.evidence_for)
        self.evidence_against.setPlainText(r.evidence_against)
        self.balanced.setPlainText(r.balanced_thought)
        for mood in r.moods or (MoodRating(""), MoodRating("")):
            self._add_mood(mood)
        for thought in r.thoughts or (AutomaticThought(""), AutomaticThought("")):
            self._add_thought(thought)
        self._set_title()
        self.delete_button.setVisible(record is not None and record.id is not None)
        self.dirty = False
        self.situation.setFocus()

    def record(self) -> ThoughtRecord:
        base = self._record or ThoughtRecord(id=None, uid="", created_at=_now(), updated_at=_now())
        return replace(
            base,
            situation=self.situation.toPlainText(),
            moods=tuple(r.mood() for r in self.mood_rows),
            thoughts=tuple(r.thought() for r in self.thought_rows),
            evidence_for=self.evidence_for.toPlainText(),
            evidence_against=self.evidence_against.toPlainText(),
            balanced_thought=self.balanced.toPlainText(),
        )

    def mark_saved(self, record: ThoughtRecord) -> None:
        self._record = record
        self.dirty = False
        self._set_title()
        self.delete_button.setVisible(record.id is not None)

    def _set_title(self) -> None:
        record = self._record
        if record is None or record.id is None:
            self.title.setText(self.tr("New thought record"))
        else:
            local = record.created_at.astimezone()
            day = QLocale().toString(QDate(local.year, local.month, local.day), "d MMMM yyyy")
            self.title.setText(self.tr("Thought record, {0}").format(day))

    @property
    def record_id(self) -> int | None:
        return None if self._record is None else self._record.id

    @Slot()
    def _on_changed(self) -> None:
        self.dirty = True
        self.changed.emit()


def _now() -> datetime:
    return datetime.now(timezone.utc)
