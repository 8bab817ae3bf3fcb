"""Get support (F1) and Lock (Ctrl+L) work whatever is open: every form and every exercise opens
over its page (a sheet), so the sidebar's keys reach it; the few windows that still hold the
keyboard (Settings' export window, a question) pass both keys on. Locking keeps what was typed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLabel

from tests.conftest import PASSPHRASE
from tests.fakes import FakeNow
from tests.ui.helpers import all_app_texts, on_screen_texts, open_sheet_of, taken_down, when_modal
from wellness_journal.core.exercises import EXERCISES
from wellness_journal.core.incidents import Incident, Step
from wellness_journal.services.today import TodayServices
from wellness_journal.storage.vault import Vault

TYPED = "words typed before the key"


def press(qtbot: Any, keys: str) -> None:
    """Press ``keys`` where the keyboard is (the focused widget, or the active window)."""
    target = (
        QApplication.focusWidget()
        or QApplication.activeModalWidget()
        or QApplication.activeWindow()
    )
    assert target is not None
    key = Qt.Key.Key_F1 if keys == "F1" else Qt.Key.Key_L
    modifier = Qt.KeyboardModifier.ControlModifier if keys == "Ctrl+L" else Qt.KeyboardModifier(0)
    QTest.keyClick(target, key, modifier)
    qtbot.wait(10)


@pytest.fixture
def shell(unlocked_shell, qtbot):  # type: ignore[no-untyped-def]
    shell = unlocked_shell
    shell.activateWindow()
    qtbot.waitUntil(shell.isActiveWindow)
    return shell


def _page(shell: Any, page_id: str) -> Any:
    shell.main_area.show_page(page_id)
    return shell.main_area.page(page_id)


def opened(kind: type) -> Any:
    """The form of ``kind`` just opened: over its page, or (were it a window) the window."""
    modal = QApplication.activeModalWidget()
    return open_sheet_of(kind) or (modal if isinstance(modal, kind) else None)


def shows_support(shell: Any) -> bool:
    """The crisis lines and the emergency number are on screen."""
    texts = [label.text() for label in shell.main_area.findChildren(QLabel) if label.isVisible()]
    return "Crisis and peer-support lines" in texts and any("call 911" in t for t in texts)


def close_support_panel(shell: Any) -> None:
    from wellness_journal.ui.support.support_now import SupportNowPanel

    panel = open_sheet_of(SupportNowPanel)
    if panel is not None:
        panel.close_button.click()


# Each opener shows a form over its page and returns it, with TYPED typed into it where it has
# a place for words. ``kept`` says how the words come back after Ctrl+L and unlocking.


def sleep_form(shell: Any) -> QDialog:
    from wellness_journal.ui.today.sleep_dialog import SleepDialog

    _page(shell, "today").forms.sleep()
    form = opened(SleepDialog)
    form.more.note.setText(TYPED)
    return form


def stress_form(shell: Any) -> QDialog:
    from wellness_journal.ui.today.stress_dialog import StressDialog

    _page(shell, "today").forms.stress()
    form = opened(StressDialog)
    form.note.setText(TYPED)
    return form


def incident_form(shell: Any) -> QDialog:
    from wellness_journal.ui.today.incident_dialogs import IncidentDialog

    _page(shell, "today").forms.incident()
    form = opened(IncidentDialog)
    form.note.setPlainText(TYPED)
    return form


def follow_up_form(shell: Any) -> QDialog:
    from wellness_journal.ui.today.followup_dialog import FollowUpDialog

    now = FakeNow(datetime.now().astimezone())
    shell.session.today = TodayServices(shell.session.db, now=now)
    incident, _ = shell.session.today.incidents.save(
        Incident(None, "", now.value.date() - timedelta(days=3), "other")
    )
    _page(shell, "today").forms.follow_up(incident, Step.DAY3)
    form = opened(FollowUpDialog)
    form.answers["sleep"].set_value(2)
    return form


def trigger_list(shell: Any) -> QDialog:
    from wellness_journal.ui.today.list_editor import ListEditDialog

    stress_form(shell)._on_edit_triggers()  # a list editor over the stress form
    form = opened(ListEditDialog)
    form.text.appendPlainText(TYPED)
    return form


def shift_list(shell: Any) -> QDialog:
    from wellness_journal.ui.today.list_editor import ListEditDialog

    _page(shell, "today")._on_edit_shifts()
    form = opened(ListEditDialog)
    form.text.appendPlainText(TYPED)
    return form


def sleep_diary(shell: Any) -> QDialog:
    from wellness_journal.ui.today.history import LogDialog

    _page(shell, "today").forms.sleep_diary()
    return opened(LogDialog)


def stress_log(shell: Any) -> QDialog:
    from wellness_journal.ui.today.history import LogDialog

    _page(shell, "today").forms.stress_log()
    return opened(LogDialog)


def contact_form(shell: Any) -> QDialog:
    from wellness_journal.ui.support.contact_dialog import ContactDialog

    _page(shell, "toolbox")  # opened from elsewhere first: F1 must show the page on top
    _page(shell, "support").add_person_button.click()
    form = opened(ContactDialog)
    form.name.setText(TYPED)
    return form


def backfill_checkin(shell: Any) -> QDialog:
    """A check-in for yesterday, from the calendar."""
    from wellness_journal.ui.calendar.checkin_form import CheckinForm

    yesterday = datetime.now().astimezone().date() - timedelta(days=1)
    _page(shell, "today").forms.checkin(yesterday)
    form = opened(CheckinForm)
    form.card.mood.set_value(3)
    form.card.note.setText(TYPED)
    return form


def calendar(shell: Any) -> QDialog:
    from wellness_journal.ui.calendar.sheet import CalendarSheet, open_calendar

    open_calendar(shell.ctx, _page(shell, "trends"))
    return opened(CalendarSheet)


def prompts_list(shell: Any) -> QDialog:
    from wellness_journal.ui.journal.prompts_dialog import PromptsDialog

    _page(shell, "journal")._on_manage_prompts()
    return opened(PromptsDialog)


def prompt_form(shell: Any) -> QDialog:
    from wellness_journal.ui.journal.prompts_dialog import PromptDialog

    prompts_list(shell).add_button.click()
    form = opened(PromptDialog)
    form.title.setText(TYPED)
    return form


FORMS: dict[str, Callable[[Any], QDialog]] = {
    "sleep": sleep_form,
    "stress": stress_form,
    "incident": incident_form,
    "follow-up": follow_up_form,
    "stress triggers": trigger_list,
    "shifts": shift_list,
    "sleep diary": sleep_diary,
    "stress log": stress_log,
    "contact": contact_form,
    "prompts": prompts_list,
    "prompt": prompt_form,
    "checkin for another day": backfill_checkin,
    "calendar": calendar,
}
KEEPS_WORDS = {
    "sleep",
    "stress",
    "incident",
    "contact",
    "prompt",
    "stress triggers",
    "shifts",
    "checkin for another day",
}


def came_back(shell: Any, name: str) -> bool:
    """After unlocking: is what was typed in form ``name`` still there?"""
    session = shell.session
    if name in ("stress triggers", "shifts"):  # a list being edited is saved on lock
        saved = (
            session.today.stress.triggers()
            if name == "stress triggers"
            else (session.today.checkins.shifts())
        )
        return TYPED in saved
    slot = {"checkin for another day": "checkin"}.get(name, name)
    return TYPED in str(session.today.drafts.get(slot))


@pytest.mark.parametrize("name", list(FORMS))
def test_f1_and_ctrl_l_work_while_a_form_is_open(shell, qtbot, paths, name):
    form = FORMS[name](shell)
    page = shell.main_area.current_page()
    assert form.isVisible()
    assert QApplication.activeModalWidget() is None  # nothing holds the keyboard
    form.setFocus()

    press(qtbot, "F1")
    assert shell.main_area.current_page_id() == "support"
    assert shows_support(shell)
    assert not form.isVisible()  # support is on top; the form waits

    shell.main_area.show_page(page.page_id)
    close_support_panel(shell)  # (over the Support page's own form)
    assert form.isVisible()  # just as it was left
    form.setFocus()
    press(qtbot, "Ctrl+L")
    assert shell.session is None
    assert not any(TYPED in text for text in on_screen_texts())  # off the screen at once
    taken_down(qtbot, shell)  # and gone from the window a few passes later
    assert not any(TYPED in text for text in all_app_texts())

    shell.open_session(Vault.open_with_secret(paths, PASSPHRASE))
    if name in KEEPS_WORDS:
        assert came_back(shell, name)


@pytest.mark.parametrize("exercise_id", [ex.id for ex in EXERCISES])
def test_f1_and_ctrl_l_work_during_every_exercise(shell, qtbot, exercise_id):
    from wellness_journal.ui.toolbox.exercise_dialog import Step as ExerciseStep

    page = _page(shell, "toolbox")
    page.start(exercise_id)
    exercise = page.last_dialog
    exercise.before.start_button.click()
    assert exercise.step is ExerciseStep.RUN
    exercise.setFocus()

    press(qtbot, "F1")
    assert shell.main_area.current_page_id() == "support"
    assert shows_support(shell)
    assert not exercise.isVisible()
    if exercise.panel is not None:
        assert not exercise.panel.driver.running  # paused while you are away
    assert exercise.running  # still there, waiting

    shell.main_area.show_page("toolbox")
    assert exercise.isVisible()
    press(qtbot, "Ctrl+L")
    assert shell.session is None
    shell.open_session(Vault.open_with_secret(shell.paths, PASSPHRASE))
    (saved,) = shell.session.coping.sessions()
    assert (saved.exercise_id, saved.outcome.value) == (exercise_id, "stopped")


def test_f1_over_a_window_that_holds_the_keyboard_opens_support_on_top(shell, qtbot):
    from wellness_journal.ui.settings.export_dialog import ExportDialog
    from wellness_journal.ui.support.support_now import SupportNowPanel

    seen: list[str] = []

    def in_export(dialog: QDialog) -> None:
        try:
            check_keys(dialog)
        finally:
            if dialog.isVisible():  # never leave the test waiting on the window
                dialog.reject()

    def check_keys(dialog: QDialog) -> None:
        press(qtbot, "F1")
        support = QApplication.activeModalWidget()
        assert isinstance(support, SupportNowPanel)
        texts = " ".join(all_app_texts())
        assert "Crisis and peer-support lines" in texts
        assert "If you are in danger right now, call 911." in texts
        seen.append("support")
        support.close()
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialog)
        press(qtbot, "Ctrl+L")
        seen.append("lock")

    when_modal(in_export, of_type=ExportDialog)
    _page(shell, "settings")._on_export()
    assert seen == ["support", "lock"]
    assert shell.session is None
    assert QApplication.activeModalWidget() is None
