"""A restore cut off at any moment (the process killed) is finished at the next start: the folder
never stays with a database and no key file, or with no journal at all, and the journal that was
there is kept aside as it was."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.test_cli import run
from tests.conftest import PASSPHRASE
from wellness_journal.core.models import ContactKind, SupportContact
from wellness_journal.services import backup
from wellness_journal.services.contacts import ContactsService
from wellness_journal.storage.paths import AppPaths
from wellness_journal.storage.vault import Vault

ROOT = Path(__file__).resolve().parents[2]

CHILD = r"""
import os, sys
from pathlib import Path
from wellness_journal.storage import keyslots
from wellness_journal.storage import restore as restore_mod
from wellness_journal.storage.paths import AppPaths

data, backup, secret, moment = AppPaths.for_dir(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], sys.argv[4]
write_keyfile, set_aside, replace = keyslots.write_keyfile, restore_mod.set_aside_current, os.replace

def dying_write(keyfile, primary, copy):
    if primary == data.keyfile and moment == "before-keys":
        os._exit(9)
    write_keyfile(keyfile, primary, copy)
    if primary == data.keyfile and moment == "after-keys":
        os._exit(9)

def dying_set_aside(paths, *args, **kwargs):
    where = set_aside(paths, *args, **kwargs)
    if moment == "after-set-aside":
        os._exit(9)
    return where

def dying_replace(src, dst, *args, **kwargs):
    replace(src, dst, *args, **kwargs)
    if Path(dst) == data.database and moment == "after-database":
        os._exit(9)

keyslots.write_keyfile = dying_write
restore_mod.set_aside_current = dying_set_aside
os.replace = dying_replace
restore_mod.restore(data, backup, secret)
print("finished")
"""


def names(paths: AppPaths) -> list[str]:
    vault = Vault.open_with_secret(paths, PASSPHRASE)
    try:
        return [c.name for c in ContactsService(vault.db).personal()]
    finally:
        vault.close()


@pytest.mark.parametrize(
    "moment", ["after-set-aside", "after-database", "before-keys", "after-keys", "none"]
)
def test_a_restore_killed_at_any_moment_is_finished_at_the_next_start(
    created, paths, tmp_path, moment
):
    contacts = ContactsService(created.vault.db)
    contacts.save(SupportContact(id=None, uid="", kind=ContactKind.PERSONAL, name="in the backup"))
    from wellness_journal.services.session import Session
    from wellness_journal.storage.keyslots import KdfParams

    out = tmp_path / "b.wjbackup"
    backup.make_manual(
        paths, Session(created.vault, KdfParams.fast_for_tests()).backups.source(), out
    )
    contacts.save(SupportContact(id=None, uid="", kind=ContactKind.PERSONAL, name="written later"))
    created.vault.close()

    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(paths.data_dir), str(out), PASSPHRASE, moment],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert "Traceback" not in child.stderr, child.stderr
    assert child.returncode == (0 if moment == "none" else 9), child.stderr

    # The next start (here: a command) finishes the restore before anything else.
    result = run(paths.data_dir, "verify", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "ok\n"
    assert names(paths) == ["in the backup"]
    (kept,) = [p for p in paths.backups_dir.iterdir() if p.name.startswith("before-restore-")]
    assert names(AppPaths.for_dir(kept)) == ["in the backup", "written later"]
    assert [p.name for p in paths.data_dir.iterdir() if p.name.startswith(".restore")] == []
