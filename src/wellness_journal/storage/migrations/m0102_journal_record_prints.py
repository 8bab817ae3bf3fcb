"""An entry's fingerprint becomes the identity of its whole record (words, tags and mood), without
its moment: imports match the moment apart, by the instant or by the wall clock (see
``core.journal.moment_keys``). Before, it was the UTC minute and the words only, so two entries
that differed only in their tags were taken for one, and a file of local times read again after
the time zone changed was added a second time."""

from __future__ import annotations

from wellness_journal.core.journal import fingerprint
from wellness_journal.storage.connection import Database


def apply(db: Database) -> None:
    rows = db.query("SELECT id, title, body, tags, mood FROM journal_entries")
    db.executemany(
        "UPDATE journal_entries SET fingerprint = ? WHERE id = ?",
        [
            (
                fingerprint(
                    str(r["title"]),
                    str(r["body"]),
                    str(r["tags"]).split(),
                    None if r["mood"] is None else int(r["mood"]),
                ),
                r["id"],
            )
            for r in rows
        ],
    )
