"""Small file-system helpers: private folders and files, atomic writes, error classification."""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

from wellness_journal.core.errors import ErrorKind, VaultError

DIR_MODE = 0o700
FILE_MODE = 0o600


def classify_os_error(exc: OSError, what: str) -> VaultError:
    """Turn an OSError into a VaultError whose kind the user can act on."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        kind = ErrorKind.DISK_FULL
    elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS) or isinstance(exc, PermissionError):
        kind = ErrorKind.PERMISSION
    else:
        kind = ErrorKind.IO
    return VaultError(kind, f"{what}: {exc.strerror or exc}")


# A write that fails this close to the file-size limit, or with this little free space left, failed
# because there is no room (SQLite reports EFBIG and some ENOSPC cases only as a generic I/O error).
_ROOM_MARGIN = 1024 * 1024


def out_of_room(files: list[Path], *, needed: int = 0) -> bool:
    """True when ``files`` cannot grow: their file system is (nearly) full or has less free space
    than ``needed`` bytes, or one of them has reached (or ``needed`` exceeds) the process's
    file-size limit (RLIMIT_FSIZE)."""
    if not files:
        return False
    folder = files[0].parent
    with contextlib.suppress(OSError, AttributeError):
        st = os.statvfs(folder)
        if st.f_bavail * st.f_frsize < max(_ROOM_MARGIN, needed):
            return True
    if sys.platform == "win32":
        return False
    import resource

    soft, _hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    if soft == resource.RLIM_INFINITY:
        return False
    margin = min(_ROOM_MARGIN, soft // 4)
    if needed and needed + margin >= soft:
        return True
    for path in files:
        with contextlib.suppress(OSError):
            if path.stat().st_size + margin >= soft:
                return True
    return False


def ensure_private_dir(path: Path) -> None:
    """Create ``path`` (and parents) and make the folder itself readable by its owner only."""
    try:
        path.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
        if sys.platform != "win32":
            os.chmod(path, DIR_MODE)
    except OSError as exc:
        raise classify_os_error(exc, f"cannot create folder {path}") from exc


def create_private_file(path: Path) -> None:
    """Create an empty file with mode 0600; fails if it exists."""
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY | _binary(), FILE_MODE)
        os.close(fd)
    except OSError as exc:
        raise classify_os_error(exc, f"cannot create {path.name}") from exc


def _binary() -> int:
    return getattr(os, "O_BINARY", 0)


def fsync_dir(path: Path) -> None:
    if sys.platform == "win32":
        return
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that a crash leaves either the old or the new file.

    Temp file in the same folder (mode 0600), fsync, rename over, fsync the folder.
    """
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY | _binary(), FILE_MODE)
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise classify_os_error(exc, f"cannot write {path.name}") from exc


@contextlib.contextmanager
def private_umask() -> Iterator[None]:
    """Files created inside the block are private to the user (POSIX)."""
    if sys.platform == "win32":
        yield
        return
    old = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(old)


class FileRefused(Exception):
    """A file that is not read: not a regular file (a device, a pipe, a folder) or too large."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path.name}: {reason}")
        self.reason = reason


NOT_REGULAR, TOO_LARGE = "not a regular file", "too large"

# Opening a named pipe for reading waits for a writer; with O_NONBLOCK it returns at once.
_READ_FLAGS = os.O_RDONLY | _binary() | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)


def is_regular_file(path: Path) -> bool:
    """True for a regular file (after symlinks); False for a missing file, a device or a pipe."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False


def read_regular_file(path: Path, limit: int) -> bytes:
    """The bytes of ``path``, which must be a regular file of at most ``limit`` bytes.

    Never blocks on a named pipe and never reads a device such as /dev/zero without end: raises
    FileRefused for those, and OSError when the file cannot be opened or read."""
    fd = os.open(path, _READ_FLAGS)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise FileRefused(path, NOT_REGULAR)
        if info.st_size > limit:
            raise FileRefused(path, TOO_LARGE)
        chunks = []
        total = 0
        while chunk := os.read(fd, min(1024 * 1024, limit + 1 - total)):
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:  # the file grew while it was read
                raise FileRefused(path, TOO_LARGE)
        return b"".join(chunks)
    finally:
        os.close(fd)


def file_starts_with(path: Path, prefix: bytes) -> bool:
    try:
        fd = os.open(path, _READ_FLAGS)
    except OSError:
        return False
    try:
        return stat.S_ISREG(os.fstat(fd).st_mode) and os.read(fd, len(prefix)) == prefix
    except OSError:
        return False
    finally:
        os.close(fd)
