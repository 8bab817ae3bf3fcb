"""Once the journal locks, what it showed is gone from the app's memory as far as Python can
reach it: no record read from the vault (an entry, a check-in, a contact...) and no container
holding a word the person wrote stays alive after the locked pages are taken down, Trends
charts for every year and an entry open in the editor included.

Objects Python's collector has frozen (``ui/trends/memory.freeze_imports`` freezes all that is
alive when Trends first loads matplotlib, open pages included) are looked at without being
collected: the app never collects them, so a frozen cycle holding the journal would stay for
good (freezing at lock, before the pages go, leaves entries and check-ins behind: the test
fails then).

The session runs in a process of its own (``lock_forgets_probe``), so what other tests keep
alive is not counted. The same probe run while the journal is open must find the records and
the marker: otherwise it would find nothing after lock for the wrong reason."""

from __future__ import annotations

from pathlib import Path

from tests.program import run_probe


def test_nothing_of_the_journal_stays_reachable_after_lock(tmp_path: Path) -> None:
    found = run_probe(["-m", "tests.ui.lock_forgets_probe", str(tmp_path / "data")])
    assert found["during"]["records"]  # the probe sees the open journal's records
    assert found["during"]["marked"]  # and the words written in it
    assert found["after"] == {"records": [], "marked": []}
