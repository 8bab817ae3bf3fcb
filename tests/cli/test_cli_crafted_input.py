"""Crafted files and input never end in a traceback, a hang or a runaway read: each gets a
classified one-line error and its exit code (the real program, in its own process)."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from wellness_journal.storage.keyslots import KdfParams
from wellness_journal.storage.paths import AppPaths
from wellness_journal.storage.vault import Vault

ROOT = Path(__file__).resolve().parents[2]
EXIT_FAILED, EXIT_USAGE, EXIT_DAMAGED = 1, 2, 4


def run(data: Path, *args: str, stdin: bytes = PASSPHRASE.encode() + b"\n", timeout: int = 60):
    result = subprocess.run(
        [sys.executable, "-m", "tests.launcher", "--data-dir", str(data), *args],
        input=stdin,
        capture_output=True,
        timeout=timeout,
        cwd=ROOT,
    )
    stderr = result.stderr.decode("utf-8", "replace")
    assert "Traceback" not in stderr, stderr
    return result.returncode, stderr


def one_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    return lines[0]


@pytest.fixture
def data(tmp_path: Path) -> Path:
    paths = AppPaths.for_dir(tmp_path / "data")
    Vault.create(paths, PASSPHRASE, kdf=KdfParams.fast_for_tests()).vault.close()
    return paths.data_dir


def recheck(body: dict) -> bytes:  # type: ignore[type-arg]
    """A key file with ``body`` and a checksum that matches it (well-formed, but crafted)."""
    body.pop("checksum", None)
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":")).encode("utf-8")
    return json.dumps({**body, "checksum": hashlib.sha256(canonical).hexdigest()}).encode()


def crafted_keyfile(raw: bytes, field: str, value: str) -> bytes:
    body = json.loads(raw)
    for slot in body["slots"]:
        slot[field] = value
    return recheck(body)


@pytest.mark.parametrize(
    ("field", "value"), [("salt", ""), ("salt", "AAAA"), ("nonce", ""), ("nonce", "AA==")]
)
def test_a_key_slot_with_a_short_salt_or_nonce(data: Path, field: str, value: str):
    raw = (data / "vault.keys").read_bytes()
    for name in ("vault.keys", "vault.keys.copy"):
        (data / name).write_bytes(crafted_keyfile(raw, field, value))
    code, stderr = run(data, "verify", "--passphrase-stdin")
    assert code == EXIT_DAMAGED
    assert "damaged" in one_line(stderr)


def test_a_backup_whose_key_slot_has_an_empty_salt(data: Path, tmp_path: Path):
    backup = tmp_path / "journal.wjbackup"
    code, stderr = run(data, "backup", "--out", str(backup), "--passphrase-stdin")
    assert code == 0, stderr
    crafted = tmp_path / "crafted.wjbackup"
    with zipfile.ZipFile(backup) as src, zipfile.ZipFile(crafted, "w") as dst:
        keys = crafted_keyfile(src.read("vault.keys"), "salt", "")
        manifest = json.loads(src.read("manifest.json"))
        manifest["keyfile"]["sha256"] = hashlib.sha256(keys).hexdigest()
        dst.writestr("manifest.json", json.dumps(manifest))
        dst.writestr("vault.keys", keys)
        dst.writestr("vault.db", src.read("vault.db"))
    code, stderr = run(tmp_path / "new", "restore", str(crafted), "--passphrase-stdin")
    assert code == EXIT_DAMAGED
    assert "not a Wellness Journal backup, or it is damaged" in one_line(stderr)


def test_import_of_deeply_nested_json(data: Path, tmp_path: Path):
    deep = tmp_path / "deep.json"
    deep.write_text('{"entries": ' + "[" * 100_000 + "]" * 100_000 + "}", encoding="utf-8")
    code, stderr = run(data, "import", str(deep), "--passphrase-stdin")
    assert code == EXIT_FAILED
    assert "cannot be imported" in one_line(stderr)


def test_import_of_jrnl_json_with_a_lone_surrogate(data: Path, tmp_path: Path):
    doc = tmp_path / "jrnl.json"
    entry = {"date": "2024-03-01", "time": "21:30", "title": "Night", "body": "odd \\ud800 text"}
    doc.write_text(
        json.dumps({"tags": {}, "entries": [entry]}).replace("\\\\ud800", "\\ud800"),
        encoding="utf-8",
    )
    assert "\\ud800" in doc.read_text(encoding="utf-8")
    code, stderr = run(data, "import", str(doc), "--passphrase-stdin")
    assert code == EXIT_FAILED
    assert "item 1 'body'" in one_line(stderr)


def test_a_passphrase_on_stdin_that_is_not_utf8(data: Path):
    code, stderr = run(data, "verify", "--passphrase-stdin", stdin=b"caf\xe9 \xff\xfe words\n")
    assert code == EXIT_USAGE
    assert "UTF-8" in one_line(stderr)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_import_of_dev_zero_is_refused_at_once(data: Path):
    code, stderr = run(data, "import", "/dev/zero", "--passphrase-stdin", timeout=60)
    assert code == EXIT_FAILED
    assert "not a regular file" in one_line(stderr)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_import_of_a_named_pipe_does_not_hang(data: Path, tmp_path: Path):
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    code, stderr = run(data, "import", str(fifo), "--passphrase-stdin", timeout=60)
    assert code == EXIT_FAILED
    assert "not a regular file" in one_line(stderr)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
@pytest.mark.parametrize(
    "which", [["vault.keys"], ["vault.keys.copy"], ["vault.keys", "vault.keys.copy"], ["vault.db"]]
)
def test_a_named_pipe_in_place_of_a_vault_file_does_not_hang(data: Path, which: list[str]):
    for name in which:
        (data / name).unlink()
        os.mkfifo(data / name)
    code, stderr = run(data, "verify", "--passphrase-stdin", timeout=60)
    if which in (["vault.keys"], ["vault.keys.copy"]):
        # The other copy is good: the journal opens and the pipe is replaced by a good copy.
        assert code == 0, stderr
        assert (data / which[0]).is_file()
    else:
        assert code == EXIT_DAMAGED
        assert "damaged" in one_line(stderr)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_a_named_pipe_offered_as_a_backup_file_does_not_hang(data: Path, tmp_path: Path):
    fifo = tmp_path / "pipe.wjbackup"
    os.mkfifo(fifo)
    code, stderr = run(tmp_path / "new", "restore", str(fifo), "--passphrase-stdin", timeout=60)
    assert code in (EXIT_USAGE, EXIT_DAMAGED)
    one_line(stderr)
    from wellness_journal.core.errors import ErrorKind, VaultError
    from wellness_journal.services import backup

    with pytest.raises(VaultError) as info:
        backup.describe(fifo)  # what the window asks first
    assert info.value.kind is ErrorKind.BAD_BACKUP
