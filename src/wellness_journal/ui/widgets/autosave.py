"""Save as you type: a moment after the last edit, and at the latest a while after the first
unsaved one, so steady typing is saved too and a crash loses at most that while."""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Slot

from wellness_journal.core.errors import WellnessError


class Autosave(QObject):
    """Calls ``save`` ``after_ms`` after the last ``edited()`` and at most ``at_most_ms`` after
    the first one since the last save. A failing save (WellnessError) is left to ``save`` to
    report; the next edit, or the page's flush, tries again."""

    def __init__(
        self, save: Callable[[], None], *, after_ms: int, at_most_ms: int, parent: QObject
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.quiet = QTimer(self)
        self.quiet.setSingleShot(True)
        self.quiet.setInterval(after_ms)
        self.quiet.timeout.connect(self._on_due)
        self.latest = QTimer(self)
        self.latest.setSingleShot(True)
        self.latest.setInterval(at_most_ms)
        self.latest.timeout.connect(self._on_due)

    def edited(self) -> None:
        self.quiet.start()
        if not self.latest.isActive():
            self.latest.start()

    def stop(self) -> None:
        self.quiet.stop()
        self.latest.stop()

    @Slot()
    def _on_due(self) -> None:
        self.stop()
        with contextlib.suppress(WellnessError):
            self._save()
