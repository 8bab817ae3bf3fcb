"""The summary for a counselor, rendered from a demo vault and read back from the PDF (pypdf):
the chosen sections are there with the right figures, and no journal text, note or marker is in
it unless the person chose it.

The sleep figures are worked out here from the stored times with the Consensus Sleep Diary's
formulas (FACTS.md), not through ``core.sleep``: the PDF must agree with the diary's definition.
"""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.fakes import FakeNow
from wellness_journal import app
from wellness_journal.core.incidents import Incident
from wellness_journal.core.journal import Entry
from wellness_journal.core.localzone import system_zone
from wellness_journal.core.plan_goals import Goal, GoalKind
from wellness_journal.reports import summary, summary_pages
from wellness_journal.services.demo import DEMO_PASSPHRASE
from wellness_journal.services.journal import JournalService
from wellness_journal.services.report_data import ReportRequest, ReportSource
from wellness_journal.services.report_format import Words
from wellness_journal.storage.repositories import checkins as checkins_repo
from wellness_journal.storage.repositories import coping as coping_repo
from wellness_journal.storage.repositories import incidents as incidents_repo
from wellness_journal.storage.repositories import journal as journal_repo
from wellness_journal.storage.repositories import plan_goals as plan_repo
from wellness_journal.storage.repositories import selfchecks as selfchecks_repo
from wellness_journal.storage.repositories import sleep as sleep_repo
from wellness_journal.storage.repositories import stress as stress_repo
from wellness_journal.storage.vault import Vault

TODAY = date(2026, 11, 26)
FIRST = TODAY - timedelta(days=13)
MARK = "zqmarker"
ALL = tuple(b.id for b in summary.builders() if b.headless)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """A demo vault with a marker in every free-text field of the last two weeks."""
    paths = app.make_demo_vault(tmp_path_factory.mktemp("report") / "data", today=TODAY)
    vault = Vault.open_with_secret(paths, DEMO_PASSPHRASE)
    db = vault.db
    with db.transaction():
        for c in checkins_repo.between(db, FIRST, TODAY):
            checkins_repo.update(db, replace(c, note=f"{MARK}checkin{c.day.day}"), "x")
        for e in stress_repo.list_all(db):
            marked = replace(
                e, note=f"{MARK}stressnote", helped=f"{MARK}helped", trigger_text=f"{MARK}trigger"
            )
            stress_repo.update(db, marked, "x")
        for p in sleep_repo.list_all(db):
            sleep_repo.update(db, replace(p, note=f"{MARK}sleepnote"), "x")
        for i in incidents_repo.list_incidents(db):
            incidents_repo.update_incident(db, replace(i, note=f"{MARK}incident"), "x")
        for s in coping_repo.list_sessions(db):
            coping_repo.update_session(db, replace(s, note=f"{MARK}session"))
        for check in selfchecks_repo.list_all(db):
            selfchecks_repo.set_note(db, check.id, f"{MARK}selfcheck")
        incidents_repo.insert_incident(
            db, Incident(None, "in-range", TODAY - timedelta(days=2), "use of force"), "x"
        )
    saved, _ = JournalService(db).save(
        Entry(
            None,
            "picked",
            datetime.combine(TODAY - timedelta(days=1), time(21, 5)).astimezone(),
            title=f"{MARK}pickedtitle",
            body=f"First line {MARK}pickedbody\n\nSecond paragraph.",
            tags=("shift",),
        )
    )
    yield vault, saved.id
    vault.close()


def render(vault: Vault, qapp, **request: object) -> tuple[str, bytes]:  # type: ignore[no-untyped-def]
    wanted: dict[str, object] = {"sections": ALL, **request}
    zone = system_zone()
    now = FakeNow(datetime.combine(TODAY, time(18, 0)).astimezone(zone))
    source = ReportSource(vault.db, ReportRequest(FIRST, TODAY, **wanted), now=now, zone=zone)  # type: ignore[arg-type]
    report = summary.build_report(source)
    data = summary_pages.Layout(report).pdf_bytes()
    return pdf_text(data), data


def pdf_text(data: bytes) -> str:
    reader = PdfReader(BytesIO(data))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


KINDS = (
    "checkin",
    "stressnote",
    "helped",
    "trigger",
    "sleepnote",
    "incident",
    "session",
    "selfcheck",
    "pickedtitle",
    "pickedbody",
)


def markers(text: str) -> set[str]:
    """The markers in ``text``, also where a narrow column broke one across lines."""
    joined = "".join(text.split())
    found = {f"{MARK}{kind}" for kind in KINDS if f"{MARK}{kind}" in joined}
    assert joined.count(MARK) >= len(found)
    if not found:
        assert MARK not in joined
    return found


def test_the_chosen_sections_are_there_and_nothing_free_text_by_default(demo, qapp):
    vault, _ = demo
    text, _ = render(vault, qapp)
    for title in (
        "Check-ins: mood, stress and energy",
        "Sleep diary",
        "Stress log",
        "Critical incidents and the check-ins after them",
        "Exercises and what helped",
        "Self-checks",
        "My plan",
    ):
        assert title in text
    assert "18 November 2026 to 26 November 2026" not in text
    assert "13 November 2026 to 26 November 2026 (14 days)" in text
    assert markers(text) == set()
    assert "Journal entries I chose" not in text
    for entry in journal_repo.iter_all(vault.db):  # not a word of the journal
        assert entry.body[:40] not in text
        if entry.title:
            assert entry.title not in text
    assert "Call Sam, my peer supporter, once a week" in text  # the plan's own words


def test_notes_are_in_only_when_chosen_and_the_journal_only_entry_by_entry(demo, qapp):
    vault, picked = demo
    text, _ = render(vault, qapp, notes=True)
    assert {
        f"{MARK}checkin",
        f"{MARK}stressnote",
        f"{MARK}helped",
        f"{MARK}trigger",
        f"{MARK}sleepnote",
        f"{MARK}incident",
        f"{MARK}session",
        f"{MARK}selfcheck",
    } <= markers(text)
    assert f"{MARK}pickedbody" not in text
    text, _ = render(vault, qapp, sections=("sleep", "journal"), journal_ids=(picked,))
    found = markers(text)
    assert found == {f"{MARK}pickedtitle", f"{MARK}pickedbody"}  # no notes: not asked for
    assert "Second paragraph." in text
    squeezed = "".join(text.split())
    others = [e for e in journal_repo.iter_all(vault.db) if e.id != picked and e.body]
    assert others
    assert not any("".join(e.body[:40].split()) in squeezed for e in others)  # only the picked
    assert "Stress log" not in text
    assert "Check-ins: mood" not in text


def test_only_the_chosen_sections_are_there(demo, qapp):
    vault, _ = demo
    text, _ = render(vault, qapp, sections=("stress",))
    assert "Stress log" in text
    for other in ("Sleep diary", "Check-ins: mood", "Critical incidents", "My plan", "Exercises"):
        assert other not in text
    assert "Use of force" not in text.split("What set it off")[0]  # the incident is not there


def _minutes(a: datetime, b: datetime) -> float:
    return (b - a).total_seconds() / 60


def test_the_sleep_figures_follow_the_consensus_sleep_diary(demo, qapp):
    vault, _ = demo
    text, _ = render(vault, qapp, sections=("sleep",))
    words = Words()
    mains = []
    for p in sleep_repo.list_all(vault.db):
        if p.kind.value != "main" or not FIRST <= p.final_awakening.date() <= TODAY:
            continue
        tib = _minutes(p.into_bed, p.out_of_bed)
        tst = (
            tib
            - p.latency_min
            - p.waso_min
            - _minutes(p.final_awakening, p.out_of_bed)
            - _minutes(p.into_bed, p.tried_to_sleep)
        )
        mains.append((p, tib, tst))
        row = (
            f"{words.clock(p.into_bed)} {words.clock(p.tried_to_sleep)} "
            f"{words.clock(p.final_awakening)} {words.clock(p.out_of_bed)} "
            f"{words.hours_minutes(tib)} {words.hours_minutes(tst)} {p.latency_min} "
            f"{p.waso_min} {p.awakenings} {round(tst / tib * 100)}%"
        )
        assert row in text  # every night with its times and figures
    assert len(mains) >= 12
    n = len(mains)
    assert f"Main sleeps logged {n}" in text
    assert f"Average time in bed (TIB) {words.duration(sum(t for _, t, _ in mains) / n)}" in text
    assert f"Average total sleep (TST) {words.duration(sum(s for _, _, s in mains) / n)}" in text
    sol = sum(p.latency_min for p, _, _ in mains) / n
    assert f"Average minutes to fall asleep (SOL) {round(sol)}" in text
    assert "Sleep by shift" in text
    assert "Night" in text


def test_the_check_in_figures_are_those_of_the_days(demo, qapp):
    vault, _ = demo
    text, _ = render(vault, qapp, sections=("checkins",))
    days = checkins_repo.between(vault.db, FIRST, TODAY)
    assert f"Days checked in {len(days)} of 14" in text
    stress = [c.stress for c in days if c.stress is not None]
    line = f"average {sum(stress) / len(stress):.1f}, lowest {min(stress)}, highest {max(stress)}"
    assert f"Stress (0 calm – 10 worst) {line}" in text


def test_plan_progress_is_counted_per_week(demo, qapp):
    vault, _ = demo
    plan_repo.insert(
        vault.db,
        Goal(None, "check-all", GoalKind.CHECKIN, "Every single day", FIRST, TODAY),
        "x",
    )
    text, _ = render(vault, qapp, sections=("plan",))
    assert "Every single day" in text
    assert "check-ins; every day; from 13 Nov to 26 Nov" in text
    with vault.db.transaction():
        plan_repo.delete(vault.db, plan_repo.list_goals(vault.db)[-1])


def test_pages_have_the_header_page_numbers_and_vector_charts(demo, qapp):
    vault, _ = demo
    _, data = render(vault, qapp, sections=("checkins", "stress"))
    reader = PdfReader(BytesIO(data))
    count = len(reader.pages)
    assert count >= 2
    for number, page in enumerate(reader.pages, 1):
        text = " ".join(page.extract_text().split())
        assert f"Page {number} of {count}" in text
        assert "Prepared by the user; not a medical record" in text
        assert "13 Nov 2026 to 26 Nov 2026" in text
        resources = page.get("/Resources") or {}
        objects = resources.get("/XObject") or {}
        images = [o for o in objects.values() if o.get_object().get("/Subtype") == "/Image"]
        assert images == []  # the charts are paths, not pictures


def test_the_preview_pages_are_images_in_memory(demo, qapp, tmp_path, monkeypatch):
    vault, _ = demo
    monkeypatch.chdir(tmp_path)
    zone = system_zone()
    now = FakeNow(datetime.combine(TODAY, time(18, 0)).astimezone(zone))
    source = ReportSource(vault.db, ReportRequest(FIRST, TODAY, ("sleep",)), now=now, zone=zone)
    layout = summary_pages.Layout(summary.build_report(source, paper="a4"))
    image = layout.page_image(0, 72)
    assert (image.width(), image.height()) == (round(8.27 * 72), round(11.69 * 72))
    assert image.pixelColor(5, 5).name() == "#ffffff"
    assert not any(Path(tmp_path).iterdir())


def test_self_checks_show_scores_and_bands_never_the_answers(demo, qapp):
    vault, _ = demo
    text, _ = render(vault, qapp, sections=("self-checks",))
    assert "A self-check is not a diagnosis." in text
    taken = [c for c in selfchecks_repo.list_all(vault.db) if FIRST <= c.taken_at.date() <= TODAY]
    assert taken
    for check in taken:
        score = check.score()
        assert score.total is not None
        assert score.band is not None
        line = f"{check.instrument.value} {score.total} of {score.max_total} {score.band.value}"
        assert line in text
    assert "Item" not in text
    assert "question 9" not in text.lower()
