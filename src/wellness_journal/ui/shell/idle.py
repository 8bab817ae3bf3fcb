"""Lock after the user has been idle: any key or mouse input counts as activity.

``IdleWatcher`` is the app's one event filter on the whole application. Every such filter
written in Python costs every event in the app a call into Python (~10 µs: a page's widgets
being built send thousands of events, and one more filter made building a page 10-15 ms
longer), so other code that needs key presses app-wide hooks in here (``key_hooks``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QKeyEvent

from wellness_journal.core.clock import Monotonic, monotonic

_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.InputMethod,
    }
)


class IdleWatcher(QObject):
    """Emits ``idle_timed_out`` once the idle time passes the limit. Install on the application."""

    idle_timed_out = Signal()

    def __init__(
        self, minutes: int, clock: Monotonic = monotonic, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._limit = minutes * 60.0
        self._last = clock()
        self._active = False
        # Each sees every key press in the app after it counted as activity; True swallows it.
        # By name, so the one of a new window replaces the old one's.
        self.key_hooks: dict[str, Callable[[QKeyEvent], bool]] = {}
        self._timer = QTimer(self)
        self._timer.setInterval(5_000)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        self._last = self._clock()
        self._active = True
        self._timer.start()

    def stop(self) -> None:
        self._active = False
        self._timer.stop()

    def set_minutes(self, minutes: int) -> None:
        self._limit = minutes * 60.0

    def touch(self) -> None:
        self._last = self._clock()

    def idle_seconds(self) -> float:
        return self._clock() - self._last

    def check(self) -> None:
        if self._active and self.idle_seconds() >= self._limit:
            self.stop()
            self.idle_timed_out.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in _ACTIVITY:
            return False
        if self._active:
            self._last = self._clock()
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return any(hook(event) for hook in list(self.key_hooks.values()))
        return False
