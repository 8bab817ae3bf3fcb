"""Backups and data safety: a log of the backups made to another place (when, and where)."""

from __future__ import annotations

from wellness_journal.storage.connection import Database

SCHEMA = """
CREATE TABLE backup_log (
    id       INTEGER PRIMARY KEY,
    kind     TEXT NOT NULL CHECK (kind IN ('manual')),
    made_at  TEXT NOT NULL,
    location TEXT NOT NULL
);
"""


def apply(db: Database) -> None:
    db.executescript(SCHEMA)
