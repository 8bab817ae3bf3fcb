"""Journal entries, their tags and the full-text index. Parameterised SQL only."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

import sqlcipher3

from wellness_journal.core.journal import (
    MATCH_END,
    MATCH_START,
    Entry,
    EntryRow,
    Prompt,
    parse_moment,
)
from wellness_journal.storage.connection import Database, Row, classify_sqlite

_COLUMNS = "id, uid, written_at, title, body, tags, mood, prompt, created_at, updated_at"
_PAGE = 500  # ids per IN (...) query
KEY_SPAN = 1000  # ids per second of written time


def _tags(text: str) -> tuple[str, ...]:
    return tuple(text.split()) if text else ()


def _entry(row: Row) -> Entry:
    return Entry(
        id=int(row["id"]),
        uid=str(row["uid"]),
        written_at=parse_moment(str(row["written_at"])),
        title=str(row["title"]),
        body=str(row["body"]),
        tags=_tags(str(row["tags"])),
        mood=None if row["mood"] is None else int(row["mood"]),
        prompt=str(row["prompt"]),
        created_at=str(row["created_at"]),
        updated_at=str(row["updated_at"]),
    )


def _values(e: Entry, written_utc: str, preview: str, fingerprint: str) -> tuple[Any, ...]:
    return (
        e.written_at.isoformat(timespec="seconds"),
        written_utc,
        e.written_at.date().isoformat(),
        e.title,
        e.body,
        " ".join(e.tags),
        e.mood,
        e.prompt,
        preview,
        fingerprint,
    )


def time_key(e: Entry) -> int:
    """The first id for the entry's second; ids sort like the moments they stand for."""
    return int(e.written_at.timestamp()) * KEY_SPAN


def _free_id(db: Database, e: Entry) -> int:
    low = time_key(e)
    top = db.scalar(
        "SELECT max(id) FROM journal_entries WHERE id BETWEEN ? AND ?", (low, low + KEY_SPAN - 1)
    )
    if top is None:
        return low
    if int(top) + 1 >= low + KEY_SPAN:
        raise ValueError("too many entries in one second")
    return int(top) + 1


def insert(
    db: Database,
    e: Entry,
    *,
    written_utc: str,
    preview: str,
    fingerprint: str,
    index: bool = True,
) -> int:
    entry_id = _free_id(db, e)
    insert_with_id(
        db,
        replace(e, id=entry_id),
        written_utc=written_utc,
        preview=preview,
        fingerprint=fingerprint,
        index=index,
    )
    return entry_id


def insert_with_id(
    db: Database,
    e: Entry,
    *,
    written_utc: str,
    preview: str,
    fingerprint: str,
    index: bool = True,
) -> None:
    """Insert under ``e.id``: a new entry's free time key, or a deleted entry's old id (undo)."""
    db.execute(
        "INSERT INTO journal_entries (written_at, written_utc, day, title, body, tags, mood,"
        " prompt, preview, fingerprint, uid, created_at, updated_at, id)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (*_values(e, written_utc, preview, fingerprint), e.uid, e.created_at, e.updated_at, e.id),
    )
    _put_tags(db, int(e.id or 0), e.tags)
    if index:
        add_to_index(db, int(e.id or 0))


def update(
    db: Database,
    e: Entry,
    *,
    written_utc: str,
    preview: str,
    fingerprint: str,
    index: bool = True,
) -> int:
    """Update in place; an entry moved to another second gets a new id. Returns the id.

    When the words change, the old words leave the index first (securely, once per writing
    session); with ``index`` the new words go in, otherwise that waits for ``add_to_index``.
    """
    old = int(e.id or 0)
    if old // KEY_SPAN != time_key(e) // KEY_SPAN:
        delete(db, old)
        return insert(
            db, e, written_utc=written_utc, preview=preview, fingerprint=fingerprint, index=index
        )
    row = db.query_one("SELECT title, body, tags FROM journal_entries WHERE id = ?", (old,))
    if row is not None and (str(row[0]), str(row[1]), str(row[2])) != (
        e.title,
        e.body,
        " ".join(e.tags),
    ):
        remove_from_index(db, old)
    db.execute(
        "UPDATE journal_entries SET written_at = ?, written_utc = ?, day = ?, title = ?, body = ?,"
        " tags = ?, mood = ?, prompt = ?, preview = ?, fingerprint = ?, updated_at = ?"
        " WHERE id = ?",
        (*_values(e, written_utc, preview, fingerprint), e.updated_at, e.id),
    )
    db.execute("DELETE FROM journal_entry_tags WHERE entry_id = ?", (e.id,))
    _put_tags(db, old, e.tags)
    if index:
        add_to_index(db, old)
    return old


def add_to_index(db: Database, entry_id: int) -> bool:
    """Index the entry's words if they are not yet; True when it did."""
    cur = db.execute(
        "INSERT INTO journal_fts (rowid, title, body, tags)"
        " SELECT id, title, body, tags FROM journal_entries WHERE id = ? AND indexed = 0",
        (entry_id,),
    )
    if not cur.rowcount:
        return False
    db.execute("UPDATE journal_entries SET indexed = 1 WHERE id = ?", (entry_id,))
    return True


def remove_from_index(db: Database, entry_id: int) -> None:
    db.execute(
        "INSERT INTO journal_fts (journal_fts, rowid, title, body, tags)"
        " SELECT 'delete', id, title, body, tags FROM journal_entries WHERE id = ? AND indexed = 1",
        (entry_id,),
    )
    db.execute("UPDATE journal_entries SET indexed = 0 WHERE id = ?", (entry_id,))


def unindexed(db: Database) -> list[int]:
    return [int(r[0]) for r in db.query("SELECT id FROM journal_entries WHERE indexed = 0")]


def _put_tags(db: Database, entry_id: int, tags: Sequence[str]) -> None:
    db.executemany(
        "INSERT OR IGNORE INTO journal_entry_tags (entry_id, tag) VALUES (?, ?)",
        [(entry_id, t) for t in tags],
    )


def delete(db: Database, entry_id: int) -> None:
    db.execute("DELETE FROM journal_entries WHERE id = ?", (entry_id,))


def get(db: Database, entry_id: int) -> Entry | None:
    row = db.query_one(f"SELECT {_COLUMNS} FROM journal_entries WHERE id = ?", (entry_id,))
    return None if row is None else _entry(row)


def iter_all(db: Database) -> Iterator[Entry]:
    """Every entry, oldest first, read a page at a time."""
    last = ("", 0)
    while True:
        rows = db.query(
            f"SELECT {_COLUMNS}, written_utc FROM journal_entries"
            " WHERE (written_utc, id) > (?, ?) ORDER BY written_utc, id LIMIT ?",
            (*last, _PAGE),
        )
        if not rows:
            return
        for row in rows:
            yield _entry(row)
        last = (str(rows[-1]["written_utc"]), int(rows[-1]["id"]))


def count(db: Database) -> int:
    return int(db.scalar("SELECT count(*) FROM journal_entries"))


def uids(db: Database) -> set[str]:
    return {str(r[0]) for r in db.query("SELECT uid FROM journal_entries")}


def fingerprints(db: Database) -> set[str]:
    return {str(r[0]) for r in db.query("SELECT fingerprint FROM journal_entries")}


def _day_bounds(since: date | None, until: date | None) -> tuple[int | None, int | None]:
    """Id bounds that surely hold every entry of these local days (offsets reach +-14 h)."""
    low = high = None
    if since is not None:
        moment = datetime.combine(since, time(0), timezone.utc) - timedelta(hours=15)
        low = int(moment.timestamp()) * KEY_SPAN
    if until is not None:
        moment = datetime.combine(until, time(0), timezone.utc) + timedelta(hours=39)
        high = int(moment.timestamp()) * KEY_SPAN
    return low, high


def ids(
    db: Database,
    *,
    fts: str = "",
    tag: str = "",
    since: date | None = None,
    until: date | None = None,
    before: int | None = None,
    limit: int = -1,
) -> list[int]:
    """Ids of the entries that pass every filter, newest first; ``before``/``limit`` page them.

    With a search, the FTS5 index is read in descending rowid (= time) order and the read stops
    after ``limit`` matches, so the first page costs the same in a month's journal or 30 years'.
    """
    low, high = _day_bounds(since, until)
    alias = "f.rowid" if fts else "e.id"
    where: list[str] = []
    params: list[Any] = []
    if fts:
        where.append("journal_fts MATCH ?")
        params.append(fts)
    for sql, value in (
        (f"{alias} < ?", before),
        (f"{alias} >= ?", low),
        (f"{alias} <= ?", high),
        ("e.day >= ?", since.isoformat() if since else None),
        ("e.day <= ?", until.isoformat() if until else None),
        ("e.id IN (SELECT entry_id FROM journal_entry_tags WHERE tag = ?)", tag or None),
    ):
        if value is not None:
            where.append(sql)
            params.append(value)
    needs_entries = bool(since or until or tag)
    if fts and needs_entries:
        source = "journal_fts f JOIN journal_entries e ON e.id = f.rowid"
    elif fts:
        source = "journal_fts f"
    else:
        source = "journal_entries e"
    sql = f"SELECT {alias} FROM {source}"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += f" ORDER BY {alias} DESC LIMIT ?"
    params.append(limit)
    return _first_column(db, sql, params)


def _first_column(db: Database, sql: str, params: Sequence[Any]) -> list[Any]:
    """A long single-column result without building a Row per record (the list needs speed)."""
    cur = db.raw.cursor()
    cur.row_factory = None
    try:
        cur.execute(sql, params)
        return [r[0] for r in cur.fetchall()]
    except (sqlcipher3.OperationalError, sqlcipher3.DatabaseError) as exc:
        raise classify_sqlite(exc) from exc
    finally:
        cur.close()


def rows(db: Database, entry_ids: Sequence[int]) -> dict[int, EntryRow]:
    """The list's view of these entries (no bodies)."""
    found: dict[int, EntryRow] = {}
    for start in range(0, len(entry_ids), _PAGE):
        chunk = list(entry_ids[start : start + _PAGE])
        marks = ",".join("?" * len(chunk))
        for r in db.query(
            "SELECT id, written_at, title, preview, tags, mood FROM journal_entries"
            f" WHERE id IN ({marks})",
            chunk,
        ):
            found[int(r[0])] = EntryRow(
                id=int(r[0]),
                written_at=parse_moment(str(r[1])),
                title=str(r[2]),
                preview=str(r[3]),
                tags=_tags(str(r[4])),
                mood=None if r[5] is None else int(r[5]),
            )
    return found


def snippets(db: Database, fts: str, entry_ids: Sequence[int]) -> dict[int, tuple[str, str]]:
    """(title, body snippet) with matches marked, for entries that match ``fts``."""
    found: dict[int, tuple[str, str]] = {}
    for entry_id in entry_ids:  # one row at a time: FTS5 looks up "rowid = ?" directly
        r = db.query_one(
            "SELECT highlight(journal_fts, 0, ?, ?), snippet(journal_fts, 1, ?, ?, '…', 24)"
            " FROM journal_fts WHERE journal_fts MATCH ? AND rowid = ?",
            (MATCH_START, MATCH_END, MATCH_START, MATCH_END, fts, entry_id),
        )
        if r is not None:
            found[entry_id] = (str(r[0] or ""), str(r[1] or ""))
    return found


def tag_counts(db: Database) -> list[tuple[str, int]]:
    return [
        (str(r[0]), int(r[1]))
        for r in db.query(
            "SELECT tag, count(*) FROM journal_entry_tags GROUP BY tag ORDER BY tag COLLATE NOCASE"
        )
    ]


def days_between(db: Database, since: date, until: date) -> set[date]:
    return {
        date.fromisoformat(str(r[0]))
        for r in db.query(
            "SELECT DISTINCT day FROM journal_entries WHERE day BETWEEN ? AND ?",
            (since.isoformat(), until.isoformat()),
        )
    }


# -- prompts (only the user's own prompts and their changes to the built-in ones) -------------------


def prompt_rows(db: Database) -> list[Prompt]:
    return [
        Prompt(
            uid=str(r["uid"]),
            title=str(r["title"]),
            text=str(r["text"]),
            builtin=bool(r["builtin"]),
            hidden=bool(r["hidden"]),
            sort_order=int(r["sort_order"]),
        )
        for r in db.query(
            "SELECT uid, title, text, builtin, hidden, sort_order FROM journal_prompts"
            " ORDER BY sort_order, uid"
        )
    ]


def put_prompt(db: Database, p: Prompt) -> None:
    db.execute(
        "INSERT INTO journal_prompts (uid, title, text, builtin, hidden, sort_order)"
        " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (uid) DO UPDATE SET title = excluded.title,"
        " text = excluded.text, builtin = excluded.builtin, hidden = excluded.hidden,"
        " sort_order = excluded.sort_order",
        (p.uid, p.title, p.text, int(p.builtin), int(p.hidden), p.sort_order),
    )


def delete_prompt(db: Database, uid: str) -> None:
    db.execute("DELETE FROM journal_prompts WHERE uid = ?", (uid,))
