"""Taking the pages of a locked journal down, one page per pass of the event loop.

Lock hides the unlocked window body at once (the lock screen takes its place) and closes the
vault; deleting every page in the same pass was the longest pause of a session (17-22 ms of CPU
at 30 years, more with a full collection of Python's garbage landing in it). So the hidden body
is first made inert, then its pages are deleted one per pass, then the body, then Python's
garbage is collected in a pass of its own:

- inert: no callback of work it started runs any more (``Runner.forget``), its timers are
  stopped and it no longer listens to the change bus, so nothing in it reaches for the closed
  vault or answers a new session;
- only where the lock happened: a step waits while an event loop opened since (a window's
  ``exec()``, e.g. restoring a backup) runs, or a modal window is up: the code that opened it
  may belong to a page, which must outlive its own call;
- ``finish()`` hands whatever is left to Qt at once (before a new session opens, and at quit);
- Python's automatic collection is held from the lock to the end, then one full collection
  runs on its own (once the runner is idle); once the charts' first import froze the objects
  that live as long as the app (``ui/trends/memory.freeze_imports``), what survives it is frozen
  too, so the next collections look only at what a session makes. Not before: the freeze of
  matplotlib's ~100,000 objects is the charts' own (``memory.imports_frozen()`` tells).
"""

from __future__ import annotations

import gc
from collections.abc import Sequence

import shiboken6
from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QWidget

from wellness_journal.ui import collector
from wellness_journal.ui.page import NEXT_PASS_MS
from wellness_journal.ui.runner import Runner
from wellness_journal.ui.trends import memory

# While the runner works (today's backup, made at lock) the collection waits this long at a time.
RUNNER_POLL_MS = 200


def close_windows(main: QWidget) -> None:
    """At lock: close every window but ``main``, modal ones first (their ``exec()`` returns once
    the lock's pass is over).

    Python's collection is held meanwhile: the list of windows is made in C++ first, and a
    collection while its Python side is built (it allocates) could delete a window the list
    still points to, one owned only by a cycle of Python garbage (a crash, seen in tests)."""
    collector.hold()
    try:
        _close_windows(main)
    finally:
        collector.release()


def _close_windows(main: QWidget) -> None:
    for _ in range(20):
        modal = QApplication.activeModalWidget()
        if modal is None or modal is main:
            break
        modal.close()
        if hasattr(modal, "reject"):
            modal.reject()
    for widget in QApplication.topLevelWidgets():
        if widget is not main and widget.isVisible() and widget.isWindow():
            widget.close()


class Teardown(QObject):
    finished = Signal()  # everything handed over is deleted and collected

    def __init__(self, runner: Runner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._queue: list[QWidget] = []
        self._level = 0
        self._held = collector.Hold()
        self.destroyed.connect(self._held.give_back)
        self._idle_seen = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_step_due)

    @property
    def left(self) -> int:
        """How many widgets are still to be handed to Qt for deletion."""
        return len(self._queue)

    @property
    def done(self) -> bool:
        return not self._queue and not self._held.holding

    def take_down(self, body: QWidget, pages: Sequence[QWidget]) -> None:
        """``body`` is hidden and its vault is about to close: make it inert now and delete it,
        ``pages`` first, over the next passes."""
        self._runner.forget(body)
        for timer in body.findChildren(QTimer):
            timer.stop()
        self._queue += [*pages, body]
        self._idle_seen = False
        # The main loop is level 1 (0 before it runs: the lock came from outside any loop).
        self._level = max(1, QThread.currentThread().loopLevel())
        self._held.take()
        self._timer.start(NEXT_PASS_MS)

    def finish(self) -> None:
        """Let Qt delete whatever is left at its next turn, all at once; collect as usual."""
        self._timer.stop()
        queue, self._queue = self._queue, []
        for widget in queue:
            if shiboken6.isValid(widget):
                widget.deleteLater()
        self._release(collect=False)

    def _safe_now(self) -> bool:
        """Not inside an event loop opened since the lock (nor under a modal window): whoever
        opened it may be a page, below on the stack."""
        return (
            QThread.currentThread().loopLevel() <= self._level
            and QApplication.activeModalWidget() is None
        )

    @Slot()
    def _on_step_due(self) -> None:
        if not self._safe_now():
            self._timer.start(RUNNER_POLL_MS)
            return
        if self._queue:
            widget = self._queue.pop(0)
            if shiboken6.isValid(widget):  # (not gone with a parent meanwhile)
                widget.deleteLater()  # deleted as the pass ends, in this loop
            self._timer.start(NEXT_PASS_MS)
            return
        if self._runner.busy:  # a chart still drawing would be frozen half-built
            self._idle_seen = False
            self._timer.start(RUNNER_POLL_MS)
            return
        if not self._idle_seen:  # not in the pass that took the runner's last outcome
            self._idle_seen = True
            self._timer.start(NEXT_PASS_MS)
            return
        self._release(collect=True)

    def _release(self, *, collect: bool) -> None:
        if not self._held.holding:
            return
        if collect:
            gc.collect()
            if memory.imports_frozen():  # the charts froze the app's objects: these too
                gc.freeze()
        self._held.give_back()
        self.finished.emit()
