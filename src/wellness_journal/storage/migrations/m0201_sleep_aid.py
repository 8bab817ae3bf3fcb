"""Sleep diary: what was taken to help sleep (a sleep aid or medication, alcohol), as the person
wrote it (Consensus Sleep Diary, Carney et al. 2012). Optional; empty for every earlier night."""

from __future__ import annotations

from wellness_journal.storage.connection import Database


def apply(db: Database) -> None:
    db.execute("ALTER TABLE sleep_periods ADD COLUMN sleep_aid TEXT NOT NULL DEFAULT ''")
