"""Run slow work (key derivation, import, export, charts) off the GUI thread and report back on it.

Every task is bound to an *owner* QObject (the widget that asked). A small token QObject, a child
of the owner, tells whether the owner still lives when the outcome arrives: when the owner is
destroyed (a page torn down on lock, a dialog closed) the token goes with it and the callbacks
never run, so a callback never runs on a dead widget and nobody needs ``isValid`` guards.

Python references are the other half of safety. A widget can be owned by Python (PySide hands a
dialog to Python in ``exec()``), so dropping its last reference deletes it, on whatever thread
drops it and inside whatever is being destroyed then. So:

- The GUI thread keeps every task's work, callbacks and outcome (a ``_Job`` in the runner) and is
  the only one to let them go. The pool thread puts the outcome into the job, drops its own
  references, and only then says "finished" with a task number, never with a Python object.
- Nothing that Qt deletes later (the token) holds a Python reference: its deletion can never be
  the one that deletes the owner, which would delete the token a second time from inside its own
  destructor (the crash this design fixes).
"""

from __future__ import annotations

import contextlib
import itertools
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

SWITCH_INTERVAL_S = 0.001


@dataclass
class _Job:
    """One task, held by the runner on the GUI thread from ``submit`` until its outcome is
    handed over."""

    number: int
    fn: Callable[[], Any] | None
    on_done: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | None
    owner_alive: QObject | None  # the token: a plain child of the owner, no Python references
    value: Any = None
    error: BaseException | None = None

    def release(self) -> None:
        self.fn = self.on_done = self.on_error = self.owner_alive = None
        self.value = self.error = None


class _Finished(QObject):
    """Lives on the GUI thread as long as the runner; the pool thread emits task numbers on it."""

    finished = Signal(int)


class _Task(QRunnable):
    def __init__(self, job: _Job, finished: _Finished) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._job: _Job | None = job
        self._finished = finished

    def run(self) -> None:
        job = self._job
        assert job is not None
        self._job = None
        fn = job.fn
        assert fn is not None
        try:
            job.value = fn()
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, which decides what to say
            job.error = exc
        number = job.number
        # No reference to the work, its result or its exception stays on this thread: the GUI
        # thread may let go of them as soon as the signal below arrives.
        del fn, job
        # The window may already be gone (quitting while slow work ran): nobody to tell.
        with contextlib.suppress(RuntimeError):
            self._finished.finished.emit(number)


class Runner(QObject):
    """Submits callables to a private thread pool; callbacks run on the GUI thread while their
    owner lives."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Every Qt event that reaches Python code (the app's event filters, a slot) needs the
        # GIL; while a pool thread runs Python (charts, the index upkeep) the GUI thread waits up
        # to Python's switch interval, 5 ms, each time: a pass of 20 such events took 100 ms
        # doing nothing. At 1 ms those waits are a fifth as long (benchmarks/jank.py, Trends at
        # 10 years: passes over 16 ms 24-39 at 5 ms, 11-26 at 1 ms). Once per process.
        if sys.getswitchinterval() > SWITCH_INTERVAL_S:
            sys.setswitchinterval(SWITCH_INTERVAL_S)
        # The pool is the runner's first child, so it is deleted (and waits for running tasks)
        # before the object the tasks report through.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._finished = _Finished(self)
        self._finished.finished.connect(self._on_task_finished)
        self._numbers = itertools.count(1)
        self._live: dict[int, _Job] = {}

    def submit(
        self,
        fn: Callable[[], Any],
        *,
        owner: QObject,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        """Run ``fn`` on the pool; then ``on_done(result)`` or ``on_error(exc)`` on the GUI
        thread, unless ``owner`` has been destroyed by then (then neither runs)."""
        job = _Job(next(self._numbers), fn, on_done, on_error, QObject(owner))
        self._live[job.number] = job
        if len(self._live) == 1:
            self.busy_changed.emit(True)
        self._pool.start(_Task(job, self._finished))

    @Slot(int)
    def _on_task_finished(self, number: int) -> None:
        job = self._live.pop(number, None)
        if job is None:
            return
        token, on_done, on_error = job.owner_alive, job.on_done, job.on_error
        value, error = job.value, job.error
        job.release()
        if not self._live:
            self.busy_changed.emit(False)
        if token is None or not shiboken6.isValid(token):
            return  # the owner is gone: nobody to tell
        token.deleteLater()  # holds no Python reference, so its deletion deletes nothing else
        if error is not None:
            assert on_error is not None
            on_error(error)
        else:
            assert on_done is not None
            on_done(value)
        # The last references to the work, its outcome and the callbacks go here, on the GUI
        # thread, outside anything being destroyed: a dialog only they kept is deleted now.

    def forget(self, root: QObject) -> None:
        """The callbacks of work owned by ``root`` or anything inside it never run (the window
        locked: ``root`` is taken down over the next passes, after the vault closed)."""
        for job in self._live.values():
            token = job.owner_alive
            owner = token.parent() if token is not None and shiboken6.isValid(token) else None
            while owner is not None and owner is not root:
                owner = owner.parent()
            if owner is not None:
                job.owner_alive = None  # the token goes with its owner

    @property
    def busy(self) -> bool:
        return bool(self._live)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until every task has finished (used at quit and in tests)."""
        return bool(self._pool.waitForDone(msecs))
