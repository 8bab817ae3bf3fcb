"""How long to wait after wrong passphrases: free for three tries, then doubling waits."""

from __future__ import annotations

from dataclasses import dataclass

FREE_TRIES = 3
FIRST_WAIT_SECONDS = 5.0
MAX_WAIT_SECONDS = 300.0


@dataclass(frozen=True)
class ThrottleState:
    failures: int = 0
    last_failure: float = 0.0  # seconds since the epoch

    def wait_after(self) -> float:
        """Seconds the next try must wait after ``last_failure``."""
        if self.failures < FREE_TRIES:
            return 0.0
        return float(min(FIRST_WAIT_SECONDS * 2 ** (self.failures - FREE_TRIES), MAX_WAIT_SECONDS))

    def remaining(self, now: float) -> float:
        """Seconds still to wait at ``now`` (0 when a try is allowed)."""
        wait = self.wait_after()
        if wait <= 0:
            return 0.0
        # A clock set backwards must not lock the user out for ever.
        elapsed = max(0.0, now - self.last_failure)
        return max(0.0, wait - elapsed)

    def failed(self, now: float) -> ThrottleState:
        return ThrottleState(self.failures + 1, now)

    def succeeded(self) -> ThrottleState:
        return ThrottleState()
