"""Ask the system to leave the window out of screenshots, screen recording and screen sharing
(discreet mode, while the journal is unlocked). Nothing new is installed: ctypes only.

- Windows 10 2004 and later: ``SetWindowDisplayAffinity(hwnd, WDA_EXCLUDEFROMCAPTURE)`` (the
  window is left out); on older Windows ``WDA_MONITOR`` (it shows black).
- macOS: ``[[view window] setSharingType:NSWindowSharingNone]`` through the Objective-C runtime.
  On macOS 15 and later, capture through ScreenCaptureKit may not honour it.
- Linux: no such request exists on X11 or Wayland; nothing is done (False).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from typing import Any

from PySide6.QtWidgets import QWidget

WDA_NONE = 0x0
WDA_MONITOR = 0x1
WDA_EXCLUDEFROMCAPTURE = 0x11
NS_WINDOW_SHARING_NONE = 0
NS_WINDOW_SHARING_READ_ONLY = 1


def set_excluded(
    window: QWidget,
    on: bool,
    *,
    platform: str = sys.platform,
    user32: Any = None,
    objc: Any = None,
) -> bool:
    """Exclude (``on``) or include again; True when the system took the request."""
    try:
        if platform == "win32":
            return _windows(int(window.winId()), on, user32)
        if platform == "darwin":
            return _macos(int(window.winId()), on, objc)
    except (OSError, AttributeError, ValueError):
        return False
    return False


def _windows(hwnd: int, on: bool, user32: Any) -> bool:
    api = user32 if user32 is not None else ctypes.WinDLL("user32")  # type: ignore[attr-defined,unused-ignore]
    handle = ctypes.c_void_p(hwnd)
    if not on:
        return bool(api.SetWindowDisplayAffinity(handle, WDA_NONE))
    if api.SetWindowDisplayAffinity(handle, WDA_EXCLUDEFROMCAPTURE):
        return True
    return bool(api.SetWindowDisplayAffinity(handle, WDA_MONITOR))  # before Windows 10 2004


def _objc() -> Any:
    path = ctypes.util.find_library("objc")
    if not path:
        raise OSError("the Objective-C runtime was not found")
    lib = ctypes.cdll.LoadLibrary(path)
    lib.sel_registerName.restype = ctypes.c_void_p
    lib.sel_registerName.argtypes = (ctypes.c_char_p,)
    return lib


def _macos(view: int, on: bool, objc: Any) -> bool:
    lib = objc if objc is not None else _objc()
    get = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p)
    put = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_ulong)
    send = ctypes.cast(lib.objc_msgSend, ctypes.c_void_p).value
    if not send:
        return False
    window = get(send)(view, lib.sel_registerName(b"window"))  # the NSView's NSWindow
    if not window:
        return False
    sharing = NS_WINDOW_SHARING_NONE if on else NS_WINDOW_SHARING_READ_ONLY
    put(send)(window, lib.sel_registerName(b"setSharingType:"), sharing)
    return True
