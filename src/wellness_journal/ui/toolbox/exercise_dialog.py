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
from PySide6.QtGui import QHideEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import QDialog, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from wellness_journal.core.coping import CopingSession, Outcome
from wellness_journal.core.errors import WellnessError
from wellness_journal.core.exercises import exercise
from wellness_journal.core.models import Changes
from wellness_journal.core.pacer import Stopwatch
from wellness_journal.ui.context import UiContext
from wellness_journal.ui.toolbox.grounding import GroundingView
from wellness_journal.ui.toolbox.pacer import PacerDriver
from wellness_journal.ui.toolbox.pacer_panel import PacerPanel
from wellness_journal.ui.toolbox.steps import AfterStep, BeforeStep
from wellness_journal.ui.toolbox.words import Words
from wellness_journal.ui.widgets.sheets import sheet_host

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
        self.panel: PacerPanel | None = None
        self.grounding: GroundingView | None = None
        self.grounding_watch = Stopwatch()
        self.saved: CopingSession | None = None
        self._started_at: datetime | None = None
        self._planned = 0.0
        self._at_once = False  # started in one click: the first screen was not seen
        name = self.words.name(self.ex.id)
        self.setWindowTitle(name)
        self.setAccessibleName(name)
        coping = ctx.session.coping
        self.before = BeforeStep(
            self.ex,
            self.words,
            chosen=coping.chosen_length(self.ex.id),
            rate=coping.chosen_rate(self.ex.id),
            suds_before=suds_before,
            practised=coping.practised(self.ex.id),
            no_holds=coping.leaves_out_holds(self.ex.id),
        )
        self.before.start_requested.connect(self._on_start)
        self.after = AfterStep(self.words)
        self.after.done_requested.connect(self._on_done)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.before)
        self.stack.addWidget(QWidget())  # the run step, built on start
        self.stack.addWidget(self.after)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 22)
        layout.addWidget(self.stack)
        self.before.start_button.setDefault(True)  # works only once the button is in the dialog
        self.resize(600, max(420, self.sizeHint().height()))
        # A breathing exercise needs no keys or mouse: while it runs it counts as activity, so
        # the journal does not lock itself half-way through.
        self._awake = QTimer(self)
        self._awake.setInterval(10_000)
        self._awake.timeout.connect(self._on_awake)
        self._awake.start()

    @Slot()
    def _on_awake(self) -> None:
        paused = self.panel is not None and not self.panel.driver.running
        if self.running and self.isVisible() and not paused:
            self.ctx.keep_awake()

    @property
    def step(self) -> Step:
        return Step(self.stack.currentIndex())

    @property
    def running(self) -> bool:
        return self.step is Step.RUN and self.saved is None

    @property
    def driver(self) -> PacerDriver | None:
        return self.panel.driver if self.panel is not None else None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.step is Step.BEFORE:
            self.before.rating.setFocus()
        elif self.running and self.grounding is not None:
            self.grounding_watch.start(self._clock())

    def hideEvent(self, event: QHideEvent) -> None:
        """Leaving the page (Get support, another page) pauses a running exercise; it waits,
        paused, until you come back."""
        super().hideEvent(event)
        if not self.running:
            return
        if self.panel is not None and self.panel.driver.running:
            self.panel.toggle_pause()
        elif self.grounding is not None:
            self.grounding_watch.pause(self._clock())

    # -- run ---------------------------------------------------------------------------------------
    def begin(self) -> None:
        """Start at once, as last time (length, pace, holds), without the first rating: one
        click from "Breathe now". The exercise's cautions stay on screen while it runs."""
        self._at_once = True
        self.before.rating.set_value(None)
        self._on_start()

    @Slot()
    def _on_start(self) -> None:
        if self.step is not Step.BEFORE:
            return
        coping = self.ctx.session.coping
        choice, rate = self.before.choice(), self.before.rate_value()
        no_holds = not self.before.keeps_holds() if self.ex.has_holds else None
        with contextlib.suppress(WellnessError, ValueError):  # a remembered choice is a nicety
            coping.remember_choice(self.ex.id, choice, rate, no_holds=no_holds)
        plan = self.before.plan()
        page: QWidget
        if plan is not None:
            self._planned = plan.total_seconds
            caution = self.words.cautions(self.ex, running=True) if self._at_once else ""
            self.panel = PacerPanel(self.ex, plan, self.words, self._clock, caution=caution)
            self.panel.finished.connect(self._on_finished)
            self.panel.stop_requested.connect(self._on_stop)
            page = self.panel
        else:
            self.grounding = GroundingView(self.ex, self.words)
            self.grounding.finished.connect(self._on_finished)
            self.grounding.stop_requested.connect(self._on_stop)
            page = self.grounding
        placeholder = self.stack.widget(Step.RUN)
        if placeholder is not None:
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
        self.stack.insertWidget(Step.RUN, page)
        self.stack.setCurrentIndex(Step.RUN)
        self._fill_height(True)  # the pacer as large as the page allows, Stop and Pause in view
        self.resize(max(self.width(), 600), max(self.height(), RUN_HEIGHT))
        self._started_at = datetime.now(timezone.utc)
        if self.panel is not None:
            self.panel.start()
        elif self.grounding is not None:
            self.grounding_watch.start(self._clock())
            self.grounding.focus_current()

    @Slot()
    def _on_finished(self) -> None:
        self._end_run(Outcome.COMPLETED)

    @Slot()
    def _on_stop(self) -> None:
        if self.running:
            self._end_run(Outcome.STOPPED)

    def _seconds_done(self) -> float:
        if self.panel is not None:
            return self.panel.driver.stop()
        self.grounding_watch.pause(self._clock())
        return self.grounding_watch.elapsed(self._clock())

    def _end_run(self, outcome: Outcome, *, quiet: bool = False) -> None:
        """Stop the clock and save the session; then ask for the second rating."""
        if not self.running:
            return
        seconds = self._seconds_done()

        def record() -> Changes:
            self.saved, changes = self.ctx.session.coping.record_session(
                self.ex.id,
                started_at=self._started_at or datetime.now(timezone.utc),
                seconds_done=seconds,
                planned_seconds=self._planned,
                outcome=outcome,
                suds_before=self.before.rating.value(),
            )
            return changes

        if quiet:  # before lock or quit: the caller says why it failed
            self.ctx.announce(record())
        elif not self.ctx.perform(record, self.tr("Not saved")):
            return
        self.session_saved.emit(self.saved)
        typed = self.grounding.typed_text() if self.grounding is not None else ""
        self.after.show_result(
            self.words.name(self.ex.id),
            outcome,
            seconds,
            self.before.rating.value(),
            notes=bool(typed),
        )
        self.stack.setCurrentIndex(Step.AFTER)
        self._fill_height(False)
        self.after.done_button.setDefault(True)
        self.after.rating.setFocus()

    def _fill_height(self, fill: bool) -> None:
        policy = QSizePolicy.Policy.Expanding if fill else QSizePolicy.Policy.Preferred
        self.setSizePolicy(QSizePolicy.Policy.Preferred, policy)
        host = sheet_host(self)
        if host is not None:
            host.refit(self)

    def finish_now(self) -> None:
        """Stop a running exercise and save it as stopped (before lock or quit).
        Raises VaultError if it cannot be saved."""
        if self.running:
            self._end_run(Outcome.STOPPED, quiet=True)
        if self.panel is not None:
            self.panel.driver.stop()

    # -- after ---------------------------------------------------------------------------------------
    @Slot()
    def _on_done(self) -> None:
        if self.step is not Step.AFTER or self.saved is None or self.saved.id is None:
            return
        value = self.after.rating.value()
        note = None
        if self.grounding is not None and self.after.keep_notes.isChecked():
            note = self.grounding.typed_text()
        if value is not None or note:
            saved_id = self.saved.id

            def rate() -> Changes:
                self.saved, changes = self.ctx.session.coping.rate_after(saved_id, value, note=note)
                return changes

            if not self.ctx.perform(rate, self.tr("Not saved")):
                return
            self.session_saved.emit(self.saved)
        self.accept()

    # -- closing ---------------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.running:
            self._on_stop()  # Esc stops the exercise; the second rating still follows
            return
        if event.key() == Qt.Key.Key_Space and self.running and self.panel is not None:
            self.panel.toggle_pause()
            return
        super().keyPressEvent(event)

    def done(self, result: int) -> None:
        """Every way out (Done, Esc, the close button, lock) stops the clock; a running
        exercise is saved as stopped; what was typed while grounding is dropped."""
        if self.running:
            self._end_run(Outcome.STOPPED)
        if self.panel is not None:
            self.panel.driver.stop()
        if self.grounding is not None:
            self.grounding.clear()
        super().done(result)
