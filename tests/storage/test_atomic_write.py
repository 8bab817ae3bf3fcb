"""Atomic writes (key files, preferences, exports): a write that fails half-way, or is cut off,
leaves the file that was there whole, and no temp file behind."""

from __future__ import annotations

import errno
import os

import pytest

from tests.conftest import PASSPHRASE
from wellness_journal.core.errors import ErrorKind, VaultError
from wellness_journal.storage import fsutil, keyslots
from wellness_journal.storage.fsutil import atomic_write
from wellness_journal.storage.vault import Vault

OLD = b"the file as it was, " * 1000


def fail_after(monkeypatch, allowed: int) -> None:  # type: ignore[no-untyped-def]
    """os.write manages ``allowed`` bytes, then the disk is full."""
    real = os.write
    written = {"n": 0}

    def write(fd: int, data) -> int:  # type: ignore[no-untyped-def]
        left = allowed - written["n"]
        if left <= 0:
            raise OSError(errno.ENOSPC, "No space left on device")
        n = real(fd, bytes(data)[:left])
        written["n"] += n
        return n

    monkeypatch.setattr(fsutil.os, "write", write)


def test_a_write_that_fails_half_way_leaves_the_old_file_whole(tmp_path, monkeypatch):
    target = tmp_path / "state.json"
    target.write_bytes(OLD)
    fail_after(monkeypatch, 3000)
    with pytest.raises(VaultError) as info:
        atomic_write(target, b"the new content " * 2000)
    assert info.value.kind is ErrorKind.DISK_FULL
    assert target.read_bytes() == OLD
    assert sorted(p.name for p in tmp_path.iterdir()) == ["state.json"]


def test_a_failed_flush_to_disk_leaves_the_old_file_whole(tmp_path, monkeypatch):
    target = tmp_path / "state.json"
    target.write_bytes(OLD)

    def no_fsync(_fd: int) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(fsutil.os, "fsync", no_fsync)
    with pytest.raises(VaultError):
        atomic_write(target, b"new")
    assert target.read_bytes() == OLD
    assert sorted(p.name for p in tmp_path.iterdir()) == ["state.json"]


def test_a_key_file_write_that_fails_leaves_both_copies_and_the_passphrase(
    created, paths, kdf, monkeypatch
):
    before = (paths.keyfile.read_bytes(), paths.keyfile_copy.read_bytes())
    fail_after(monkeypatch, 100)
    with pytest.raises(VaultError):
        created.vault.change_passphrase("a new passphrase now", kdf=kdf)
    monkeypatch.undo()
    created.vault.close()
    assert (paths.keyfile.read_bytes(), paths.keyfile_copy.read_bytes()) == before
    assert keyslots.read_keyfile(paths.keyfile, paths.keyfile_copy).damaged == ()
    Vault.open_with_secret(paths, PASSPHRASE).close()
