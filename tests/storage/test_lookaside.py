"""Every connection gets room for SQLite's small allocations (``storage/lookaside.py``): without
it, each allocation of a bulk write went to SQLCipher's locking allocator, a system call each,
and importing a journal took half again as long."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

from wellness_journal.services.journal_io import import_file
from wellness_journal.storage import lookaside

WORDS = [
    "shift",
    "sleep",
    "partner",
    "coffee",
    "report",
    "calm",
    "tired",
    "night",
    "call",
    "walk",
    "kids",
    "gym",
    "quiet",
]


def jrnl_text(entries: int) -> str:
    rng = random.Random(7)
    start = date(2020, 1, 1)
    parts = []
    for n in range(entries):
        day = start + timedelta(days=n)
        body = " ".join(rng.choice(WORDS) + rng.choice(["", "s", "ed", "ing"]) for _ in range(300))
        parts.append(f"[{day.isoformat()} 22:{n % 60:02d}] Entry {n}.\n{body}\n")
    return "\n".join(parts)


def test_every_connection_gets_the_larger_buffer(vault):
    assert lookaside.install()  # this build of SQLCipher allows it
    before = lookaside.widened()
    db = vault.connect_new()
    try:
        assert lookaside.widened() == before + 1  # SQLite said OK: no slot was in use yet
    finally:
        db.close()


def test_importing_hundreds_of_entries_never_runs_out_of_slots(vault, tmp_path: Path):
    db = vault.connect_new()
    try:
        source = tmp_path / "journal.txt"
        source.write_text(jrnl_text(400), encoding="utf-8")
        report = import_file(db, source)
        assert report.added == {"journal_entries": 400}
        use = lookaside.latest_use()
        assert use.get("hit", 0) > 5_000  # the slots did the work
        assert use.get("miss_full") == 0  # and there was always one free
    finally:
        db.close()


def test_without_the_library_functions_connections_open_as_before(vault, monkeypatch):
    """A build whose library hides its C functions (likely on Windows) keeps SQLite's default."""

    def no_library(_path: str) -> object:
        raise OSError("no such symbols")

    monkeypatch.setattr(lookaside, "_state", {})
    monkeypatch.setattr(lookaside.ctypes, "CDLL", no_library)
    assert not lookaside.install()
    db = vault.connect_new()
    try:
        assert lookaside.widened() == 0
        assert db.scalar("SELECT count(*) FROM journal_entries") == 0
    finally:
        db.close()
