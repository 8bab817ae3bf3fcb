"""Checking the write-ahead log (``vault.db-wal``) before SQLite reads it.

After a crash the WAL holds the newest committed changes. When SQLite opens the database it
replays the log frame by frame and stops, without a word, at the first frame whose salt or
checksum does not match: a single flipped bit drops every later commit, and the next checkpoint
deletes the log. SQLCipher encrypts the pages in the log, but the log's header and the 24-byte
header of each frame (page number, commit size, salts, checksums) are in the clear, and the
checksums cover the encrypted page as stored: all of it can be checked without the key.

``inspect_wal`` reports commits that SQLite would drop: a frame of the current log that is
intact and ends a transaction after the point where SQLite stops, or a wal-index (``-shm``)
that says more frames were committed than SQLite will take. A log cut short in the middle of
its last, unfinished transaction (a crash while writing) is normal and is not reported.

File format: https://www.sqlite.org/fileformat2.html#walformat (also the wal-index header).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import struct
import time
from dataclasses import dataclass
from pathlib import Path

from wellness_journal.storage.fsutil import (
    FileRefused,
    classify_os_error,
    create_private_file,
    fsync_dir,
    read_regular_file,
)

HEADER_BYTES = 32
FRAME_HEADER_BYTES = 24
MAGICS = {0x377F0682: False, 0x377F0683: True}  # magic -> checksums are big-endian
WAL_VERSION = 3007000
PAGE_SIZES = tuple(2**n for n in range(9, 17))
MAX_WAL_BYTES = 1024 * 1024 * 1024
_SHM_HEADER = struct.Struct("=IIIBBHIIIIIIII")  # WalIndexHdr, in the machine's byte order


@dataclass(frozen=True)
class WalReport:
    size: int  # bytes in the log
    frames: int  # whole frames in it
    accepted: int  # frames SQLite will replay (up to its last intact commit)
    problem: str = ""  # what would be lost; empty when nothing committed would be
    frame_bytes: int = 0  # frame header and page, as the log's header says

    @property
    def damaged(self) -> bool:
        return bool(self.problem)


def guard_before_open(database: Path) -> str:
    """Run before the first connection opens ``database`` after a crash.

    A non-empty log is first copied aside (``vault.db-wal.kept-<time>``), then checked. When
    commits would be dropped, the copy stays as ``vault.db-wal.damaged-<time>``, the live log is
    cut back to what SQLite would replay anyway (so the database opens the same way every time),
    and the problem is returned for the user; otherwise the copy is removed once the database
    has opened (``drop_kept_copy``) and "" is returned."""
    try:
        report = inspect_wal(database)
    except OSError as exc:
        raise classify_os_error(exc, f"cannot read {wal_path(database).name}") from exc
    if report is None:
        return ""
    log = wal_path(database)
    kept = _copy_aside(log, "kept")
    if kept is None:  # the log has gone meanwhile: nothing for SQLite to replay
        return ""
    if not report.damaged:
        return ""
    damaged = kept.with_name(kept.name.replace(".kept-", ".damaged-"))
    try:
        os.replace(kept, damaged)
        _cut_back(log, report)
        fsync_dir(database.parent)
    except OSError as exc:
        raise classify_os_error(exc, f"cannot set {log.name} aside") from exc
    return f"{report.problem}; the whole log is kept as {damaged.name}"


def drop_kept_copy(database: Path) -> None:
    """Remove the copies ``guard_before_open`` kept of logs that were intact."""
    for path in database.parent.glob(database.name + "-wal.kept-*"):
        with contextlib.suppress(OSError):
            path.unlink()


def _copy_aside(log: Path, what: str) -> Path | None:
    target = log.with_name(f"{log.name}.{what}-{time.strftime('%Y%m%d-%H%M%S')}")
    counter = 1
    while target.exists():
        counter += 1
        target = log.with_name(f"{log.name}.{what}-{time.strftime('%Y%m%d-%H%M%S')}-{counter}")
    try:
        src = open(log, "rb")  # noqa: SIM115 - closed below, before the copy is made
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise classify_os_error(exc, f"cannot read {log.name}") from exc
    try:
        with src:
            create_private_file(target)
            with open(target, "wb") as dst:
                shutil.copyfileobj(src, dst)
                dst.flush()
                os.fsync(dst.fileno())
    except OSError as exc:
        with contextlib.suppress(OSError):
            target.unlink()
        raise classify_os_error(exc, f"cannot keep a copy of {log.name}") from exc
    return target


def _cut_back(log: Path, report: WalReport) -> None:
    """Leave in the live log only what SQLite would replay from it."""
    if report.accepted == 0:
        log.unlink()
        return
    with open(log, "r+b") as fh:
        fh.truncate(HEADER_BYTES + report.accepted * report.frame_bytes)
        fh.flush()
        os.fsync(fh.fileno())


def wal_path(database: Path) -> Path:
    return database.with_name(database.name + "-wal")


def shm_path(database: Path) -> Path:
    return database.with_name(database.name + "-shm")


def checksum(data: bytes, s0: int, s1: int, big_endian: bool) -> tuple[int, int]:
    """SQLite's WAL checksum over ``data`` (a multiple of 8 bytes), continuing from (s0, s1)."""
    words = struct.iter_unpack(">II" if big_endian else "<II", data)
    for x0, x1 in words:
        s0 = (s0 + x0 + s1) & 0xFFFFFFFF
        s1 = (s1 + x1 + s0) & 0xFFFFFFFF
    return s0, s1


def inspect_wal(database: Path) -> WalReport | None:
    """What SQLite would make of the log next to ``database``; None when there is no log or it is
    empty. Reads only; raises OSError when the log cannot be read."""
    path = wal_path(database)
    try:
        raw = read_regular_file(path, MAX_WAL_BYTES)
    except FileNotFoundError:
        return None
    except FileRefused as exc:
        return WalReport(0, 0, 0, f"{path.name} is {exc.reason}")
    if not raw:
        return None
    return _analyse(raw, _shm_committed(shm_path(database), raw))


def _analyse(raw: bytes, shm_frames: int | None) -> WalReport:
    size = len(raw)
    if size < HEADER_BYTES:
        return WalReport(size, 0, 0)  # a header cut short: no frame was ever written after it
    magic, version, page_size = struct.unpack(">III", raw[:12])
    salts = raw[16:24]
    stored = struct.unpack(">II", raw[24:32])
    header_fields_ok = magic in MAGICS and version == WAL_VERSION and page_size in PAGE_SIZES
    orders = [MAGICS[magic]] if magic in MAGICS else [False, True]
    sizes = [page_size] if page_size in PAGE_SIZES else list(PAGE_SIZES)
    header_ok = header_fields_ok and checksum(raw[:24], 0, 0, orders[0]) == stored

    best: WalReport | None = None
    for big_endian in orders:
        for size_guess in sizes:
            report = _walk(raw, size_guess, big_endian, salts, stored, header_ok, shm_frames)
            if best is None or report.damaged or report.frames > best.frames:
                best = report
            if report.damaged:
                return report
    assert best is not None
    if not header_ok and best.frames == 0 and size >= HEADER_BYTES + FRAME_HEADER_BYTES + 512:
        return WalReport(size, 0, 0)  # an unreadable header over frames of no known shape
    return best


def _walk(
    raw: bytes,
    page_size: int,
    big_endian: bool,
    salts: bytes,
    seed: tuple[int, int],
    header_ok: bool,
    shm_frames: int | None,
) -> WalReport:
    frame_bytes = FRAME_HEADER_BYTES + page_size
    count = (len(raw) - HEADER_BYTES) // frame_bytes
    accepted = 0  # SQLite's view: frames up to the last commit of its unbroken valid prefix
    prefix_ok = header_ok
    running = seed  # the checksum SQLite carries from frame to frame
    previous_stored = seed  # each frame re-checked from its predecessor's stored checksum
    in_log = True  # the previous frame belongs to the current log (header: yes)
    lost_commit = 0
    for index in range(count):
        at = HEADER_BYTES + index * frame_bytes
        head = raw[at : at + FRAME_HEADER_BYTES]
        body = raw[at + FRAME_HEADER_BYTES : at + frame_bytes]
        page, size_after = struct.unpack(">II", head[:8])
        commit = size_after != 0
        stored = struct.unpack(">II", head[16:24])
        salt_ok = head[8:16] == salts
        own_ok = checksum(head[:8] + body, *previous_stored, big_endian) == stored
        if prefix_ok:
            running = checksum(head[:8] + body, *running, big_endian)
            prefix_ok = salt_ok and page != 0 and running == stored
            if prefix_ok and commit:
                accepted = index + 1
        # A frame of the current log: its salts match, or it continues the current chain exactly
        # (salts damaged). Frames of an earlier log left behind after a restart match neither.
        in_log = salt_ok or (in_log and own_ok)
        if not prefix_ok and in_log and own_ok and commit and index + 1 > accepted:
            lost_commit = index + 1
        previous_stored = stored
    problem = ""
    if lost_commit:
        problem = (
            f"the write-ahead log is damaged: frames {accepted + 1}-{lost_commit} hold committed "
            f"changes that would not be applied"
        )
    elif shm_frames is not None and shm_frames > accepted:
        problem = (
            f"the write-ahead log is damaged: {shm_frames} frames were committed, "
            f"{accepted} can be applied"
        )
    return WalReport(len(raw), count, accepted, problem, frame_bytes)


def _shm_committed(path: Path, wal: bytes) -> int | None:
    """Frames committed to the log, as the wal-index a crashed writer left says, when it is
    intact and belongs to this log; None otherwise (no wal-index, or one that cannot be trusted)."""
    try:
        raw = read_regular_file(path, 64 * 1024 * 1024)
    except (OSError, FileRefused):
        return None
    size = _SHM_HEADER.size
    if len(raw) < 2 * size or raw[:size] != raw[size : 2 * size] or len(wal) < HEADER_BYTES:
        return None
    fields = _SHM_HEADER.unpack(raw[:size])
    version, is_init, max_frame = fields[0], fields[3], fields[6]
    if version != WAL_VERSION or is_init != 1:
        return None
    if checksum(raw[: size - 8], 0, 0, _native_big_endian()) != tuple(fields[12:14]):
        return None
    if raw[32:40] != wal[16:24]:  # aSalt: the salts of the log it indexes, as raw bytes
        return None
    return int(max_frame)


def _native_big_endian() -> bool:
    import sys

    return sys.byteorder == "big"
