"""``wellness-journal crisis-card``: the pocket card as a one-page PDF, headless, with the exit
codes of the other commands. The PDF's text is read back with pypdf."""

from __future__ import annotations

import subprocess
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.program import run_program
from wellness_journal.core.safety_plan import PlanItem, PlanSection
from wellness_journal.services.preferences import Preferences
from wellness_journal.services.safety_plan import SafetyPlanService
from wellness_journal.storage.keyslots import KdfParams
from wellness_journal.storage.paths import AppPaths
from wellness_journal.storage.vault import Vault

PASS = "correct horse battery staple"
pytestmark = pytest.mark.slow


def run(data: Path, *args: str, stdin: str = PASS + "\n") -> subprocess.CompletedProcess[str]:
    return run_program(data, *args, stdin=stdin, headless=True)


def card(
    data: Path, out: Path, *more: str, stdin: str = PASS + "\n"
) -> subprocess.CompletedProcess[str]:
    return run(data, "crisis-card", "--passphrase-stdin", "--out", str(out), *more, stdin=stdin)


def pdf_text(path: Path) -> str:
    reader = PdfReader(str(path))
    assert len(reader.pages) == 1
    text = "\n".join(page.extract_text() for page in reader.pages)
    text = unicodedata.normalize("NFKC", text)  # ligatures (ﬃ) back to letters
    return " ".join(text.split())  # Qt places words apart: pypdf reads tabs between them


@pytest.fixture
def data(tmp_path: Path) -> Path:
    paths = AppPaths.for_dir(tmp_path / "vault")
    Vault.create(paths, PASS, kdf=KdfParams.fast_for_tests()).vault.close()
    return paths.data_dir


def with_plan(data: Path) -> None:
    vault = Vault.open_with_secret(AppPaths.for_dir(data), PASS)
    try:
        SafetyPlanService(vault.db).save(
            {
                PlanSection.WARNING_SIGNS: [PlanItem("Replaying the call at night")],
                PlanSection.PEOPLE: [PlanItem("Sam R.: Call 555-0142", "c-sam")],
                PlanSection.SAFER_SURROUNDINGS: [PlanItem("Handgun stays at Ed's for now")],
                PlanSection.REASONS_FOR_LIVING: [PlanItem("Maya and Leo")],
            }
        )
    finally:
        vault.close()


def test_the_card_holds_the_plan_and_the_crisis_lines(data: Path, tmp_path: Path):
    with_plan(data)
    out = tmp_path / "out" / "card.pdf"
    out.parent.mkdir()
    result = card(data, out)
    assert result.returncode == 0, result.stderr
    assert "NOT encrypted" in result.stderr
    assert "the safety plan and 3 crisis line(s)" in result.stdout
    assert out.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in out.parent.iterdir()] == ["card.pdf"]  # no temporary file left
    text = pdf_text(out)
    for words in (
        "My safety plan",
        "My warning signs",
        "Replaying the call at night",
        "People I can ask for help",
        "Sam R.: Call 555-0142",
        "Making my surroundings safer",
        "Handgun stays at Ed's for now",
        "My reasons for living",
        "Maya and Leo",
        "988 Suicide & Crisis Lifeline",
        "1-800-267-5463",
        "Text HOME to 741741",
        "In danger right now: call 911.",
    ):
        assert words in text, words
    assert "Things I can do on my own" not in text  # an empty section is left out


def test_with_no_plan_the_card_has_the_crisis_lines_alone(data: Path, tmp_path: Path):
    out = tmp_path / "lines.pdf"
    result = card(data, out)
    assert result.returncode == 0, result.stderr
    assert "no safety plan yet" in result.stdout
    text = pdf_text(out)
    assert "Copline" in text
    assert "call 911" in text
    assert "My warning signs" not in text
    assert "My safety plan" not in text


def test_the_card_follows_the_region(data: Path, tmp_path: Path):
    Preferences(AppPaths.for_dir(data)).set_region("au")
    out = tmp_path / "au.pdf"
    assert card(data, out).returncode == 0
    assert "call 000." in pdf_text(out)
    width, height = (float(v) for v in PdfReader(str(out)).pages[0].mediabox[2:])
    assert (round(width), round(height)) == (595, 842)  # A4 outside North America


def test_exit_codes(data: Path, tmp_path: Path):
    out = tmp_path / "card.pdf"
    assert card(data, out, stdin="wrong passphrase\n").returncode == 3
    assert not out.exists()
    assert card(tmp_path / "nothing-here", out).returncode == 4
    assert run(data, "crisis-card", "--passphrase-stdin").returncode == 2  # no --out
    inside = data / "card.pdf"
    refused = card(data, inside)
    assert refused.returncode == 1
    assert "inside the journal's own data folder" in refused.stderr
    assert not inside.exists()
    out.write_bytes(b"mine")
    taken = card(data, out)
    assert taken.returncode == 1
    assert "--force" in taken.stderr
    assert out.read_bytes() == b"mine"
    assert card(data, out, "--force").returncode == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert card(data, tmp_path).returncode == 2  # a folder: usage, as for export and backup
    assert card(data, tmp_path / "no-such-folder" / "card.pdf").returncode == 2
