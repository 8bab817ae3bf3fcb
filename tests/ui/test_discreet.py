"""Discreet mode: a neutral title and icon ("Notes") everywhere the app shows its name, no
names of hard calls or self-checks on Today; the "hide now" key; locking when minimised; and the
request to leave the window out of screen capture."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from tests.ui.helpers import all_app_texts, open_sheet_of, taken_down, visible_texts
from wellness_journal import APP_NAME
from wellness_journal.core.incidents import Incident
from wellness_journal.core.models import Changes
from wellness_journal.core.selfchecks import Instrument
from wellness_journal.services.preferences import DISCREET_TOPIC, Preferences
from wellness_journal.ui.today.stress_dialog import StressDialog


@pytest.fixture(autouse=True)
def _app_name_restored() -> Iterator[None]:
    """Discreet mode renames the application itself: put it back for the other tests."""
    name, icon = QGuiApplication.applicationDisplayName(), QGuiApplication.windowIcon()
    yield
    QGuiApplication.setApplicationDisplayName(name)
    QGuiApplication.setWindowIcon(icon)


def settings_card(shell):  # type: ignore[no-untyped-def]
    shell.main_area.show_page("settings")
    return shell.main_area.page("settings").discreet_card


def test_discreet_mode_gives_the_window_a_neutral_title(unlocked_shell, qtbot):
    shell = unlocked_shell
    assert shell.windowTitle() == APP_NAME
    card = settings_card(shell)
    card.discreet.click()
    assert card.discreet.isChecked()
    assert shell.windowTitle() == "Notes"
    assert QGuiApplication.applicationDisplayName() == "Notes"
    assert shell.main_area.name_label.text() == "Notes"
    assert Preferences(shell.paths).discreet()
    titles = [w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert not any("Wellness" in t for t in titles)
    # Locked, the window and the lock screen stay neutral.
    shell.lock()
    assert shell.windowTitle() == "Notes"
    assert not any(APP_NAME in text for text in visible_texts(shell.unlock_screen))
    screen = shell.unlock_screen
    assert not screen.support_note.isVisible()  # no crisis number in plain sight...
    assert screen.support_button.isVisible()  # ...and help still one click (or F1) away
    # Off again: the app's own name comes back.
    shell.prefs.set_discreet(False)
    shell.bus.changed.emit(Changes.of(DISCREET_TOPIC))
    assert shell.windowTitle() == APP_NAME
    assert screen.support_note.isVisible()


def test_a_window_started_in_discreet_mode_is_neutral_from_the_start(make_shell, created, paths):
    created.vault.close()
    Preferences(paths).set_discreet(True)
    shell = make_shell()
    assert shell.stack.currentWidget() is shell.unlock_screen
    assert shell.windowTitle() == "Notes"
    assert not any(APP_NAME in text for text in visible_texts(shell))


def test_today_leaves_out_hard_calls_and_self_checks_in_discreet_mode(unlocked_shell, qtbot):
    shell = unlocked_shell
    today = shell.session.today
    day = today.checkins.today()
    today.incidents.save(Incident(None, "", day - timedelta(days=3), "use of force", "backup"))
    shell.session.selfchecks.set_reminder(Instrument.PHQ9, 14)
    page = shell.main_area.page("today")
    shell.main_area.show_page("today")
    page.refresh()
    shown = " ".join(visible_texts(page))
    assert "use of force" not in shown.lower()  # never on Today (issue 14 §1.7): "a hard call"
    assert "a hard call" in shown
    assert "PHQ-9" in shown
    assert "after the hard call on" in shown

    shell.prefs.set_discreet(True)
    shell.ctx.announce(Changes.of(DISCREET_TOPIC))
    shown = " ".join(visible_texts(page))
    assert "use of force" not in shown.lower()
    assert "backup" not in shown.lower()
    assert "PHQ-9" not in shown
    assert "after the hard call on" not in shown
    assert "A short check-in is ready." in shown
    assert "A check you asked to be reminded of is ready." in shown


def test_ctrl_shift_h_hides_the_window_and_locks(unlocked_shell, qtbot):
    shell = unlocked_shell
    page = shell.main_area.page("today")
    shell.main_area.show_page("today")
    page.forms.stress()
    form = open_sheet_of(StressDialog)
    form.note.setText("said under my breath")
    form.note.setFocus()
    qtbot.keyClick(
        form.note,
        Qt.Key.Key_H,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert shell.session is None
    assert shell.windowState() & Qt.WindowState.WindowMinimized
    taken_down(qtbot, shell)
    assert not any("said under my breath" in t for t in all_app_texts())


def test_ctrl_shift_h_on_the_lock_screen_only_hides(make_shell, created):
    created.vault.close()
    shell = make_shell()
    qtbot_field = shell.unlock_screen.field
    from PySide6.QtTest import QTest

    QTest.keyClick(
        qtbot_field,
        Qt.Key.Key_H,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert shell.windowState() & Qt.WindowState.WindowMinimized
    assert qtbot_field.text() == ""  # the key went nowhere else


def test_minimising_locks_only_when_chosen(unlocked_shell, qtbot):
    shell = unlocked_shell
    shell.showMinimized()
    qtbot.wait(50)
    assert shell.session is not None  # off by default
    shell.showNormal()
    card = settings_card(shell)
    card.minimised.click()
    assert shell.session.settings.lock_when_minimised()
    shell.showMinimized()
    qtbot.waitUntil(lambda: shell.session is None)


def test_capture_is_refused_only_in_discreet_mode_while_unlocked(unlocked_shell, paths, qtbot):
    shell = unlocked_shell
    asked: list[bool] = []
    shell.privacy._exclude = lambda _w, on: asked.append(on) or True
    shell.privacy.session_changed()
    assert asked == []  # not discreet
    card = settings_card(shell)
    card.discreet.click()
    assert asked == [True]
    shell.lock()
    assert asked == [True, False]
