"""Leaving the window out of screen capture: the system calls made on Windows and macOS, checked
against fakes (only Linux runs here, where no such request exists)."""

from __future__ import annotations

import ctypes
from typing import Any

from PySide6.QtWidgets import QWidget

from wellness_journal.ui.shell import capture_guard as guard


class FakeUser32:
    def __init__(self, *, exclude_works: bool = True) -> None:
        self.calls: list[tuple[int, int]] = []
        self._exclude_works = exclude_works

    def SetWindowDisplayAffinity(self, hwnd: ctypes.c_void_p, affinity: int) -> int:
        self.calls.append((hwnd.value or 0, affinity))
        return 0 if affinity == guard.WDA_EXCLUDEFROMCAPTURE and not self._exclude_works else 1


def test_windows_asks_to_be_left_out_of_capture_and_back_in(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    user32 = FakeUser32()
    assert guard.set_excluded(window, True, platform="win32", user32=user32)
    assert guard.set_excluded(window, False, platform="win32", user32=user32)
    hwnd = int(window.winId())
    assert user32.calls == [(hwnd, guard.WDA_EXCLUDEFROMCAPTURE), (hwnd, guard.WDA_NONE)]


def test_older_windows_shows_the_window_black_instead(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    user32 = FakeUser32(exclude_works=False)
    assert guard.set_excluded(window, True, platform="win32", user32=user32)
    assert [affinity for _hwnd, affinity in user32.calls] == [
        guard.WDA_EXCLUDEFROMCAPTURE,
        guard.WDA_MONITOR,
    ]


def test_macos_sets_the_windows_sharing_type(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    sent: list[tuple[int, bytes, int]] = []
    selectors = {1: b"window", 2: b"setSharingType:"}
    ns_window = 0xBEEF

    # objc_msgSend stands in for both calls ([view window] and [window setSharingType:]).
    @ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_ulong)
    def msg_send(receiver: int, selector: int, arg: int) -> int:
        name = selectors[selector]
        sent.append((receiver, name, arg if name == b"setSharingType:" else -1))
        return ns_window if name == b"window" else 0

    class FakeObjc:
        objc_msgSend = msg_send

        @staticmethod
        def sel_registerName(name: bytes) -> int:
            return next(k for k, v in selectors.items() if v == name)

    objc: Any = FakeObjc()
    view = int(window.winId())
    assert guard.set_excluded(window, True, platform="darwin", objc=objc)
    assert guard.set_excluded(window, False, platform="darwin", objc=objc)
    assert sent == [
        (view, b"window", -1),
        (ns_window, b"setSharingType:", guard.NS_WINDOW_SHARING_NONE),
        (view, b"window", -1),
        (ns_window, b"setSharingType:", guard.NS_WINDOW_SHARING_READ_ONLY),
    ]


def test_linux_has_no_such_request(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    assert not guard.set_excluded(window, True, platform="linux")


def test_a_failing_system_call_is_a_no_not_a_crash(qtbot):
    window = QWidget()
    qtbot.addWidget(window)

    class Broken:
        def SetWindowDisplayAffinity(self, *_args: object) -> int:
            raise OSError("no such function")

    assert not guard.set_excluded(window, True, platform="win32", user32=Broken())
