"""Today: daily check-ins, the stress log, critical incidents with their check-ins, sleep diary.

Instants are stored twice: as aware ISO-8601 with the offset of that moment (the wall time the
user lived) and as sortable UTC text for ordering and overlap queries.
"""

from __future__ import annotations

from wellness_journal.storage.connection import Database

SCHEMA = """
CREATE TABLE checkins (
    id         INTEGER PRIMARY KEY,
    uid        TEXT NOT NULL UNIQUE,
    day        TEXT NOT NULL UNIQUE,
    mood       INTEGER CHECK (mood IS NULL OR mood BETWEEN 1 AND 5),
    stress     INTEGER CHECK (stress IS NULL OR stress BETWEEN 0 AND 10),
    energy     INTEGER CHECK (energy IS NULL OR energy BETWEEN 0 AND 10),
    shift      TEXT NOT NULL DEFAULT '',
    note       TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE stress_entries (
    id           INTEGER PRIMARY KEY,
    uid          TEXT NOT NULL UNIQUE,
    at           TEXT NOT NULL,
    at_utc       TEXT NOT NULL,
    suds         INTEGER NOT NULL CHECK (suds BETWEEN 0 AND 10),
    triggers     TEXT NOT NULL DEFAULT '[]',
    trigger_text TEXT NOT NULL DEFAULT '',
    body_signs   TEXT NOT NULL DEFAULT '[]',
    helped       TEXT NOT NULL DEFAULT '',
    note         TEXT NOT NULL DEFAULT '',
    suds_after   INTEGER CHECK (suds_after IS NULL OR suds_after BETWEEN 0 AND 10),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX stress_entries_at ON stress_entries (at_utc);

CREATE TABLE critical_incidents (
    id          INTEGER PRIMARY KEY,
    uid         TEXT NOT NULL UNIQUE,
    occurred_on TEXT NOT NULL,
    category    TEXT NOT NULL,
    role        TEXT NOT NULL DEFAULT '',
    note        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE incident_followups (
    id           INTEGER PRIMARY KEY,
    uid          TEXT NOT NULL UNIQUE,
    incident_uid TEXT NOT NULL,
    step         TEXT NOT NULL CHECK (step IN ('day3', 'week1', 'week4', 'week12')),
    done_at      TEXT NOT NULL,
    sleep        INTEGER NOT NULL CHECK (sleep BETWEEN 0 AND 4),
    intrusive    INTEGER NOT NULL CHECK (intrusive BETWEEN 0 AND 4),
    avoidance    INTEGER NOT NULL CHECK (avoidance BETWEEN 0 AND 4),
    irritability INTEGER NOT NULL CHECK (irritability BETWEEN 0 AND 4),
    mood         INTEGER NOT NULL CHECK (mood BETWEEN 0 AND 4),
    talk         TEXT NOT NULL DEFAULT '' CHECK (talk IN ('', 'yes', 'maybe', 'no')),
    UNIQUE (incident_uid, step)
);

CREATE TABLE sleep_periods (
    id              INTEGER PRIMARY KEY,
    uid             TEXT NOT NULL UNIQUE,
    kind            TEXT NOT NULL CHECK (kind IN ('main', 'nap')),
    into_bed        TEXT NOT NULL,
    tried_to_sleep  TEXT NOT NULL,
    final_awakening TEXT NOT NULL,
    out_of_bed      TEXT NOT NULL,
    start_utc       TEXT NOT NULL,
    end_utc         TEXT NOT NULL,
    zone            TEXT NOT NULL DEFAULT '',
    latency_min     INTEGER NOT NULL DEFAULT 0,
    awakenings      INTEGER NOT NULL DEFAULT 0,
    waso_min        INTEGER NOT NULL DEFAULT 0,
    quality         INTEGER CHECK (quality IS NULL OR quality BETWEEN 1 AND 5),
    caffeine_drinks INTEGER NOT NULL DEFAULT 0,
    caffeine_last   TEXT,
    alcohol_drinks  INTEGER NOT NULL DEFAULT 0,
    note            TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX sleep_periods_start ON sleep_periods (start_utc);
CREATE INDEX sleep_periods_end ON sleep_periods (end_utc);

CREATE TABLE today_drafts (
    form     TEXT PRIMARY KEY,
    data     TEXT NOT NULL,
    saved_at TEXT NOT NULL
);
"""


def apply(db: Database) -> None:
    db.executescript(SCHEMA)
