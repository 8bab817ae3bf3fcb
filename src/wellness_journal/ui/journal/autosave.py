"""When to save what is being typed: about a second after the last keystroke, and at least every
few seconds while typing goes on."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

AUTOSAVE_MS = 800  # after the last keystroke
AUTOSAVE_MAX_MS = 5000  # at the latest, while typing goes on


class Autosave(QObject):
    """``elapsed`` asks for a save; ``typed()`` after each change, ``stop()`` once saved.
    ``after_ms`` after the last change, at most ``at_most_ms`` after the first unsaved one."""

    elapsed = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        after_ms: int = AUTOSAVE_MS,
        at_most_ms: int = AUTOSAVE_MAX_MS,
    ) -> None:
        super().__init__(parent)
        self._quiet = self._timer(after_ms)
        self._longest = self._timer(at_most_ms)

    def _timer(self, ms: int) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(ms)
        timer.timeout.connect(self.elapsed)
        return timer

    def typed(self) -> None:
        self._quiet.start()
        if not self._longest.isActive():
            self._longest.start()

    def stop(self) -> None:
        self._quiet.stop()
        self._longest.stop()
