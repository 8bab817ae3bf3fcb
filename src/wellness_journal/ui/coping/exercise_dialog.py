"""One exercise from start to finish: rate (or skip), do it, rate again. Saves the session.

The session is saved the moment the exercise ends (completed or stopped), before the second
rating, so closing the window or locking the journal never loses it. ``finish_now`` stops a
running exercise and saves it as stopped; the toolbox page calls it from ``flush()``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import datetime, timezone
from enum import IntEnum

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from wellness_journal.core.coping import CopingSession, Outcome
from wellness_journal.core.errors import WellnessError
from wellness_journal.core.exercises import (
    Family,
    LengthChoice,
    PacerState,
    Stage,
    Stopwatch,
    default_choice,
    exercise,
    length_choices,
    plan_for,
)
from wellness_journal.ui.context import UiContext
from wellness_journal.ui.coping.grounding import GroundingView
from wellness_journal.ui.coping.pacer import PacerDriver, PacerWidget
from wellness_journal.ui.coping.suds import SudsRating
from wellness_journal.ui.coping.words import Words, clock_text
from wellness_journal.ui.messages import error_text
from wellness_journal.ui.widgets.common import button, heading, notice, paragraph

RUN_HEIGHT = 640


class Step(IntEnum):
    BEFORE = 0
    RUN = 1
    AFTER = 2


class ExerciseDialog(QDialog):
    session_saved = Signal(object)  # CopingSession, when the exercise ends and when rated again

    def __init__(
        self,
        ctx: UiContext,
        exercise_id: str,
        parent: QWidget | None = None,
        *,
        suds_before: int | None = None,
        clock: Callable[[], float] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ex = exercise(exercise_id)
        self.words = Words(self)
        self._qt_clock = QElapsedTimer()
        self._qt_clock.start()
        self._clock = clock or (lambda: self._qt_clock.nsecsElapsed() / 1e9)
        self.driver: PacerDriver | None = None
        self.grounding_watch = Stopwatch()
        self.saved: CopingSession | None = None
        self._started_at: datetime | None = None
        self._planned = 0.0
        self._status_key: tuple[object, ...] = ()
        self._groups: list[str] = []
        self.setWindowTitle(self.words.name(self.ex.id))
        self.setAccessibleName(self.words.name(self.ex.id))
        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_before(suds_before))
        self.stack.addWidget(QWidget())  # the run page, built on start
        self.stack.addWidget(self._build_after())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 22)
        layout.addWidget(self.stack)
        self.start_button.setDefault(True)  # only works once the button is inside the dialog
        self.resize(600, max(420, self.sizeHint().height()))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self._activate)
        if self.step is Step.BEFORE:
            self.before_rating.setFocus()

    @Slot()
    def _activate(self) -> None:
        self.raise_()
        self.activateWindow()

    @property
    def step(self) -> Step:
        return Step(self.stack.currentIndex())

    @property
    def running(self) -> bool:
        return self.step is Step.RUN and self.saved is None

    # -- before ---------------------------------------------------------------------------------------
    def _build_before(self, suds_before: int | None) -> QWidget:
        page = QWidget()
        col = QVBoxLayout(page)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(12)
        col.addWidget(heading(self.words.name(self.ex.id)))
        col.addWidget(paragraph(self.words.summary(self.ex.id)))
        if self.ex.cautions:
            caution = notice(self.words.cautions(self.ex))
            caution.setAccessibleName(self.words.cautions(self.ex))
            col.addWidget(caution)
        form = QFormLayout()
        form.setSpacing(10)
        self.length = QComboBox()
        self.length.setAccessibleName(self.tr("How long"))
        self.rate: QDoubleSpinBox | None = None
        choices = length_choices(self.ex)
        if choices:
            chosen = self.ctx.session.coping.chosen_length(self.ex.id) or default_choice(self.ex)
            for choice in choices:
                self.length.addItem(self._length_label(choice), choice)
            self.length.setCurrentIndex(max(0, choices.index(chosen) if chosen in choices else 0))
            form.addRow(self.tr("How long"), self.length)
        else:
            self.length.setVisible(False)
            fixed = (
                self.words.length(plan_for(self.ex).total_seconds)
                if self.ex.timed
                else self.tr("At your own pace, a few minutes")
            )
            form.addRow(self.tr("How long"), QLabel(fixed))
        if self.ex.rate_range is not None:
            self.rate = QDoubleSpinBox()
            self.rate.setRange(*self.ex.rate_range)
            self.rate.setSingleStep(0.5)
            self.rate.setDecimals(1)
            self.rate.setValue(self.ctx.session.coping.chosen_rate(self.ex.id) or 6.0)
            self.rate.setSuffix(self.tr(" breaths a minute"))
            self.rate.setAccessibleName(self.tr("Breaths a minute"))
            self.rate_hint = QLabel()
            self.rate_hint.setObjectName("muted")
            self.rate.valueChanged.connect(self._on_rate_changed)
            self._on_rate_changed(self.rate.value())
            rate_row = QHBoxLayout()
            rate_row.addWidget(self.rate)
            rate_row.addWidget(self.rate_hint, 1)
            form.addRow(self.tr("Pace"), rate_row)
        col.addLayout(form)
        self.auto_lock_note = paragraph("", muted=True)
        col.addWidget(self.auto_lock_note)
        self.length.currentIndexChanged.connect(self._update_auto_lock_note)
        self._update_auto_lock_note()
        col.addSpacing(10)
        self.before_rating = SudsRating(self.tr("How stressed do you feel right now?"))
        self.before_rating.set_value(suds_before)
        col.addWidget(self.before_rating)
        col.addStretch(1)
        self.skip_before_button = button(self.tr("Skip the rating (S)"), name="flat")
        self.skip_before_button.setAutoDefault(False)
        self.skip_before_button.clicked.connect(self._on_skip_before)
        self.start_button = button(self.tr("Start"), primary=True)
        self.start_button.setToolTip(self.tr("Start (Enter)"))
        self.start_button.clicked.connect(self._on_start)
        row = QHBoxLayout()
        row.addWidget(self.skip_before_button)
        row.addStretch(1)
        row.addWidget(self.start_button)
        col.addLayout(row)
        skip = QShortcut(QKeySequence(Qt.Key.Key_S), page)
        skip.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        skip.activated.connect(self._on_skip_before)
        return page

    def _length_label(self, choice: LengthChoice) -> str:
        if choice.cycles:
            return self.tr("{0} breaths (best the first few times)").format(choice.cycles)
        minutes = choice.seconds // 60
        return self.tr("1 minute") if minutes == 1 else self.tr("{0} minutes").format(minutes)

    @Slot(float)
    def _on_rate_changed(self, rate: float) -> None:
        half = 60.0 / rate / 2
        self.rate_hint.setText(self.tr("in {0:.1f} s, out {0:.1f} s").format(half))
        self._update_auto_lock_note()

    def _current_choice(self) -> LengthChoice | None:
        data = self.length.currentData()
        return data if isinstance(data, LengthChoice) else None

    @Slot()
    def _update_auto_lock_note(self) -> None:
        if not hasattr(self, "auto_lock_note"):
            return
        minutes = self.ctx.session.settings.auto_lock_minutes()
        seconds = self._make_plan_seconds()
        long = seconds > minutes * 60 - 5
        self.auto_lock_note.setVisible(long)
        if long:
            self.auto_lock_note.setText(
                self.tr(
                    "The journal locks itself after {0} quiet minutes. A touch of the mouse keeps "
                    "it open; the lock time is in Settings."
                ).format(minutes)
            )

    def _make_plan_seconds(self) -> float:
        if not self.ex.timed:
            return 0.0
        rate = self.rate.value() if self.rate is not None else None
        return plan_for(self.ex, self._current_choice(), rate).total_seconds

    @Slot()
    def _on_skip_before(self) -> None:
        if self.step is Step.BEFORE:
            self.before_rating.set_value(None)
            self._on_start()

    # -- run ------------------------------------------------------------------------------------------------
    @Slot()
    def _on_start(self) -> None:
        if self.step is not Step.BEFORE:
            return
        coping = self.ctx.session.coping
        choice = self._current_choice()
        with contextlib.suppress(WellnessError, ValueError):  # a remembered choice is a nicety
            if choice is not None:
                coping.set_chosen_length(self.ex.id, choice)
            if self.rate is not None:
                coping.set_chosen_rate(self.ex.id, self.rate.value())
        page = self._build_run(choice)
        old = self.stack.widget(Step.RUN)
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()
        self.stack.insertWidget(Step.RUN, page)
        self.stack.setCurrentIndex(Step.RUN)
        self.resize(max(self.width(), 600), max(self.height(), RUN_HEIGHT))
        self._started_at = datetime.now(timezone.utc)
        if self.driver is not None:
            self.driver.start()
            self.pause_button.setFocus()
        else:
            self.grounding_watch.start(self._clock())
            self.grounding.focus_current()

    def _build_run(self, choice: LengthChoice | None) -> QWidget:
        page = QWidget()
        col = QVBoxLayout(page)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(10)
        title = QLabel(self.words.name(self.ex.id))
        title.setObjectName("muted")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        col.addWidget(title)
        if not self.ex.timed:
            self.grounding = GroundingView(self.ex)
            self.grounding.finished.connect(self._on_grounding_finished)
            self.grounding.stop_requested.connect(self._on_stop)
            col.addWidget(self.grounding, 1)
            return page
        rate = self.rate.value() if self.rate is not None else None
        plan = plan_for(self.ex, choice, rate)
        self._planned = plan.total_seconds
        self.driver = PacerDriver(plan, self, clock=self._clock)
        self._groups = list(dict.fromkeys(p.cue for p in plan.cycle if p.cue))
        self.guidance = QLabel()
        self.guidance.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.guidance.setWordWrap(True)
        self.guidance.setMinimumHeight(52)
        big = self.ex.family is Family.BODY
        self.guidance.setStyleSheet(f"font-size: {15 if big else 12}pt;")
        self.pacer = PacerWidget()
        self.status = QLabel()
        self.status.setObjectName("muted")
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stop_button = button(self.tr("Stop"))
        self.stop_button.setToolTip(self.tr("Stop here (Esc)"))
        self.stop_button.clicked.connect(self._on_stop)
        self.pause_button = button(self.tr("Pause"), primary=True)
        self.pause_button.setToolTip(self.tr("Pause or resume (Space)"))
        self.pause_button.clicked.connect(self._on_pause)
        row = QHBoxLayout()
        row.addWidget(self.stop_button)
        row.addStretch(1)
        row.addWidget(self.pause_button)
        col.addWidget(self.guidance)
        col.addWidget(self.pacer, 1)
        col.addWidget(self.status)
        col.addLayout(row)
        self.driver.ticked.connect(self._on_tick)
        self.driver.phase_changed.connect(self._on_phase)
        self.driver.finished.connect(self._on_finished)
        return page

    @Slot(object)
    def _on_tick(self, state: PacerState) -> None:
        assert self.driver is not None
        paused = not self.driver.running and not self.driver.done
        self.pacer.show_state(state, self.words.phase(state.phase), paused=paused)
        key = (paused, state.cycle, state.stage, round(state.remaining))
        if key == self._status_key:
            return
        self._status_key = key
        left = clock_text(state.remaining)
        if paused:
            text = self.tr("Paused · {0} left").format(left)
        elif state.stage is Stage.CYCLE and self.ex.family is Family.BREATHING:
            text = self.tr("Breath {0} of {1} · {2} left").format(
                state.cycle + 1, self.driver.plan.cycles, left
            )
        elif state.stage is Stage.CYCLE and state.phase.cue in self._groups:
            text = self.tr("Muscle group {0} of {1} · {2} left").format(
                self._groups.index(state.phase.cue) + 1, len(self._groups), left
            )
        else:
            text = self.tr("{0} left").format(left)
        self.status.setText(text)

    @Slot(object)
    def _on_phase(self, state: PacerState) -> None:
        self.guidance.setText(self.words.guidance(self.ex.id, state.phase))
        self.pacer.setAccessibleDescription(
            f"{self.words.phase(state.phase)}. {self.guidance.text()}"
        )

    @Slot()
    def _on_pause(self) -> None:
        if self.driver is None or self.driver.done:
            return
        if self.driver.running:
            self.driver.pause()
            self.pause_button.setText(self.tr("Resume"))
        else:
            self.driver.resume()
            self.pause_button.setText(self.tr("Pause"))
        self.pause_button.setAccessibleName(self.pause_button.text())

    @Slot()
    def _on_finished(self) -> None:
        self._end_run(Outcome.COMPLETED)

    @Slot()
    def _on_grounding_finished(self) -> None:
        self._end_run(Outcome.COMPLETED)

    @Slot()
    def _on_stop(self) -> None:
        if self.running:
            self._end_run(Outcome.STOPPED)

    def _seconds_done(self) -> float:
        if self.driver is not None:
            return self.driver.stop()
        self.grounding_watch.pause(self._clock())
        return self.grounding_watch.elapsed(self._clock())

    def _end_run(self, outcome: Outcome, *, quiet: bool = False) -> None:
        """Stop the clock and save the session; then ask for the second rating."""
        if not self.running:
            return
        seconds = self._seconds_done()
        try:
            self.saved, changes = self.ctx.session.coping.record_session(
                self.ex.id,
                started_at=self._started_at or datetime.now(timezone.utc),
                seconds_done=seconds,
                planned_seconds=self._planned,
                outcome=outcome,
                suds_before=self.before_rating.value(),
            )
        except WellnessError as exc:
            if quiet:
                raise
            QMessageBox.warning(self, self.tr("Not saved"), error_text(exc))
            return
        self.ctx.announce(changes)
        self.session_saved.emit(self.saved)
        self._show_after(outcome, seconds)

    def finish_now(self) -> None:
        """Stop a running exercise and save it as stopped (before lock or quit).
        Raises VaultError if it cannot be saved."""
        if self.running:
            self._end_run(Outcome.STOPPED, quiet=True)
        if self.driver is not None:
            self.driver.stop()

    # -- after ------------------------------------------------------------------------------------------
    def _build_after(self) -> QWidget:
        page = QWidget()
        col = QVBoxLayout(page)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(12)
        self.after_title = heading("")
        self.after_text = paragraph("")
        col.addWidget(self.after_title)
        col.addWidget(self.after_text)
        col.addSpacing(14)
        self.after_rating = SudsRating(self.tr("How stressed do you feel now?"))
        self.after_rating.value_changed.connect(self._on_after_changed)
        col.addWidget(self.after_rating)
        self.compare = QLabel()
        self.compare.setObjectName("h2")
        col.addWidget(self.compare)
        self.keep_notes = QCheckBox(self.tr("Keep what I typed with this session"))
        self.keep_notes.setAccessibleName(self.keep_notes.text())
        self.keep_notes.setVisible(False)
        self.keep_notes.setToolTip(self.tr("It is kept in your encrypted journal"))
        col.addSpacing(6)
        col.addWidget(self.keep_notes)
        col.addStretch(1)
        self.skip_after_button = button(self.tr("Skip the rating (S)"), name="flat")
        self.skip_after_button.setAutoDefault(False)
        self.skip_after_button.clicked.connect(self._on_skip_after)
        self.done_button = button(self.tr("Done"), primary=True)
        self.done_button.setToolTip(self.tr("Save and close (Enter)"))
        self.done_button.clicked.connect(self._on_done)
        row = QHBoxLayout()
        row.addWidget(self.skip_after_button)
        row.addStretch(1)
        row.addWidget(self.done_button)
        col.addLayout(row)
        skip = QShortcut(QKeySequence(Qt.Key.Key_S), page)
        skip.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        skip.activated.connect(self._on_skip_after)
        return page

    def _show_after(self, outcome: Outcome, seconds: float) -> None:
        name = self.words.name(self.ex.id)
        if outcome is Outcome.COMPLETED:
            self.after_title.setText(self.tr("Well done"))
            self.after_text.setText(self.tr("You finished {0}.").format(name))
        else:
            self.after_title.setText(self.tr("Stopped after {0}").format(clock_text(seconds)))
            self.after_text.setText(
                self.tr("Stopping early is fine. Every bit of practice counts.")
            )
        typed = self.grounding.typed_text() if not self.ex.timed else ""
        self.keep_notes.setVisible(bool(typed))
        self._on_after_changed(None)
        self.stack.setCurrentIndex(Step.AFTER)
        self.done_button.setDefault(True)
        self.after_rating.setFocus()

    @Slot(object)
    def _on_after_changed(self, value: object) -> None:
        before = self.before_rating.value()
        if before is None:
            self.compare.setText("")
        elif value is None:
            self.compare.setText(self.tr("Before: {0}").format(before))
        else:
            self.compare.setText(self.tr("Before: {0}   Now: {1}").format(before, value))

    @Slot()
    def _on_skip_after(self) -> None:
        if self.step is Step.AFTER:
            self.after_rating.set_value(None)
            self._on_done()

    @Slot()
    def _on_done(self) -> None:
        if self.step is not Step.AFTER or self.saved is None or self.saved.id is None:
            return
        value = self.after_rating.value()
        note = self.grounding.typed_text() if self.keep_notes.isChecked() else None
        if value is not None or note:
            try:
                self.saved, changes = self.ctx.session.coping.rate_after(
                    self.saved.id, value, note=note
                )
            except WellnessError as exc:
                QMessageBox.warning(self, self.tr("Not saved"), error_text(exc))
                return
            self.ctx.announce(changes)
            self.session_saved.emit(self.saved)
        self.accept()

    # -- closing ------------------------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.running:
            self._on_stop()  # Esc stops the exercise; the second rating still follows
            return
        if event.key() == Qt.Key.Key_Space and self.running and self.driver is not None:
            self._on_pause()
            return
        super().keyPressEvent(event)

    def done(self, result: int) -> None:
        """Every way out (Done, Esc, the close button, lock) stops the clock; a running
        exercise is saved as stopped."""
        if self.running:
            self._end_run(Outcome.STOPPED)
        if self.driver is not None:
            self.driver.stop()
        if not self.ex.timed and hasattr(self, "grounding"):
            self.grounding.clear()
        super().done(result)
