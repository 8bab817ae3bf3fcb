"""Self-checks: each questionnaire taken, with its answers in form order (scores are worked out
from them, never stored), and the one self-check left part-way when the journal locked."""

from __future__ import annotations

from wellness_journal.storage.connection import Database

SCHEMA = """
CREATE TABLE self_checks (
    id          INTEGER PRIMARY KEY,
    uid         TEXT NOT NULL UNIQUE,
    instrument  TEXT NOT NULL
                CHECK (instrument IN ('PHQ-9', 'PHQ-2', 'GAD-7', 'PCL-5', 'AUDIT-C', 'WHO-5')),
    taken_at    TEXT NOT NULL,
    taken_utc   TEXT NOT NULL,
    answers     TEXT NOT NULL,
    sex         TEXT CHECK (sex IS NULL OR sex IN ('male', 'female', 'unspecified')),
    note        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX self_checks_taken ON self_checks (instrument, taken_utc);

CREATE TABLE self_check_draft (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    data     TEXT NOT NULL,
    saved_at TEXT NOT NULL
);
"""


def apply(db: Database) -> None:
    db.executescript(SCHEMA)
