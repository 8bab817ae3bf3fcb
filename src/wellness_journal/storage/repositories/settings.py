"""Settings kept inside the vault (they may say something about the user, so they are encrypted)."""

from __future__ import annotations

from wellness_journal.storage.connection import Database


def get(db: Database, key: str, default: str | None = None) -> str | None:
    value = db.scalar("SELECT value FROM settings WHERE key = ?", (key,))
    return default if value is None else str(value)


def put(db: Database, key: str, value: str) -> None:
    db.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def all_items(db: Database) -> dict[str, str]:
    return {str(r["key"]): str(r["value"]) for r in db.query("SELECT key, value FROM settings")}
