"""The daily jobs after a night shift (issue 14, part 1): the main jobs at the top of Today and
one click or key away from anywhere, the keyboard where it is expected, a word after each save
or for what is missing, and no incident's kind on Today."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QDate, QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from tests.helpers import journal_made_days_ago
from tests.ui.helpers import open_sheet_of, visible_texts
from wellness_journal.core.incidents import Incident
from wellness_journal.services import demo
from wellness_journal.ui.journal.page import JournalPage
from wellness_journal.ui.today.incident_dialogs import IncidentDialog
from wellness_journal.ui.today.sleep_dialog import SleepDialog
from wellness_journal.ui.today.stress_dialog import StressDialog
from wellness_journal.ui.toolbox.exercise_dialog import ExerciseDialog, Step
from wellness_journal.ui.widgets.common import ScrollPage
from wellness_journal.ui.widgets.toast import Toast

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def shell(unlocked_shell, qtbot):  # type: ignore[no-untyped-def]
    shell = unlocked_shell
    shell.resize(1366, 690)  # a 1366x768 laptop, less the taskbar and the title bar
    shell.activateWindow()
    qtbot.waitUntil(shell.isActiveWindow)
    return shell


def today(shell: Any, qtbot: Any) -> Any:
    shell.main_area.show_page("today")
    page = shell.main_area.current_page()
    page.refresh()
    qtbot.wait(20)
    return page


def key(
    qtbot: Any, k: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """Press a key where the keyboard is, as a person would."""
    target = QApplication.focusWidget() or QApplication.activeWindow()
    assert target is not None
    QTest.keyClick(target, k, modifier)
    qtbot.wait(10)


def in_view(area: QScrollArea, widget: QWidget) -> bool:
    box = QRect(widget.mapTo(area.viewport(), QPoint(0, 0)), widget.size())
    return area.viewport().rect().contains(box)


def shown_toast(shell: Any) -> str:
    found = shell.findChild(Toast)
    return found.text() if found is not None and found.isVisible() else ""


# -- 1. Log stress: the keyboard starts on the rating; the date moves only on purpose -----------
def test_log_stress_starts_on_the_rating_and_keys_never_move_the_date(shell, qtbot):
    page = today(shell, qtbot)
    page.quick.stress.click()
    form = open_sheet_of(StressDialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.suds)
    when = form.level.at.dateTime()
    key(qtbot, Qt.Key.Key_7)
    assert form.suds.value() == 7
    key(qtbot, Qt.Key.Key_Up)
    key(qtbot, Qt.Key.Key_Down)
    assert form.level.at.dateTime() == when
    # The wheel over the date, on the way down the form, leaves it alone too.
    field = form.level.at
    centre = QPointF(field.rect().center())
    wheel = QWheelEvent(
        centre,
        QPointF(field.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(field, wheel)
    assert form.level.at.dateTime() == when


# -- 3. Ctrl+1 shows Today from its top; a rating changed by key comes into view ---------------
def test_a_page_key_shows_the_top_and_a_rating_typed_is_scrolled_into_view(shell, created, qtbot):
    demo.populate(created.vault.db, today=date.today())
    shell.resize(1024, 600)
    page = today(shell, qtbot)
    area = page.findChild(ScrollPage)
    bar = area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    key(qtbot, Qt.Key.Key_1, CTRL)
    assert bar.value() == 0
    mood = page.checkin.mood
    mood.setFocus()
    bar.setValue(bar.maximum())
    assert not in_view(area, mood)
    key(qtbot, Qt.Key.Key_4)
    assert mood.value() == 4
    assert in_view(area, mood)


# -- 4. The main jobs at the top of Today; Ctrl+N from every page; breathing in one click --------
def test_the_quick_actions_are_the_first_row_of_today_and_in_view(shell, qtbot):
    page = today(shell, qtbot)
    area = page.findChild(ScrollPage)
    quick = page.quick
    for b in (quick.stress, quick.sleep, quick.breathe, quick.incident):
        assert b.isVisible()
        assert in_view(area, b)
    assert quick.mapTo(page, QPoint(0, 0)).y() < page.checkin.mapTo(page, QPoint(0, 0)).y()
    labels = [b.text().replace("&", "") for b in (quick.stress, quick.sleep, quick.incident)]
    assert labels == ["Log stress", "Log sleep", "Record a hard call"]


def test_ctrl_n_starts_a_new_journal_entry_from_every_page(shell, qtbot):
    area = shell.main_area
    for cls in area._classes:
        area.show_page(cls.page_id)
        qtbot.wait(10)
        key(qtbot, Qt.Key.Key_N, CTRL)
        journal = area.current_page()
        assert isinstance(journal, JournalPage), cls.page_id
        assert journal.panels.currentWidget() is journal.panels.writing, cls.page_id
        assert journal.panels.editor.current_id is None, cls.page_id  # a new one
        journal.finish_editing()


@pytest.mark.parametrize("where", ["today", "toolbox"])
def test_a_breathing_exercise_starts_running_in_one_click(shell, qtbot, where):
    shell.resize(1024, 540)  # a 600 px screen, less a taskbar and a title bar
    if where == "today":
        today(shell, qtbot).quick.breathe.click()
    else:
        shell.main_area.show_page("toolbox")
        shell.main_area.current_page().breathe_button.click()
    exercise = open_sheet_of(ExerciseDialog)
    assert exercise is not None
    assert exercise.step is Step.RUN
    assert exercise.panel is not None
    assert exercise.panel.driver.running
    assert exercise.ex.id == "box"  # the breathing exercise, the first time
    # Its cautions are on screen (no first screen was seen), and point to nothing missing.
    caution = exercise.panel.caution
    assert caution.isVisible()
    assert "Stop if you feel dizzy" in caution.text()
    assert "tick below" not in caution.text()
    # The pacer fits a small laptop's window: Stop and Pause in view without scrolling.
    qtbot.wait(50)
    area = exercise.parentWidget()
    while not isinstance(area, QScrollArea):
        area = area.parentWidget()
    for b in (exercise.panel.stop_button, exercise.panel.pause_button):
        assert in_view(area, b), b.text()
    # And on a bigger window it grows into the room there is.
    small = exercise.panel.pacer.height()
    shell.resize(1366, 690)
    qtbot.waitUntil(lambda: exercise.panel.pacer.height() > small + 100)
    assert in_view(area, exercise.panel.pause_button)


# -- 5. A word after each save, and for what is missing ----------------------------------------
def test_saving_stress_or_sleep_says_so(shell, qtbot):
    page = today(shell, qtbot)
    page.quick.stress.click()
    form = open_sheet_of(StressDialog)
    form.suds.set_value(6)
    form._on_save()
    qtbot.waitUntil(lambda: shown_toast(shell) != "")
    assert shown_toast(shell) == "Stress entry saved: 6 of 10."

    journal_made_days_ago(shell.session.vault.db, 2)  # last night ended yesterday at any hour
    page.quick.sleep.click()
    sleep = open_sheet_of(SleepDialog)
    when = sleep.when
    when.out_day.setDate(QDate.currentDate().addDays(-1))
    for edit, text in (
        (when.into_bed, "23:00"),
        (when.tried, "23:10"),
        (when.final, "06:30"),
        (when.out_of_bed, "06:45"),
    ):
        edit.setText(text)
    for box in (when.latency, when.awakenings, when.waso):
        box.setValue(10 if box is when.latency else 0)
    sleep._on_save()
    qtbot.waitUntil(lambda: shown_toast(shell).startswith("Sleep saved"))
    assert shown_toast(shell) == "Sleep saved: 7 h 10 min asleep."


def test_save_check_in_with_nothing_picked_says_what_is_missing(shell, qtbot):
    page = today(shell, qtbot)
    card = page.checkin
    card.save_button.click()
    assert card.missing.isVisible()
    assert "pick a mood, stress or energy rating" in card.missing.text()
    assert card.missing.objectName() == "problem"
    assert shell.session.today.checkins.for_today() is None
    card.mood.set_value(4)
    card.save_button.click()
    assert not card.missing.isVisible()
    assert shown_toast(shell) == "Check-in saved."
    card.save_button.click()
    assert shown_toast(shell) == "Already saved: nothing has changed since."


# -- 7. No incident's kind on Today; the form chooses none for you -------------------------------
def test_today_shows_a_hard_call_and_its_date_never_its_kind(shell, qtbot):
    incidents = shell.session.today.incidents
    day = date.today() - timedelta(days=2)
    incidents.save(Incident(None, "", day, "death", role="backup"))
    page = today(shell, qtbot)
    texts = " ".join(visible_texts(page.incidents_card))
    assert "a hard call" in texts
    assert "Death" not in texts
    assert "Backup" not in texts


def test_a_new_hard_call_has_no_kind_until_one_is_chosen(shell, qtbot):
    page = today(shell, qtbot)
    page.quick.incident.click()
    form = open_sheet_of(IncidentDialog)
    assert form.category.currentIndex() == -1
    assert form.category.placeholderText() == "Choose one"
    form._on_save()
    assert form.isVisible()  # not saved
    assert form.category_problem.isVisible()
    assert shell.session.today.incidents.incidents() == []
    form.category.setCurrentIndex(0)
    assert not form.category_problem.isVisible()
