"""The unlock throttle file (unlock-state.json) holds no secret and anyone can edit it: whatever is
in it, the app neither crashes nor locks the user out for longer than the longest wait."""

from __future__ import annotations

import json
import math

import pytest

from tests.conftest import PASSPHRASE
from tests.fakes import FakeClock
from wellness_journal.core.errors import ErrorKind, VaultError
from wellness_journal.core.throttle import MAX_WAIT_SECONDS
from wellness_journal.services.unlock import UnlockGate

NOW = 1_700_000_000.0


def write_state(paths, text: str) -> None:
    paths.unlock_state.write_text(text, encoding="utf-8")


@pytest.mark.parametrize(
    "content",
    [
        '{"failures": 1027, "last_failure": 1700000000.0}',
        '{"failures": 100000000000000000000, "last_failure": 1700000000.0}',
        '{"failures": 1e308, "last_failure": 1700000000.0}',
        '{"failures": -5, "last_failure": 1700000000.0}',
        '{"failures": 10, "last_failure": "soon"}',
        '{"failures": 10, "last_failure": 1e400}',
        '{"failures": 10, "last_failure": NaN}',
        '{"failures": 10, "last_failure": -Infinity}',
        '{"failures": [1], "last_failure": {}}',
        "[1, 2, 3]",
        "not json at all",
        "",
    ],
)
def test_absurd_records_neither_crash_nor_lock_out(created, paths, content):
    created.vault.close()
    write_state(paths, content)
    clock = FakeClock(NOW)
    gate = UnlockGate(paths, clock=clock)
    wait = gate.remaining_wait()
    assert 0 <= wait <= MAX_WAIT_SECONDS
    assert math.isfinite(wait)
    clock.advance(MAX_WAIT_SECONDS + 1)
    assert gate.remaining_wait() == 0
    gate.derive(PASSPHRASE)  # opens once the longest wait has passed
    with pytest.raises(VaultError) as info:
        gate.derive("wrong")  # a wrong try still counts, and still says so
    assert info.value.kind in (ErrorKind.WRONG_SECRET, ErrorKind.THROTTLED)


def test_a_record_from_the_future_counts_as_now(created, paths):
    created.vault.close()
    clock = FakeClock(NOW)
    write_state(paths, json.dumps({"failures": 12, "last_failure": NOW + 10 * 365 * 86400}))
    gate = UnlockGate(paths, clock=clock)
    assert gate.remaining_wait() == MAX_WAIT_SECONDS
    clock.advance(MAX_WAIT_SECONDS + 1)
    assert gate.remaining_wait() == 0  # not ten years
    gate.derive(PASSPHRASE)
    assert gate.state().failures == 0


def test_a_huge_count_keeps_counting_wrong_tries_without_overflow(created, paths):
    created.vault.close()
    clock = FakeClock(NOW)
    write_state(paths, json.dumps({"failures": 5000, "last_failure": NOW - 3600}))
    gate = UnlockGate(paths, clock=clock)
    with pytest.raises(VaultError) as info:
        gate.derive("wrong")
    assert info.value.kind is ErrorKind.WRONG_SECRET
    assert info.value.wait_seconds == MAX_WAIT_SECONDS
    assert gate.remaining_wait() == MAX_WAIT_SECONDS
