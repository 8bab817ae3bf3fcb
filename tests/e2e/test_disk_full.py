"""A full disk (a small file-size limit: writes fail with EFBIG, as SQLite reports them): the save
fails with the DISK_FULL error and its clear message, a backup fails the same way and leaves no
partial file, and the vault is intact afterwards with everything saved before."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.diskfull_child import PASSPHRASE
from wellness_journal.core.errors import ErrorKind, VaultError
from wellness_journal.core.models import ContactKind, SupportContact
from wellness_journal.services.session import Session
from wellness_journal.storage.keyslots import KdfParams
from wellness_journal.storage.paths import AppPaths
from wellness_journal.storage.vault import Vault
from wellness_journal.ui.messages import error_text

ROOT = Path(__file__).resolve().parents[2]


def run_child(data: Path, out: Path, headroom: int) -> dict:  # type: ignore[type-arg]
    result = subprocess.run(
        [sys.executable, "-m", "tests.e2e.diskfull_child", str(data), str(out), str(headroom)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE")
@pytest.mark.parametrize("headroom", [64 * 1024, 512 * 1024])
def test_save_and_backup_on_a_full_disk(tmp_path: Path, headroom: int):
    paths = AppPaths.for_dir(tmp_path / "data")
    created = Vault.create(paths, PASSPHRASE, kdf=KdfParams.fast_for_tests())
    session = Session(created.vault, KdfParams.fast_for_tests())
    session.contacts.save(
        SupportContact(id=None, uid="before", kind=ContactKind.PERSONAL, name="Before", note="kept")
    )
    created.vault.close()
    out = tmp_path / "usb"
    out.mkdir()

    report = run_child(paths.data_dir, out, headroom)

    assert report["save_kind"] == "disk_full", report
    assert report["save_message"] == error_text(VaultError(ErrorKind.DISK_FULL))
    assert "disk is full" in str(report["save_message"])
    assert report["backup_kind"] == "disk_full", report
    assert list(out.iterdir()) == []  # no partial backup file
    leftovers = [p.name for p in paths.backups_dir.iterdir()] if paths.backups_dir.exists() else []
    assert leftovers == []
    # The vault is intact: it opens, both checks pass, everything saved before is there.
    vault = Vault.open_with_secret(paths, PASSPHRASE)
    try:
        assert vault.verify() == []
        people = {c.uid for c in Session(vault, KdfParams.fast_for_tests()).contacts.personal()}
        assert "before" in people
        assert {f"full-{n}" for n in range(int(report["saved"]))} <= people
        # And once there is room again, saving works.
        Session(vault, KdfParams.fast_for_tests()).contacts.save(
            SupportContact(id=None, uid="after", kind=ContactKind.PERSONAL, name="After")
        )
    finally:
        vault.close()
