"""The running step of a timed exercise: guidance, the pacer, time left, pause and stop."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QLabel, QWidget

from wellness_journal.core.exercises import Exercise, Family
from wellness_journal.core.pacer import PacerState, Plan, Stage
from wellness_journal.ui.toolbox.pacer import PacerDriver, PacerWidget
from wellness_journal.ui.toolbox.words import Words, clock_text
from wellness_journal.ui.widgets.common import button, column, paragraph, spread_row


class PacerPanel(QWidget):
    finished = Signal()
    stop_requested = Signal()

    def __init__(
        self,
        ex: Exercise,
        plan: Plan,
        words: Words,
        clock: Callable[[], float],
        parent: QWidget | None = None,
        *,
        caution: str = "",
    ) -> None:
        super().__init__(parent)
        self.ex = ex
        self.words = words
        self.driver = PacerDriver(plan, self, clock=clock)
        self._groups = list(dict.fromkeys(p.cue for p in plan.cycle if p.cue))
        self._status_key: tuple[object, ...] = ()
        self.guidance = QLabel()
        self.guidance.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.guidance.setWordWrap(True)
        self.guidance.setMinimumHeight(52)
        big = ex.family is Family.BODY  # muscle instructions matter more than breathing hints
        self.guidance.setStyleSheet(f"font-size: {15 if big else 12}pt;")
        self.pacer = PacerWidget()
        self.status = QLabel()
        self.status.setObjectName("muted")
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stop_button = button(
            self.tr("Stop"), tip=self.tr("Stop here (Esc)"), clicked=self.stop_requested
        )
        self.pause_button = button(
            self.tr("Pause"),
            primary=True,
            tip=self.tr("Pause or resume (Space)"),
            clicked=self.toggle_pause,
        )
        title = QLabel(words.name(ex.id))
        title.setObjectName("muted")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        col = column(self, spacing=10)
        col.addWidget(title)
        self.caution = paragraph(caution, muted=True)
        self.caution.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caution.setVisible(bool(caution))
        col.addWidget(self.caution)
        col.addWidget(self.guidance)
        col.addWidget(self.pacer, 1)
        col.addWidget(self.status)
        col.addLayout(spread_row([self.stop_button], [self.pause_button]))
        self.driver.ticked.connect(self._on_tick)
        self.driver.phase_changed.connect(self._on_phase)
        self.driver.finished.connect(self.finished)

    def start(self) -> None:
        self.driver.start()
        self.pause_button.setFocus()

    @Slot()
    def toggle_pause(self) -> None:
        if self.driver.done:
            return
        if self.driver.running:
            self.driver.pause()
            self.pause_button.setText(self.tr("Resume"))
        else:
            self.driver.resume()
            self.pause_button.setText(self.tr("Pause"))
        self.pause_button.setAccessibleName(self.pause_button.text())

    @Slot(object)
    def _on_tick(self, state: PacerState) -> None:
        paused = not self.driver.running and not self.driver.done
        self.pacer.show_state(state, self.words.phase(state.phase), paused=paused)
        key = (paused, state.cycle, state.stage, state.phase.cue, round(state.remaining))
        if key != self._status_key:  # words change once a second, not every frame
            self._status_key = key
            self.status.setText(self._status_text(state, paused))

    def _status_text(self, state: PacerState, paused: bool) -> str:
        left = clock_text(state.remaining)
        if paused:
            return self.tr("Paused · {0} left").format(left)
        if state.stage is Stage.CYCLE and self.ex.family is Family.BREATHING:
            return self.tr("Breath {0} of {1} · {2} left").format(
                state.cycle + 1, self.driver.plan.cycles, left
            )
        if state.stage is Stage.CYCLE and state.phase.cue in self._groups:
            return self.tr("Muscle group {0} of {1} · {2} left").format(
                self._groups.index(state.phase.cue) + 1, len(self._groups), left
            )
        return self.tr("{0} left").format(left)

    @Slot(object)
    def _on_phase(self, state: PacerState) -> None:
        self.guidance.setText(self.words.guidance(self.ex.id, state.phase))
        self.pacer.setAccessibleDescription(
            f"{self.words.phase(state.phase)}. {self.guidance.text()}"
        )
