"""Keyed SQLCipher connections with the pragmas every connection needs, and transactions."""

from __future__ import annotations

import contextlib
import re
import threading
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, Protocol

import sqlcipher3

from wellness_journal.core.errors import ErrorKind, VaultError
from wellness_journal.storage import lookaside
from wellness_journal.storage.fsutil import out_of_room


class Row(Protocol):
    """A result row: index by position or column name (sqlcipher3.Row)."""

    def __getitem__(self, key: int | str) -> Any: ...

    def __iter__(self) -> Any: ...

    def __len__(self) -> int: ...

    def keys(self) -> list[str]: ...


_HEX_KEY = re.compile(r"^[0-9a-f]{64}$")

# SQLite primary result codes.
_PERM, _BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _AUTH, _NOTADB = (
    3,
    5,
    6,
    8,
    10,
    11,
    13,
    14,
    23,
    26,
)


def classify_sqlite(
    exc: Exception, what: str = "database", path: Path | None = None, *, needed: int = 0
) -> VaultError:
    """Translate a SQLite error into a VaultError the user can act on.

    SQLite reports a full disk (ENOSPC) as SQLITE_FULL, but a write refused for the file-size
    limit (EFBIG) or some failing fsync/shm growth only as SQLITE_IOERR: with ``path`` given,
    an I/O error while its files cannot grow (or ``needed`` bytes do not fit) is classified as
    DISK_FULL too.
    """
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(exc)
    lowered = text.lower()
    io_error = primary == _IOERR or "disk i/o error" in lowered
    if primary == _FULL or "disk is full" in lowered or (io_error and _no_room(path, needed)):
        kind = ErrorKind.DISK_FULL
    elif primary in (_BUSY, _LOCKED) or "database is locked" in lowered:
        kind = ErrorKind.IN_USE
    elif primary in (_PERM, _READONLY, _AUTH, _CANTOPEN) or "readonly" in lowered:
        kind = ErrorKind.PERMISSION
    elif primary in (_CORRUPT, _NOTADB) or "not a database" in lowered or "malformed" in lowered:
        kind = ErrorKind.DAMAGED
    else:
        kind = ErrorKind.IO
    return VaultError(kind, f"{what}: {text}")


def _no_room(path: Path | None, needed: int = 0) -> bool:
    if path is None:
        return False
    sidecars = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]
    return out_of_room([path, *sidecars], needed=needed)


def _is_expected(exc: BaseException) -> bool:
    return isinstance(
        exc, sqlcipher3.OperationalError | sqlcipher3.DatabaseError
    ) and not isinstance(exc, sqlcipher3.IntegrityError | sqlcipher3.ProgrammingError)


class Database:
    """One keyed connection. Repositories take this and use parameterised SQL only."""

    def __init__(self, conn: sqlcipher3.Connection, path: Path, *, counted: bool = False) -> None:
        self._conn = conn
        self.path = path
        self._depth = 0
        self._guard = threading.RLock()
        self._counted = counted  # one of the process's open connections to ``path``

    # -- queries ---------------------------------------------------------------------------
    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> sqlcipher3.Cursor:
        try:
            return self._conn.execute(sql, params)
        except (sqlcipher3.OperationalError, sqlcipher3.DatabaseError) as exc:
            if _is_expected(exc):
                raise classify_sqlite(exc, path=self.path) from exc
            raise

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        try:
            self._conn.executemany(sql, rows)
        except (sqlcipher3.OperationalError, sqlcipher3.DatabaseError) as exc:
            if _is_expected(exc):
                raise classify_sqlite(exc, path=self.path) from exc
            raise

    def executescript(self, script: str) -> None:
        """Run a script statement by statement inside the current transaction."""
        try:
            self._run_script(script)
        except (sqlcipher3.OperationalError, sqlcipher3.DatabaseError) as exc:
            if _is_expected(exc):
                raise classify_sqlite(exc, path=self.path) from exc
            raise

    def _run_script(self, script: str) -> None:
        statement = ""
        for line in script.splitlines(keepends=True):
            statement += line
            if sqlcipher3.complete_statement(statement):
                self._conn.execute(statement)
                statement = ""
        if statement.strip():
            self._conn.execute(statement)

    # Rows are read as the statement steps: a damaged page or a full disk can fail the fetch
    # after execute() returned, so fetching is classified too.
    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[Row]:
        cursor = self.execute(sql, params)
        with self._classified():
            return list(cursor.fetchall())

    def query_one(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Row | None:
        cursor = self.execute(sql, params)
        with self._classified():
            row: Row | None = cursor.fetchone()
        return row

    def scalar(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Any:
        cursor = self.execute(sql, params)
        with self._classified():
            row = cursor.fetchone()
        return None if row is None else row[0]

    @contextlib.contextmanager
    def _classified(self) -> Iterator[None]:
        try:
            yield
        except (sqlcipher3.OperationalError, sqlcipher3.DatabaseError) as exc:
            if _is_expected(exc):
                raise classify_sqlite(exc, path=self.path) from exc
            raise

    # -- transactions ------------------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[Database]:
        """All-or-nothing block. Nested blocks become savepoints."""
        with self._guard:
            if self._depth == 0:
                self.execute("BEGIN IMMEDIATE")
            else:
                self.execute(f"SAVEPOINT sp{self._depth}")
            self._depth += 1
            try:
                yield self
            except BaseException:
                self._depth -= 1
                with contextlib.suppress(Exception):
                    if self._depth == 0:
                        self._conn.execute("ROLLBACK")
                    else:
                        self._conn.execute(f"ROLLBACK TO sp{self._depth}")
                        self._conn.execute(f"RELEASE sp{self._depth}")
                raise
            else:
                self._depth -= 1
                if self._depth == 0:
                    try:
                        self.execute("COMMIT")
                    except BaseException:
                        with contextlib.suppress(Exception):
                            self._conn.execute("ROLLBACK")
                        raise
                else:
                    self.execute(f"RELEASE sp{self._depth}")

    @property
    def in_transaction(self) -> bool:
        return self._depth > 0

    # -- checks and lifecycle ---------------------------------------------------------------------
    def integrity_problems(self) -> list[str]:
        """Run SQLCipher's page check and SQLite's structure check; empty list means healthy."""
        problems = [
            " ".join(str(v) for v in row) for row in self.query("PRAGMA cipher_integrity_check")
        ]
        rows = self.query("PRAGMA integrity_check")
        problems += [str(r[0]) for r in rows if str(r[0]) != "ok"]
        return problems

    def checkpoint(self, *, passive: bool = False) -> None:
        """Copy the write-ahead log into the database file. ``passive``: as far as it can
        without waiting for readers or writers (and without emptying the log file)."""
        self.execute(f"PRAGMA wal_checkpoint({'PASSIVE' if passive else 'TRUNCATE'})")

    def close(self) -> None:
        close_quietly(self._conn)
        if self._counted:
            self._counted = False
            _OPEN.leave(self.path)

    @property
    def raw(self) -> sqlcipher3.Connection:
        """The underlying connection, for storage code that needs it (backups)."""
        return self._conn


def close_quietly(conn: sqlcipher3.Connection) -> None:
    """Close ``conn``, its decrypted pages wiped first by a statement of their own.

    Under memory security SQLCipher wipes and unlocks each cached page as it frees it: 25-40 ms
    for a full 16 MiB cache. ``close()`` does that holding Python's GIL, so every other thread
    (the window's too) stopped for as long; ``PRAGMA shrink_memory`` frees the same pages in a
    statement, which runs with the GIL released (measured: the longest stop of another thread
    went from 25-40 ms to 1.2 ms). Nothing is lost if it fails: ``close()`` frees what is left."""
    with contextlib.suppress(Exception):
        conn.execute("PRAGMA shrink_memory")
    with contextlib.suppress(Exception):
        conn.close()


class _OpenConnections:
    """How many connections this process holds open to each database file. SQLite itself knows
    but does not say; the vault needs it to tell a log left by a crash (no connection open) from
    the live log of a background connection (a backup still running after the journal locked)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._count: dict[str, int] = {}

    @staticmethod
    def _key(path: Path) -> str:
        return str(path.resolve())

    def enter(self, path: Path) -> None:
        with self._lock:
            key = self._key(path)
            self._count[key] = self._count.get(key, 0) + 1

    def leave(self, path: Path) -> None:
        with self._lock:
            key = self._key(path)
            left = self._count.get(key, 0) - 1
            if left > 0:
                self._count[key] = left
            else:
                self._count.pop(key, None)

    def count(self, path: Path) -> int:
        with self._lock:
            return self._count.get(self._key(path), 0)


_OPEN = _OpenConnections()


def open_connections(path: Path) -> int:
    """Connections this process holds open to the database at ``path`` (made by ``connect``)."""
    return _OPEN.count(path)


def _key_statement(data_key: bytes) -> str:
    hex_key = data_key.hex()
    if not _HEX_KEY.match(hex_key):
        raise VaultError(ErrorKind.DAMAGED, "data key has the wrong size")
    # PRAGMA key takes no placeholders; the raw key form x'..' holds only validated hex digits.
    return 'PRAGMA key = "x' + "'" + hex_key + "'" + '"'


AUTOCHECKPOINT_PAGES = 8192
LOG_LIMIT_BYTES = 8 * 1024 * 1024


def connect(path: Path, data_key: bytes, *, check_same_thread: bool = True) -> Database:
    """Open ``path`` with ``data_key`` and apply the pragmas every connection needs.

    The key is checked by reading the schema: ``PRAGMA key`` itself always answers ok.
    """
    lookaside.before_open()
    try:
        conn = sqlcipher3.connect(
            str(path), isolation_level=None, check_same_thread=check_same_thread, timeout=5.0
        )
    except sqlcipher3.Error as exc:
        raise classify_sqlite(exc, f"cannot open {path.name}", path) from exc
    lookaside.widen_opened()  # before its first statement
    try:
        conn.row_factory = sqlcipher3.Row
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(_key_statement(data_key))
        conn.execute("PRAGMA cipher_memory_security = ON")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA temp_store = MEMORY")
        # 16 MiB of decrypted pages (the default is 2 MiB): a 10-year journal's search index
        # mostly stays in memory, so searching as you type does not decrypt the same pages again.
        conn.execute("PRAGMA cache_size = -16384")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA foreign_keys = ON")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()
        if mode is None or str(mode[0]).lower() != "wal":
            raise VaultError(ErrorKind.IO, f"could not switch to WAL (got {mode!r})")
        conn.execute("PRAGMA synchronous = FULL")
        # SQLite checkpoints in whichever commit fills the log past this many pages (1,000 by
        # default): a save on the GUI thread then copied the log into the file and synced it,
        # 80-102 ms (``jank.py --stalls``). The index upkeep checkpoints off the GUI thread after
        # each run (``ui/journal/index_upkeep.py``) and lock does too; this (32 MiB) is the bound
        # for the log between them.
        conn.execute(f"PRAGMA wal_autocheckpoint = {AUTOCHECKPOINT_PAGES}")
        # Each time the log starts again from its beginning, its file is cut back to this size.
        # Left alone it kept the largest size it ever reached (89 MB after a 30-year session
        # with index merging), and removing that file when the last connection closed held the
        # window 40-48 ms at lock.
        conn.execute(f"PRAGMA journal_size_limit = {LOG_LIMIT_BYTES}")
    except sqlcipher3.Error as exc:
        conn.close()
        raise classify_sqlite(exc, path.name, path) from exc
    except BaseException:
        conn.close()
        raise
    _OPEN.enter(path)
    return Database(conn, path, counted=True)
