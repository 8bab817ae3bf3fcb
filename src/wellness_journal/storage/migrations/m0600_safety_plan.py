"""The safety plan: one plan a journal, its items one row each (section, position, text)."""

from __future__ import annotations

from wellness_journal.storage.connection import Database

SCHEMA = """
CREATE TABLE safety_plan (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    uid        TEXT NOT NULL UNIQUE,
    updated_at TEXT NOT NULL
);

CREATE TABLE safety_plan_items (
    id          INTEGER PRIMARY KEY,
    section     TEXT NOT NULL CHECK (section IN ('warning_signs', 'coping_alone',
                    'distractions', 'people', 'professionals', 'safer_surroundings',
                    'reasons_for_living')),
    position    INTEGER NOT NULL,
    text        TEXT NOT NULL,
    contact_uid TEXT NOT NULL DEFAULT '',
    UNIQUE (section, position)
);
"""


def apply(db: Database) -> None:
    db.executescript(SCHEMA)
