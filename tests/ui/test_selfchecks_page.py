"""The Self-checks page as a person uses it, by keyboard: one question per screen with its recall
period above it, number keys answer, Backspace goes back, a skipped question means no total, and
the result: score, band, change, "this is not a diagnosis", a next step, and the support card at
once when PHQ-9 item 9 is above 0, whatever the total."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from tests.conftest import PASSPHRASE
from tests.fakes import FakeNow
from tests.ui.helpers import visible_texts
from tests.ui.today_modal import when_modal_opens
from wellness_journal.core.incidents import Incident
from wellness_journal.core.models import ContactKind, SupportContact
from wellness_journal.core.selfchecks import Instrument, Sex
from wellness_journal.services.selfchecks import SelfChecksService
from wellness_journal.storage.repositories import selfchecks as repo
from wellness_journal.storage.vault import Vault
from wellness_journal.ui.selfchecks import result as result_module
from wellness_journal.ui.selfchecks.credits import CreditsDialog
from wellness_journal.ui.selfchecks.page import SelfChecksPage

TZ = ZoneInfo("America/Chicago")
PHQ_NOTICE = (
    "Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, "
    "with an educational grant from Pfizer Inc. No permission required to reproduce, "
    "translate, display or distribute."
)
DIGIT = {n: getattr(Qt.Key, f"Key_{n}") for n in range(10)}


@pytest.fixture
def now() -> FakeNow:
    return FakeNow(datetime(2024, 6, 3, 21, 15, tzinfo=TZ))


@pytest.fixture
def shell(unlocked_shell, now):  # type: ignore[no-untyped-def]
    session = unlocked_shell.session
    session.selfchecks = SelfChecksService(session.db, now)
    session.contacts.save(
        SupportContact(None, "", ContactKind.PERSONAL, "Sam R.", "peer supporter", "555-0142")
    )
    unlocked_shell.activateWindow()
    return unlocked_shell


def open_page(shell, qtbot) -> SelfChecksPage:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(shell.isActiveWindow, timeout=5000)
    qtbot.keyClick(shell.main_area, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    page = shell.main_area.current_page()
    assert isinstance(page, SelfChecksPage)
    return page


def key(qtbot, *keys: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    """Press each key on whatever has the focus, as a person would."""
    for k in keys:
        target = QApplication.focusWidget()
        assert target is not None, "nothing has the keyboard focus"
        qtbot.keyClick(target, k)


def answer(qtbot, *values: int) -> None:  # type: ignore[no-untyped-def]
    key(qtbot, *(DIGIT[v] for v in values))


def shown(page: SelfChecksPage) -> str:
    return "\n".join(t for t in visible_texts(page.stack.currentWidget()) if t)


def labels_of(widget) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(
        w.text() for w in widget.findChildren(QLabel) if w.isVisibleTo(widget) and w.text()
    )


def start(page: SelfChecksPage, qtbot, instrument: Instrument) -> None:  # type: ignore[no-untyped-def]
    page.overview.cards[instrument].start_button.setFocus()
    key(qtbot, Qt.Key.Key_Return)  # the introduction
    assert page.showing() == "question"
    assert page.flow.currentIndex() == 0
    key(qtbot, Qt.Key.Key_Return)  # Start


def test_a_phq9_by_keyboard_with_item_9_above_0_shows_support_at_once(shell, qtbot, monkeypatch):
    asked: list[object] = []
    real = result_module.support_now_view

    def spy(ctx, parent=None):  # type: ignore[no-untyped-def]
        asked.append(ctx)
        return real(ctx, parent)

    monkeypatch.setattr(result_module, "support_now_view", spy)
    page = open_page(shell, qtbot)
    key(qtbot, Qt.Key.Key_Return)  # nothing due: Enter starts the PHQ-9
    assert "Over the last 2 weeks" in shown(page)
    key(qtbot, Qt.Key.Key_Return)
    for number in range(1, 10):
        assert page.flow.choice.counter.text() == f"Question {number} of 9"
        # the recall period above every question
        assert page.flow.choice.stem.text() == (
            "Over the last 2 weeks, how often have you been bothered by any of the following "
            "problems?"
        )
        answer(qtbot, 1 if number == 9 else 0)  # a total of 1: "minimal"
    assert page.showing() == "result"
    view = page.result
    assert view is not None
    assert asked == [shell.ctx]  # the one call site for the support-now panel
    assert view.support_now is not None
    assert view.support_now.isVisible()
    support = labels_of(view.support_now)
    assert "You don't have to carry this alone" in support
    assert "Sam R." in support  # the person's own people
    assert "988" in support
    assert "call 911" in support
    # the support comes first, above the score
    assert view.support_now.geometry().top() < view.total.mapTo(view, QPoint(0, 0)).y()
    assert view.total.text() == "1"
    assert "Minimal range (0 to 4)" in view.band.text()
    assert "This is not a diagnosis." in shown(page)
    (stored,) = repo.list_all(shell.session.db)
    assert stored.answers == (0, 0, 0, 0, 0, 0, 0, 0, 1)
    assert stored.instrument is Instrument.PHQ9
    # with the safety plan: no plan yet, so a way to make one
    plan = view.support_now.plan_button
    assert plan is not None
    assert plan.text().replace("&", "") == "Make a safety plan"
    plan.click()
    assert shell.main_area.current_page_id() == "safety-plan"


def test_without_item_9_there_is_no_support_card(shell, qtbot):
    page = open_page(shell, qtbot)
    start(page, qtbot, Instrument.PHQ9)
    answer(qtbot, 3, 3, 2, 2, 1, 1, 0, 0, 0)  # 12: moderate
    view = page.result
    assert view is not None
    assert view.support_now is None
    assert view.total.text() == "12"
    assert view.band.text() == "Moderate range (10 to 14)"
    text = shown(page)
    assert "Talking to a peer supporter or counselor could help." in text
    assert "Sam R." in text
    assert "Read: peer support and counseling" in text


def test_backspace_goes_back_and_keeps_the_answer(shell, qtbot):
    page = open_page(shell, qtbot)
    start(page, qtbot, Instrument.GAD7)
    answer(qtbot, 2)
    assert page.flow.choice.counter.text() == "Question 2 of 7"
    key(qtbot, Qt.Key.Key_Backspace)
    assert page.flow.choice.counter.text() == "Question 1 of 7"
    assert page.flow.choice.buttons[2].isChecked()
    answer(qtbot, 1, 0, 0, 0, 0, 0, 0)
    (stored,) = repo.list_all(shell.session.db)
    assert stored.answers == (1, 0, 0, 0, 0, 0, 0)


def test_a_skipped_question_means_no_total_said_plainly(shell, qtbot):
    page = open_page(shell, qtbot)
    start(page, qtbot, Instrument.WHO5)
    answer(qtbot, 3, 3)
    page.flow.skip_button.click()
    answer(qtbot, 3, 3)
    view = page.result
    assert view is not None
    assert view.total.text() == "—"
    assert "You skipped question 3, so there is no total this time." in view.meaning.text()
    (stored,) = repo.list_all(shell.session.db)
    assert stored.answers == (3, 3, None, 3, 3)


def test_who5_times_4_and_the_change_that_counts(shell, qtbot, now):
    shell.session.selfchecks.save(Instrument.WHO5, [2, 2, 2, 2, 3])  # 44
    now.value += timedelta(days=14)
    page = open_page(shell, qtbot)
    start(page, qtbot, Instrument.WHO5)
    answer(qtbot, 3, 3, 3, 2, 3)  # 14 x 4 = 56
    view = page.result
    assert view is not None
    assert view.total.text() == "56"
    assert view.out_of.text() == "out of 100 (14 × 4)"
    assert "Above 50" in view.band.text()
    assert "Last time (Mon 3 Jun): 44. This time 12 points higher" in view.change.text()
    assert "10 points or more" in view.change.text()
    assert "this one is." in view.change.text()


def test_pcl5_clusters_and_its_provisional_cut_off(shell, qtbot):
    page = open_page(shell, qtbot)
    start(page, qtbot, Instrument.PCL5)
    assert page.flow.choice.stem.text() == "In the past month, how much were you bothered by:"
    answer(qtbot, *([2] * 20))  # 40
    view = page.result
    assert view is not None
    assert view.total.text() == "40"
    text = shown(page)
    assert "31 to 33" in text
    assert "Avoiding reminders: 4 of 8" in text
    assert "Thoughts and mood: 14 of 28" in text
    assert "Read: after a critical incident" in text


def test_audit_c_asks_which_cut_off_and_prefer_not_to_say_shows_both(shell, qtbot):
    page = open_page(shell, qtbot)
    start(page, qtbot, Instrument.AUDITC)
    assert page.flow.choice.stem.text() == "About the past year"
    answer(qtbot, 1, 1, 1)  # 3
    assert page.flow.choice.text.text() == "Which cut-off should your result use?"
    answer(qtbot, 3)  # prefer not to say
    view = page.result
    assert view is not None
    assert view.total.text() == "3"
    assert view.band.text() == "At the cut-off for women, below the one for men"
    assert "The cut-off is 3 for women and 4 for men." in view.meaning.text()
    assert "Read: alcohol" in shown(page)
    (stored,) = repo.list_all(shell.session.db)
    assert stored.sex is Sex.UNSPECIFIED


def test_audit_c_ends_after_never(shell, qtbot):
    page = open_page(shell, qtbot)
    start(page, qtbot, Instrument.AUDITC)
    answer(qtbot, 0)
    view = page.result
    assert view is not None
    assert view.total.text() == "0"
    (stored,) = repo.list_all(shell.session.db)
    assert stored.answers == (0, 0, 0)


def test_a_phq2_of_3_or_more_offers_the_phq9(shell, qtbot):
    page = open_page(shell, qtbot)
    start(page, qtbot, Instrument.PHQ2)
    answer(qtbot, 2, 2)
    view = page.result
    assert view is not None
    assert view.steps.phq9_button is not None
    view.steps.phq9_button.click()
    assert page.showing() == "question"
    assert page.flow.instrument is Instrument.PHQ9


def test_the_alcohol_guide_links_to_the_audit_c(shell, qtbot):
    area = shell.main_area
    area.show_page("learn/alcohol")
    learn = area.current_page()
    assert "app:selfchecks/audit-c" in learn.view.link_targets()
    assert area.open_target("selfchecks/audit-c")
    page = area.current_page()
    assert isinstance(page, SelfChecksPage)
    assert page.flow.instrument is Instrument.AUDITC
    assert not area.open_target("selfchecks/isi")


def test_words_never_call_it_a_diagnosis_or_a_screen(shell, qtbot):
    page = open_page(shell, qtbot)
    start(page, qtbot, Instrument.PHQ9)
    answer(qtbot, 3, 3, 3, 3, 3, 3, 3, 3, 1)
    texts = visible_texts(page)
    with when_modal_opens(CreditsDialog, lambda d: texts.extend(visible_texts(d)) or d.reject()):
        page.show_credits()
    joined = "\n".join(texts).lower()
    assert joined.count("diagnosis") == joined.count("not a diagnosis") > 0
    for word in ("positive", "negative", "screen "):
        assert word not in joined, word


def test_credits_from_settings_show_each_owners_notice(shell, qtbot):
    shell.main_area.show_page("settings")
    settings = shell.main_area.current_page()
    seen: list[str] = []

    def read(dialog: CreditsDialog) -> None:
        seen.extend(visible_texts(dialog))
        dialog.reject()

    with when_modal_opens(CreditsDialog, read):
        settings.credits_button.click()
    text = "\n".join(seen)
    assert PHQ_NOTICE in text
    assert "National Center for PTSD" in text
    assert "Psychiatric Centre North Zealand" in text
    assert "AUDIT-C" in text


def test_reminders_only_when_asked_and_a_due_line_on_today(shell, qtbot):
    today = shell.main_area.page("today")
    today.refresh()
    assert not [t for t in visible_texts(today) if "reminder you asked for" in t]
    page = open_page(shell, qtbot)
    page.overview.cards[Instrument.GAD7].reminder.setCurrentIndex(1)  # every 2 weeks
    assert shell.session.selfchecks.reminders() == {Instrument.GAD7: 14}
    assert "A reminder you asked for: Worry and nerves (GAD-7), every 2 weeks." in shown(page)
    shell.main_area.show_page("today")
    QApplication.processEvents()
    line = "A reminder you asked for: Worry and nerves (GAD-7), every 2 weeks."
    assert line in visible_texts(today)
    go = next(b for b in today.findChildren(QPushButton) if b.accessibleName() == "Take the GAD-7")
    go.click()
    assert shell.main_area.current_page_id() == "selfchecks"
    assert page.flow.instrument is Instrument.GAD7


def test_pcl5_offered_at_week_4_after_an_incident(shell, qtbot, now):
    session = shell.session
    session.today.incidents.save(
        Incident(None, "", date.today() - timedelta(days=30), "serious crash", "first on scene")
    )
    session.selfchecks = SelfChecksService(session.db, lambda: datetime.now(TZ))
    today = shell.main_area.page("today")
    shell.main_area.show_page("today")
    today.refresh()
    QApplication.processEvents()
    longer = next(b for b in today.findChildren(QPushButton) if b.text() == "Longer check (PCL-5)")
    longer.click()
    page = shell.main_area.current_page()
    assert isinstance(page, SelfChecksPage)
    assert page.flow.instrument is Instrument.PCL5
    assert "It is week 4 since the critical incident" in "\n".join(visible_texts(page.overview))


def test_a_self_check_left_part_way_comes_back_after_lock(shell, qtbot, paths, now):
    page = open_page(shell, qtbot)
    start(page, qtbot, Instrument.GAD7)
    answer(qtbot, 2, 1, 3)
    assert shell.lock()
    # The old page widgets go at the next turn of the main loop, as they would in the app.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    shell.open_session(Vault.open_with_secret(paths, PASSPHRASE))
    shell.session.selfchecks = SelfChecksService(shell.session.db, now)
    shell.activateWindow()
    page = open_page(shell, qtbot)
    assert "part-way through the Worry and nerves (GAD-7)" in shown(page)
    go = next(b for b in page.overview.findChildren(QPushButton) if b.text() == "Continue")
    go.click()
    assert page.flow.choice.counter.text() == "Question 4 of 7"
    answer(qtbot, 0, 0, 0, 0)
    (stored,) = repo.list_all(shell.session.db)
    assert stored.answers == (2, 1, 3, 0, 0, 0, 0)
    assert shell.session.selfchecks.draft() is None


def test_a_note_typed_on_the_result_is_kept_on_lock(shell, qtbot, paths):
    page = open_page(shell, qtbot)
    start(page, qtbot, Instrument.PHQ2)
    answer(qtbot, 0, 1)
    view = page.result
    assert view is not None
    qtbot.keyClicks(view.note, "after the court week")
    assert shell.lock()
    session_db = Vault.open_with_secret(paths, PASSPHRASE)
    try:
        (stored,) = repo.list_all(session_db.db)
    finally:
        session_db.close()
    assert stored.note == "after the court week"


def test_the_chart_link_opens_the_trends_section(shell, qtbot):
    shell.session.selfchecks = SelfChecksService(shell.session.db, lambda: datetime.now(TZ))
    page = open_page(shell, qtbot)
    start(page, qtbot, Instrument.PHQ2)
    answer(qtbot, 0, 1)
    assert page.result is not None
    page.result.chart_button.click()
    trends = shell.main_area.current_page()
    assert shell.main_area.current_page_id() == "trends"
    assert trends.section.id == "selfchecks"
    qtbot.waitUntil(lambda: not trends.pending, timeout=30_000)
    assert trends.cards["selfcheck-phq-2"].showing() == "chart"
    assert trends.cards["selfcheck-phq-9"].isHidden()
