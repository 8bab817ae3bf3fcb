"""A damaged write-ahead log is never invisible: before the database opens after a crash, the log
(vault.db-wal) is kept aside and checked frame by frame; commits SQLite would drop are reported by
``verify`` and at unlock, and the whole log stays kept. A log cut short by a crash while writing
is normal and is not reported. The damage here is real: one flipped bit in a real log."""

from __future__ import annotations

import shutil
import struct
from pathlib import Path

import pytest

from tests.cli.test_cli import run
from tests.conftest import PASSPHRASE
from wellness_journal.core.models import ContactKind, SupportContact
from wellness_journal.services.contacts import ContactsService
from wellness_journal.storage import wal
from wellness_journal.storage.paths import AppPaths
from wellness_journal.storage.vault import Vault

PEOPLE = 6


def crashed_copy(created, paths: AppPaths, target: Path) -> AppPaths:  # type: ignore[no-untyped-def]
    """The data folder as a crash leaves it: six contacts committed one by one, all still in the
    log (copied while the journal is open, as a kill would leave the files)."""
    vault = created.vault
    vault.db.checkpoint()
    for n in range(PEOPLE):
        ContactsService(vault.db).save(
            SupportContact(id=None, uid="", kind=ContactKind.PERSONAL, name=f"person {n}")
        )
    target.mkdir()
    for path in paths.data_dir.iterdir():
        if path.is_file() and path.name != "app.lock":
            shutil.copy2(path, target / path.name)
    vault.close()
    return AppPaths.for_dir(target)


def frames(paths: AppPaths) -> tuple[int, list[int]]:
    """The log's page size and the offset of each frame."""
    raw = wal.wal_path(paths.database).read_bytes()
    page_size = struct.unpack(">I", raw[8:12])[0]
    size = wal.FRAME_HEADER_BYTES + page_size
    return page_size, list(range(wal.HEADER_BYTES, len(raw) - size + 1, size))


def flip(path: Path, offset: int, bit: int = 0) -> None:
    raw = bytearray(path.read_bytes())
    raw[offset] ^= 1 << bit
    path.write_bytes(bytes(raw))


def names(paths: AppPaths) -> list[str]:
    vault = Vault.open_with_secret(paths, PASSPHRASE)
    try:
        return [c.name for c in ContactsService(vault.db).personal()]
    finally:
        vault.close()


@pytest.fixture
def crashed(created, paths, tmp_path) -> AppPaths:  # type: ignore[no-untyped-def]
    return crashed_copy(created, paths, tmp_path / "crashed")


def test_a_clean_crash_log_is_replayed_and_nothing_is_reported(crashed):
    report = wal.inspect_wal(crashed.database)
    assert report is not None
    assert report.frames == report.accepted == 2 * PEOPLE
    assert not report.damaged
    vault = Vault.open_with_secret(crashed, PASSPHRASE)
    try:
        assert vault.damage == []
        assert vault.verify() == []
        assert len(ContactsService(vault.db).personal()) == PEOPLE
    finally:
        vault.close()
    assert [p.name for p in crashed.data_dir.iterdir() if ".kept-" in p.name] == []


@pytest.mark.parametrize(
    ("where", "what"),
    [
        ("page", "one bit of an encrypted page in the middle of the log"),
        ("salt", "one bit of a frame's salt"),
        ("checksum", "one bit of a frame's stored checksum"),
        ("header", "one bit of the log header's checksum"),
        ("last-page", "one bit of the last commit's page (the wal-index knows it was committed)"),
    ],
)
def test_a_flipped_bit_in_the_log_is_reported_and_the_log_kept(crashed, where, what):
    log = wal.wal_path(crashed.database)
    _page_size, offsets = frames(crashed)
    middle = offsets[len(offsets) // 2 - 1]  # the first frame of a transaction in the middle
    offset = {
        "page": middle + wal.FRAME_HEADER_BYTES + 100,
        "salt": middle + 9,
        "checksum": middle + 17,
        "header": 25,
        "last-page": offsets[-1] + wal.FRAME_HEADER_BYTES + 7,
    }[where]
    flip(log, offset, bit=3)
    damaged_log = log.read_bytes()
    result = run(crashed.data_dir, "verify", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.returncode == 4, (what, result.stdout, result.stderr)
    assert "write-ahead log is damaged" in result.stdout, what
    (kept,) = [p for p in crashed.data_dir.iterdir() if ".damaged-" in p.name]
    assert kept.read_bytes() == damaged_log  # every committed frame is still there, aside
    assert kept.name in result.stdout
    # The journal opens (with what could be applied) and says nothing more the next time.
    assert len(names(crashed)) < PEOPLE
    again = run(crashed.data_dir, "verify", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert again.returncode == 0, again.stdout


def test_a_log_cut_short_while_writing_is_normal(crashed):
    """A crash while a transaction was being written leaves a frame header without its page
    (or with part of it): SQLite drops that unfinished transaction, as it should."""
    log = wal.wal_path(crashed.database)
    page_size, offsets = frames(crashed)
    raw = log.read_bytes()
    last = raw[offsets[-1] : offsets[-1] + wal.FRAME_HEADER_BYTES]
    torn = bytearray(last)
    torn[4:8] = struct.pack(">I", 99)  # "commit" of a transaction that never finished
    log.write_bytes(raw + bytes(torn) + b"\0" * (page_size // 2))
    report = wal.inspect_wal(crashed.database)
    assert report is not None
    assert not report.damaged
    vault = Vault.open_with_secret(crashed, PASSPHRASE)
    try:
        assert vault.damage == []
        assert len(ContactsService(vault.db).personal()) == PEOPLE
    finally:
        vault.close()


def test_frames_left_from_an_earlier_log_are_not_damage(created, paths, tmp_path):
    """After a checkpoint SQLite starts the log again from the top with new salts; the older
    frames after the new ones are left in the file and ignored. That is no damage."""
    vault = created.vault
    for n in range(PEOPLE):
        ContactsService(vault.db).save(
            SupportContact(id=None, uid="", kind=ContactKind.PERSONAL, name=f"early {n}")
        )
    vault.db.execute("PRAGMA wal_checkpoint(PASSIVE)")
    ContactsService(vault.db).save(
        SupportContact(id=None, uid="", kind=ContactKind.PERSONAL, name="after the restart")
    )
    target = tmp_path / "copy"
    target.mkdir()
    for path in paths.data_dir.iterdir():
        if path.is_file() and path.name != "app.lock":
            shutil.copy2(path, target / path.name)
    vault.close()
    copy = AppPaths.for_dir(target)
    report = wal.inspect_wal(copy.database)
    assert report is not None
    assert report.frames > report.accepted  # older frames are in the file
    assert not report.damaged
    assert len(names(copy)) == PEOPLE + 1


def test_a_live_log_of_another_connection_is_left_to_sqlite(created, paths, monkeypatch):
    """After a lock, a backup may still run on a connection of its own: its log is live, not left
    by a crash, and opening the journal again must not copy, check or cut it."""
    vault = created.vault
    background = vault.connect_new()  # as BackupJobs' connection after the lock
    vault.close()
    guarded = []
    monkeypatch.setattr(wal, "guard_before_open", lambda db: guarded.append(db) or "")
    with background.transaction():
        background.execute("UPDATE settings SET value = value")  # it writes to the live log
    reopened = Vault.open_with_secret(paths, PASSPHRASE)
    try:
        assert guarded == []
        assert reopened.damage == []
    finally:
        background.close()
        reopened.close()
    again = Vault.open_with_secret(paths, PASSPHRASE)  # nothing else open: checked as usual
    again.close()
    assert guarded == [paths.database]
