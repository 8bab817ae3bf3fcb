"""One process per vault: an exclusive lock on the data folder itself and on a file in it.

The lock on the folder (POSIX) cannot be undone by deleting ``app.lock``: without it a deleted
lock file let a second process (a restore) in while the first (the app, an import) worked on the
journal. The file lock stays for Windows, where a folder cannot be locked this way (and a file
held open cannot be deleted), and for file systems that do not lock folders.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from pathlib import Path
from types import TracebackType

from wellness_journal.core.errors import ErrorKind, VaultError
from wellness_journal.storage.fsutil import FILE_MODE, classify_os_error


class ProcessLock:
    """Held for as long as the app (or a headless command) works with the vault."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None
        self._folder_fd: int | None = None

    def acquire(self) -> ProcessLock:
        folder_fd = _lock_folder(self.path.parent)
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, FILE_MODE)
        except OSError as exc:
            _release(folder_fd)
            raise classify_os_error(exc, "cannot create the lock file") from exc
        try:
            _lock(fd)
        except OSError:
            os.close(fd)
            _release(folder_fd)
            raise _in_use() from None
        self._fd, self._folder_fd = fd, folder_fd
        return self

    def release(self) -> None:
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            _unlock(self._fd)
        os.close(self._fd)
        self._fd = None
        _release(self._folder_fd)
        self._folder_fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def __enter__(self) -> ProcessLock:
        return self.acquire()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


def _in_use() -> VaultError:
    return VaultError(ErrorKind.IN_USE, "another Wellness Journal is using this vault")


def _release(fd: int | None) -> None:
    if fd is None:
        return
    with contextlib.suppress(OSError):
        _unlock(fd)
    with contextlib.suppress(OSError):
        os.close(fd)


if sys.platform == "win32":
    import msvcrt

    def _lock_folder(folder: Path) -> int | None:
        return None

    def _lock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock_folder(folder: Path) -> int | None:
        """Lock the folder itself; None where the file system cannot (the file lock remains)."""
        try:
            fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        except OSError as exc:
            raise classify_os_error(exc, "cannot open the data folder") from exc
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            os.close(fd)
            if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                raise _in_use() from None
            return None  # e.g. NFS: no lock on a folder opened read-only
        return fd

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
