"""Helpers for tests: scanning files for a marker text."""

from __future__ import annotations

from pathlib import Path


def encodings_of(marker: str) -> list[bytes]:
    return [marker.encode("utf-8"), marker.encode("utf-16-le"), marker.encode("utf-16-be")]


def files_containing(folder: Path, marker: str) -> list[Path]:
    """Every file under ``folder`` whose bytes contain ``marker`` in UTF-8 or UTF-16."""
    needles = encodings_of(marker)
    hits = []
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            if any(n in data for n in needles):
                hits.append(path)
    return hits


def journal_made_days_ago(db: object, days: int) -> None:
    """Date the journal's creation back by ``days``: back-filling reaches back to the day the
    journal was made, so a test can log last night's sleep at any hour (before 07:00 a night
    that ends "today at 06:30" is still to come, and would be refused)."""
    from datetime import datetime, timedelta, timezone

    from wellness_journal.storage.repositories.day_log import FOUNDATION

    moment = datetime.now(timezone.utc) - timedelta(days=days)
    db.execute(  # type: ignore[attr-defined]
        "UPDATE schema_migrations SET applied_at = ? WHERE id = ?",
        (moment.isoformat(timespec="seconds"), FOUNDATION),
    )
