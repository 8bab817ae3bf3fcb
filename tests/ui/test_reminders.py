"""Reminders from the running app: what they say (never anything from inside the journal), when
they may come while the journal is locked, the settings, closing to the notification area and
starting with the computer."""

from __future__ import annotations

import configparser
from datetime import datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QTime

from tests.fakes import FakeNow
from wellness_journal import APP_NAME
from wellness_journal.core.incidents import Incident
from wellness_journal.core.reminders import Reminder, ReminderTimes
from wellness_journal.core.selfchecks import Instrument
from wellness_journal.services.autostart import Autostart, Launch, StartWithComputer
from wellness_journal.services.preferences import Preferences
from wellness_journal.ui.shell.reminders import Reminders, words
from wellness_journal.ui.shell.tray import Tray

EVENING = datetime.now().astimezone().replace(hour=20, minute=5, second=0, microsecond=0)


class Heard:
    def __init__(self) -> None:
        self.said: list[tuple[str, str]] = []

    def __call__(self, title: str, text: str) -> None:
        self.said.append((title, text))


@pytest.fixture
def heard() -> Heard:
    return Heard()


def reminders_for(shell, prefs: Preferences, now: FakeNow, heard: Heard, **kw) -> Reminders:  # type: ignore[no-untyped-def]
    tray = Tray(shell, prefs, available=lambda: False)
    return Reminders(tray, prefs, session=lambda: shell.session, now=now, notify=heard, **kw)


def test_a_locked_journal_gets_only_the_check_in_reminder_in_plain_words(
    make_shell, created, paths, heard
):
    created.vault.close()
    shell = make_shell()
    prefs = Preferences(paths)
    prefs.set_reminder_times(ReminderTimes(checkin=True, checkin_at=time(20, 0)))
    now = FakeNow(EVENING - timedelta(minutes=10))
    reminders = reminders_for(shell, prefs, now, heard)
    reminders.tick()
    assert heard.said == []
    now.value = EVENING
    reminders.tick()
    assert heard.said == [(APP_NAME, "Time for your check-in. It takes about 15 seconds.")]
    reminders.tick()
    assert len(heard.said) == 1  # once a day


def test_discreet_mode_says_only_that_a_reminder_is_due(make_shell, created, paths, heard):
    created.vault.close()
    shell = make_shell()
    prefs = Preferences(paths)
    prefs.set_discreet(True)
    prefs.set_reminder_times(ReminderTimes(checkin=True, checkin_at=time(20, 0)))
    reminders = reminders_for(shell, prefs, FakeNow(EVENING), heard)
    reminders.tick()
    assert heard.said == [("Notes", "A reminder you set.")]


def test_due_follow_ups_and_self_checks_are_reminded_only_while_unlocked(
    unlocked_shell, paths, heard
):
    shell = unlocked_shell
    today = shell.session.today
    day = today.checkins.today()
    today.incidents.save(Incident(None, "", day - timedelta(days=3), "child victim", "backup"))
    shell.session.selfchecks.set_reminder(Instrument.GAD7, 14)
    shell.session.settings.set_due_reminders(True)
    prefs = Preferences(paths)
    now = FakeNow(datetime.now().astimezone())
    reminders = reminders_for(shell, prefs, now, heard)
    reminders.tick()
    assert heard.said == [(APP_NAME, "Something you planned is ready on Today.")]
    said = " ".join(text for _, text in heard.said).lower()
    for secret in ("child", "victim", "backup", "gad", "incident", "hard call"):
        assert secret not in said
    reminders.tick()
    assert len(heard.said) == 1  # each due thing once

    shell.lock()
    fresh = reminders_for(shell, prefs, now, Heard())
    fresh.tick()
    assert fresh.shown == []  # locked: nothing inside the journal is read


def test_no_due_reminder_while_the_person_is_looking_at_the_window(unlocked_shell, paths, heard):
    shell = unlocked_shell
    day = shell.session.today.checkins.today()
    shell.session.today.incidents.save(Incident(None, "", day - timedelta(days=3), "other"))
    shell.session.settings.set_due_reminders(True)
    reminders = reminders_for(
        shell, Preferences(paths), FakeNow(datetime.now().astimezone()), heard, looking=lambda: True
    )
    reminders.tick()
    assert heard.said == []


def test_due_reminders_are_chosen_in_settings(unlocked_shell, paths, heard):
    shell = unlocked_shell
    day = shell.session.today.checkins.today()
    shell.session.today.incidents.save(Incident(None, "", day - timedelta(days=3), "other"))
    now = FakeNow(datetime.now().astimezone())
    off = reminders_for(shell, Preferences(paths), now, heard)
    off.tick()
    assert heard.said == []  # off unless chosen
    shell.main_area.show_page("settings")
    card = shell.main_area.page("settings").reminders
    assert not card.due.isChecked()
    card.due.click()
    assert shell.session.settings.due_reminders()
    assert shell.reminders.timer.isActive()
    on = reminders_for(shell, Preferences(paths), now, heard)
    on.tick()
    assert heard.said == [(APP_NAME, "Something you planned is ready on Today.")]


def test_a_check_in_made_today_stops_the_evening_reminder_even_once_locked(
    unlocked_shell, paths, heard
):
    from wellness_journal.core.checkin import Checkin

    shell = unlocked_shell
    prefs = Preferences(paths)
    prefs.set_reminder_times(ReminderTimes(checkin=True, checkin_at=time(20, 0)))
    now = FakeNow(EVENING - timedelta(hours=2))
    reminders = reminders_for(shell, prefs, now, heard)
    shell.session.today.checkins.save(Checkin(None, "", EVENING.date(), mood=3))
    reminders.tick()  # unlocked: learns it is done
    shell.lock()
    now.value = EVENING
    reminders.tick()
    assert heard.said == []


def test_the_sleep_diary_reminder_follows_the_return_after_sleep(make_shell, created, paths, heard):
    created.vault.close()
    shell = make_shell()
    prefs = Preferences(paths)
    prefs.set_reminder_times(ReminderTimes(sleep=True, away_hours=4))
    morning = EVENING.replace(hour=7, minute=0)
    now = FakeNow(morning - timedelta(hours=8))
    reminders = reminders_for(shell, prefs, now, heard)
    shell.privacy.watcher.away_changed.connect(reminders.away_changed)
    shell.privacy.watcher.screen_locked_changed(True)
    now.value = morning
    shell.privacy.watcher.screen_locked_changed(False)
    assert heard.said == []
    now.value = morning + timedelta(minutes=6)
    reminders.tick()
    assert heard.said == [(APP_NAME, words(Reminder.SLEEP, False))]


def test_settings_keep_the_times_beside_the_journal(unlocked_shell, paths):
    shell = unlocked_shell
    shell.main_area.show_page("settings")
    card = shell.main_area.page("settings").reminders
    card.checkin_at.setTime(QTime(21, 30))
    card.checkin.click()
    card.sleep.click()
    times = Preferences(paths).reminder_times()  # readable without the journal
    assert times == ReminderTimes(checkin=True, checkin_at=time(21, 30), sleep=True)
    assert shell.reminders.timer.isActive()
    card.checkin.click()
    card.sleep.click()
    assert not Preferences(paths).reminder_times().any()
    assert not shell.reminders.timer.isActive()


def test_with_reminders_on_closing_the_window_locks_and_stays_in_the_tray(unlocked_shell, paths):
    shell = unlocked_shell
    shell.tray._available = lambda: True
    shell.prefs.set_reminder_times(ReminderTimes(checkin=True))
    shell.reminders.reload()
    assert shell.tray.shown
    assert shell.tray.icon.toolTip() == APP_NAME
    assert [a.text() for a in shell.tray.menu.actions() if a.text()] == ["Open", "Lock now", "Quit"]
    shell.close()
    assert shell.session is None
    assert not shell.isVisible()
    assert not shell.tray.lock_action.isEnabled()
    shell.tray.open_action.trigger()
    assert shell.isVisible()
    assert shell.stack.currentWidget() is shell.unlock_screen
    shell.tray.quit_action.trigger()
    assert not shell.isVisible()
    assert shell._quitting


def test_start_with_the_computer_writes_and_removes_the_startup_entry(
    make_shell, created, paths, tmp_path: Path
):
    from wellness_journal.core.models import Changes
    from wellness_journal.services.preferences import DISCREET_TOPIC

    entry = StartWithComputer(
        Autostart(platform="linux", home=tmp_path / "home", env={}),
        Launch("/usr/bin/wellness-journal", ("--background",)),
    )
    shell = make_shell(start=False)
    shell.start_with_computer = entry
    shell.open_session(created.vault)
    shell.main_area.show_page("settings")
    card = shell.main_area.page("settings").reminders
    assert card.autostart.isEnabled()
    card.autostart.click()
    path = tmp_path / "home" / ".config" / "autostart" / "wellness-journal.desktop"
    desktop = configparser.ConfigParser(interpolation=None)
    desktop.read_string(path.read_text())
    assert desktop["Desktop Entry"]["Name"] == APP_NAME
    assert desktop["Desktop Entry"]["Exec"] == "/usr/bin/wellness-journal --background"
    shell.prefs.set_discreet(True)
    shell.ctx.announce(Changes.of(DISCREET_TOPIC))
    desktop.read_string(path.read_text())
    assert desktop["Desktop Entry"]["Name"] == "Notes"
    card.autostart.click()
    assert not path.exists()


def test_the_app_started_with_the_computer_offers_the_sleep_diary(
    make_shell, created, paths, heard
):
    created.vault.close()
    shell = make_shell()
    prefs = Preferences(paths)
    prefs.set_reminder_times(ReminderTimes(sleep=True))
    now = FakeNow(EVENING.replace(hour=6))
    reminders = reminders_for(shell, prefs, now, heard)
    reminders.started_with_computer()
    assert reminders.timer.isActive()
    now.value += timedelta(minutes=5)
    reminders.tick()
    assert heard.said == [(APP_NAME, words(Reminder.SLEEP, False))]


def test_no_reminder_words_name_anything_from_the_journal():
    for reminder in Reminder:
        for discreet in (False, True):
            text = words(reminder, discreet).lower()
            for secret in ("incident", "hard call", "phq", "gad", "pcl", "audit", "who-5"):
                assert secret not in text
            if discreet:
                assert text == "a reminder you set."
