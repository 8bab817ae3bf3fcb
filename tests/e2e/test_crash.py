"""Crash safety: a process writing records (and now and then a backup) is killed with SIGKILL at
random moments, many times. After each kill the vault opens, both integrity checks pass, every
write the process confirmed after its commit is there with its full text, and every backup file
in the folder is whole. benchmarks/crash_soak.py runs the same loop for longer."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.e2e.crashkit import RECORD_TYPES, crash_loop

KILLS = 80


@pytest.mark.slow
@pytest.mark.timeout(240)
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_killed_writer_loses_nothing_it_confirmed(tmp_path: Path):
    outcome = crash_loop(tmp_path / "data", KILLS, kinds=",".join(RECORD_TYPES), seed=2026)
    assert outcome.lost == []
    assert outcome.kills == KILLS
    # The loop really wrote and backed up between kills (the check is not vacuous).
    assert outcome.confirmed > KILLS * 5
    assert all(outcome.confirmed_by_kind.get(kind, 0) > KILLS for kind in RECORD_TYPES), outcome
    assert outcome.backups_made > 0
