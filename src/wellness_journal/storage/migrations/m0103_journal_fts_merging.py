"""The journal's full-text index never merges its segments by itself (``automerge`` 0).

FTS5 used to merge segments inside whichever transaction wrote to the index. With years of
entries that work came in lumps: about once every 230 saves, one save (on the GUI thread) merged
thousands of pages and froze the window for 0.3 s at 10 years and over 1 s at 30 years (measured;
see docs/DEVELOPING.md, "The search index"). Now the app merges in small steps on a background
connection when the journal is quiet (``journal_index.merge_step``), and the words of finished
entries join the index there too, so no save the user waits for writes to the index at all.
"""

from __future__ import annotations

from wellness_journal.storage.connection import Database


def apply(db: Database) -> None:
    db.execute("INSERT INTO journal_fts (journal_fts, rank) VALUES ('automerge', 0)")
