"""A full disk while writing in the journal: the save fails with a clear message, the words stay in
the editor (Done and Lock refuse to throw them away), and the vault is intact afterwards; once
there is room again the same words are saved."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.diskfull_journal_child import FIRST, LONG, PASSPHRASE, TITLE
from wellness_journal.core.errors import ErrorKind, VaultError
from wellness_journal.services.journal import JournalService
from wellness_journal.storage.keyslots import KdfParams
from wellness_journal.storage.paths import AppPaths
from wellness_journal.storage.vault import Vault
from wellness_journal.ui.messages import error_text

ROOT = Path(__file__).resolve().parents[2]
HEADROOM = 32 * 1024


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE")
def test_journal_save_on_a_full_disk_keeps_the_words(tmp_path: Path):
    paths = AppPaths.for_dir(tmp_path / "data")
    Vault.create(paths, PASSPHRASE, kdf=KdfParams.fast_for_tests()).vault.close()
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.e2e.diskfull_journal_child",
            str(paths.data_dir),
            str(HEADROOM),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        cwd=ROOT,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])

    full = error_text(VaultError(ErrorKind.DISK_FULL))
    assert "disk is full" in full
    assert "Your text is still here" in full
    assert report["first_autosave"] is True
    assert report["after_autosave"] == f"Not saved yet: {full}"  # the status line says why
    assert report["still_editing"] is True  # Done did not close the editor
    assert report["locked"] is False
    assert report["session_open"] is True
    done_box, lock_box = report["boxes"]
    assert done_box == full
    assert "could not be saved, so the journal stays open" in lock_box
    assert full in lock_box
    assert report["editor_kept_words"] is True
    assert report["after_room"] == "Saved"
    assert report["locked_at_last"] is True

    # The vault is intact and holds every word, once.
    vault = Vault.open_with_secret(paths, PASSPHRASE)
    try:
        assert vault.verify() == []
        (entry,) = JournalService(vault.db).all_entries()
        passage = LONG * (int(report["limit"]) // len(LONG) + 200)
        assert entry.title == TITLE
        assert entry.body == FIRST + passage
    finally:
        vault.close()
