"""Foundation: vault settings and support contacts (crisis lines seeded from the defaults)."""

from __future__ import annotations

from wellness_journal.core.crisis import DEFAULT_CRISIS_LINES
from wellness_journal.storage.connection import Database

SCHEMA = """
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE support_contacts (
    id         INTEGER PRIMARY KEY,
    uid        TEXT NOT NULL UNIQUE,
    kind       TEXT NOT NULL CHECK (kind IN ('crisis', 'personal')),
    name       TEXT NOT NULL,
    role       TEXT NOT NULL DEFAULT '',
    phone      TEXT NOT NULL DEFAULT '',
    text       TEXT NOT NULL DEFAULT '',
    note       TEXT NOT NULL DEFAULT '',
    sort_order INTEGER NOT NULL DEFAULT 0
);
"""


def apply(db: Database) -> None:
    db.executescript(SCHEMA)
    db.executemany(
        "INSERT INTO support_contacts (uid, kind, name, role, phone, text, note, sort_order)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (c.uid, c.kind.value, c.name, c.role, c.phone, c.text, c.note, c.sort_order)
            for c in DEFAULT_CRISIS_LINES
        ],
    )
