"""Running an exercise: ratings before and after, pause, stop, lock mid-exercise."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication

from tests.conftest import PASSPHRASE
from tests.fakes import FakeClock
from wellness_journal.core.coping import Outcome
from wellness_journal.core.exercises import PhaseKind, exercise
from wellness_journal.core.pacer import pacer_state, plan_for
from wellness_journal.services.coping import CopingService
from wellness_journal.storage.vault import Vault
from wellness_journal.ui.toolbox.exercise_dialog import ExerciseDialog, Step
from wellness_journal.ui.toolbox.launcher import exercise_to_start, start_exercise
from wellness_journal.ui.toolbox.words import Words


@pytest.fixture
def toolbox(unlocked_shell):  # type: ignore[no-untyped-def]
    shell = unlocked_shell
    shell.main_area.show_page("toolbox")
    return shell.main_area.page("toolbox")


def open_dialog(qtbot, page, exercise_id, clock, **kwargs) -> ExerciseDialog:  # type: ignore[no-untyped-def]
    dialog = start_exercise(page.ctx, page, exercise_id, clock=clock, **kwargs)
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(
        lambda: (
            (dialog.isVisible() and dialog.hasFocus())
            or dialog.isAncestorOf(QApplication.focusWidget())
        )
    )
    return dialog


def sessions(page):  # type: ignore[no-untyped-def]
    return page.ctx.session.coping.sessions()


def test_rate_breathe_rate_again_saves_a_completed_session(qtbot, toolbox):
    clock = FakeClock()
    dialog = open_dialog(qtbot, toolbox, "box", clock)
    assert dialog.step is Step.BEFORE
    qtbot.keyClick(dialog.before.rating, Qt.Key.Key_7)
    assert dialog.before.rating.value() == 7
    assert dialog.before.rating.buttons[7].isChecked()
    qtbot.keyClick(dialog.before.rating, Qt.Key.Key_Return)  # Enter starts
    assert dialog.step is Step.RUN
    assert dialog.driver is not None
    assert dialog.driver.timer_active
    total = dialog.driver.plan.total_seconds
    clock.advance(total + 0.5)
    dialog.driver.tick()
    assert dialog.step is Step.AFTER
    assert not dialog.driver.timer_active
    (saved,) = sessions(toolbox)  # saved as soon as the exercise ended
    assert saved.outcome is Outcome.COMPLETED
    assert saved.seconds_done == round(total)
    assert (saved.suds_before, saved.suds_after) == (7, None)
    qtbot.keyClick(dialog.after.rating, Qt.Key.Key_3)
    assert "Before: 7" in dialog.after.compare.text()
    assert "Now: 3" in dialog.after.compare.text()
    qtbot.keyClick(dialog.after.rating, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    (saved,) = sessions(toolbox)
    assert (saved.suds_before, saved.suds_after) == (7, 3)
    assert saved.exercise_id == "box"


def test_one_key_skips_each_rating_and_esc_stops(qtbot, toolbox):
    clock = FakeClock()
    dialog = open_dialog(qtbot, toolbox, "sigh", clock)
    qtbot.keyClick(dialog.before.rating, Qt.Key.Key_S)
    assert dialog.step is Step.RUN
    clock.advance(12.4)
    dialog.driver.tick()
    qtbot.keyClick(dialog.panel.pacer, Qt.Key.Key_Escape)
    assert dialog.step is Step.AFTER
    assert dialog.isVisible()
    assert "0:12" in dialog.after.title.text()
    qtbot.keyClick(dialog.after.rating, Qt.Key.Key_S)
    assert not dialog.isVisible()
    (saved,) = sessions(toolbox)
    assert saved.outcome is Outcome.STOPPED
    assert saved.seconds_done == 12
    assert saved.suds_before is None
    assert saved.suds_after is None


def test_pause_time_is_not_counted(qtbot, toolbox):
    clock = FakeClock()
    dialog = open_dialog(qtbot, toolbox, "resonance", clock)
    dialog.before.start_button.click()
    clock.advance(10)
    dialog.panel.pause_button.click()
    assert dialog.panel.pause_button.text() == "Resume"
    assert not dialog.driver.timer_active
    assert "Paused" in dialog.panel.status.text()
    clock.advance(300)
    dialog.panel.pause_button.click()
    clock.advance(5)
    dialog.panel.stop_button.click()
    (saved,) = sessions(toolbox)
    assert saved.seconds_done == 15


def test_the_pacer_shows_the_right_moment_after_a_long_gap(qtbot, toolbox):
    """No frames for 37.3 seconds (a busy machine): the next frame is exactly where it should be."""
    clock = FakeClock()
    dialog = open_dialog(qtbot, toolbox, "box", clock)
    dialog.before.start_button.click()
    clock.advance(37.3)
    dialog.driver.tick()
    expected = pacer_state(dialog.driver.plan, 37.3)
    # 5 s to settle, then 16 s breaths: 32.3 s in = third breath, 0.3 s into breathing in
    assert expected.cycle == 2
    assert expected.phase.kind is PhaseKind.INHALE
    words = Words()
    assert dialog.panel.pacer._word == words.phase(expected.phase)
    assert dialog.panel.pacer._count == "4"
    assert dialog.panel.pacer._size == pytest.approx(expected.size)
    assert dialog.panel.status.text().startswith("Breath 3 of 8")
    assert dialog.panel.guidance.text() == words.guidance("box", expected.phase)


def test_number_keys_one_then_zero_give_ten(qtbot, toolbox):
    dialog = open_dialog(qtbot, toolbox, "box", FakeClock())
    qtbot.keyClick(dialog.before.rating, Qt.Key.Key_1)
    qtbot.keyClick(dialog.before.rating, Qt.Key.Key_0)
    assert dialog.before.rating.value() == 10
    qtbot.keyClick(dialog.before.rating, Qt.Key.Key_Left)
    assert dialog.before.rating.value() == 9
    qtbot.keyClick(dialog.before.rating, Qt.Key.Key_0)
    assert dialog.before.rating.value() == 0
    qtbot.keyClick(dialog.before.rating, Qt.Key.Key_Delete)
    assert dialog.before.rating.value() is None
    dialog.reject()


def test_a_rating_from_the_stress_log_is_carried_in(qtbot, toolbox):
    dialog = open_dialog(qtbot, toolbox, None, FakeClock(), suds_before=8)
    assert dialog.before.rating.value() == 8
    assert dialog.ex.id == "box"  # nothing used yet: the first exercise
    dialog.reject()
    assert sessions(toolbox) == []  # never started: nothing saved


def test_none_starts_the_last_used_exercise(qtbot, toolbox):
    dialog = open_dialog(qtbot, toolbox, "pmr_short", FakeClock())
    dialog.before.start_button.click()
    dialog.panel.stop_button.click()
    dialog.reject()
    assert exercise_to_start(toolbox.ctx) == "pmr_short"
    again = open_dialog(qtbot, toolbox, None, FakeClock())
    assert again.ex.id == "pmr_short"
    again.reject()


def test_478_starts_with_four_breaths_and_says_to_sit_and_stop_if_dizzy(qtbot, toolbox):
    dialog = open_dialog(qtbot, toolbox, "478", FakeClock())
    assert dialog.before.length.currentText() == "4 breaths"
    offered = [dialog.before.length.itemText(i) for i in range(dialog.before.length.count())]
    assert offered == ["2 breaths", "4 breaths"]  # the first month: no more than four
    texts = " ".join(label.text() for label in dialog.findChildren(type(dialog.after.compare)))
    assert "Sit or lie down" in texts
    assert "dizzy" in texts
    assert "no more than four breaths" in texts
    dialog.before.start_button.click()
    assert dialog.driver.plan.cycles == 4
    dialog.reject()


def test_478_offers_up_to_eight_breaths_a_month_after_the_first_time(qtbot, toolbox):
    coping = toolbox.ctx.session.coping
    first = datetime.now(timezone.utc) - timedelta(days=29)
    coping.record_session("478", started_at=first, seconds_done=76, outcome=Outcome.COMPLETED)
    dialog = open_dialog(qtbot, toolbox, "478", FakeClock())
    offered = [dialog.before.length.itemText(i) for i in range(dialog.before.length.count())]
    assert offered == ["2 breaths", "4 breaths", "6 breaths", "8 breaths"]
    assert not any("minute" in text for text in offered)
    dialog.before.length.setCurrentIndex(3)
    dialog.before.start_button.click()
    assert dialog.driver.plan.cycles == 8
    dialog.reject()


@pytest.mark.parametrize("exercise_id", ["box", "478"])
def test_breath_holds_come_with_a_caution_and_can_be_left_out(qtbot, toolbox, exercise_id):
    dialog = open_dialog(qtbot, toolbox, exercise_id, FakeClock())
    texts = " ".join(label.text() for label in dialog.findChildren(type(dialog.after.compare)))
    assert "Stop if you feel dizzy or light-headed" in texts
    assert "heart or lung condition" in texts
    assert "pregnant" in texts
    assert "leave out the holds" in texts
    assert dialog.before.holds is not None
    dialog.before.holds.setChecked(True)
    dialog.before.start_button.click()
    kinds = {p.kind for p in dialog.driver.plan.cycle}
    assert not kinds & {PhaseKind.HOLD_IN, PhaseKind.HOLD_OUT}
    dialog.reject()


@pytest.mark.parametrize("exercise_id", ["sigh", "resonance", "pmr_short", "grounding"])
def test_exercises_without_holds_offer_no_holds_choice(qtbot, toolbox, exercise_id):
    dialog = open_dialog(qtbot, toolbox, exercise_id, FakeClock())
    assert dialog.before.holds is None
    dialog.reject()


def test_muscle_relaxation_names_the_muscle_group(qtbot, toolbox):
    clock = FakeClock()
    dialog = open_dialog(qtbot, toolbox, "pmr_short", clock)
    dialog.before.start_button.click()
    plan = plan_for(exercise("pmr_short"))
    clock.advance(plan.lead_in_seconds + 1)
    dialog.driver.tick()
    assert dialog.panel.pacer._word == "Tense"
    assert dialog.panel.guidance.text().startswith("Arms")
    clock.advance(6)
    dialog.driver.tick()
    assert dialog.panel.pacer._word == "Let go"
    dialog.reject()
    (saved,) = sessions(toolbox)
    assert saved.outcome is Outcome.STOPPED


def test_grounding_notes_are_kept_only_when_chosen(qtbot, toolbox):
    clock = FakeClock()
    dialog = open_dialog(qtbot, toolbox, "grounding", clock)
    texts = " ".join(label.text() for label in dialog.findChildren(type(dialog.after.compare)))
    assert "Not while driving" in texts
    dialog.before.start_button.click()
    view = dialog.grounding
    qtbot.keyClicks(view.fields[0], "blue mug")
    qtbot.keyClick(view.fields[0], Qt.Key.Key_Return)
    assert view.index == 1
    for _ in range(4):
        clock.advance(30)
        view.next_button.click()
    assert dialog.step is Step.AFTER
    assert dialog.after.keep_notes.isVisibleTo(dialog)
    assert not dialog.after.keep_notes.isChecked()
    dialog.after.done_button.click()
    (first,) = sessions(toolbox)
    assert first.note == ""
    assert first.outcome is Outcome.COMPLETED
    assert first.seconds_done == 120

    dialog = open_dialog(qtbot, toolbox, "grounding", clock)
    dialog.before.start_button.click()
    qtbot.keyClicks(dialog.grounding.fields[0], "the fridge hum")
    for _ in range(5):
        dialog.grounding.next_button.click()
    dialog.after.keep_notes.setChecked(True)
    dialog.after.done_button.click()
    second = sessions(toolbox)[-1]
    assert second.note == "See: the fridge hum"


def test_locking_mid_exercise_saves_it_as_stopped_and_stops_the_clock(qtbot, unlocked_shell, paths):
    shell = unlocked_shell
    shell.main_area.show_page("toolbox")
    page = shell.main_area.page("toolbox")
    clock = FakeClock()
    dialog = open_dialog(qtbot, page, "box", clock)
    qtbot.keyClick(dialog.before.rating, Qt.Key.Key_6)
    dialog.before.start_button.click()
    driver = dialog.driver
    clock.advance(42)
    driver.tick()
    assert shell.lock()
    assert not driver.timer_active
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert [w for w in QApplication.topLevelWidgets() if isinstance(w, ExerciseDialog)] == []
    reopened = Vault.open_with_secret(paths, PASSPHRASE)
    try:
        (saved,) = CopingService(reopened.db).sessions()
    finally:
        reopened.close()
    assert saved.outcome is Outcome.STOPPED
    assert saved.seconds_done == 42
    assert saved.suds_before == 6


def test_grounding_text_is_not_saved_when_the_journal_locks(qtbot, unlocked_shell, paths):
    shell = unlocked_shell
    shell.main_area.show_page("toolbox")
    page = shell.main_area.page("toolbox")
    dialog = open_dialog(qtbot, page, "grounding", FakeClock())
    dialog.before.start_button.click()
    qtbot.keyClicks(dialog.grounding.fields[0], "SECRET-grounding-note")
    assert shell.lock()
    reopened = Vault.open_with_secret(paths, PASSPHRASE)
    try:
        (saved,) = CopingService(reopened.db).sessions()
    finally:
        reopened.close()
    assert saved.outcome is Outcome.STOPPED
    assert saved.note == ""


def test_space_pauses_and_resumes(qtbot, toolbox):
    clock = FakeClock()
    dialog = open_dialog(qtbot, toolbox, "box", clock)
    dialog.before.start_button.click()
    qtbot.keyClick(dialog.panel.pacer, Qt.Key.Key_Space)
    assert not dialog.driver.running
    qtbot.keyClick(dialog.panel.pacer, Qt.Key.Key_Space)
    assert dialog.driver.running
    dialog.reject()


def test_quick_start_button_offers_the_last_used_exercise(qtbot, toolbox):
    from wellness_journal.ui.toolbox.launcher import QuickStartButton

    button = QuickStartButton(toolbox.ctx, toolbox)
    assert button.text() == "Try Box breathing"
    toolbox.ctx.session.coping.record_session(
        "sigh",
        started_at=datetime(2025, 1, 1, tzinfo=timezone.utc),
        seconds_done=60,
        outcome=Outcome.COMPLETED,
    )
    button.refresh()
    assert button.text() == "Try Physiological sigh"
    button.suds_before = 8
    button.click()
    assert button.dialog is not None
    assert button.dialog.ex.id == "sigh"
    assert button.dialog.before.rating.value() == 8
    button.dialog.reject()


def test_the_chosen_length_and_pace_are_offered_next_time(qtbot, toolbox):
    dialog = open_dialog(qtbot, toolbox, "resonance", FakeClock())
    dialog.before.length.setCurrentIndex(dialog.before.length.findText("10 minutes"))
    dialog.before.rate.setValue(5.0)
    assert "in 6.0 s, out 6.0 s" in dialog.before.rate_hint.text()
    dialog.before.start_button.click()
    assert dialog.driver.plan.cycle_seconds == pytest.approx(12.0)
    assert dialog.driver.plan.cycles == 50
    dialog.reject()
    again = open_dialog(qtbot, toolbox, "resonance", FakeClock())
    assert again.before.length.currentText() == "10 minutes"
    assert again.before.rate.value() == 5.0
    again.reject()


def test_a_running_exercise_keeps_the_journal_from_locking_itself(qtbot, unlocked_shell, clock):
    shell = unlocked_shell
    shell.main_area.show_page("toolbox")
    page = shell.main_area.page("toolbox")
    dialog = open_dialog(qtbot, page, "box", FakeClock())
    qtbot.keyClick(dialog.before.rating, Qt.Key.Key_Return)
    assert dialog.running
    for _ in range(12):  # two minutes without a key or the mouse, breathing along
        clock.advance(10)
        dialog._on_awake()  # what its 10-second timer does
        shell.idle.check()
    clock.advance(4 * 60)
    shell.idle.check()
    assert shell.session is not None
    dialog.finish_now()
    clock.advance(5 * 60 + 1)
    dialog._on_awake()  # no longer running: no longer counts as activity
    shell.idle.check()
    assert shell.session is None
