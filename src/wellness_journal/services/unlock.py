"""Unlocking with a growing wait after wrong tries (kept across restarts)."""

from __future__ import annotations

import contextlib

from wellness_journal.core.clock import WallClock, wall
from wellness_journal.core.errors import ErrorKind, VaultError
from wellness_journal.core.throttle import ThrottleState
from wellness_journal.storage import vault as vault_mod
from wellness_journal.storage.keyslots import KdfParams
from wellness_journal.storage.paths import AppPaths
from wellness_journal.storage.statefile import read_json, write_json
from wellness_journal.storage.vault import UnlockedKey


class UnlockGate:
    """Derives the key for a secret, refusing while a wait is running."""

    def __init__(
        self, paths: AppPaths, clock: WallClock = wall, *, target: KdfParams | None = None
    ) -> None:
        """``target``: the app's Argon2id parameters; a slot made with cheaper ones is wrapped
        again at this strength when it opens."""
        self._paths = paths
        self._clock = clock
        self._target = target

    def state(self) -> ThrottleState:
        data = read_json(self._paths.unlock_state)
        state = ThrottleState.from_record(data, self._clock())
        if state.failures and state.last_failure != data.get("last_failure"):
            # A record from the future (or without a time) counts as now: keep it so, or the
            # wait would start again at every look.
            with contextlib.suppress(VaultError):
                self._save(state)
        return state

    def _save(self, state: ThrottleState) -> None:
        write_json(
            self._paths.unlock_state,
            {"failures": state.failures, "last_failure": state.last_failure},
        )

    def remaining_wait(self) -> float:
        return self.state().remaining(self._clock())

    def derive(self, secret: str, *, kind: str = "auto") -> UnlockedKey:
        """Slow (key derivation): call off the GUI thread."""
        wait = self.remaining_wait()
        if wait > 0:
            raise VaultError(ErrorKind.THROTTLED, f"wait {wait:.0f} s", wait_seconds=wait)
        try:
            unlocked = vault_mod.derive_key(self._paths, secret, kind=kind, upgrade_to=self._target)
        except VaultError as exc:
            if exc.kind in (ErrorKind.WRONG_SECRET, ErrorKind.BAD_RECOVERY_KEY):
                state = self.state().failed(self._clock())
                self._save(state)
                exc.wait_seconds = state.wait_after()
            raise
        if self.state().failures:
            self._save(self.state().succeeded())
        return unlocked
