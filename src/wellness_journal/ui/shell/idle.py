"""Lock after the user has been idle: any key or mouse input counts as activity."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

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
        if self._active and event.type() in _ACTIVITY:
            self._last = self._clock()
        return False
