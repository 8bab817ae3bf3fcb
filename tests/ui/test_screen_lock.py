"""The journal locks when the screen locks or the computer goes to sleep: the signal each system
sends is simulated (Windows' and macOS' through their own message formats), and on Linux a real
D-Bus daemon carries logind's and the screen saver's signals to the app."""

from __future__ import annotations

import ctypes
import shutil
import subprocess
from collections.abc import Iterator
from ctypes import wintypes

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from PySide6.QtWidgets import QApplication

from tests.ui.helpers import all_app_texts, taken_down
from wellness_journal.ui.shell import screen_lock_linux, screen_lock_macos, screen_lock_windows
from wellness_journal.ui.shell.screen_lock import SCREEN, SLEEP, ScreenLockWatcher

MARKER = "words-typed-before-the-screen-locked-7731"


def typed_in_journal(shell) -> None:  # type: ignore[no-untyped-def]
    shell.main_area.show_page("journal")
    page = shell.main_area.current_page()
    page.new_entry()
    page.editor.body.setPlainText(MARKER)


def gone_from_screen() -> bool:
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return not any(MARKER in text for text in all_app_texts())


def test_a_screen_lock_signal_locks_the_journal_and_keeps_what_was_typed(unlocked_shell, qtbot):
    shell = unlocked_shell
    typed_in_journal(shell)
    shell.privacy.watcher.screen_locked_changed(True)
    assert shell.session is None
    taken_down(qtbot, shell)
    assert gone_from_screen()
    entries = []
    from tests.conftest import PASSPHRASE
    from wellness_journal.storage.vault import Vault

    vault = Vault.open_with_secret(shell.paths, PASSPHRASE)
    try:
        entries = [r[0] for r in vault.db.query("SELECT body FROM journal_entries")]
    finally:
        vault.close()
    assert MARKER in entries


def test_going_to_sleep_locks_too_and_waking_does_not_unlock(unlocked_shell):
    shell = unlocked_shell
    shell.privacy.watcher.sleep_changed(True)
    assert shell.session is None
    shell.privacy.watcher.sleep_changed(False)
    shell.privacy.watcher.screen_locked_changed(False)
    assert shell.session is None
    assert shell.stack.currentWidget() is shell.unlock_screen


# -- Linux: a private D-Bus daemon -------------------------------------------------------------------


@pytest.fixture
def bus_address(tmp_path) -> Iterator[str]:  # type: ignore[no-untyped-def]
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        pytest.skip("dbus-daemon is not installed")
    proc = subprocess.Popen(
        [daemon, "--session", "--nofork", "--print-address=1", f"--address=unix:dir={tmp_path}"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        yield proc.stdout.readline().strip()
    finally:
        proc.terminate()
        proc.wait(10)


def sender(address: str, name: str, service: str) -> QDBusConnection:
    bus = QDBusConnection.connectToBus(address, name)
    assert bus.isConnected()
    assert bus.registerService(service)
    return bus


def emit(bus: QDBusConnection, path: str, interface: str, member: str, *args: object) -> None:
    message = QDBusMessage.createSignal(path, interface, member)
    if args:
        message.setArguments(list(args))
    assert bus.send(message)


def test_linux_screen_saver_and_logind_signals_reach_the_app(unlocked_shell, qtbot, bus_address):
    shell = unlocked_shell
    listen = QDBusConnection.connectToBus(bus_address, "wj-listen")
    found = screen_lock_linux.connect(
        shell.privacy.watcher, system=listen, session=listen, session_id="c2"
    )
    assert "org.freedesktop.ScreenSaver" in found
    assert "logind sleep" in found
    assert "logind session lock" in found

    saver = sender(bus_address, "wj-saver", "org.freedesktop.ScreenSaver")
    emit(
        saver, "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged", True
    )
    qtbot.waitUntil(lambda: shell.session is None, timeout=5000)


@pytest.mark.parametrize("signal", ["sleep", "session lock", "gnome"])
def test_each_linux_signal_locks(unlocked_shell, qtbot, bus_address, signal):
    shell = unlocked_shell
    seen: list[tuple[str, bool]] = []
    shell.privacy.watcher.away_changed.connect(lambda r, a: seen.append((r, a)))
    listen = QDBusConnection.connectToBus(bus_address, f"wj-listen-{signal}")
    screen_lock_linux.connect(shell.privacy.watcher, system=listen, session=listen, session_id="c2")
    if signal == "sleep":
        logind = sender(bus_address, f"wj-logind-{signal}", "org.freedesktop.login1")
        emit(
            logind,
            "/org/freedesktop/login1",
            "org.freedesktop.login1.Manager",
            "PrepareForSleep",
            True,
        )
        expected = (SLEEP, True)
    elif signal == "session lock":
        logind = sender(bus_address, f"wj-logind-{signal}", "org.freedesktop.login1")
        path = screen_lock_linux.session_path("c2")
        emit(logind, path, "org.freedesktop.login1.Session", "Lock")
        expected = (SCREEN, True)
    else:
        gnome = sender(bus_address, "wj-gnome", "org.gnome.ScreenSaver")
        emit(gnome, "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", True)
        expected = (SCREEN, True)
    qtbot.waitUntil(lambda: shell.session is None, timeout=5000)
    assert seen[0] == expected


def test_another_sessions_lock_does_not_lock_this_one(unlocked_shell, qtbot, bus_address):
    shell = unlocked_shell
    listen = QDBusConnection.connectToBus(bus_address, "wj-listen-other")
    screen_lock_linux.connect(shell.privacy.watcher, system=listen, session=listen, session_id="c2")
    logind = sender(bus_address, "wj-logind-other", "org.freedesktop.login1")
    emit(logind, screen_lock_linux.session_path("c7"), "org.freedesktop.login1.Session", "Lock")
    # An impostor that does not own the screen saver's name is not listened to either.
    impostor = QDBusConnection.connectToBus(bus_address, "wj-impostor")
    emit(
        impostor,
        "/org/freedesktop/ScreenSaver",
        "org.freedesktop.ScreenSaver",
        "ActiveChanged",
        True,
    )
    qtbot.wait(300)
    assert shell.session is not None


def test_session_paths_are_escaped_as_logind_does():
    assert screen_lock_linux.session_path("2") == "/org/freedesktop/login1/session/_32"
    assert screen_lock_linux.session_path("c2") == "/org/freedesktop/login1/session/c2"
    assert screen_lock_linux.session_path("") == ""


# -- Windows: the native message, as Qt hands it over -------------------------------------------------


def test_windows_session_messages_lock_the_journal(unlocked_shell):
    shell = unlocked_shell
    registered: list[int] = []

    class FakeWtsApi:
        def WTSRegisterSessionNotification(self, hwnd, flags):
            registered.append(hwnd.value)
            return 1

    watcher = ScreenLockWatcher()
    watcher.away_changed.connect(shell.privacy._on_away_changed)
    assert screen_lock_windows.install(watcher, shell, wtsapi32=FakeWtsApi()) == [
        "power",
        "session lock",
    ]
    assert registered == [int(shell.winId())]
    messages = watcher._keep[0]
    other = wintypes.MSG(message=0x0100, wParam=0x41)  # a key press: nothing happens
    assert messages.nativeEventFilter(b"windows_generic_MSG", ctypes.addressof(other)) == (False, 0)
    assert shell.session is not None
    lock = wintypes.MSG(
        message=screen_lock_windows.WM_WTSSESSION_CHANGE,
        wParam=screen_lock_windows.WTS_SESSION_LOCK,
    )
    messages.nativeEventFilter(b"windows_generic_MSG", ctypes.addressof(lock))
    assert shell.session is None
    QApplication.instance().removeNativeEventFilter(messages)


def test_windows_messages_mean_what_the_documentation_says():
    m = screen_lock_windows
    assert m.meaning(m.WM_WTSSESSION_CHANGE, m.WTS_SESSION_LOCK) == (SCREEN, True)
    assert m.meaning(m.WM_WTSSESSION_CHANGE, m.WTS_SESSION_UNLOCK) == (SCREEN, False)
    assert m.meaning(m.WM_POWERBROADCAST, m.PBT_APMSUSPEND) == (SLEEP, True)
    assert m.meaning(m.WM_POWERBROADCAST, m.PBT_APMRESUMEAUTOMATIC) == (SLEEP, False)
    assert m.meaning(m.WM_WTSSESSION_CHANGE, 0x1) is None  # a console connect


# -- macOS: the distributed notification's callback ---------------------------------------------------


def test_macos_screen_is_locked_notification_locks_the_journal(unlocked_shell):
    shell = unlocked_shell

    class FakeCoreFoundation:
        def __init__(self) -> None:
            self.observers: dict[bytes, object] = {}
            self._names: dict[int, bytes] = {}

        def CFNotificationCenterGetDistributedCenter(self):
            return 1

        def CFStringCreateWithCString(self, _alloc, name, _encoding):
            ref = 100 + len(self._names)
            self._names[ref] = name
            return ref

        def CFNotificationCenterAddObserver(self, center, observer, callback, name, obj, how):
            assert (center, obj, how) == (1, None, screen_lock_macos.DELIVER_IMMEDIATELY)
            self.observers[self._names[name]] = callback

    cf = FakeCoreFoundation()
    watcher = ScreenLockWatcher()
    watcher.away_changed.connect(shell.privacy._on_away_changed)
    found = screen_lock_macos.install(watcher, cf=cf)
    assert found == ["com.apple.screenIsLocked", "com.apple.screenIsUnlocked"]
    cf.observers[b"com.apple.screenIsUnlocked"](None, None, None, None, None)
    assert shell.session is not None
    cf.observers[b"com.apple.screenIsLocked"](None, None, None, None, None)
    assert shell.session is None
