"""`backup --out FILE` and `restore FILE`, run as real processes: exit codes, one-line errors."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from tests.cli.test_cli import PASS, run
from wellness_journal.storage.process_lock import ProcessLock


def sections(data: Path, tmp_path: Path, secret: str = PASS) -> dict:  # type: ignore[type-arg]
    out = tmp_path / f"export-{data.name}.json"
    result = run(
        data, "export", "--out", str(out), "--force", "--passphrase-stdin", stdin=secret + "\n"
    )
    assert result.returncode == 0, result.stderr
    return json.loads(out.read_text(encoding="utf-8"))["sections"]  # type: ignore[no-any-return]


def one_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    return lines[0]


@pytest.fixture
def journal(tmp_path: Path) -> tuple[Path, str]:
    data = tmp_path / "journal"
    init = run(data, "init", "--passphrase-stdin", stdin=PASS + "\n")
    assert init.returncode == 0, init.stderr
    doc = {
        "format": "wellness-journal-export",
        "version": 1,
        "sections": {
            "support_contacts": [{"uid": "u1", "kind": "personal", "name": "Sam", "note": "nights"}]
        },
    }
    (tmp_path / "seed.json").write_text(json.dumps(doc), encoding="utf-8")
    run(data, "import", str(tmp_path / "seed.json"), "--passphrase-stdin", stdin=PASS + "\n")
    return data, init.stdout.strip()


def test_backup_then_restore_into_a_new_folder(journal, tmp_path: Path):
    data, recovery_key = journal
    out = tmp_path / "usb" / "journal.wjbackup"
    out.parent.mkdir()
    made = run(data, "backup", "--out", str(out), "--passphrase-stdin", stdin=PASS + "\n")
    assert made.returncode == 0, made.stderr
    assert str(out) in made.stdout
    assert "checked" in made.stdout
    assert zipfile.is_zipfile(out)
    for n, secret in enumerate([PASS, recovery_key]):
        target = tmp_path / f"new-{n}"
        restored = run(target, "restore", str(out), "--passphrase-stdin", stdin=secret + "\n")
        assert restored.returncode == 0, restored.stderr
        assert "restored the backup made" in restored.stdout
        assert run(target, "verify", "--passphrase-stdin", stdin=PASS + "\n").stdout == "ok\n"
        mine, theirs = sections(data, tmp_path), sections(target, tmp_path)
        # The backup itself is logged in the source (not exported); everything else is equal.
        assert theirs == mine


def test_backup_into_a_folder_names_the_file(journal, tmp_path: Path):
    data, _ = journal
    made = run(data, "backup", "--out", str(tmp_path), "--passphrase-stdin", stdin=PASS + "\n")
    assert made.returncode == 0, made.stderr
    files = list(tmp_path.glob("wellness-journal-backup-*.wjbackup"))
    assert len(files) == 1


def test_restore_over_an_existing_journal_keeps_it_aside(journal, tmp_path: Path):
    data, _ = journal
    out = tmp_path / "b.wjbackup"
    assert (
        run(data, "backup", "--out", str(out), "--passphrase-stdin", stdin=PASS + "\n").returncode
        == 0
    )
    other = tmp_path / "other"
    run(other, "init", "--passphrase-stdin", stdin="another journal here\n")
    result = run(other, "restore", str(out), "--passphrase-stdin", stdin=PASS + "\n")
    assert result.returncode == 0, result.stderr
    assert "kept in" in result.stderr
    aside = next((other / "backups").glob("before-restore-*"))
    # The journal that was there still opens from where it was kept, with its own passphrase.
    ok = run(aside, "verify", "--passphrase-stdin", stdin="another journal here\n")
    assert ok.returncode == 0, ok.stderr
    assert run(other, "verify", "--passphrase-stdin", stdin=PASS + "\n").returncode == 0


def test_restore_with_the_wrong_passphrase_exits_3_and_changes_nothing(journal, tmp_path: Path):
    data, _ = journal
    out = tmp_path / "b.wjbackup"
    run(data, "backup", "--out", str(out), "--passphrase-stdin", stdin=PASS + "\n")
    target = tmp_path / "target"
    result = run(target, "restore", str(out), "--passphrase-stdin", stdin="not it\n")
    assert result.returncode == 3
    assert "did not open" in one_line(result.stderr)
    assert not (target / "vault.db").exists()
    assert not (target / "vault.keys").exists()


@pytest.mark.parametrize("damage", ["truncated", "not_a_backup"])
def test_a_damaged_backup_exits_4_with_one_line(journal, tmp_path: Path, damage: str):
    data, _ = journal
    out = tmp_path / "b.wjbackup"
    run(data, "backup", "--out", str(out), "--passphrase-stdin", stdin=PASS + "\n")
    if damage == "truncated":
        out.write_bytes(out.read_bytes()[:3000])
    else:
        out.write_text("hello", encoding="utf-8")
    result = run(data, "restore", str(out), "--passphrase-stdin", stdin=PASS + "\n")
    assert result.returncode == 4
    assert "not a Wellness Journal backup, or it is damaged" in one_line(result.stderr)
    assert run(data, "verify", "--passphrase-stdin", stdin=PASS + "\n").returncode == 0


def test_usage_errors_exit_2(journal, tmp_path: Path):
    data, _ = journal
    missing = run(
        data, "restore", str(tmp_path / "nope.wjbackup"), "--passphrase-stdin", stdin="x\n"
    )
    assert missing.returncode == 2
    one_line(missing.stderr)
    assert run(data, "restore", "--passphrase-stdin", stdin="x\n").returncode == 2
    assert run(data, "backup", "--passphrase-stdin", stdin="x\n").returncode == 2
    nowhere = run(
        data,
        "backup",
        "--out",
        str(tmp_path / "no" / "such" / "b"),
        "--passphrase-stdin",
        stdin=PASS + "\n",
    )
    assert nowhere.returncode == 2


def test_backup_and_restore_wait_for_no_one_while_the_app_is_open(journal, tmp_path: Path):
    data, _ = journal
    out = tmp_path / "b.wjbackup"
    with ProcessLock(data / "app.lock"):
        busy = run(data, "backup", "--out", str(out), "--passphrase-stdin", stdin=PASS + "\n")
        assert busy.returncode == 5
        one_line(busy.stderr)
    run(data, "backup", "--out", str(out), "--passphrase-stdin", stdin=PASS + "\n")
    with ProcessLock(data / "app.lock"):
        busy = run(data, "restore", str(out), "--passphrase-stdin", stdin=PASS + "\n")
        assert busy.returncode == 5


def test_backup_of_a_missing_journal_exits_4(tmp_path: Path):
    result = run(
        tmp_path / "none", "backup", "--out", str(tmp_path / "b"), "--passphrase-stdin", stdin="x\n"
    )
    assert result.returncode == 4
    one_line(result.stderr)
