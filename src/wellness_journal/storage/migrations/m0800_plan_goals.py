"""My plan: the goals a person sets (often with a counselor) and the days ticked by hand."""

from __future__ import annotations

from wellness_journal.storage.connection import Database

SCHEMA = """
CREATE TABLE plan_goals (
    id           INTEGER PRIMARY KEY,
    uid          TEXT NOT NULL UNIQUE,
    kind         TEXT NOT NULL CHECK (kind IN ('exercise', 'sleep_diary', 'sleep_window',
                     'checkin', 'by_hand')),
    text         TEXT NOT NULL,
    starts_on    TEXT NOT NULL,
    ends_on      TEXT,
    per_week     INTEGER NOT NULL DEFAULT 7 CHECK (per_week BETWEEN 1 AND 7),
    exercise_id  TEXT NOT NULL DEFAULT '',
    minutes      INTEGER NOT NULL DEFAULT 0 CHECK (minutes BETWEEN 0 AND 240),
    window_start TEXT NOT NULL DEFAULT '',
    window_end   TEXT NOT NULL DEFAULT '',
    window_days  TEXT NOT NULL DEFAULT 'all' CHECK (window_days IN ('all', 'off', 'work')),
    sort_order   INTEGER NOT NULL DEFAULT 0,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);

CREATE TABLE plan_goal_days (
    goal_uid TEXT NOT NULL,
    day      TEXT NOT NULL,
    PRIMARY KEY (goal_uid, day)
) WITHOUT ROWID;
"""


def apply(db: Database) -> None:
    db.executescript(SCHEMA)
