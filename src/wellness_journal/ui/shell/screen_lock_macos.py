"""Screen lock on macOS: the distributed notifications ``com.apple.screenIsLocked`` and
``com.apple.screenIsUnlocked``, through CoreFoundation's C API with ctypes (no new dependency).

``CFNotificationCenterGetDistributedCenter`` delivers on the main run loop, which Qt's Cocoa event
dispatcher runs, so the callbacks arrive on the GUI thread. (Sleep has no distributed
notification; a Mac that asks for the password after sleep locks the screen first, which is
heard.)
"""

from __future__ import annotations

import ctypes
from typing import Any

from wellness_journal.ui.shell.screen_lock import ScreenLockWatcher

CORE_FOUNDATION = "/System/Library/Frameworks/CoreFoundation.framework/CoreFoundation"
UTF8 = 0x08000100  # kCFStringEncodingUTF8
DELIVER_IMMEDIATELY = 4  # CFNotificationSuspensionBehaviorDeliverImmediately
LOCKED = b"com.apple.screenIsLocked"
UNLOCKED = b"com.apple.screenIsUnlocked"

# void (*)(CFNotificationCenterRef, void *observer, CFStringRef name, const void *object,
#          CFDictionaryRef userInfo)
Callback = ctypes.CFUNCTYPE(
    None, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p
)


def _core_foundation() -> Any:
    cf = ctypes.cdll.LoadLibrary(CORE_FOUNDATION)
    cf.CFNotificationCenterGetDistributedCenter.restype = ctypes.c_void_p
    cf.CFStringCreateWithCString.restype = ctypes.c_void_p
    cf.CFStringCreateWithCString.argtypes = (ctypes.c_void_p, ctypes.c_char_p, ctypes.c_uint32)
    cf.CFNotificationCenterAddObserver.argtypes = (
        ctypes.c_void_p,
        ctypes.c_void_p,
        Callback,
        ctypes.c_void_p,
        ctypes.c_void_p,
        ctypes.c_long,
    )
    return cf


def install(watcher: ScreenLockWatcher, *, cf: Any = None) -> list[str]:
    """Observe the two notifications; ``cf`` can be injected (tests call the callbacks)."""
    cf = cf if cf is not None else _core_foundation()
    center = cf.CFNotificationCenterGetDistributedCenter()
    found = []
    for name, locked in ((LOCKED, True), (UNLOCKED, False)):

        def heard(_c: Any, _o: Any, _n: Any, _obj: Any, _info: Any, locked: bool = locked) -> None:
            watcher.screen_locked_changed(locked)

        callback = Callback(heard)
        watcher.keep(callback)  # ctypes callbacks must outlive their registration
        cf_name = cf.CFStringCreateWithCString(None, name, UTF8)
        cf.CFNotificationCenterAddObserver(
            center, id(watcher), callback, cf_name, None, DELIVER_IMMEDIATELY
        )
        found.append(name.decode())
    return found
