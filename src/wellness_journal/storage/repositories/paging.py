"""One page of a long list, newest first, read by its key ("keyset" paging): each page starts
after the last row of the one before, so rows added or removed meanwhile never shift a page and
a page deep in the history costs what the first one does (an index on the key serves it)."""

from __future__ import annotations

from wellness_journal.storage.connection import Database, Row


def newest_first(
    db: Database, table: str, columns: str, key: str, before: tuple[str, int] | None, limit: int
) -> list[Row]:
    """Up to ``limit`` rows of ``table``, latest ``key`` first (ties by id), all before
    ``(key value, id)`` (from the latest when None). ``table``, ``columns`` and ``key`` are
    the caller's own constants, never user input."""
    where = ""
    params: tuple[str | int, ...] = ()
    if before is not None:
        where = f" WHERE {key} < ? OR ({key} = ? AND id < ?)"
        params = (before[0], before[0], before[1])
    return db.query(
        f"SELECT {columns} FROM {table}{where} ORDER BY {key} DESC, id DESC LIMIT ?",
        (*params, limit),
    )
