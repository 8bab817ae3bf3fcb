"""How long to wait after wrong passphrases: free for three tries, then doubling waits.

The count is kept in a small file beside the vault that anyone with the account can edit or
delete: it only slows guessing in the app (Argon2id is the real protection). Whatever is in it,
it never crashes the app nor locks the user out for longer than the longest wait.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

FREE_TRIES = 3
FIRST_WAIT_SECONDS = 5.0
MAX_WAIT_SECONDS = 300.0
MAX_FAILURES = 1000  # counted no further: the wait is long since at its longest
_MAX_DOUBLINGS = 10  # 5 s * 2**10 is well past the longest wait


@dataclass(frozen=True)
class ThrottleState:
    failures: int = 0
    last_failure: float = 0.0  # seconds since the epoch

    @staticmethod
    def from_record(data: dict[str, Any], now: float) -> ThrottleState:
        """The state a record describes, made sane: a count out of range is clamped, a time that
        is not a number or lies in the future counts as ``now``."""
        failures = data.get("failures", 0)
        if isinstance(failures, bool) or not isinstance(failures, int | float):
            return ThrottleState()
        if isinstance(failures, float):
            failures = int(failures) if math.isfinite(failures) else MAX_FAILURES
        failures = max(0, min(failures, MAX_FAILURES))
        if failures == 0:
            return ThrottleState()
        last = data.get("last_failure")
        if isinstance(last, bool) or not isinstance(last, int | float):
            return ThrottleState(failures, now)
        last = float(last)
        if not math.isfinite(last) or last > now:
            last = now
        return ThrottleState(failures, last)

    def wait_after(self) -> float:
        """Seconds the next try must wait after ``last_failure``."""
        if self.failures < FREE_TRIES:
            return 0.0
        doublings = min(self.failures - FREE_TRIES, _MAX_DOUBLINGS)
        return float(min(FIRST_WAIT_SECONDS * 2**doublings, MAX_WAIT_SECONDS))

    def remaining(self, now: float) -> float:
        """Seconds still to wait at ``now`` (0 when a try is allowed)."""
        wait = self.wait_after()
        if wait <= 0:
            return 0.0
        # A clock set backwards must not lock the user out for ever.
        elapsed = max(0.0, now - self.last_failure)
        return max(0.0, wait - elapsed)

    def failed(self, now: float) -> ThrottleState:
        return ThrottleState(min(self.failures + 1, MAX_FAILURES), now)

    def succeeded(self) -> ThrottleState:
        return ThrottleState()
