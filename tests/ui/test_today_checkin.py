"""The daily check-in, done with the keyboard alone, and the rating scale's keys."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.conftest import PASSPHRASE
from wellness_journal.services.today import TodayServices
from wellness_journal.storage.vault import Vault
from wellness_journal.ui.today.page import TodayPage
from wellness_journal.ui.today.rating import RatingScale

TZ = ZoneInfo("America/Chicago")
NOW = datetime(2024, 5, 15, 7, 30, tzinfo=TZ)


@pytest.fixture
def today_shell(make_shell, paths, kdf):  # type: ignore[no-untyped-def]
    created = Vault.create(paths, PASSPHRASE, kdf=kdf)
    shell = make_shell(start=False)
    shell.open_session(created.vault)
    shell.session.today = TodayServices(shell.session.db, now=lambda: NOW, zone=TZ)
    page = shell.main_area.current_page()
    assert isinstance(page, TodayPage)
    page.refresh()
    shell.activateWindow()
    return shell


def focused():  # type: ignore[no-untyped-def]
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot, key, text: str = "") -> None:  # type: ignore[no-untyped-def]
    if text:
        qtbot.keyClicks(focused(), text)
    else:
        qtbot.keyClick(focused(), key)


def test_today_is_the_first_page(today_shell):
    nav = today_shell.main_area.nav
    assert nav.item(0).text() == "Today"
    assert today_shell.main_area.current_page_id() == "today"


def test_a_whole_check_in_with_the_keyboard_only(today_shell, qtbot):
    page = today_shell.main_area.current_page()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.checkin.mood)
    press(qtbot, None, "4")  # mood: good
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is page.checkin.stress
    press(qtbot, None, "7")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is page.checkin.energy
    press(qtbot, None, "10")  # "1" then "0" is ten
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is page.checkin.shift
    press(qtbot, None, "n")  # type-ahead: Night
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is page.checkin.note
    press(qtbot, None, "Quiet night, home on time")
    assert page.checkin.status.text() == "Not saved yet"
    press(qtbot, Qt.Key.Key_Return)

    saved = today_shell.session.today.checkins.for_day(date(2024, 5, 15))
    assert saved is not None
    assert (saved.mood, saved.stress, saved.energy, saved.shift, saved.note) == (
        4,
        7,
        10,
        "night",
        "Quiet night, home on time",
    )
    assert page.checkin.status.text() == "Saved ✓"
    assert page.checkin.save_button.text() == "Update check-in"


def test_enter_on_a_rating_or_the_shift_saves_and_a_second_save_updates(today_shell, qtbot):
    page = today_shell.main_area.current_page()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.checkin.mood)
    press(qtbot, None, "2")
    press(qtbot, Qt.Key.Key_Return)
    first = today_shell.session.today.checkins.for_today()
    assert first is not None
    assert first.mood == 2
    page.checkin.shift.setFocus()
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    second = today_shell.session.today.checkins.for_today()
    assert second is not None
    assert second.id == first.id
    assert second.shift == "day"


def test_unsaved_check_in_is_saved_when_the_journal_locks(today_shell, qtbot, paths):
    page = today_shell.main_area.current_page()
    page.checkin.energy.set_value(3)
    page.checkin.note.setText("typed, then walked away")
    assert today_shell.lock()
    vault = Vault.open_with_secret(paths, PASSPHRASE)
    try:
        kept = TodayServices(vault.db, now=lambda: NOW, zone=TZ).checkins.for_today()
        assert kept is not None
        assert (kept.energy, kept.note) == (3, "typed, then walked away")
    finally:
        vault.close()


@pytest.mark.parametrize(
    ("keys", "value"),
    [
        ("7", 7),
        ("10", 10),
        ("01", 1),
        ("100", 0),  # after ten, "0" starts over
        ("9", 9),
    ],
)
def test_number_keys_set_a_0_to_10_rating(qtbot, keys, value):
    scale = RatingScale("Stress", 0, 10)
    qtbot.addWidget(scale)
    qtbot.keyClicks(scale, keys)
    assert scale.value() == value
    assert scale.buttons[value].isChecked()


def test_rating_arrows_home_end_delete_and_range(qtbot):
    mood = RatingScale("Mood", 1, 5)
    qtbot.addWidget(mood)
    qtbot.keyClicks(mood, "0")  # below the scale: ignored
    assert mood.value() is None
    qtbot.keyClick(mood, Qt.Key.Key_Right)
    assert mood.value() == 1
    qtbot.keyClick(mood, Qt.Key.Key_End)
    qtbot.keyClick(mood, Qt.Key.Key_Right)
    assert mood.value() == 5
    qtbot.keyClick(mood, Qt.Key.Key_Left)
    assert mood.value() == 4
    qtbot.keyClicks(mood, "6")
    assert mood.value() == 4
    qtbot.keyClick(mood, Qt.Key.Key_Delete)
    assert mood.value() is None
    assert "not set" in mood.accessibleDescription()


def test_clicking_a_rating_sets_it_and_clicking_again_clears_it(qtbot):
    scale = RatingScale("Energy", 0, 10)
    qtbot.addWidget(scale)
    qtbot.mouseClick(scale.buttons[6], Qt.MouseButton.LeftButton)
    assert scale.value() == 6
    qtbot.mouseClick(scale.buttons[6], Qt.MouseButton.LeftButton)
    assert scale.value() is None


def test_every_control_has_an_accessible_name(today_shell):
    page = today_shell.main_area.current_page()
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit

    for widget in (
        page.findChildren(QAbstractButton)
        + page.findChildren(QComboBox)
        + page.findChildren(QLineEdit)
    ):
        if widget.isVisibleTo(page) and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
            assert widget.accessibleName() or widget.text(), widget
    for scale in page.findChildren(RatingScale):
        assert scale.accessibleName()
