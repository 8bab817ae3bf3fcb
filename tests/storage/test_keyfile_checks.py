"""What the key file says before "wrong passphrase" is said: a key file of a newer version says
so, and a well-formed copy that does not open is checked against the other copy first."""

from __future__ import annotations

import base64
import hashlib
import json
import os

import pytest

from tests.cli.test_cli import run
from tests.conftest import PASSPHRASE
from wellness_journal.core.errors import ErrorKind, VaultError
from wellness_journal.storage import keyslots
from wellness_journal.storage.vault import Vault, derive_key


def rewrite(raw: bytes, change) -> bytes:  # type: ignore[no-untyped-def]
    """The key file with ``change`` applied to its body, and a checksum that matches again."""
    body = json.loads(raw)
    body.pop("checksum")
    change(body)
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":")).encode("utf-8")
    return json.dumps({**body, "checksum": hashlib.sha256(canonical).hexdigest()}).encode()


def newer(body: dict) -> None:  # type: ignore[type-arg]
    body["version"] = keyslots.FORMAT_VERSION + 1
    body["slots"][0]["something_new"] = True


def test_a_key_file_of_a_newer_version_says_so(created, paths):
    created.vault.close()
    for path in (paths.keyfile, paths.keyfile_copy):
        path.write_bytes(rewrite(path.read_bytes(), newer))
    before = paths.keyfile.read_bytes()
    with pytest.raises(VaultError) as info:
        derive_key(paths, PASSPHRASE)
    assert info.value.kind is ErrorKind.TOO_NEW
    result = run(paths.data_dir, "verify", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.returncode == 1, result.stderr
    assert "newer version" in result.stderr
    assert paths.keyfile.read_bytes() == before  # left as it is for the newer app


def test_one_copy_of_a_newer_version_is_not_overwritten_by_an_older_app(created, paths):
    created.vault.close()
    paths.keyfile.write_bytes(rewrite(paths.keyfile.read_bytes(), newer))
    with pytest.raises(VaultError) as info:
        derive_key(paths, PASSPHRASE)
    assert info.value.kind is ErrorKind.TOO_NEW


@pytest.mark.parametrize("which", ["primary", "copy"])
def test_a_well_formed_copy_that_does_not_open_is_checked_against_the_other(created, paths, which):
    """Same generation, valid checksum, but its passphrase slot is wrong (written wrongly, or
    tampered with): the other copy opens, and the bad one is repaired."""
    created.vault.close()
    target = paths.keyfile if which == "primary" else paths.keyfile_copy

    def spoil(body: dict) -> None:  # type: ignore[type-arg]
        for slot in body["slots"]:
            slot["wrapped"] = base64.b64encode(os.urandom(48)).decode()

    target.write_bytes(rewrite(target.read_bytes(), spoil))
    vault = Vault.open_with_secret(paths, PASSPHRASE)
    vault.close()
    read = keyslots.read_keyfile(paths.keyfile, paths.keyfile_copy)
    assert read.damaged == ()
    assert read.stale == ()
    assert paths.keyfile.read_bytes() == paths.keyfile_copy.read_bytes()
    Vault.open_with_secret(paths, created.recovery_key).close()


def test_a_wrong_passphrase_is_still_wrong_after_the_cross_check(created, paths):
    created.vault.close()
    with pytest.raises(VaultError) as info:
        derive_key(paths, "not the passphrase")
    assert info.value.kind is ErrorKind.WRONG_SECRET
