"""Time as a dependency, so tests can move it (their fakes are in ``tests/fakes.py``)."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime

Monotonic = Callable[[], float]
WallClock = Callable[[], float]


def monotonic() -> float:
    return time.monotonic()


def wall() -> float:
    return time.time()


def local_now() -> datetime:
    """Aware local time."""
    return datetime.now().astimezone()
