"""Test doubles for the clocks the app takes as dependencies (``core.clock``)."""

from __future__ import annotations

from datetime import datetime


class FakeClock:
    """A clock a test can move by hand; callable like ``time.monotonic`` or ``time.time``."""

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
