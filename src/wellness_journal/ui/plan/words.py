"""The words My plan shows: how a goal is counted, and how its week is going (never a streak,
never "missed")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from wellness_journal.core.plan_goals import Goal, GoalKind, Mark, WeekProgress, WindowDays
from wellness_journal.ui.toolbox.words import Words as ToolboxWords


def _t(text: str) -> str:
    return QCoreApplication.translate("plan", text)


def short_day(day: object) -> str:
    d = QDate(day.year, day.month, day.day)  # type: ignore[attr-defined]
    return QLocale().toString(d, "ddd d MMM")


def exercise_name(exercise_id: str) -> str:
    return ToolboxWords().name(exercise_id) if exercise_id else _t("any exercise")


def aim(goal: Goal) -> str:
    if goal.kind is GoalKind.SLEEP_WINDOW:
        return {
            WindowDays.ALL: _t("every day"),
            WindowDays.OFF: _t("on days off"),
            WindowDays.WORK: _t("on work days"),
        }[goal.window_days]
    if goal.per_week >= 7:
        return _t("every day")
    if goal.per_week == 1:
        return _t("once a week")
    return _t("{0} days a week").format(goal.per_week)


def counted(goal: Goal) -> str:
    """How the goal is counted, in a few words: "Box breathing, 5 min or more · 5 days a week"."""
    kind = goal.kind
    if kind is GoalKind.EXERCISE:
        what = exercise_name(goal.exercise_id)
        if goal.minutes:
            what = _t("{0}, {1} min or more").format(what, goal.minutes)
    elif kind is GoalKind.SLEEP_DIARY:
        what = _t("Sleep diary")
    elif kind is GoalKind.SLEEP_WINDOW:
        what = _t("In bed {0}–{1}").format(goal.window_start, goal.window_end)
    elif kind is GoalKind.CHECKIN:
        what = _t("Check-ins")
    else:
        what = _t("Ticked by hand")
    text = f"{what} · {aim(goal)}"
    if goal.ends_on is not None:
        text += " · " + _t("until {0}").format(short_day(goal.ends_on))
    return text


def progress(week: WeekProgress) -> str:
    """How this week is going, kindly: "3 of 5 days so far", "Done for this week"."""
    goal = week.goal
    if week.reached:
        return _t("Done for this week")
    if week.aim == 0:
        if all(m.mark is Mark.OUTSIDE for m in week.days):
            return _t("Starts {0}").format(short_day(goal.starts_on))
        if goal.window_days is WindowDays.OFF:
            return _t("No days off so far this week")
        return _t("No work days so far this week")
    if week.counts_shift_days:
        unit = _t("days off") if goal.window_days is WindowDays.OFF else _t("work days")
        return _t("{0} of {1} {2} so far").format(week.done, week.aim, unit)
    if goal.per_week == 1:
        return _t("Not yet this week")
    return _t("{0} of {1} days so far").format(week.done, week.aim)


def mark_name(mark: Mark) -> str:
    return {
        Mark.DONE: _t("done"),
        Mark.OPEN: _t("not yet"),
        Mark.LATER: _t("still to come"),
        Mark.SKIP: _t("not counted"),
        Mark.OUTSIDE: _t("not in the plan yet"),
    }[mark]


def days_description(week: WeekProgress) -> str:
    """The week's days for a screen reader: "Mon 3 Mar done, Tue 4 Mar not yet, ..."."""
    return ", ".join(f"{short_day(m.day)} {mark_name(m.mark)}" for m in week.days)
