"""Python's automatic cycle collection, held while the window does a burst of work.

A collection holds the GIL while it looks at every object of the generations it collects, so
whichever thread runs it, the GUI thread stops for as long. Landing inside a pass that is busy
already (building a page at unlock, deleting pages at lock, a chart build on the runner), it made
the longest passes of a session (``benchmarks/jank.py``). The parts that make such bursts hold
automatic collection here and collect in a pass of their own afterwards.

Holds are counted, one count per process like the collector's own switch: collection comes
back on when the last hold is given back, and only if it was on before the first.
"""

from __future__ import annotations

import gc
import threading


class _State:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.holds = 0
        self.was_enabled = True


_state = _State()


def hold() -> None:
    """Hold automatic collection (until as many ``release`` calls)."""
    with _state.lock:
        if _state.holds == 0:
            _state.was_enabled = gc.isenabled()
            gc.disable()
        _state.holds += 1


def release() -> None:
    """Give one hold back; the last one turns automatic collection back on (if it was)."""
    with _state.lock:
        if _state.holds == 0:
            return
        _state.holds -= 1
        if _state.holds == 0 and _state.was_enabled:
            gc.enable()


class Hold:
    """One holder's hold, taken at most once and given back at most once (safe to give back
    from a ``destroyed`` signal, however the holder ends)."""

    def __init__(self) -> None:
        self.holding = False

    def take(self) -> None:
        if not self.holding:
            self.holding = True
            hold()

    def give_back(self) -> None:
        if self.holding:
            self.holding = False
            release()


def holds() -> int:
    """How many holds are out (for tests)."""
    with _state.lock:
        return _state.holds


def freeze_startup() -> None:
    """At start-up, before any journal is open: collect, then take everything alive (Qt's and
    the app's modules, the lock screen) out of the collector for good (``gc.freeze``). A full
    collection then looks only at what a session made: before, each looked at ~180,000 objects
    (25-33 ms holding the GIL at the first unlock, measured with ``benchmarks/jank.py``).
    Nothing the user wrote exists yet, so nothing of it is frozen."""
    gc.collect()
    gc.freeze()
