"""``wellness-journal report``: the summary for a counselor as a PDF, headless, with the exit
codes of the other commands. The PDF's text is read back with pypdf."""

from __future__ import annotations

import subprocess
import unicodedata
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.program import run_program
from wellness_journal import app
from wellness_journal.services.demo import DEMO_PASSPHRASE
from wellness_journal.storage.repositories import journal as journal_repo
from wellness_journal.storage.repositories import stress as stress_repo
from wellness_journal.storage.vault import Vault

pytestmark = pytest.mark.slow


def run(
    data: Path, *args: str, stdin: str = DEMO_PASSPHRASE + "\n"
) -> subprocess.CompletedProcess[str]:
    return run_program(data, "report", *args, stdin=stdin, headless=True)


def pdf_text(path: Path) -> str:
    text = "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str], list[str]]:
    """A demo journal (made for today: the command's days end today), the first words of its
    journal entries, and what helped, as written in its stress log."""
    paths = app.make_demo_vault(tmp_path_factory.mktemp("cli-report") / "data", today=date.today())
    vault = Vault.open_with_secret(paths, DEMO_PASSPHRASE)
    try:
        bodies = [e.body[:30] for e in journal_repo.iter_all(vault.db) if e.body]
        notes = [e.helped for e in stress_repo.recent(vault.db, 200) if e.helped]
    finally:
        vault.close()
    return paths.data_dir, bodies, notes


def test_report_writes_the_chosen_sections_without_notes_or_journal(demo, tmp_path):
    data, bodies, notes = demo
    out = tmp_path / "summary.pdf"
    result = run(data, "--passphrase-stdin", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "NOT encrypted" in result.stderr
    assert "wrote the summary" in result.stdout
    assert out.stat().st_mode & 0o777 == 0o600
    text = pdf_text(out)
    last = date.today()
    first = last - timedelta(days=13)
    assert f"({(last - first).days + 1} days)" in text
    for title in (
        "Check-ins: mood",
        "Sleep diary",
        "Stress log",
        "My plan",
        "Exercises",
        "Self-checks",
    ):
        assert title in text
    squeezed = "".join(text.split())
    assert not any("".join(body.split()) in squeezed for body in bodies)
    assert notes
    assert not any("".join(note.split()) in squeezed for note in notes)
    assert "Journal entries I chose" not in text


def test_notes_come_only_with_notes_and_sections_only_as_named(demo, tmp_path):
    data, bodies, notes = demo
    out = tmp_path / "stress.pdf"
    first = (date.today() - timedelta(days=90)).isoformat()
    result = run(
        data, "--passphrase-stdin", "--out", str(out), "--include", "stress,notes", "--from", first
    )
    assert result.returncode == 0, result.stderr
    text = pdf_text(out)
    assert "Stress log" in text
    assert "Sleep diary" not in text
    assert "Check-ins: mood" not in text
    squeezed = "".join(text.split())
    assert notes
    assert any("".join(note.split()) in squeezed for note in notes)
    assert not any(body in text for body in bodies)


@pytest.mark.parametrize(
    ("args", "code", "words"),
    [
        (("--include", "journal"), 2, "unknown section journal"),
        (("--include", "notes"), 2, "name some too"),
        (("--from", "2026-13-01"), 2, "is not a date"),
        (("--from", "2026-03-10", "--to", "2026-03-01"), 2, "first day is after the last"),
        (("--from", "2020-01-01", "--to", "2026-01-01"), 2, "at most 400 days"),
    ],
)
def test_wrong_arguments_are_refused_before_the_passphrase(demo, tmp_path, args, code, words):
    data, _, _ = demo
    result = run(data, "--passphrase-stdin", "--out", str(tmp_path / "x.pdf"), *args, stdin="")
    assert result.returncode == code
    assert words in result.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_exit_codes_for_places_passphrases_and_missing_journals(demo, tmp_path):
    data, _, _ = demo
    out = tmp_path / "summary.pdf"
    out.write_bytes(b"keep me")
    taken = run(data, "--passphrase-stdin", "--out", str(out), "--include", "plan")
    assert taken.returncode == 1
    assert "--force" in taken.stderr
    assert out.read_bytes() == b"keep me"
    forced = run(data, "--passphrase-stdin", "--out", str(out), "--include", "plan", "--force")
    assert forced.returncode == 0
    assert out.read_bytes().startswith(b"%PDF")
    inside = run(data, "--passphrase-stdin", "--out", str(data / "summary.pdf"))
    assert inside.returncode == 1
    assert "inside the journal's own data folder" in inside.stderr
    assert not (data / "summary.pdf").exists()
    nowhere = run(data, "--passphrase-stdin", "--out", str(tmp_path / "no" / "such.pdf"))
    assert nowhere.returncode == 2  # usage, as for export, backup and crisis-card
    assert "does not exist" in nowhere.stderr
    wrong = run(data, "--passphrase-stdin", "--out", str(tmp_path / "w.pdf"), stdin="wrong\n")
    assert wrong.returncode == 3
    assert not (tmp_path / "w.pdf").exists()
    missing = run(tmp_path / "nothing", "--passphrase-stdin", "--out", str(tmp_path / "m.pdf"))
    assert missing.returncode == 4
    usage = run(data, "--passphrase-stdin")
    assert usage.returncode == 2
    assert "--out" in usage.stderr
