"""Coping toolbox: exercise sessions with before/after ratings, favourites, thought records."""

from __future__ import annotations

from wellness_journal.storage.connection import Database

SCHEMA = """
CREATE TABLE coping_sessions (
    id              INTEGER PRIMARY KEY,
    uid             TEXT NOT NULL UNIQUE,
    exercise_id     TEXT NOT NULL,
    started_at      TEXT NOT NULL,
    seconds_done    INTEGER NOT NULL CHECK (seconds_done >= 0),
    planned_seconds INTEGER NOT NULL DEFAULT 0 CHECK (planned_seconds >= 0),
    outcome         TEXT NOT NULL CHECK (outcome IN ('completed', 'stopped')),
    suds_before     INTEGER CHECK (suds_before BETWEEN 0 AND 10),
    suds_after      INTEGER CHECK (suds_after BETWEEN 0 AND 10),
    note            TEXT NOT NULL DEFAULT ''
);
CREATE INDEX coping_sessions_started ON coping_sessions (started_at);

CREATE TABLE coping_favourites (
    id          INTEGER PRIMARY KEY,
    uid         TEXT NOT NULL UNIQUE,
    exercise_id TEXT NOT NULL UNIQUE,
    added_at    TEXT NOT NULL
);

CREATE TABLE thought_records (
    id               INTEGER PRIMARY KEY,
    uid              TEXT NOT NULL UNIQUE,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    situation        TEXT NOT NULL DEFAULT '',
    evidence_for     TEXT NOT NULL DEFAULT '',
    evidence_against TEXT NOT NULL DEFAULT '',
    balanced_thought TEXT NOT NULL DEFAULT ''
);
CREATE INDEX thought_records_created ON thought_records (created_at);

CREATE TABLE thought_record_moods (
    id        INTEGER PRIMARY KEY,
    record_id INTEGER NOT NULL REFERENCES thought_records (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    name      TEXT NOT NULL,
    before    INTEGER CHECK (before BETWEEN 0 AND 100),
    after     INTEGER CHECK (after BETWEEN 0 AND 100)
);
CREATE INDEX thought_record_moods_record ON thought_record_moods (record_id);

CREATE TABLE thought_record_thoughts (
    id        INTEGER PRIMARY KEY,
    record_id INTEGER NOT NULL REFERENCES thought_records (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    text      TEXT NOT NULL,
    hot       INTEGER NOT NULL DEFAULT 0 CHECK (hot IN (0, 1))
);
CREATE INDEX thought_record_thoughts_record ON thought_record_thoughts (record_id);
"""


def apply(db: Database) -> None:
    db.executescript(SCHEMA)
