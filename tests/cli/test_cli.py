"""Headless commands, run as a real process the way a user or a script would."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from tests.program import run_program
from wellness_journal.core import recovery

PASS = "correct horse battery staple"


def run(data: Path, *args: str, stdin: str = "", env_extra: dict[str, str] | None = None):
    """The real program in its own process, with cheap key derivation (tests/launcher.py)."""
    return run_program(data, *args, stdin=stdin, env_extra=env_extra)


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def initialised(data: Path) -> str:
    result = run(data, "init", "--passphrase-stdin", stdin=PASS + "\n")
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_init_prints_recovery_key_once_on_stdout(initialised: str, data: Path):
    assert recovery.looks_like_recovery_key(initialised)
    assert len(initialised.split("-")) == 9
    again = run(data, "init", "--passphrase-stdin", stdin=PASS + "\n")
    assert again.returncode == 1
    assert "already exists" in again.stderr
    assert again.stdout == ""


def test_verify_ok(initialised: str, data: Path):
    result = run(data, "verify", "--passphrase-stdin", stdin=PASS + "\n")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "ok\n"


def test_wrong_passphrase_exit_3_and_only_our_one_line_on_stderr(initialised: str, data: Path):
    result = run(data, "verify", "--passphrase-stdin", stdin="wrong one\n")
    assert result.returncode == 3
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("wellness-journal: That passphrase did not open the journal")
    assert "sqlcipher" not in result.stderr.lower()
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def test_recovery_key_works_where_the_passphrase_does(initialised: str, data: Path):
    result = run(data, "verify", "--passphrase-stdin", stdin=initialised.lower() + "\n")
    assert result.returncode == 0, result.stderr


def test_change_passphrase_from_stdin(initialised: str, data: Path):
    result = run(
        data, "change-passphrase", "--passphrase-stdin", stdin=f"{PASS}\nbrand new words here\n"
    )
    assert result.returncode == 0, result.stderr
    assert run(data, "verify", "--passphrase-stdin", stdin=PASS + "\n").returncode == 3
    ok = run(data, "verify", "--passphrase-stdin", stdin="brand new words here\n")
    assert ok.returncode == 0, ok.stderr


def test_change_passphrase_missing_second_line_is_usage_error(initialised: str, data: Path):
    result = run(data, "change-passphrase", "--passphrase-stdin", stdin=f"{PASS}\n")
    assert result.returncode == 2
    assert run(data, "verify", "--passphrase-stdin", stdin=PASS + "\n").returncode == 0


def test_empty_passphrase_is_refused(data: Path):
    result = run(data, "init", "--passphrase-stdin", stdin="   \n")
    assert result.returncode == 2
    assert "empty" in result.stderr
    assert not (data / "vault.db").exists()


def test_weak_passphrase_warns_on_stderr_and_goes_on(data: Path):
    result = run(data, "init", "--passphrase-stdin", stdin="password1\n")
    assert result.returncode == 0
    assert "warning: weak passphrase" in result.stderr
    assert recovery.looks_like_recovery_key(result.stdout.strip())


def test_no_terminal_and_no_stdin_flag_never_waits(initialised: str, data: Path):
    result = run(data, "verify", stdin="")
    assert result.returncode == 2
    assert "--passphrase-stdin" in result.stderr


def test_export_then_import_adds_nothing_twice(initialised: str, data: Path, tmp_path: Path):
    out = tmp_path / "export.json"
    result = run(data, "export", "--out", str(out), "--passphrase-stdin", stdin=PASS + "\n")
    assert result.returncode == 0, result.stderr
    assert "not encrypted" in result.stderr.lower()
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["format"] == "wellness-journal-export"
    assert doc["version"] == 1
    assert len(doc["sections"]["support_contacts"]) == 3
    if sys.platform != "win32":
        assert out.stat().st_mode & 0o077 == 0
    again = run(data, "import", str(out), "--passphrase-stdin", stdin=PASS + "\n")
    assert again.returncode == 0, again.stderr
    assert "imported 0 item(s)" in again.stdout


def test_import_into_a_new_vault_restores_contacts(tmp_path: Path):
    a, b = tmp_path / "a", tmp_path / "b"
    run(a, "init", "--passphrase-stdin", stdin=PASS + "\n")
    doc = {
        "format": "wellness-journal-export",
        "version": 1,
        "sections": {
            "support_contacts": [
                {
                    "uid": "u1",
                    "kind": "personal",
                    "name": "Sam",
                    "role": "peer supporter",
                    "phone": "555",
                    "text": "",
                    "note": "nights",
                    "sort_order": 0,
                }
            ],
            "settings": {"auto_lock_minutes": "9"},
        },
    }
    src = tmp_path / "in.json"
    src.write_text(json.dumps(doc), encoding="utf-8")
    run(b, "init", "--passphrase-stdin", stdin=PASS + "\n")
    result = run(b, "import", str(src), "--passphrase-stdin", stdin=PASS + "\n")
    assert result.returncode == 0, result.stderr
    assert "imported 2 item(s)" in result.stdout
    out = tmp_path / "out.json"
    run(b, "export", "--out", str(out), "--passphrase-stdin", stdin=PASS + "\n")
    exported = json.loads(out.read_text(encoding="utf-8"))["sections"]
    assert any(c["name"] == "Sam" and c["note"] == "nights" for c in exported["support_contacts"])
    assert exported["settings"]["auto_lock_minutes"] == "9"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("{not json", "not valid JSON"),
        ('{"format": "something-else"}', "neither a Wellness Journal export"),
        ('{"format": "wellness-journal-export", "version": 99, "sections": {}}', "newer version"),
        (
            '{"format": "wellness-journal-export", "version": 1, "sections": '
            '{"support_contacts": [{"uid": "x", "kind": "personal"}]}}',
            "has no 'name'",
        ),
    ],
)
def test_bad_import_file_changes_nothing(
    initialised, data: Path, tmp_path: Path, content, expected
):
    before = run(
        data,
        "export",
        "--out",
        str(tmp_path / "before.json"),
        "--passphrase-stdin",
        stdin=PASS + "\n",
    )
    assert before.returncode == 0
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    result = run(data, "import", str(bad), "--passphrase-stdin", stdin=PASS + "\n")
    assert result.returncode == 1
    assert expected in result.stderr
    assert "Nothing was imported" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    run(
        data,
        "export",
        "--out",
        str(tmp_path / "after.json"),
        "--passphrase-stdin",
        stdin=PASS + "\n",
    )
    strip = lambda p: json.loads(p.read_text())["sections"]  # noqa: E731
    assert strip(tmp_path / "before.json") == strip(tmp_path / "after.json")


def test_damaged_vault_exit_4(initialised: str, data: Path):
    db = data / "vault.db"
    raw = bytearray(db.read_bytes())
    raw[0:4096] = bytes(4096)
    db.write_bytes(bytes(raw))
    result = run(data, "verify", "--passphrase-stdin", stdin=PASS + "\n")
    assert result.returncode == 4
    assert "damaged" in result.stderr
    assert "Traceback" not in result.stderr


def test_zero_length_database_exit_4_and_untouched(initialised: str, data: Path):
    db = data / "vault.db"
    for side in ("vault.db-wal", "vault.db-shm"):
        (data / side).unlink(missing_ok=True)
    db.write_bytes(b"")
    result = run(data, "verify", "--passphrase-stdin", stdin=PASS + "\n")
    assert result.returncode == 4
    assert db.read_bytes() == b""


def test_no_vault_yet(data: Path):
    result = run(data, "verify", "--passphrase-stdin", stdin=PASS + "\n")
    assert result.returncode == 4
    assert "no journal" in result.stderr.lower()


def test_locked_by_another_process_exit_5(initialised: str, data: Path):
    from wellness_journal.storage.paths import AppPaths
    from wellness_journal.storage.process_lock import ProcessLock

    with ProcessLock(AppPaths.for_dir(data).lockfile):
        result = run(data, "verify", "--passphrase-stdin", stdin=PASS + "\n")
    assert result.returncode == 5
    assert "already open" in result.stderr


def test_usage_error_exit_2(data: Path):
    result = run(data, "export", "--passphrase-stdin")
    assert result.returncode == 2
    assert run(data, "--demo", "verify").returncode == 2


def test_waits_after_repeated_wrong_passphrases_across_runs(initialised: str, data: Path):
    for _ in range(3):
        assert run(data, "verify", "--passphrase-stdin", stdin="nope\n").returncode == 3
    result = run(data, "verify", "--passphrase-stdin", stdin=PASS + "\n")
    assert result.returncode == 3
    assert "wait" in result.stderr.lower()
