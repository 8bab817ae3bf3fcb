"""Half-filled Today forms, kept in the vault when the journal locks so nothing typed is lost."""

from __future__ import annotations

from wellness_journal.storage.connection import Database


def put(db: Database, form: str, data: str, stamp: str) -> None:
    db.execute(
        "INSERT INTO today_drafts (form, data, saved_at) VALUES (?, ?, ?)"
        " ON CONFLICT (form) DO UPDATE SET data = excluded.data, saved_at = excluded.saved_at",
        (form, data, stamp),
    )


def get(db: Database, form: str) -> str | None:
    value = db.scalar("SELECT data FROM today_drafts WHERE form = ?", (form,))
    return None if value is None else str(value)


def forms(db: Database) -> list[str]:
    return [str(r[0]) for r in db.query("SELECT form FROM today_drafts ORDER BY saved_at")]


def delete(db: Database, form: str) -> None:
    db.execute("DELETE FROM today_drafts WHERE form = ?", (form,))
