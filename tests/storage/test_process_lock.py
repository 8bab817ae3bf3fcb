"""One process per journal folder, even when the lock file is deleted: the lock is also held on
the folder itself, so a restore can never move the journal aside under an import or the app."""

from __future__ import annotations

import sys

import pytest

from tests.cli.test_cli import run
from tests.conftest import PASSPHRASE
from wellness_journal.core.errors import ErrorKind, VaultError
from wellness_journal.storage.process_lock import ProcessLock


def test_a_second_lock_is_refused(paths):
    paths.data_dir.mkdir()
    with ProcessLock(paths.lockfile):
        with pytest.raises(VaultError) as info:
            ProcessLock(paths.lockfile).acquire()
        assert info.value.kind is ErrorKind.IN_USE
    ProcessLock(paths.lockfile).acquire().release()  # free again once released


@pytest.mark.skipif(sys.platform == "win32", reason="Windows does not delete a file held open")
def test_deleting_the_lock_file_does_not_let_a_second_process_in(paths):
    paths.data_dir.mkdir()
    with ProcessLock(paths.lockfile):
        paths.lockfile.unlink()
        with pytest.raises(VaultError) as info:
            ProcessLock(paths.lockfile).acquire()
        assert info.value.kind is ErrorKind.IN_USE


@pytest.mark.skipif(sys.platform == "win32", reason="Windows does not delete a file held open")
def test_restore_does_not_move_a_journal_in_use_after_its_lock_file_is_deleted(
    session, paths, tmp_path
):
    from wellness_journal.services import backup

    out = tmp_path / "b.wjbackup"
    backup.make_manual(paths, session.backups.source(), out)
    before = sorted(p.name for p in paths.data_dir.iterdir())
    with ProcessLock(paths.lockfile):  # the app (or an import) is working on the journal
        paths.lockfile.unlink()
        result = run(
            paths.data_dir, "restore", str(out), "--passphrase-stdin", stdin=PASSPHRASE + "\n"
        )
    assert result.returncode == 5, result.stderr
    assert "already open" in result.stderr
    assert [p.name for p in paths.backups_dir.iterdir() if p.name.startswith("before-")] == []
    assert set(before) <= {p.name for p in paths.data_dir.iterdir()}
