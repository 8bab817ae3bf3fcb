"""The log of manual backups, and when the vault was created."""

from __future__ import annotations

from datetime import datetime

from wellness_journal.storage.connection import Database


def add_manual(db: Database, made_at: datetime, location: str) -> None:
    db.execute(
        "INSERT INTO backup_log (kind, made_at, location) VALUES ('manual', ?, ?)",
        (made_at.isoformat(timespec="seconds"), location),
    )


def last_manual(db: Database) -> tuple[datetime, str] | None:
    row = db.query_one(
        "SELECT made_at, location FROM backup_log WHERE kind = 'manual'"
        " ORDER BY made_at DESC, id DESC LIMIT 1"
    )
    if row is None:
        return None
    try:
        return datetime.fromisoformat(str(row["made_at"])), str(row["location"])
    except ValueError:
        return None


def vault_created(db: Database) -> datetime | None:
    """When the first migration ran, i.e. when the vault was made."""
    value = db.scalar("SELECT min(applied_at) FROM schema_migrations")
    if value is None:
        return None
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        return None
