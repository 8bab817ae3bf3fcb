"""More room for SQLite's small allocations on every connection this process opens.

SQLite serves a connection's small allocations (a bound value, a cursor, a register) from its
*lookaside*: a buffer of slots taken once, when the connection opens. Its default (40 slots of
1,200 bytes, split into 123 large and small ones) is almost all held by the journal's parsed
schema, so nearly every small allocation went to the general allocator instead. With SQLCipher's
memory security on, each of those is locked into RAM (a ``mlock`` system call) and wiped and
unlocked when freed (another): importing a 10-year journal made 152,178 ``mlock`` calls, 87,288
allocations finding no free slot.

With ``SLOTS`` (240 KB) none is ever short: that import used 317 slots at most, made 64,755
``mlock`` calls, and took 1.06-1.21 s instead of 1.82-2.37 s. Opening and closing a connection
costs 0.1-0.5 ms more (4.2-4.7 ms). The buffer is allocated like SQLite's default one, through
SQLCipher's allocator: wiped when the connection closes, and locked into RAM once memory security
is on (each connection switches it on right after opening; it then stays on in the process).

SQLite offers this only through its C API (``sqlite3_db_config``), which sqlcipher3 does not
wrap, and only before the connection has used a slot. ``install`` registers, once, an *automatic
extension*: SQLite calls it inside every ``sqlite3_open`` with the new connection's handle, which
it notes for the opening thread. SQLite sets the default buffer after calling it, so the buffer
is changed just after the open (``widen_opened``), before the first statement. Where the library
does not export these functions (a build that hides its symbols) nothing changes: the app works
as before, only slower at bulk writes.
"""

from __future__ import annotations

import ctypes
import threading
from typing import Any

import sqlcipher3._sqlite3 as sqlcipher3_c  # the compiled module: SQLCipher is linked into it

SLOT_BYTES = 1200  # SQLite's own slot size
SLOTS = 200  # 240 KB per connection; SQLite's default is 40 (48 KB)
_DBCONFIG_LOOKASIDE = 1001  # SQLITE_DBCONFIG_LOOKASIDE
_DBSTATUS = {"used": 0, "hit": 4, "miss_size": 5, "miss_full": 6}  # SQLITE_DBSTATUS_LOOKASIDE_*

_lock = threading.Lock()
_state: dict[str, Any] = {}  # "lib", "entry" (kept alive while SQLite may call it), "widened"...
_opening = threading.local()  # .handle: the connection this thread opened last


def _library() -> ctypes.CDLL | None:
    try:
        lib = ctypes.CDLL(sqlcipher3_c.__file__)
        lib.sqlite3_db_config.argtypes = [ctypes.c_void_p, ctypes.c_int]  # then variadic
        lib.sqlite3_db_config.restype = ctypes.c_int
        lib.sqlite3_auto_extension.argtypes = [ctypes.c_void_p]
        lib.sqlite3_auto_extension.restype = ctypes.c_int
        status = lib.sqlite3_db_status
        status.argtypes = [
            ctypes.c_void_p,
            ctypes.c_int,
            ctypes.c_void_p,
            ctypes.c_void_p,
            ctypes.c_int,
        ]
        status.restype = ctypes.c_int
    except (OSError, AttributeError, TypeError):
        return None
    return lib


def _note(db: int | None, _errors: int | None, _api: int | None) -> int:
    """Inside sqlite3_open, on the opening thread. Must never raise."""
    _opening.handle = db
    return 0  # SQLITE_OK: the connection opens whatever happens here


_ENTRY = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p)


def install() -> bool:
    """Note every connection opened from now on (for ``widen_opened``). Idempotent; False when
    this build of the library does not allow it (then nothing was changed)."""
    with _lock:
        if "installed" in _state:
            return bool(_state["installed"])
        _state["installed"] = False
        lib = _library()
        if lib is None:
            return False
        entry = _ENTRY(_note)
        if lib.sqlite3_auto_extension(ctypes.cast(entry, ctypes.c_void_p)) != 0:
            return False
        _state.update(lib=lib, entry=entry, installed=True, widened=0)
        return True


def before_open() -> None:
    """Call on the thread about to open a connection, right before: installs the hook the first
    time, and forgets any connection noted earlier on this thread (one opened elsewhere, by a
    backup, is never widened: only the open that follows is)."""
    install()
    _opening.handle = None


def widen_opened() -> int | None:
    """Give the connection this thread has just opened ``SLOTS`` slots: SQLite's answer (0, OK),
    or None when there is nothing to do (not installed, or no open noted)."""
    lib = _state.get("lib")
    handle = getattr(_opening, "handle", None)
    _opening.handle = None
    if lib is None or handle is None:
        return None
    rc = int(
        lib.sqlite3_db_config(
            handle, _DBCONFIG_LOOKASIDE, None, ctypes.c_int(SLOT_BYTES), ctypes.c_int(SLOTS)
        )
    )
    if rc == 0:
        _state["widened"] += 1
        _state["latest"] = handle
    return rc


def widened() -> int:
    """How many connections were given the larger buffer (for tests and benchmarks)."""
    return int(_state.get("widened", 0))


def latest_use() -> dict[str, int]:
    """The most slots the latest connection widened has used, and how often an allocation found
    a slot, was too big for one, or found none free. For tests and benchmarks, and only while
    that connection is still open."""
    lib, db = _state.get("lib"), _state.get("latest")
    if lib is None or db is None:
        return {}
    counts = {}
    for name, op in _DBSTATUS.items():
        now, most = ctypes.c_int(), ctypes.c_int()
        lib.sqlite3_db_status(db, op, ctypes.byref(now), ctypes.byref(most), 0)
        counts[name] = most.value
    return counts
