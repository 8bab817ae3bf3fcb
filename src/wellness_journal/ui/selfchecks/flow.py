"""Taking a self-check: a short introduction, then one question per screen in the form's own
words, with its recall period above every question.

Keys: the number of an answer answers it and moves on; Backspace goes back one question; Esc
leaves. Any question can be skipped (then there is no total, and the result says so plainly).
The AUDIT-C ends after "Never" on its first question (the other two count 0, as on the VA's
form) and otherwise asks, for its cut-off only, which one to use (men's, women's, or both).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from wellness_journal.core.selfcheck_forms import Form, Option
from wellness_journal.core.selfchecks import AUDITC_CUTOFF, Instrument, Sex
from wellness_journal.ui.selfchecks import words
from wellness_journal.ui.widgets.common import (
    button,
    column,
    heading,
    inner_column,
    paragraph,
    spread_row,
)

INTRO, QUESTION = range(2)  # the pages; the sex question reuses the question's page
DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(10)}


class ChoiceView(QWidget):
    """A question and its answers as large buttons; a number key picks the answer with that
    number, Backspace asks to go back."""

    chosen = Signal(int)
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = column(self, spacing=12)
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("muted")
        self.counter = QLabel()
        self.counter.setObjectName("muted")
        top.addWidget(self.title, 1)
        top.addWidget(self.counter)
        layout.addLayout(top)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(6)
        self.progress.setAccessibleName(self.tr("Progress"))
        layout.addWidget(self.progress)
        self.stem = paragraph("", muted=True)
        self.stem.setAccessibleName(self.tr("The time the question asks about"))
        layout.addWidget(self.stem)
        self.text = paragraph("")
        self.text.setObjectName("question")
        layout.addWidget(self.text)
        self.answers = inner_column(layout, spacing=8)
        self.group = QButtonGroup(self)
        self.group.idClicked.connect(self.chosen)
        self.buttons: dict[int, QPushButton] = {}
        row = QHBoxLayout()
        self.back_button = button(
            self.tr("← Back"),
            name="flat",
            tip=self.tr("The question before (Backspace)"),
            clicked=self.back_requested,
        )
        row.addWidget(self.back_button)
        row.addStretch(1)
        self.extra = QHBoxLayout()
        row.addLayout(self.extra)
        layout.addLayout(row)
        self.hint = paragraph(
            self.tr("Type the number of your answer, or click it. Backspace goes back."),
            muted=True,
        )
        layout.addWidget(self.hint)
        layout.addStretch(1)

    def show_choice(
        self,
        title: str,
        counter: str,
        done: tuple[int, int],
        stem: str,
        text: str,
        options: list[Option],
        selected: int | None,
    ) -> None:
        self.title.setText(title)
        self.counter.setText(counter)
        self.progress.setRange(0, done[1])
        self.progress.setValue(done[0])
        self.stem.setText(stem)
        self.stem.setVisible(bool(stem))
        self.text.setText(text)
        self.text.setAccessibleName(text)
        old_buttons = list(self.buttons.values())
        self.buttons = {}
        for option in options:
            answer = QPushButton(f"{option.score}    {option.label}")
            answer.setObjectName("answer")
            answer.setCheckable(True)
            answer.setChecked(option.score == selected)
            answer.setCursor(Qt.CursorShape.PointingHandCursor)
            answer.setAccessibleName(f"{option.score}: {option.label}")
            answer.setMinimumHeight(44)
            self.group.addButton(answer, option.score)
            self.answers.addWidget(answer)
            answer.setVisible(True)  # now, not at the next turn of the loop: it takes the focus
            self.buttons[option.score] = answer
        focus = self.buttons.get(selected) if selected is not None else None
        (focus or next(iter(self.buttons.values()))).setFocus(Qt.FocusReason.OtherFocusReason)
        for old in old_buttons:  # after the new ones took the focus, so it never jumps away
            self.group.removeButton(old)
            old.hide()
            old.setParent(None)
            old.deleteLater()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        held = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key in DIGITS and held == Qt.KeyboardModifier.NoModifier:
            if DIGITS[key] in self.buttons:
                self.chosen.emit(DIGITS[key])
            return
        if key == Qt.Key.Key_Backspace:
            self.back_requested.emit()
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            order = list(self.buttons.values())
            current = next((i for i, b in enumerate(order) if b.hasFocus()), -1)
            step = 1 if key == Qt.Key.Key_Down else -1
            order[(current + step) % len(order)].setFocus(Qt.FocusReason.TabFocusReason)
            return
        super().keyPressEvent(event)


class QuestionFlow(QStackedWidget):
    """One self-check from its introduction to the last answer. ``finished`` when every question
    was answered or skipped (``answers``, ``sex``); ``leave_requested`` when the person asks to leave."""

    finished = Signal()
    leave_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form: Form | None = None
        self.answers: list[int | None] = []
        self.position = 0
        self.sex: Sex | None = None
        self.asking_sex = False  # the AUDIT-C's last question, for its cut-off
        self._last_sex: Sex | None = None
        self.addWidget(self._intro_page())
        self.choice = ChoiceView()
        self.choice.chosen.connect(self._on_chosen)
        self.choice.back_requested.connect(self.back)
        self.skip_button = button(self.tr("Skip this question"), name="flat")
        self.skip_button.setToolTip(
            self.tr("Leave this one out (then there is no total this time)")
        )
        self.skip_button.clicked.connect(self.skip)
        self.choice.extra.addWidget(self.skip_button)
        self.addWidget(self.choice)

    # -- the pages --------------------------------------------------------------------------------
    def _intro_page(self) -> QWidget:
        page = QWidget()
        layout = column(page, spacing=12)
        self.intro_title = heading("")
        layout.addWidget(self.intro_title)
        self.intro_about = paragraph("")
        layout.addWidget(self.intro_about)
        self.intro_length = paragraph("", muted=True)
        layout.addWidget(self.intro_length)
        self.intro_recall = paragraph("")
        layout.addWidget(self.intro_recall)
        layout.addWidget(paragraph(words.not_a_diagnosis(), muted=True))
        self.start_button = button(self.tr("&Start"), primary=True, clicked=self._on_start)
        leave = button(self.tr("Back to self-checks"), name="flat", clicked=self.leave_requested)
        layout.addLayout(spread_row([self.start_button], [leave]))
        layout.addStretch(1)
        return page

    # -- state ----------------------------------------------------------------------------------------
    @property
    def instrument(self) -> Instrument | None:
        return self.form.instrument if self.form is not None else None

    @property
    def started(self) -> bool:
        """Past the introduction, with at least one question answered or skipped."""
        return self.form is not None and (self.position > 0 or self.asking_sex)

    def begin(self, form: Form, *, last_sex: Sex | None = None) -> None:
        """Show ``form``'s introduction (Enter starts)."""
        self.form = form
        self.answers = [None] * len(form.items)
        self.position = 0
        self.sex = None
        self.asking_sex = False
        self._last_sex = last_sex
        instrument = form.instrument
        self.intro_title.setText(words.title(instrument))
        self.intro_about.setText(words.about(instrument))
        self.intro_length.setText(words.length(instrument))
        self.intro_recall.setText(form.stem or words.recall(form.recall))
        self.setCurrentIndex(INTRO)
        self.start_button.setDefault(True)
        self.start_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def resume(self, form: Form, draft: dict[str, Any], *, last_sex: Sex | None = None) -> None:
        """Carry on from a self-check kept when the journal locked."""
        self.begin(form, last_sex=last_sex)
        raw = draft.get("answers")
        if isinstance(raw, list) and len(raw) == len(form.items):
            self.answers = [
                v if isinstance(v, int) and not isinstance(v, bool) else None for v in raw
            ]
        position = draft.get("position")
        if isinstance(position, int) and 0 <= position <= len(form.items):
            self.position = position
        self._show_position()

    def draft(self) -> dict[str, Any]:
        return {
            "instrument": self.instrument.value if self.instrument else "",
            "answers": list(self.answers),
            "position": self.position,
        }

    # -- moving through it --------------------------------------------------------------------------
    @Slot()
    def _on_start(self) -> None:
        self.position = 0
        self._show_position()

    def _show_position(self) -> None:
        form = self.form
        if form is None:
            return
        if self.position >= len(form.items):
            if self._asks_sex():
                self._show_sex()
            else:
                self.finished.emit()
            return
        item = form.items[self.position]
        self.asking_sex = False
        self.skip_button.setVisible(True)
        self.choice.show_choice(
            words.title(form.instrument),
            self.tr("Question {0} of {1}").format(item.number, len(form.items)),
            (self.position, len(form.items)),
            form.stem or words.recall(form.recall),
            item.text,
            list(item.options),
            self.answers[self.position],
        )
        self.setCurrentIndex(QUESTION)

    def _never_drinks(self) -> bool:
        return self.instrument is Instrument.AUDITC and self.answers[:1] == [0]

    def _asks_sex(self) -> bool:
        return self.instrument is Instrument.AUDITC and not self._never_drinks()

    def _show_sex(self) -> None:
        men, women = AUDITC_CUTOFF[Sex.MALE], AUDITC_CUTOFF[Sex.FEMALE]
        options = [
            Option(1, self.tr("The cut-off for men ({0})").format(men)),
            Option(2, self.tr("The cut-off for women ({0})").format(women)),
            Option(3, self.tr("Prefer not to say (show both)")),
        ]
        chosen = self.sex or self._last_sex
        selected = {Sex.MALE: 1, Sex.FEMALE: 2, Sex.UNSPECIFIED: 3}.get(chosen) if chosen else None
        self.skip_button.setVisible(False)
        self.choice.show_choice(
            words.title(Instrument.AUDITC),
            self.tr("One more question, only for the score"),
            (self.position, self.position),
            self.tr(
                "The AUDIT-C has a different cut-off for men and for women. This answer is used "
                "only for your score, and kept only with this self-check."
            ),
            self.tr("Which cut-off should your result use?"),
            options,
            selected,
        )
        self.asking_sex = True
        self.setCurrentIndex(QUESTION)

    @Slot(int)
    def _on_chosen(self, value: int) -> None:
        form = self.form
        if form is None:
            return
        if self.asking_sex:
            self.sex = {1: Sex.MALE, 2: Sex.FEMALE, 3: Sex.UNSPECIFIED}.get(value)
            if self.sex is not None:
                self.finished.emit()
            return
        self.answers[self.position] = value
        if self._never_drinks():
            # As on the VA's form: after "Never" the other two are not asked and count 0.
            self.answers = [0] * len(form.items)
            self.position = len(form.items)
        else:
            self.position += 1
        self._show_position()

    @Slot()
    def skip(self) -> None:
        if self.form is None or self.currentIndex() != QUESTION or self.asking_sex:
            return
        self.answers[self.position] = None
        self.position += 1
        self._show_position()

    @Slot()
    def back(self) -> None:
        if self.form is None:
            return
        if self.asking_sex or self.position >= len(self.form.items):
            self.position = 0 if self._never_drinks() else len(self.form.items) - 1
            self._show_position()
        elif self.position > 0:
            self.position -= 1
            self._show_position()
        else:
            self.begin(self.form, last_sex=self._last_sex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.leave_requested.emit()
            return
        super().keyPressEvent(event)
