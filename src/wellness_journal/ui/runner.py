"""Run slow work (key derivation, import, export, charts) off the GUI thread and report back on it.

Every task is bound to an *owner* QObject (the widget that asked). The result reaches the GUI
thread through a small QObject that is a child of the owner: when the owner is destroyed (a page
torn down on lock, a dialog closed) that child goes with it, and Qt drops the queued result, so a
callback never runs on a dead widget and nobody needs ``isValid`` guards.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Relay(QObject):
    """Made on the GUI thread; the pool thread emits one task's outcome through it."""

    done = Signal(object)
    failed = Signal(object)


class _Delivery(QObject):
    """A child of the task's owner that hands the outcome to the callbacks on the GUI thread."""

    def __init__(
        self,
        owner: QObject,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        super().__init__(owner)
        self._on_done = on_done
        self._on_error = on_error

    @Slot(object)
    def _on_done_arrived(self, result: object) -> None:
        self.deleteLater()
        self._on_done(result)

    @Slot(object)
    def _on_failure_arrived(self, exc: BaseException) -> None:
        self.deleteLater()
        self._on_error(exc)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, which decides what to say
            self._emit(self._relay.failed, exc)
        else:
            self._emit(self._relay.done, result)

    @staticmethod
    def _emit(signal: Any, value: object) -> None:
        # The window may already be gone (quitting while slow work ran): nobody to tell.
        with contextlib.suppress(RuntimeError):
            signal.emit(value)


class Runner(QObject):
    """Submits callables to a private thread pool; callbacks run on the GUI thread while their
    owner lives."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._live: set[_Relay] = set()

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
        # Made on the GUI thread, so queued results are delivered there, and a child of the
        # runner, so Qt owns it: the task's Python reference may be the last one to go, on the
        # pool thread, and a Python-owned relay would then be deleted there while its deferred
        # delete waits on the GUI thread (a crash). Only ``deleteLater`` below deletes it.
        relay = _Relay(self)
        delivery = _Delivery(owner, on_done, on_error)
        self._live.add(relay)
        relay.done.connect(delivery._on_done_arrived)
        relay.failed.connect(delivery._on_failure_arrived)
        relay.done.connect(self._on_task_finished)
        relay.failed.connect(self._on_task_finished)
        if len(self._live) == 1:
            self.busy_changed.emit(True)
        self._pool.start(_Task(fn, relay))

    @Slot(object)
    def _on_task_finished(self, _outcome: object) -> None:
        relay = self.sender()
        if isinstance(relay, _Relay) and relay in self._live:
            self._live.discard(relay)
            relay.deleteLater()
            if not self._live:
                self.busy_changed.emit(False)

    @property
    def busy(self) -> bool:
        return bool(self._live)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until every task has finished (used at quit and in tests)."""
        return bool(self._pool.waitForDone(msecs))
