"""The steps around an exercise: choose and rate before, rate again after."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wellness_journal.core.coping import Outcome
from wellness_journal.core.exercises import Exercise
from wellness_journal.core.pacer import LengthChoice, Plan, default_choice, length_choices, plan_for
from wellness_journal.ui.toolbox.suds import SudsRating
from wellness_journal.ui.toolbox.words import Words, clock_text
from wellness_journal.ui.widgets.common import (
    button,
    column,
    heading,
    notice,
    paragraph,
    spread_row,
)


def _add_footer(
    page: QWidget, col: QVBoxLayout, skip: str, on_skip: Callable[[], object], go: QPushButton
) -> QPushButton:
    """The step's last row: the button ``skip`` that skips the rating (one key, S, does the
    same) at the start, ``go`` at the end. Returns the skip button."""
    key = QShortcut(QKeySequence(Qt.Key.Key_S), page)
    key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    key.activated.connect(on_skip)
    skip_button = button(skip, name="flat", clicked=on_skip)
    skip_button.setAutoDefault(False)
    col.addStretch(1)
    col.addLayout(spread_row([skip_button], [go]))
    return skip_button


class BeforeStep(QWidget):
    """The exercise, its cautions, how long (and how fast), and the first rating."""

    start_requested = Signal()

    def __init__(
        self,
        ex: Exercise,
        words: Words,
        *,
        chosen: LengthChoice | None,
        rate: float | None,
        suds_before: int | None,
        practised: bool = False,
        no_holds: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ex = ex
        col = column(self, spacing=12)
        col.addWidget(heading(words.name(ex.id)))
        col.addWidget(paragraph(words.summary(ex.id)))
        if ex.cautions:
            caution = notice(words.cautions(ex))
            caution.setAccessibleName(words.cautions(ex))
            col.addWidget(caution)
        form = QFormLayout()
        form.setSpacing(10)
        self.length = QComboBox()
        self.length.setAccessibleName(self.tr("How long"))
        choices = length_choices(ex, practised=practised)
        if choices:
            chosen = chosen if chosen in choices else default_choice(ex)
            for choice in choices:
                self.length.addItem(self._length_label(choice), choice)
            self.length.setCurrentIndex(choices.index(chosen) if chosen in choices else 0)
            form.addRow(self.tr("How long"), self.length)
        else:
            self.length.setVisible(False)
            fixed = (
                words.length(plan_for(ex).total_seconds)
                if ex.timed
                else self.tr("At your own pace, a few minutes")
            )
            form.addRow(self.tr("How long"), QLabel(fixed))
        self.rate: QDoubleSpinBox | None = None
        if ex.rate_range is not None:
            self.rate = QDoubleSpinBox()
            self.rate.setRange(*ex.rate_range)
            self.rate.setSingleStep(0.5)
            self.rate.setDecimals(1)
            self.rate.setValue(rate or ex.default_rate)
            self.rate.setSuffix(self.tr(" breaths a minute"))
            self.rate.setAccessibleName(self.tr("Breaths a minute"))
            self.rate_hint = QLabel()
            self.rate_hint.setObjectName("muted")
            self.rate.valueChanged.connect(self._on_rate_changed)
            rate_row = QHBoxLayout()
            rate_row.addWidget(self.rate)
            rate_row.addWidget(self.rate_hint, 1)
            form.addRow(self.tr("Pace"), rate_row)
        self.holds: QCheckBox | None = None
        if ex.has_holds:
            self.holds = QCheckBox(self.tr("Leave out the &holds"))
            self.holds.setAccessibleName(self.tr("Leave out the holds: breathe in and out only"))
            self.holds.setToolTip(self.tr("Breathe in and out only, slowly and evenly"))
            self.holds.setChecked(no_holds)
            form.addRow("", self.holds)
        col.addLayout(form)
        col.addSpacing(10)
        self.rating = SudsRating(self.tr("How stressed do you feel right now?"))
        self.rating.set_value(suds_before)
        col.addWidget(self.rating)
        self.start_button = button(
            self.tr("Start"),
            primary=True,
            tip=self.tr("Start (Enter)"),
            clicked=self.start_requested,
        )
        self.skip_button = _add_footer(
            self, col, self.tr("Skip the rating (S)"), self._on_skip, self.start_button
        )
        if self.rate is not None:
            self._on_rate_changed(self.rate.value())

    def _length_label(self, choice: LengthChoice) -> str:
        if choice.cycles:
            return self.tr("{0} breaths").format(choice.cycles)
        minutes = choice.seconds // 60
        return self.tr("1 minute") if minutes == 1 else self.tr("{0} minutes").format(minutes)

    def choice(self) -> LengthChoice | None:
        data = self.length.currentData()
        return data if isinstance(data, LengthChoice) else None

    def rate_value(self) -> float | None:
        return self.rate.value() if self.rate is not None else None

    def keeps_holds(self) -> bool:
        return self.holds is None or not self.holds.isChecked()

    def plan(self) -> Plan | None:
        if not self.ex.timed:
            return None
        return plan_for(self.ex, self.choice(), self.rate_value(), holds=self.keeps_holds())

    @Slot(float)
    def _on_rate_changed(self, rate: float) -> None:
        half = 60.0 / rate / 2
        self.rate_hint.setText(self.tr("in {0:.1f} s, out {0:.1f} s").format(half))

    @Slot()
    def _on_skip(self) -> None:
        if self.isVisible():
            self.rating.set_value(None)
            self.start_requested.emit()


class AfterStep(QWidget):
    """How it went, the second rating, and (grounding) whether to keep what was typed."""

    done_requested = Signal()

    def __init__(self, words: Words, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words = words
        self._before: int | None = None
        col = column(self, spacing=12)
        self.title = heading("")
        self.text = paragraph("")
        col.addWidget(self.title)
        col.addWidget(self.text)
        col.addSpacing(14)
        self.rating = SudsRating(self.tr("How stressed do you feel now?"))
        self.rating.value_changed.connect(self._on_changed)
        col.addWidget(self.rating)
        self.compare = QLabel()
        self.compare.setObjectName("h2")
        col.addWidget(self.compare)
        self.keep_notes = QCheckBox(self.tr("Keep what I typed with this session"))
        self.keep_notes.setAccessibleName(self.keep_notes.text())
        self.keep_notes.setToolTip(self.tr("It is kept in your encrypted journal"))
        self.keep_notes.setVisible(False)
        col.addSpacing(6)
        col.addWidget(self.keep_notes)
        self.done_button = button(
            self.tr("Done"),
            primary=True,
            tip=self.tr("Save and close (Enter)"),
            clicked=self.done_requested,
        )
        self.skip_button = _add_footer(
            self, col, self.tr("Skip the rating (S)"), self._on_skip, self.done_button
        )

    def show_result(
        self, name: str, outcome: Outcome, seconds: float, before: int | None, *, notes: bool
    ) -> None:
        self._before = before
        if outcome is Outcome.COMPLETED:
            self.title.setText(self.tr("Well done"))
            self.text.setText(self.tr("You finished {0}.").format(name))
        else:
            self.title.setText(self.tr("Stopped after {0}").format(clock_text(seconds)))
            self.text.setText(self.tr("Stopping early is fine. Every bit of practice counts."))
        self.keep_notes.setVisible(notes)
        self._on_changed(self.rating.value())

    @Slot(object)
    def _on_changed(self, value: object) -> None:
        if self._before is None:
            self.compare.setText("")
        elif value is None:
            self.compare.setText(self.tr("Before: {0}").format(self._before))
        else:
            self.compare.setText(self.tr("Before: {0}   Now: {1}").format(self._before, value))

    @Slot()
    def _on_skip(self) -> None:
        if self.isVisible():
            self.rating.set_value(None)
            self.done_requested.emit()
