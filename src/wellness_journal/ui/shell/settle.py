"""After unlock: Python's garbage collected in a pass of its own, once the journal has settled.

Unlocking builds the window body and its first page, and fills the page over the next passes
with what the runner reads. That burst makes tens of thousands of objects, and Python's automatic
collection, landing in the unlock's pass on top of the build, made it the longest pass of a
session (57 ms, 23-33 ms of it a collection, at 30 years: ``benchmarks/jank.py``). So automatic
collection is held from the unlock (``ui/collector``) until the runner has been idle for a pass,
then one full collection runs on its own; what the session keeps is then counted as old, and the
next full collection waits until it has grown by a quarter.

The hold never outlasts ``MAX_HOLD_MS`` (a long job on the runner) nor the session (``finish``
at lock, where the teardown takes over).
"""

from __future__ import annotations

import gc
import time

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtWidgets import QApplication

from wellness_journal.ui import collector
from wellness_journal.ui.page import NEXT_PASS_MS
from wellness_journal.ui.runner import Runner

POLL_MS = 100  # while the runner works
MAX_HOLD_MS = 10_000


class AfterUnlock(QObject):
    def __init__(self, runner: Runner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._held = collector.Hold()
        self._started = 0.0
        self._quiet_seen = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_step_due)
        self.destroyed.connect(self._held.give_back)

    @property
    def holding(self) -> bool:
        return self._held.holding

    def start(self) -> None:
        """Called as the unlock begins (before the vault opens) and as a journal is shown;
        a second call only starts the wait again."""
        self._held.take()
        self._started = time.monotonic()
        self._quiet_seen = False
        self._timer.start(NEXT_PASS_MS)

    def finish(self) -> None:
        """Give the hold back without collecting (at lock: the teardown collects)."""
        self._timer.stop()
        self._held.give_back()

    @Slot()
    def _on_step_due(self) -> None:
        overdue = (time.monotonic() - self._started) * 1000 >= MAX_HOLD_MS
        busy = self._runner.busy or QApplication.activeModalWidget() is not None
        if busy and not overdue:
            self._quiet_seen = False
            self._timer.start(POLL_MS)
            return
        if not self._quiet_seen and not overdue:  # not in the pass that took the last outcome
            self._quiet_seen = True
            self._timer.start(NEXT_PASS_MS)
            return
        gc.collect()
        self._held.give_back()
