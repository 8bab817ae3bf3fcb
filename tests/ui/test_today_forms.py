"""The sleep, stress and incident forms: what they save, what they refuse, and where they lead."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from tests.conftest import PASSPHRASE
from tests.fakes import FakeNow
from tests.ui.helpers import click, visible_texts
from tests.ui.today_modal import when_modal_opens
from wellness_journal.core.sleep import Issue, Problem, SleepKind, SleepPeriod, WallTimes, place
from wellness_journal.services.today import TodayServices
from wellness_journal.storage.vault import Vault
from wellness_journal.ui.today import labels
from wellness_journal.ui.today.page import TodayPage
from wellness_journal.ui.today.sleep_dialog import SleepDialog
from wellness_journal.ui.today.stress_dialog import StressDialog

Now = FakeNow

TZ = ZoneInfo("America/New_York")


@pytest.fixture
def now() -> Now:
    return Now(datetime(2024, 5, 15, 15, 10, tzinfo=TZ))


@pytest.fixture
def shell(make_shell, paths, kdf, now):  # type: ignore[no-untyped-def]
    created = Vault.create(paths, PASSPHRASE, kdf=kdf)
    shell = make_shell(start=False)
    shell.open_session(created.vault)
    shell.session.today = TodayServices(shell.session.db, now=now, zone=TZ)
    shell.main_area.current_page().refresh()
    return shell


def page_of(shell) -> TodayPage:  # type: ignore[no-untyped-def]
    page = shell.main_area.current_page()
    assert isinstance(page, TodayPage)
    return page


def set_times(dialog: SleepDialog, into: str, tried: str, final: str, out: str) -> None:
    for edit, text in (
        (dialog.when.into_bed, into),
        (dialog.when.tried, tried),
        (dialog.when.final, final),
        (dialog.when.out_of_bed, out),
    ):
        edit.setText(text)


def save_button(dialog):  # type: ignore[no-untyped-def]
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


# -- sleep ---------------------------------------------------------------------------------------------


def test_day_sleep_after_a_night_shift_is_logged_and_shown(shell, qtbot):
    today = shell.session.today
    dialog = SleepDialog(today.sleep, None, SleepKind.MAIN, page_of(shell))
    qtbot.addWidget(dialog)
    set_times(dialog, "07:40", "07:45", "14:05", "14:20")
    dialog.when.latency.setValue(10)
    dialog.when.waso.setValue(35)
    dialog.when.awakenings.setValue(3)
    dialog.more.quality.set_value(2)
    dialog.more.caffeine.setValue(3)
    dialog.more.caffeine_last.setText("03:30")
    dialog.more.note.setText("garbage truck at 10")
    assert dialog.check.summary.text() == "5 h 35 min asleep of 6 h 40 min in bed (84%)"
    assert dialog.check.problems.isHidden()
    qtbot.mouseClick(
        save_button(dialog), __import__("PySide6.QtCore").QtCore.Qt.MouseButton.LeftButton
    )
    assert dialog.result() == dialog.DialogCode.Accepted
    shell.ctx.announce(dialog.changes)
    (saved,) = today.sleep.recent()
    assert saved.into_bed == datetime(2024, 5, 15, 7, 40, tzinfo=TZ)
    assert saved.caffeine_last == datetime(2024, 5, 15, 3, 30, tzinfo=TZ)
    assert (saved.quality, saved.note, saved.zone) == (2, "garbage truck at 10", "America/New_York")
    card = page_of(shell).sleep_card
    assert card.last.text() == "Woke today: 5 h 35 min asleep"
    assert "in bed 07:40–14:20" in card.last_detail.text()
    assert "Past 7 days: 5 h 35 min a day" in card.week.text()
    assert "nap of 1½ to 3 hours" in card.tip.text()  # under 7 hours: the shift-work tip


def test_a_night_typed_as_clock_times_crosses_midnight(shell, qtbot):
    dialog = SleepDialog(shell.session.today.sleep, None, SleepKind.MAIN, page_of(shell))
    qtbot.addWidget(dialog)
    for box in (dialog.when.latency, dialog.when.awakenings, dialog.when.waso):
        box.setValue(0)
    set_times(dialog, "23:00", "23:10", "06:30", "07:00")
    assert dialog.check.span.text() == "From Tue 14 May 23:00 to Wed 15 May 07:00"
    assert dialog.check.summary.text() == "7 h 20 min asleep of 8 h in bed (92%)"


@pytest.mark.parametrize(
    ("times", "waso", "words"),
    [
        (("07:00", "07:00", "07:00", "07:00"), 0, "Getting out of bed has to come after"),
        (("23:00", "22:30", "06:30", "07:00"), 0, "The time you tried to fall asleep"),
        (("23:00", "23:00", "07:30", "07:00"), 0, "woke up for the last time should come after"),
        (("23:00", "23:00", "06:00", "07:00"), 460, "add up to 7 h 55 min, but there are only 7 h"),
    ],
)
def test_the_form_explains_what_does_not_fit_and_will_not_save(shell, qtbot, times, waso, words):
    dialog = SleepDialog(shell.session.today.sleep, None, SleepKind.MAIN, page_of(shell))
    qtbot.addWidget(dialog)
    dialog.when.latency.setValue(15)
    dialog.when.awakenings.setValue(1)
    dialog.when.waso.setValue(waso)
    set_times(dialog, *times)
    assert words in dialog.check.problems.text()
    assert not dialog.check.problems.isHidden()
    assert not save_button(dialog).isEnabled()
    assert shell.session.today.sleep.recent() == []


def test_overlap_with_the_diary_is_named(shell, qtbot):
    today = shell.session.today
    a, b, c, d = place(
        WallTimes(date(2024, 5, 15), time(8, 0), time(8, 0), time(14, 0), time(14, 0)), TZ
    )
    today.sleep.save(SleepPeriod(None, "", SleepKind.MAIN, a, b, c, d))
    dialog = SleepDialog(today.sleep, None, SleepKind.NAP, page_of(shell))
    qtbot.addWidget(dialog)
    for box in (dialog.when.latency, dialog.when.awakenings, dialog.when.waso):
        box.setValue(0)
    set_times(dialog, "13:30", "13:30", "14:30", "14:30")
    dialog.when.out_day.setDate(QDate(2024, 5, 15))
    assert "overlaps the sleep you logged from Wed 15 May 08:00 to Wed 15 May 14:00" in (
        dialog.check.problems.text()
    )
    assert not save_button(dialog).isEnabled()


def test_every_sleep_problem_has_its_own_message(qapp):
    period = SleepPeriod(
        None,
        "",
        SleepKind.MAIN,
        *[datetime(2024, 5, 15, h, tzinfo=TZ) for h in (1, 1, 6, 7)],
    )
    texts = {p: labels.sleep_message(Issue(p, "latency_min", 1500, 1440, period)) for p in Problem}
    assert len(set(texts.values())) == len(Problem)
    assert "25 h" in texts[Problem.TOO_LONG]
    assert "24 hours" in texts[Problem.TOO_LONG]
    assert texts[Problem.NEGATIVE] == "Minutes to fall asleep can't be below zero."
    assert "1 to 5" in texts[Problem.QUALITY_RANGE]


def test_a_new_sleep_starts_empty_and_needs_every_time_and_number(shell, qtbot):
    """Never a night that did not happen: nothing is filled in, and 0 must be given, not assumed."""
    today = shell.session.today
    a, b, c, d = place(
        WallTimes(date(2024, 5, 14), time(7, 50), time(8, 0), time(14, 30), time(14, 45)), TZ
    )
    today.sleep.save(SleepPeriod(None, "", SleepKind.MAIN, a, b, c, d, latency_min=20))
    dialog = SleepDialog(today.sleep, None, SleepKind.MAIN, page_of(shell))
    qtbot.addWidget(dialog)
    when = dialog.when
    for edit in (when.into_bed, when.tried, when.final, when.out_of_bed):
        assert edit.text() == ""
    for box in (when.latency, when.awakenings, when.waso):
        assert box.text() == "–"  # a dash: not given yet
    assert dialog.period() is None
    assert not save_button(dialog).isEnabled()
    assert dialog.check.summary.text() == "Fill in the times and how the night went"
    set_times(dialog, "23:00", "23:10", "06:30", "07:00")
    assert "Still to fill in: Minutes to fall asleep" in dialog.check.span.text()
    qtbot.keyClicks(when.latency, "0")
    qtbot.keyClicks(when.awakenings, "0")
    assert not save_button(dialog).isEnabled()
    assert "Minutes awake in the night" in dialog.check.span.text()
    qtbot.keyClicks(when.waso, "0")
    assert save_button(dialog).isEnabled()
    assert dialog.period().latency_min == 0


def test_same_times_as_last_time_fills_in_the_times_only_when_asked(shell, qtbot):
    today = shell.session.today
    a, b, c, d = place(
        WallTimes(date(2024, 5, 14), time(7, 50), time(8, 0), time(14, 30), time(14, 45)), TZ
    )
    today.sleep.save(SleepPeriod(None, "", SleepKind.MAIN, a, b, c, d, latency_min=20))
    dialog = SleepDialog(today.sleep, None, SleepKind.MAIN, page_of(shell))
    qtbot.addWidget(dialog)
    assert not dialog.same_button.isHidden()
    assert dialog.when.into_bed.text() == ""
    dialog.same_button.click()
    assert dialog.when.into_bed.text() == "07:50"
    assert dialog.when.out_of_bed.text() == "14:45"
    assert dialog.when.out_day.date().toPython() == date(2024, 5, 15)
    assert dialog.when.night()["latency"] is None  # the night's numbers are new every time
    nap = SleepDialog(today.sleep, None, SleepKind.NAP, page_of(shell))
    qtbot.addWidget(nap)
    assert nap.same_button.isHidden()  # no nap logged before


def test_a_sleep_ending_in_the_future_is_refused_and_a_long_one_only_questioned(shell, qtbot):
    dialog = SleepDialog(shell.session.today.sleep, None, SleepKind.NAP, page_of(shell))
    qtbot.addWidget(dialog)
    for box in (dialog.when.latency, dialog.when.awakenings, dialog.when.waso):
        box.setValue(0)
    set_times(dialog, "14:00", "14:00", "15:20", "15:30")  # now is 15:10
    assert "still to come" in dialog.check.problems.text()
    assert not save_button(dialog).isEnabled()
    set_times(dialog, "14:00", "14:00", "15:00", "15:10")
    assert dialog.check.problems.isHidden()
    assert save_button(dialog).isEnabled()
    set_times(dialog, "21:00", "21:00", "15:00", "15:05")  # 18 hours
    assert not dialog.check.warning.isHidden()
    assert "more than 16 hours" in dialog.check.warning.text()
    assert save_button(dialog).isEnabled()
    save_button(dialog).click()
    assert len(shell.session.today.sleep.recent()) == 1


def test_the_sleep_aid_is_saved_and_kept_in_a_draft(shell, qtbot):
    dialog = SleepDialog(shell.session.today.sleep, None, SleepKind.MAIN, page_of(shell))
    qtbot.addWidget(dialog)
    set_times(dialog, "23:00", "23:10", "06:30", "07:00")
    dialog.more.sleep_aid.setText("melatonin at 22:30")
    draft = dialog.draft()
    again = SleepDialog(shell.session.today.sleep, None, SleepKind.MAIN, page_of(shell))
    qtbot.addWidget(again)
    again.restore(draft)
    assert again.more.sleep_aid.text() == "melatonin at 22:30"
    assert again.when.into_bed.text() == "23:00"
    assert again.when.night() == {"latency": None, "awakenings": None, "waso": None}
    for box in (again.when.latency, again.when.awakenings, again.when.waso):
        box.setValue(5)
    save_button(again).click()
    (saved,) = shell.session.today.sleep.recent()
    assert saved.sleep_aid == "melatonin at 22:30"


# -- stress ----------------------------------------------------------------------------------------------


def test_stress_entry_saves_what_set_it_off_and_where_it_is_felt(shell, qtbot):
    dialog = StressDialog(shell.session.today.stress, None, page_of(shell))
    qtbot.addWidget(dialog)
    assert not dialog.exercise_button.isEnabled()  # rate it first
    qtbot.keyClicks(dialog.suds, "8")
    dialog.set_off.checks.boxes["court"].setChecked(True)
    dialog.signs.boxes["clenched jaw"].setChecked(True)
    dialog.set_off.text.setText("three hours on the stand")
    dialog.exercise_button.click()
    assert dialog.wants_exercise
    (entry,) = shell.session.today.stress.today()
    assert dialog.saved == entry
    assert (entry.suds, entry.triggers, entry.body_signs) == (8, ("court",), ("clenched jaw",))
    assert entry.trigger_text == "three hours on the stand"
    assert entry.at == datetime(2024, 5, 15, 15, 10, tzinfo=TZ)


def test_tight_chest_or_racing_heart_says_first_it_may_be_the_heart(shell, qtbot):
    dialog = StressDialog(shell.session.today.stress, None, page_of(shell))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.heart_line.isHidden()
    for sign in ("tight chest", "racing heart"):
        dialog.signs.boxes[sign].setChecked(True)
        assert not dialog.heart_line.isHidden()
        text = " ".join(visible_texts(dialog.heart_line))
        for words in ("chest pain or pressure", "breathlessness", "arm, jaw or back", "Call 911"):
            assert words in text
        dialog.signs.boxes[sign].setChecked(False)
        assert dialog.heart_line.isHidden()
    dialog.signs.boxes["tense muscles"].setChecked(True)
    assert dialog.heart_line.isHidden()
    # The heart comes first, the breathing suggestion after it.
    layout = dialog.layout()
    assert layout.indexOf(dialog.heart_line) < layout.indexOf(dialog.breathing_line)


def test_a_stress_time_still_to_come_is_refused_with_a_message(shell, qtbot):
    dialog = StressDialog(shell.session.today.stress, None, page_of(shell))
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.suds, "5")
    assert save_button(dialog).isEnabled()
    dialog.level.at.setDateTime(dialog.level.at.dateTime().addSecs(3600))
    assert not dialog.level.problem.isHidden()
    assert "still to come" in dialog.level.problem.text()
    assert not save_button(dialog).isEnabled()
    dialog.level.at.setDateTime(dialog.level.at.dateTime().addSecs(-7200))
    assert dialog.level.problem.isHidden()
    save_button(dialog).click()
    assert len(shell.session.today.stress.today()) == 1


def test_rate_again_when_editing(shell, qtbot):
    today = shell.session.today
    entry, _ = today.stress.save(replace(today.stress.now(), suds=7))
    dialog = StressDialog(today.stress, entry, page_of(shell))
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.after, "3")
    save_button(dialog).click()
    assert today.stress.today()[0].suds_after == 3


def exercise_dialog_of(page):  # type: ignore[no-untyped-def]
    from wellness_journal.ui.toolbox.exercise_dialog import ExerciseDialog

    found = [d for d in page.window().findChildren(ExerciseDialog) if d.isVisible()]
    assert len(found) == 1
    return found[0]


def test_log_stress_then_try_an_exercise_then_rate_again(shell, qtbot):
    from PySide6.QtCore import Qt

    from wellness_journal.ui.toolbox.exercise_dialog import Step

    page = page_of(shell)

    def fill(dialog: StressDialog) -> None:
        qtbot.keyClicks(dialog.suds, "6")
        dialog.helped.setText("walk around the block")
        dialog.exercise_button.click()

    with when_modal_opens(StressDialog, fill):
        page.quick.stress.click()
    assert page.stress_card.summary.text() == "Today: 1 entry, highest 6 of 10"
    assert "helped: walk around the block" in page.stress_card.detail.text()
    # The exercise used last opens at once, with the stress rating carried in.
    exercise = exercise_dialog_of(page)
    assert exercise.before.rating.value() == 6
    qtbot.keyClick(exercise.before.rating, Qt.Key.Key_Return)  # start
    assert exercise.step is Step.RUN
    qtbot.keyClick(exercise.panel.pacer, Qt.Key.Key_Escape)  # stop early
    assert exercise.step is Step.AFTER
    qtbot.keyClick(exercise.after.rating, Qt.Key.Key_3)
    qtbot.keyClick(exercise.after.rating, Qt.Key.Key_Return)
    # ...and the rating after it is on the stress entry too.
    (entry,) = shell.session.today.stress.today()
    assert (entry.suds, entry.suds_after) == (6, 3)
    assert "6 → 3" in page.stress_card.detail.text()
    (session,) = shell.session.coping.sessions()
    assert (session.suds_before, session.suds_after) == (6, 3)


def test_try_button_on_the_page_starts_the_exercise_used_last(shell, qtbot):
    page = page_of(shell)
    assert page.stress_card.exercise_button.text() == "Try Box breathing"
    page.stress_card.exercise_button.click()
    exercise = exercise_dialog_of(page)
    assert exercise.ex.id == "box"
    assert exercise.before.rating.value() is None
    exercise.reject()


def test_list_editor_keeps_default_keys_and_custom_words(qtbot):
    from wellness_journal.core.checkin import DEFAULT_SHIFTS
    from wellness_journal.ui.today.list_editor import ListEditDialog

    dialog = ListEditDialog("Shifts", ["day", "night"], DEFAULT_SHIFTS)
    qtbot.addWidget(dialog)
    assert dialog.text.toPlainText() == "Day\nNight"
    dialog.text.setPlainText("Night\n\n  K9 detail \nCourt")
    assert dialog.items() == ["night", "K9 detail", "court"]


def test_an_incident_record_can_be_removed_with_its_check_ins(shell, now, qtbot):
    from wellness_journal.core.incidents import Incident, Step
    from wellness_journal.ui.today.incident_dialogs import IncidentDialog

    service = shell.session.today.incidents
    incident, _ = service.save(Incident(None, "", date(2024, 5, 10), "other"))
    service.record(
        incident,
        Step.DAY3,
        {"sleep": 0, "intrusive": 0, "avoidance": 0, "irritability": 0, "mood": 0},
    )
    dialog = IncidentDialog(service, incident, page_of(shell))
    qtbot.addWidget(dialog)
    remove = next(b for b in dialog.buttons.buttons() if "Remove" in b.text())
    with when_modal_opens(QMessageBox, lambda box: click(box, "Remove record")):
        remove.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert service.incidents() == []
    assert service.follow_ups() == []
