"""Copline's default note says that it is independent of any agency (issue 11). Only the note as
it came with the app is changed: a note the person edited stays as they wrote it."""

from __future__ import annotations

from wellness_journal.core.crisis import COPLINE_NOTE
from wellness_journal.storage.connection import Database

SHIPPED_NOTE = "For current and retired officers and their families."


def apply(db: Database) -> None:
    db.execute(
        "UPDATE support_contacts SET note = ? WHERE uid = 'default-copline' AND note = ?",
        (COPLINE_NOTE, SHIPPED_NOTE),
    )
