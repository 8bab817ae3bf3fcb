"""Key derivation cost: the shipped program always uses the production parameters (no switch
lowers them), and unlocking re-wraps a weaker slot at the strength the app was started with."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import PASSPHRASE
from wellness_journal.services.unlock import UnlockGate
from wellness_journal.storage import keyslots
from wellness_journal.storage.keyslots import KdfParams
from wellness_journal.storage.vault import Vault

ROOT = Path(__file__).resolve().parents[2]


def test_production_parameters_are_the_documented_ones():
    assert KdfParams.production() == KdfParams(memory_kib=128 * 1024, iterations=3, lanes=4)


def test_the_shipped_program_ignores_the_old_insecure_test_switch(tmp_path: Path):
    data = tmp_path / "data"
    env = dict(os.environ, WELLNESS_JOURNAL_INSECURE_TEST_KDF="1")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "wellness_journal",
            "--data-dir",
            str(data),
            "init",
            "--passphrase-stdin",
        ],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    keyfile = keyslots.read_keyfile(data / "vault.keys", data / "vault.keys.copy").keyfile
    for slot in keyfile.slots:
        assert slot.params == KdfParams.production(), slot.kind


def test_unlocking_rewraps_a_weaker_slot_at_the_app_strength(paths, kdf):
    created = Vault.create(paths, PASSPHRASE, kdf=kdf)
    created.vault.close()
    stronger = KdfParams(memory_kib=1024, iterations=2, lanes=2)
    unlocked = UnlockGate(paths, target=stronger).derive(PASSPHRASE)
    on_disk = keyslots.read_keyfile(paths.keyfile, paths.keyfile_copy)
    assert on_disk.damaged == ()
    assert on_disk.stale == ()
    assert on_disk.keyfile.slot(keyslots.PASSPHRASE).params == stronger
    # The recovery key's slot needs the recovery key: it is upgraded when that is used.
    assert on_disk.keyfile.slot(keyslots.RECOVERY).params == kdf
    assert unlocked.keyfile == on_disk.keyfile
    Vault.open(paths, unlocked).close()
    UnlockGate(paths, target=stronger).derive(created.recovery_key)
    after = keyslots.read_keyfile(paths.keyfile, paths.keyfile_copy).keyfile
    assert after.slot(keyslots.RECOVERY).params == stronger
    # Both secrets still open the journal; a slot already strong enough is left as it is.
    Vault.open_with_secret(paths, PASSPHRASE).close()
    Vault.open_with_secret(paths, created.recovery_key).close()
    UnlockGate(paths, target=kdf).derive(PASSPHRASE)
    assert keyslots.read_keyfile(paths.keyfile, paths.keyfile_copy).keyfile == after
