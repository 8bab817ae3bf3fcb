"""Time as a dependency, so tests can move it."""

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


class FakeClock:
    """A clock a test can move by hand; callable like ``time.monotonic``."""

    def __init__(self, start: float = 1_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class FakeNow:
    """A wall clock (aware datetimes) a test can set by hand; callable like ``local_now``."""

    def __init__(self, value: datetime) -> None:
        self.value = value

    def __call__(self) -> datetime:
        return self.value
