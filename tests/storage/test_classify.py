"""How SQLite's and the OS's write failures are told apart for the user."""

from __future__ import annotations

import errno
import sys
from pathlib import Path

import pytest

from wellness_journal.core.errors import ErrorKind
from wellness_journal.storage import connection, fsutil


class FakeSqliteError(Exception):
    def __init__(self, code: int, text: str) -> None:
        super().__init__(text)
        self.sqlite_errorcode = code


def test_sqlite_full_is_disk_full():
    # ENOSPC: SQLite reports SQLITE_FULL (13).
    assert connection.classify_sqlite(FakeSqliteError(13, "database or disk is full")).kind is (
        ErrorKind.DISK_FULL
    )


def test_io_error_is_disk_full_only_when_the_files_cannot_grow(tmp_path: Path, monkeypatch):
    # EFBIG (file-size limit) and some ENOSPC paths: only SQLITE_IOERR (10), "disk I/O error".
    exc = FakeSqliteError(10, "disk I/O error")
    db = tmp_path / "vault.db"
    db.write_bytes(b"x" * 10)
    assert connection.classify_sqlite(exc, path=db).kind is ErrorKind.IO  # room enough here
    monkeypatch.setattr(connection, "out_of_room", lambda files, needed=0: True)
    assert connection.classify_sqlite(exc, path=db).kind is ErrorKind.DISK_FULL
    assert connection.classify_sqlite(exc).kind is ErrorKind.IO  # no path: cannot tell


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE")
def test_out_of_room_sees_the_file_size_limit(tmp_path: Path, monkeypatch):
    import resource

    f = tmp_path / "vault.db-wal"
    f.write_bytes(b"x" * 100_000)
    assert not fsutil.out_of_room([f])
    monkeypatch.setattr(resource, "getrlimit", lambda _which: (100_000, resource.RLIM_INFINITY))
    assert fsutil.out_of_room([f])
    small = tmp_path / "small"
    small.write_bytes(b"x")
    assert not fsutil.out_of_room([small])
    assert fsutil.out_of_room([small], needed=200_000)  # a copy that cannot fit


def test_os_errors_for_a_full_disk():
    for code in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT):
        assert fsutil.classify_os_error(OSError(code, "x"), "w").kind is ErrorKind.DISK_FULL
