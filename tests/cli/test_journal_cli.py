"""Headless journal commands: import jrnl files, export Markdown."""

from __future__ import annotations

import io
from pathlib import Path

from tests.conftest import PASSPHRASE
from wellness_journal import cli
from wellness_journal.services.journal import JournalService
from wellness_journal.storage.vault import Vault

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "jrnl"


def run(paths, kdf, *argv: str) -> tuple[int, str, str]:
    args = cli.build_parser().parse_args(
        ["--data-dir", str(paths.data_dir), *argv, "--passphrase-stdin"]
    )
    out, err = io.StringIO(), io.StringIO()
    streams = cli.Io(io.StringIO(PASSPHRASE + "\n"), out, err, lambda _p: PASSPHRASE)
    code = cli.run(args, paths, kdf, streams)
    return code, out.getvalue(), err.getvalue()


def test_import_jrnl_text_then_json_adds_each_entry_once(paths, kdf):
    Vault.create(paths, PASSPHRASE, kdf=kdf).vault.close()
    code, out, _ = run(paths, kdf, "import", str(FIXTURES / "journal.txt"))
    assert code == 0
    assert "imported 5 item(s)" in out
    code, out, _ = run(paths, kdf, "import", str(FIXTURES / "export.json"))
    assert code == 0
    assert "imported 0 item(s)" in out
    assert "5 already there" in out


def test_bad_import_exits_1_and_names_the_line(tmp_path, paths, kdf):
    Vault.create(paths, PASSPHRASE, kdf=kdf).vault.close()
    bad = tmp_path / "bad.txt"
    bad.write_text("[2024-01-01 10:00] fine\n[2024-99-01 10:00] broken\n", encoding="utf-8")
    code, _, err = run(paths, kdf, "import", str(bad))
    assert code == cli.EXIT_FAILED
    assert "line 2" in err
    assert "Nothing was imported" in err
    vault = Vault.open_with_secret(paths, PASSPHRASE)
    try:
        assert JournalService(vault.db).count() == 0
    finally:
        vault.close()


def test_export_markdown_per_entry_and_per_year(tmp_path, paths, kdf):
    Vault.create(paths, PASSPHRASE, kdf=kdf).vault.close()
    run(paths, kdf, "import", str(FIXTURES / "export.json"))
    code, out, err = run(paths, kdf, "export", "--markdown", "entry", "--out", str(tmp_path / "e"))
    assert code == 0
    assert "exported 5 Markdown file(s)" in out
    assert "NOT encrypted" in err
    assert len(list((tmp_path / "e").glob("*.md"))) == 5
    code, _, _ = run(paths, kdf, "export", "--markdown", "year", "--out", str(tmp_path / "y"))
    assert code == 0
    assert sorted(p.name for p in (tmp_path / "y").iterdir()) == [
        "2023.md",
        "2024.md",
    ]
    code, _, err = run(paths, kdf, "export", "--markdown", "year", "--out", str(tmp_path / "y"))
    assert code == cli.EXIT_USAGE
    assert "not an empty folder" in err
