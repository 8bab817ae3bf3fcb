"""Headless export as CSV and import of a Daylio export: exit codes, warnings, what was written."""

from __future__ import annotations

import io
import os
import stat
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from wellness_journal import cli
from wellness_journal.services.export_files import CSV_FILES
from wellness_journal.storage.vault import Vault

DAYLIO = Path(__file__).resolve().parents[1] / "fixtures" / "daylio"


def run(paths, kdf, *argv: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    args = cli.build_parser().parse_args(
        ["--data-dir", str(paths.data_dir), *argv, "--passphrase-stdin"]
    )
    out, err = io.StringIO(), io.StringIO()
    streams = cli.Io(io.StringIO(PASSPHRASE + "\n"), out, err, lambda _p: PASSPHRASE)
    code = cli.run(args, paths, kdf, streams)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def journal(paths, kdf):  # type: ignore[no-untyped-def]
    Vault.create(paths, PASSPHRASE, kdf=kdf).vault.close()
    return paths


def test_import_a_daylio_export_then_again(journal, kdf):
    code, out, err = run(journal, kdf, "import", str(DAYLIO / "daylio_export_current.csv"))
    assert code == cli.EXIT_OK, err
    assert "imported 10 item(s)" in out
    assert "checkins: 4 added" in out
    assert "journal_entries: 6 added" in out
    assert "'sad' (1)" in err  # the mood label that is not one of Daylio's five
    code, out, _ = run(journal, kdf, "import", str(DAYLIO / "daylio_export_current.csv"))
    assert code == cli.EXIT_OK
    assert "imported 0 item(s)" in out
    assert "6 already there" in out


def test_a_bad_daylio_file_exits_1_naming_the_line(journal, kdf, tmp_path):
    text = (DAYLIO / "daylio_export_older.csv").read_text(encoding="utf-8-sig")
    bad = tmp_path / "export.csv"
    bad.write_text(text.replace("2020-05-28", "2020-02-30"), encoding="utf-8-sig")
    code, out, err = run(journal, kdf, "import", str(bad))
    assert code == cli.EXIT_FAILED
    assert out == ""
    assert "line 5" in err
    assert "Nothing was imported" in err
    code, out, _ = run(journal, kdf, "import", str(DAYLIO / "daylio_export_older.csv"))
    assert "imported 9 item(s)" in out  # nothing of the bad file had stayed


def test_export_csv_into_a_new_folder(journal, kdf, tmp_path):
    run(journal, kdf, "import", str(DAYLIO / "daylio_export_current.csv"))
    out_dir = tmp_path / "csv"
    code, out, err = run(journal, kdf, "export", "--csv", str(out_dir))
    assert code == cli.EXIT_OK, err
    assert "NOT encrypted" in err
    assert f"exported {len(CSV_FILES)} CSV file(s) to {out_dir}" in out
    assert "checkins.csv: 4" in out
    assert sorted(p.name for p in out_dir.iterdir()) == sorted(CSV_FILES)
    if sys.platform != "win32":
        assert all(stat.S_IMODE(os.stat(p).st_mode) == 0o600 for p in out_dir.iterdir())
    code, _, err = run(journal, kdf, "export", "--csv", str(out_dir))
    assert code == cli.EXIT_USAGE
    assert "not an empty folder" in err


@pytest.mark.parametrize(
    "argv",
    [
        ("export",),
        ("export", "--csv", "x", "--out", "y.json"),
        ("export", "--csv", "x", "--markdown", "year"),
        ("export", "--markdown", "entry"),
    ],
)
def test_export_needs_one_place(journal, kdf, argv):
    code, out, err = run(journal, kdf, *argv)
    assert code == cli.EXIT_USAGE
    assert out == ""
    assert "--out" in err or "--csv" in err


def test_json_export_still_works_as_before(journal, kdf, tmp_path):
    code, out, err = run(journal, kdf, "export", "--out", str(tmp_path / "all.json"))
    assert code == cli.EXIT_OK
    assert "exported to" in out
    assert "NOT encrypted" in err
