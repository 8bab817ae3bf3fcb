"""Run slow work (key derivation, import, export) off the GUI thread and report back on it."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, which decides what to say
            self._emit(self._signals.failed, exc)
        else:
            self._emit(self._signals.done, result)

    @staticmethod
    def _emit(signal: Any, value: object) -> None:
        # The window may already be gone (quitting while slow work ran): nobody to tell.
        with contextlib.suppress(RuntimeError):
            signal.emit(value)


class Runner(QObject):
    """Submits callables to a private thread pool; callbacks run on the GUI thread."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._live: set[_Signals] = set()

    def submit(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        signals = _Signals()  # made on the GUI thread, so its slots run there
        self._live.add(signals)

        def finish(_: object) -> None:
            self._live.discard(signals)
            signals.deleteLater()
            if not self._live:
                self.busy_changed.emit(False)

        signals.done.connect(on_done)
        signals.failed.connect(on_error)
        signals.done.connect(finish)
        signals.failed.connect(finish)
        if len(self._live) == 1:
            self.busy_changed.emit(True)
        self._pool.start(_Task(fn, signals))

    @property
    def busy(self) -> bool:
        return bool(self._live)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until every task has finished (used at quit and in tests)."""
        return bool(self._pool.waitForDone(msecs))
