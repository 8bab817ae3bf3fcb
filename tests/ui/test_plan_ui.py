"""My plan in the window: the card on Today (each goal's week, a "Done today" button for goals
ticked by hand, no streaks), the plan's list with its editor, and Settings' line."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QMessageBox

from tests.ui.helpers import click, visible_texts, when_modal
from wellness_journal.core.checkin import Checkin
from wellness_journal.core.plan_goals import Goal, GoalKind, WindowDays
from wellness_journal.ui.plan.goal_dialog import GoalDialog
from wellness_journal.ui.plan.plan_dialog import PlanDialog


def today_page(shell):  # type: ignore[no-untyped-def]
    shell.main_area.show_page("today")
    return shell.main_area.page("today")


def test_an_empty_plan_invites_without_pressing(qtbot, unlocked_shell):
    card = today_page(unlocked_shell).plan_card
    assert card.empty.isVisible()
    assert card.edit_button.text().replace("&", "") == "Set up my plan…"


def test_the_card_shows_each_goals_week_and_follows_what_is_logged(qtbot, unlocked_shell):
    session = unlocked_shell.session
    today = session.plan.today()
    session.plan.save(Goal(None, "", GoalKind.CHECKIN, "Check in daily", today))
    page = today_page(unlocked_shell)
    card = page.plan_card
    ctx = page.ctx
    ctx.announce(session.plan.save(Goal(None, "", GoalKind.CHECKIN, "Check in again", today))[1])
    texts = visible_texts(card)
    assert "Check in daily" in texts
    assert any("0 of" in t and "so far" in t for t in texts)
    _, changes = session.today.checkins.save(Checkin(None, "", today, mood=4))
    ctx.announce(changes)
    texts = visible_texts(card)
    assert any(t.startswith("1 of") for t in texts), texts
    assert not any("streak" in t.lower() or "missed" in t.lower() for t in texts)


def test_done_today_ticks_a_goal_by_hand_and_untick_takes_it_back(qtbot, unlocked_shell):
    session = unlocked_shell.session
    today = session.plan.today()
    goal, _ = session.plan.save(
        Goal(None, "", GoalKind.BY_HAND, "Call my peer supporter", today, per_week=1)
    )
    card = today_page(unlocked_shell).plan_card
    card.refresh()
    card.tick_buttons[goal.uid].click()
    assert session.plan.this_week()[0].done == 1
    assert "Done for this week" in visible_texts(card)
    card.tick_buttons[goal.uid].click()  # a new button after the refresh: untick
    assert session.plan.this_week()[0].done == 0


def test_a_goal_from_an_example_is_saved_with_its_counting(qtbot, unlocked_shell):
    session = unlocked_shell.session
    dialog = GoalDialog(None, session.plan.today())
    qtbot.addWidget(dialog)
    texts = [dialog.example.itemText(i) for i in range(dialog.example.count())]
    index = texts.index("In bed 23:30–06:30 on days off")
    dialog.example.setCurrentIndex(index)
    dialog._on_example(index)
    goal = dialog.goal()
    assert goal.kind is GoalKind.SLEEP_WINDOW
    assert (goal.window_start, goal.window_end, goal.window_days) == (
        "23:30",
        "06:30",
        WindowDays.OFF,
    )
    assert not dialog.form.isRowVisible(dialog.per_week)  # the days off are the aim
    index = texts.index("Sleep diary every morning for 2 weeks")
    dialog._on_example(index)
    goal = dialog.goal()
    assert goal.ends_on == goal.starts_on + timedelta(days=13)


def test_a_goal_without_words_is_not_saved(qtbot, unlocked_shell):
    dialog = GoalDialog(None, unlocked_shell.session.plan.today())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.save_button.click()
    assert dialog.result_goal is None
    assert "few words" in dialog.message.text()


def test_the_plan_lists_adds_and_removes_goals(qtbot, unlocked_shell):
    session = unlocked_shell.session
    ctx = today_page(unlocked_shell).ctx
    today = session.plan.today()
    session.plan.save(
        Goal(
            None,
            "",
            GoalKind.CHECKIN,
            "Old goal",
            today - timedelta(days=30),
            today - timedelta(days=2),
        )
    )
    dialog = PlanDialog(ctx)
    qtbot.addWidget(dialog)
    assert "Ended" in visible_texts(dialog)

    def fill(goal_dialog):  # type: ignore[no-untyped-def]
        goal_dialog.text.setText("Walk after nights")
        goal_dialog.save_button.click()

    when_modal(fill, of_type=GoalDialog)
    dialog.add_button.click()
    assert [g.text for g in session.plan.goals()] == ["Old goal", "Walk after nights"]
    when_modal(lambda box: click(box, "Remove goal"), of_type=QMessageBox)
    remove = next(b for b in dialog.findChildren(type(dialog.add_button)) if b.text() == "Remove")
    remove.click()
    assert len(session.plan.goals()) == 1


def test_settings_says_how_many_goals_there_are(qtbot, unlocked_shell):
    session = unlocked_shell.session
    session.plan.save(Goal(None, "", GoalKind.CHECKIN, "One", session.plan.today()))
    unlocked_shell.main_area.show_page("settings")
    page = unlocked_shell.main_area.page("settings")
    page.refresh()
    assert page.plan.line.text().startswith("1 goal in your plan")
