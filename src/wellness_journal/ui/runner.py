"""Run slow work (key derivation, import, export, charts) off the GUI thread and report back on it.

Every task is bound to an *owner* QObject (the widget that asked). The outcome comes back to the
runner on the GUI thread, which calls the owner's callback only while the owner lives (a page
torn down on lock, a closed dialog gets nothing), so no widget needs ``isValid`` guards.

Threads and object lifetimes: every Qt object a task touches is made, kept and deleted on the
GUI thread. The relay that carries the outcome is a child of the runner; the runner keeps the
owner and the callbacks, and the task lets go of its work before it reports, so the last
reference to anything the work captured (often the owner itself) is dropped on the GUI thread,
never on a pool thread where deleting a QObject would crash.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Relay(QObject):
    """Made on the GUI thread; the pool thread emits one task's outcome through it."""

    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn: Callable[[], Any] | None = fn
        self._relay = relay

    def run(self) -> None:
        fn, self._fn = self._fn, None  # the runner keeps its own reference (see the module)
        if fn is None:
            return
        try:
            result = fn()
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, which decides what to say
            del fn
            self._emit(self._relay.failed, exc)
        else:
            del fn
            self._emit(self._relay.done, result)

    @staticmethod
    def _emit(signal: Any, value: object) -> None:
        # The window may already be gone (quitting while slow work ran): nobody to tell.
        with contextlib.suppress(RuntimeError):
            signal.emit(value)


@dataclass(frozen=True, slots=True)
class _Request:
    """What the runner keeps on the GUI thread for one task until its outcome arrives."""

    fn: Callable[[], Any]
    owner: QObject
    on_done: Callable[[Any], None]
    on_error: Callable[[BaseException], None]


class Runner(QObject):
    """Submits callables to a private thread pool; callbacks run on the GUI thread while their
    owner lives."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._live: dict[_Relay, _Request] = {}

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
        relay = _Relay(self)  # made on the GUI thread, so outcomes are delivered there
        self._live[relay] = _Request(fn, owner, on_done, on_error)
        relay.done.connect(self._on_done_arrived)
        relay.failed.connect(self._on_failure_arrived)
        if len(self._live) == 1:
            self.busy_changed.emit(True)
        self._pool.start(_Task(fn, relay))

    @Slot(object)
    def _on_done_arrived(self, result: object) -> None:
        request = self._finished()
        if request is not None and shiboken6.isValid(request.owner):
            request.on_done(result)

    @Slot(object)
    def _on_failure_arrived(self, exc: BaseException) -> None:
        request = self._finished()
        if request is not None and shiboken6.isValid(request.owner):
            request.on_error(exc)

    def _finished(self) -> _Request | None:
        """The request of the relay that sent the outcome, forgotten here (GUI thread)."""
        relay = self.sender()
        request = self._live.pop(relay, None) if isinstance(relay, _Relay) else None
        if request is not None:
            relay.deleteLater()
            if not self._live:
                self.busy_changed.emit(False)
        return request

    @property
    def busy(self) -> bool:
        return bool(self._live)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until every task has finished (used at quit and in tests)."""
        return bool(self._pool.waitForDone(msecs))
