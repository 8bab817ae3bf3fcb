"""Back-filling a missed day from the month calendar (on Today and on Trends): check in, log
sleep or stress for a past day, back to the day the journal was created, and see what each day
holds."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from tests.conftest import PASSPHRASE
from tests.ui.helpers import open_sheet_of, visible_texts
from wellness_journal.core.checkin import Checkin
from wellness_journal.core.stress import StressEntry
from wellness_journal.storage.vault import Vault
from wellness_journal.ui.calendar.checkin_form import CheckinForm
from wellness_journal.ui.calendar.sheet import CalendarSheet, open_calendar
from wellness_journal.ui.today.form import py_date
from wellness_journal.ui.today.page import TodayPage
from wellness_journal.ui.today.sleep_dialog import SleepDialog
from wellness_journal.ui.today.stress_dialog import StressDialog

CREATED_DAYS_AGO = 40


@pytest.fixture
def shell(unlocked_shell):  # type: ignore[no-untyped-def]
    """The window on a journal created 40 days ago."""
    db = unlocked_shell.session.db
    created = datetime.now().astimezone() - timedelta(days=CREATED_DAYS_AGO)
    db.execute(
        "UPDATE schema_migrations SET applied_at = ? WHERE id = '0001_foundation'",
        (created.isoformat(timespec="seconds"),),
    )
    return unlocked_shell


def today() -> date:
    return datetime.now().astimezone().date()


def first_day() -> date:
    return today() - timedelta(days=CREATED_DAYS_AGO)


def today_page(shell) -> TodayPage:  # type: ignore[no-untyped-def]
    page = shell.main_area.page("today")
    assert isinstance(page, TodayPage)
    return page


def calendar_on(shell, page_id: str, qtbot) -> CalendarSheet:  # type: ignore[no-untyped-def]
    shell.main_area.show_page(page_id)
    page = shell.main_area.current_page()
    sheet = open_calendar(shell.ctx, page)
    qtbot.waitUntil(lambda: sheet.isVisible())
    return sheet


def relock(shell, paths) -> None:  # type: ignore[no-untyped-def]
    """Lock (the pages and their sheets are destroyed), then open the journal again."""
    assert shell.lock()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    shell.open_session(Vault.open_with_secret(paths, PASSPHRASE))


def cell_for(sheet: CalendarSheet, day: date):  # type: ignore[no-untyped-def]
    return next(c for c in sheet.month.cells if c.day == day)


def test_the_calendar_shows_what_each_day_holds(shell, qtbot):
    past = today() - timedelta(days=3)
    checkins = shell.session.today.checkins
    checkins.save(Checkin(None, "", past, mood=2, stress=7, energy=3))
    moment = datetime.combine(past, datetime.min.time()).astimezone().replace(hour=9)
    shell.session.today.stress.save(StressEntry(None, "", moment, 8))
    sheet = calendar_on(shell, "today", qtbot)
    sheet.month.choose(past)
    name = cell_for(sheet, past).accessibleName()
    assert "check-in" in name
    assert "1 stress entry" in name
    panel = " ".join(visible_texts(sheet.panel))
    assert "Checked in: Low mood, stress 7, energy 3" in panel
    assert "1 stress entry, highest 8" in panel
    assert "No sleep logged" in panel
    assert "Change this day's check-in" in panel
    empty = today() - timedelta(days=2)
    assert cell_for(sheet, empty).accessibleName().endswith("nothing logged")


def test_a_missed_day_gets_its_check_in_from_the_calendar(shell, qtbot):
    past = today() - timedelta(days=5)
    sheet = calendar_on(shell, "today", qtbot)
    sheet.month.choose(past)
    assert sheet.panel.checkin_button.text() == "Check in for this day"
    qtbot.mouseClick(sheet.panel.checkin_button, Qt.MouseButton.LeftButton)
    form = open_sheet_of(CheckinForm)
    assert form is not None
    assert form.day() == past
    assert "How were you on" in form.card.title_label.text()
    form.card.mood.set_value(4)
    form.card.stress.set_value(6)
    form.card.note.setText("missed it after a double")
    qtbot.keyClick(form.card.note, Qt.Key.Key_Return)
    saved = shell.session.today.checkins.for_day(past)
    assert saved is not None
    assert (saved.mood, saved.stress, saved.note) == (4, 6, "missed it after a double")
    assert shell.session.today.checkins.for_today() is None  # today's is untouched
    # Back on the calendar, the day shows its check-in at once.
    qtbot.waitUntil(lambda: open_sheet_of(CheckinForm) is None)
    assert "check-in" in cell_for(sheet, past).accessibleName()
    assert sheet.panel.checkin_button.text() == "Change this day's check-in"


def test_a_blank_back_filled_check_in_says_what_is_missing(shell, qtbot):
    past = today() - timedelta(days=1)
    shell.main_area.open_target(f"today/checkin/{past.isoformat()}")
    form = open_sheet_of(CheckinForm)
    form.card.save_button.click()
    assert form.isVisible()
    assert "choose a mood or a rating" in form.already.text()
    assert shell.session.today.checkins.for_day(past) is None


def test_stress_and_sleep_open_on_the_chosen_day(shell, qtbot):
    past = today() - timedelta(days=9)
    shell.main_area.open_target(f"today/stress/{past.isoformat()}")
    stress = open_sheet_of(StressDialog)
    assert py_date(stress.level.at.date()) == past
    qtbot.keyClicks(stress.suds, "7")
    stress.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    (entry,) = shell.session.today.stress.on_day(past)
    assert entry.suds == 7
    qtbot.waitUntil(lambda: open_sheet_of(StressDialog) is None)

    shell.main_area.open_target(f"today/sleep/{past.isoformat()}")
    sleep = open_sheet_of(SleepDialog)
    assert py_date(sleep.when.out_day.date()) == past
    sleep.reject()


def test_nothing_can_be_back_filled_before_the_journal_began(shell, qtbot):
    sheet = calendar_on(shell, "today", qtbot)
    sheet.month.choose(first_day() - timedelta(days=30))
    assert sheet.month.chosen == first_day()
    before = [c for c in sheet.month.cells if c.day < first_day()]
    assert all(not c.isEnabled() for c in before)
    after = [c for c in sheet.month.cells if c.day > today()]
    assert all(not c.isEnabled() for c in after)
    if first_day().replace(day=1) == sheet.month.month:
        assert not sheet.month.prev_button.isEnabled()
    shell.main_area.open_target(f"today/stress/{first_day().isoformat()}")
    stress = open_sheet_of(StressDialog)
    assert py_date(stress.level.at.minimumDate()) == first_day()
    assert py_date(stress.level.at.maximumDate()) == today()


def test_the_arrow_keys_move_through_the_days(shell, qtbot):
    sheet = calendar_on(shell, "today", qtbot)
    start = today() - timedelta(days=10)
    sheet.month.choose(start)
    sheet.month.focus_chosen()
    focused = cell_for(sheet, start)
    qtbot.keyClick(focused, Qt.Key.Key_Left)
    assert sheet.month.chosen == start - timedelta(days=1)
    qtbot.keyClick(cell_for(sheet, sheet.month.chosen), Qt.Key.Key_Up)
    assert sheet.month.chosen == start - timedelta(days=8)
    qtbot.keyClick(cell_for(sheet, sheet.month.chosen), Qt.Key.Key_Home)
    assert sheet.month.chosen == today()
    assert sheet.panel.day == today()


def test_from_trends_the_calendar_sends_the_form_to_today(shell, qtbot):
    past = today() - timedelta(days=4)
    sheet = calendar_on(shell, "trends", qtbot)
    sheet.month.choose(past)
    qtbot.mouseClick(sheet.panel.stress_button, Qt.MouseButton.LeftButton)
    assert shell.main_area.current_page_id() == "today"
    stress = open_sheet_of(StressDialog)
    assert py_date(stress.level.at.date()) == past
    stress.reject()


def test_locking_keeps_a_back_filled_check_in_and_its_day(shell, qtbot, paths):
    past = today() - timedelta(days=6)
    shell.main_area.open_target(f"today/checkin/{past.isoformat()}")
    form = open_sheet_of(CheckinForm)
    form.card.energy.set_value(2)
    form.card.note.setText("kept through the lock")
    relock(shell, paths)
    page = today_page(shell)
    shell.main_area.show_page("today")
    assert "a check-in for another day" in " ".join(visible_texts(page))
    page.forms.continue_draft("checkin")
    again = open_sheet_of(CheckinForm)
    assert again.day() == past
    assert again.card.note.text() == "kept through the lock"
    assert again.card.energy.value() == 2
    again.card.save_button.click()
    assert shell.session.today.checkins.for_day(past).note == "kept through the lock"


def test_locking_keeps_a_back_filled_stress_entry_on_its_day(shell, qtbot, paths):
    past = today() - timedelta(days=2)
    shell.main_area.open_target(f"today/stress/{past.isoformat()}")
    form = open_sheet_of(StressDialog)
    qtbot.keyClicks(form.suds, "6")
    relock(shell, paths)
    shell.main_area.show_page("today")
    today_page(shell).forms.continue_draft("stress")
    again = open_sheet_of(StressDialog)
    assert py_date(again.level.at.date()) == past
    again.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    (entry,) = shell.session.today.stress.on_day(past)
    assert entry.suds == 6
