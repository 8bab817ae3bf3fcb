"""Screen lock and sleep on Linux, over D-Bus (QtDBus; the bus is a local socket, no network).

System bus (logind): ``org.freedesktop.login1.Manager.PrepareForSleep(bool)`` before suspend
(True) and after resume (False); ``org.freedesktop.login1.Session.Lock``/``Unlock`` on this
login session (``loginctl lock-session``, and many desktops on screen lock).
Session bus: ``ActiveChanged(bool)`` of the desktop's screen saver, which is how KDE, GNOME,
Cinnamon, MATE and Xfce say the screen locked (True) or unlocked (False).
"""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import SLOT, QObject, Slot
from PySide6.QtDBus import QDBusConnection

from wellness_journal.ui.shell.screen_lock import ScreenLockWatcher

LOGIND = "org.freedesktop.login1"
LOGIND_PATH = "/org/freedesktop/login1"
SCREEN_SAVERS = (
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver"),
    ("org.cinnamon.ScreenSaver", "/org/cinnamon/ScreenSaver"),
    ("org.mate.ScreenSaver", "/org/mate/ScreenSaver"),
)


def session_path(session_id: str) -> str:
    """logind's object path of a session id (systemd's bus label escaping: "2" -> "_32")."""
    if not session_id:
        return ""
    out = []
    for index, char in enumerate(session_id):
        plain = char.isascii() and (char.isalpha() or (char.isdigit() and index > 0))
        out.append(char if plain else "".join(f"_{b:02x}" for b in char.encode("utf-8")))
    return f"{LOGIND_PATH}/session/{''.join(out)}"


def _slot(signature: str) -> Any:
    """Qt's slot text ("1name(args)"); PySide6 takes it as str, though its stubs say bytes."""
    return SLOT(signature)


class _Receiver(QObject):
    """What D-Bus calls: slots with the signals' own signatures, passed on to the watcher."""

    def __init__(self, watcher: ScreenLockWatcher) -> None:
        super().__init__(watcher)
        self._watcher = watcher

    @Slot(bool)
    def on_active_changed(self, active: bool) -> None:
        self._watcher.screen_locked_changed(active)

    @Slot(bool)
    def on_prepare_for_sleep(self, going: bool) -> None:
        self._watcher.sleep_changed(going)

    @Slot()
    def on_session_lock(self) -> None:
        self._watcher.screen_locked_changed(True)

    @Slot()
    def on_session_unlock(self) -> None:
        self._watcher.screen_locked_changed(False)


def connect(
    watcher: ScreenLockWatcher,
    *,
    system: QDBusConnection | None = None,
    session: QDBusConnection | None = None,
    session_id: str | None = None,
) -> list[str]:
    """Connect what the buses offer; the names of what was connected. The buses can be
    injected (tests use a private bus)."""
    receiver = _Receiver(watcher)
    system = system if system is not None else QDBusConnection.systemBus()
    session = session if session is not None else QDBusConnection.sessionBus()
    found: list[str] = []
    if system.isConnected():
        manager = LOGIND + ".Manager"
        if system.connect(
            LOGIND,
            LOGIND_PATH,
            manager,
            "PrepareForSleep",
            receiver,
            _slot("on_prepare_for_sleep(bool)"),
        ):
            found.append("logind sleep")
        path = session_path(
            os.environ.get("XDG_SESSION_ID", "") if session_id is None else session_id
        )
        if path:
            iface = LOGIND + ".Session"
            locked = system.connect(
                LOGIND, path, iface, "Lock", receiver, _slot("on_session_lock()")
            )
            unlocked = system.connect(
                LOGIND, path, iface, "Unlock", receiver, _slot("on_session_unlock()")
            )
            if locked and unlocked:
                found.append("logind session lock")
    if session.isConnected():
        for service, path in SCREEN_SAVERS:
            if session.connect(
                service, path, service, "ActiveChanged", receiver, _slot("on_active_changed(bool)")
            ):
                found.append(service)
    return found
