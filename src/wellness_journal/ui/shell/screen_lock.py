"""Notice when the screen locks or the computer goes to sleep (and when the person is back).

The journal locks when either happens, and the reminders learn when the person is away (see
``core.reminders``). Each system says it its own way; every way is wired to the same two slots,
so a test can send the same signal a system would:

- Linux (``screen_lock_linux``): over D-Bus, logind's ``PrepareForSleep`` and the session's
  ``Lock``/``Unlock`` on the system bus, and the desktop's screen saver ``ActiveChanged`` on the
  session bus (freedesktop, GNOME, Cinnamon, MATE).
- Windows (``screen_lock_windows``): the session notifications ``WM_WTSSESSION_CHANGE`` (lock,
  unlock) and ``WM_POWERBROADCAST`` (suspend, resume), read from the window's native events.
- macOS (``screen_lock_macos``): the distributed notifications ``com.apple.screenIsLocked`` and
  ``com.apple.screenIsUnlocked``.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

SCREEN = "screen"
SLEEP = "sleep"


class ScreenLockWatcher(QObject):
    away_changed = Signal(str, bool)  # SCREEN or SLEEP; True: locked / going to sleep

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sources: list[str] = []
        self._keep: list[object] = []  # native hooks that must live as long as the watcher

    def start(self, window: QWidget, *, platform: str = sys.platform) -> list[str]:
        """Listen where this system can tell; returns what is listened to (may be empty)."""
        try:
            if platform.startswith("linux"):
                from wellness_journal.ui.shell import screen_lock_linux

                self.sources = screen_lock_linux.connect(self)
            elif platform == "win32":
                from wellness_journal.ui.shell import screen_lock_windows

                self.sources = screen_lock_windows.install(self, window)
            elif platform == "darwin":
                from wellness_journal.ui.shell import screen_lock_macos

                self.sources = screen_lock_macos.install(self)
        except (OSError, AttributeError, ImportError, ValueError):
            self.sources = []  # the journal still locks when idle; nothing else depends on it
        return self.sources

    def keep(self, hook: object) -> None:
        self._keep.append(hook)

    @Slot(bool)
    def screen_locked_changed(self, locked: bool) -> None:
        self.away_changed.emit(SCREEN, bool(locked))

    @Slot(bool)
    def sleep_changed(self, asleep: bool) -> None:
        self.away_changed.emit(SLEEP, bool(asleep))
