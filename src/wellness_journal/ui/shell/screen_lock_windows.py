"""Screen lock and sleep on Windows: the window's native messages (no new dependency).

``WTSRegisterSessionNotification`` asks Windows to send the window ``WM_WTSSESSION_CHANGE``
(``WTS_SESSION_LOCK`` / ``WTS_SESSION_UNLOCK``); every top-level window gets
``WM_POWERBROADCAST`` (``PBT_APMSUSPEND`` before sleep, ``PBT_APMRESUMESUSPEND`` /
``PBT_APMRESUMEAUTOMATIC`` after). Qt hands native messages to a ``QAbstractNativeEventFilter``
as ``windows_generic_MSG``: a pointer to the ``MSG`` structure.
"""

from __future__ import annotations

import ctypes
from typing import Any

from PySide6.QtCore import QAbstractNativeEventFilter, QCoreApplication
from PySide6.QtWidgets import QWidget

from wellness_journal.ui.shell.screen_lock import SCREEN, SLEEP, ScreenLockWatcher

WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
WTS_SESSION_UNLOCK = 0x8
WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x4
PBT_APMRESUMESUSPEND = 0x7
PBT_APMRESUMEAUTOMATIC = 0x12
NOTIFY_FOR_THIS_SESSION = 0
EVENT_TYPES = (b"windows_generic_MSG", b"windows_dispatcher_MSG")


def meaning(message: int, wparam: int) -> tuple[str, bool] | None:
    """What a window message says: (SCREEN or SLEEP, away?), or None for any other message."""
    if message == WM_WTSSESSION_CHANGE and wparam in (WTS_SESSION_LOCK, WTS_SESSION_UNLOCK):
        return SCREEN, wparam == WTS_SESSION_LOCK
    if message == WM_POWERBROADCAST:
        if wparam == PBT_APMSUSPEND:
            return SLEEP, True
        if wparam in (PBT_APMRESUMESUSPEND, PBT_APMRESUMEAUTOMATIC):
            return SLEEP, False
    return None


class SessionMessages(QAbstractNativeEventFilter):
    def __init__(self, watcher: ScreenLockWatcher) -> None:
        super().__init__()
        self._watcher = watcher

    def nativeEventFilter(self, eventType: Any, message: Any) -> tuple[bool, int]:
        if bytes(eventType) not in EVENT_TYPES or not message:
            return False, 0
        from ctypes import wintypes

        msg = wintypes.MSG.from_address(int(message))
        found = meaning(int(msg.message), int(msg.wParam or 0))
        if found is not None:
            reason, away = found
            if reason == SCREEN:
                self._watcher.screen_locked_changed(away)
            else:
                self._watcher.sleep_changed(away)
        return False, 0  # Qt still handles the message as usual


def install(watcher: ScreenLockWatcher, window: QWidget, *, wtsapi32: Any = None) -> list[str]:
    """Ask for session notifications for ``window`` and read them from the native events."""
    app = QCoreApplication.instance()
    if app is None:
        return []
    messages = SessionMessages(watcher)
    app.installNativeEventFilter(messages)
    watcher.keep(messages)
    api = wtsapi32 if wtsapi32 is not None else ctypes.WinDLL("wtsapi32")  # type: ignore[attr-defined,unused-ignore]
    hwnd = int(window.winId())
    found = ["power"]
    if api.WTSRegisterSessionNotification(ctypes.c_void_p(hwnd), NOTIFY_FOR_THIS_SESSION):
        found.append("session lock")
    return found
