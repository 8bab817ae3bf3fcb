"""Small file-system helpers: private folders and files, atomic writes, error classification."""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
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


def file_starts_with(path: Path, prefix: bytes) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(len(prefix)) == prefix
    except OSError:
        return False
