"""The journal: entries, their tags, a full-text index inside the encrypted database, prompts.

An entry's id stands for its moment, counting down ((2**40 - UTC seconds) x 1000, plus a counter
for entries in the same second), so "newest first" is "lowest id first" for the table and for the
FTS5 index alike: a search reads only the first page of matches, forwards, and stops, however
long the journal is.

The full-text index is an FTS5 table over the entries (external content). Its ``secure-delete``
option removes a deleted or edited entry's words from the index at once, so together with
``PRAGMA secure_delete`` deleted text is really gone from the file. Removing words securely costs
a page write per distinct word, so an entry being written is taken out of the index once
(``indexed = 0``) and put back when the writing is finished; autosaves in between touch only the
entry's row. Entries left unindexed by a crash are indexed at the next start.
"""

from __future__ import annotations

from wellness_journal.storage.connection import Database

SCHEMA = """
CREATE TABLE journal_entries (
    id          INTEGER PRIMARY KEY,
    uid         TEXT NOT NULL UNIQUE,
    written_at  TEXT NOT NULL,
    written_utc TEXT NOT NULL,
    day         TEXT NOT NULL,
    title       TEXT NOT NULL DEFAULT '',
    body        TEXT NOT NULL DEFAULT '',
    tags        TEXT NOT NULL DEFAULT '',
    mood        INTEGER CHECK (mood IS NULL OR mood BETWEEN 1 AND 5),
    prompt      TEXT NOT NULL DEFAULT '',
    preview     TEXT NOT NULL DEFAULT '',
    fingerprint TEXT NOT NULL,
    indexed     INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX journal_entries_by_time ON journal_entries (written_utc, id);
CREATE INDEX journal_entries_by_day ON journal_entries (day);
CREATE INDEX journal_entries_by_fingerprint ON journal_entries (fingerprint);
CREATE INDEX journal_entries_unindexed ON journal_entries (id) WHERE indexed = 0;

CREATE TABLE journal_entry_tags (
    entry_id INTEGER NOT NULL REFERENCES journal_entries (id) ON DELETE CASCADE,
    tag      TEXT NOT NULL,
    PRIMARY KEY (entry_id, tag)
) WITHOUT ROWID;
CREATE INDEX journal_entry_tags_by_tag ON journal_entry_tags (tag, entry_id);

CREATE VIRTUAL TABLE journal_fts USING fts5 (
    title, body, tags,
    content = 'journal_entries', content_rowid = 'id',
    tokenize = "unicode61 remove_diacritics 2 categories 'L* N* Co So'",
    prefix = '2 3'
);
INSERT INTO journal_fts (journal_fts, rank) VALUES ('secure-delete', 1);

CREATE TRIGGER journal_entries_fts_delete AFTER DELETE ON journal_entries
WHEN old.indexed = 1
BEGIN
    INSERT INTO journal_fts (journal_fts, rowid, title, body, tags)
        VALUES ('delete', old.id, old.title, old.body, old.tags);
END;

CREATE TABLE journal_prompts (
    uid        TEXT PRIMARY KEY,
    title      TEXT NOT NULL,
    text       TEXT NOT NULL DEFAULT '',
    builtin    INTEGER NOT NULL DEFAULT 0,
    hidden     INTEGER NOT NULL DEFAULT 0,
    sort_order INTEGER NOT NULL DEFAULT 0
);
"""


def apply(db: Database) -> None:
    db.executescript(SCHEMA)
