"""My plan's rules: what counts for each kind of goal, the week's aim, and no streaks."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from wellness_journal.core.plan_goals import (
    DayFacts,
    Goal,
    GoalKind,
    Mark,
    WindowDays,
    goals_in,
    in_window,
    problems,
    week_progress,
    week_start,
    weeks_between,
)

MONDAY = date(2025, 3, 3)
SUNDAY = MONDAY + timedelta(days=6)
EST = timezone(timedelta(hours=-5))


def goal(kind: GoalKind, **more: object) -> Goal:
    fields: dict[str, object] = {"starts_on": MONDAY - timedelta(days=30)}
    fields.update(more)
    return Goal(None, "g", kind, "a goal", **fields)  # type: ignore[arg-type]


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=EST)


def sleep(day: date, into: tuple[int, int], out: tuple[int, int]) -> DayFacts:
    """A main sleep ending on ``day``: into bed the evening before (or the same day)."""
    start_day = day - timedelta(days=1) if into[0] > out[0] else day
    return DayFacts(sleep=((at(start_day, *into), at(day, *out)),))


def test_a_check_in_goal_counts_the_days_checked_in():
    facts = {MONDAY + timedelta(days=n): DayFacts(checked_in=True) for n in (0, 1, 3)}
    week = week_progress(goal(GoalKind.CHECKIN), MONDAY, facts, SUNDAY)
    assert (week.done, week.aim) == (3, 7)
    assert [m.mark for m in week.days][:4] == [Mark.DONE, Mark.DONE, Mark.OPEN, Mark.DONE]
    assert not week.reached


def test_days_still_to_come_are_not_counted_as_open():
    week = week_progress(goal(GoalKind.CHECKIN), MONDAY, {}, MONDAY + timedelta(days=2))
    marks = [m.mark for m in week.days]
    assert marks[:3] == [Mark.OPEN] * 3
    assert marks[3:] == [Mark.LATER] * 4


def test_an_exercise_goal_needs_its_minutes_of_that_exercise_on_the_day():
    g = goal(GoalKind.EXERCISE, exercise_id="box", minutes=5)
    facts = {
        MONDAY: DayFacts(exercise_seconds={"box": 300}),  # 5 minutes: done
        MONDAY + timedelta(days=1): DayFacts(exercise_seconds={"box": 120, "sigh": 600}),
        MONDAY + timedelta(days=2): DayFacts(exercise_seconds={"box": 320}),
    }
    week = week_progress(g, MONDAY, facts, SUNDAY)
    assert [m.mark for m in week.days][:3] == [Mark.DONE, Mark.OPEN, Mark.DONE]
    any_exercise = goal(GoalKind.EXERCISE, minutes=5)
    assert week_progress(any_exercise, MONDAY, facts, SUNDAY).done == 3  # 12 min of sigh counts


def test_an_exercise_goal_without_minutes_counts_any_session():
    g = goal(GoalKind.EXERCISE, exercise_id="sigh", per_week=3)
    facts = {MONDAY: DayFacts(exercise_seconds={"sigh": 20}), SUNDAY: DayFacts()}
    week = week_progress(g, MONDAY, facts, SUNDAY)
    assert (week.done, week.aim) == (1, 3)


def test_a_sleep_diary_goal_counts_a_main_sleep_logged_for_the_day():
    facts = {MONDAY: sleep(MONDAY, (23, 0), (7, 0)), SUNDAY: DayFacts(checked_in=True)}
    week = week_progress(goal(GoalKind.SLEEP_DIARY), MONDAY, facts, SUNDAY)
    assert week.done == 1


def test_the_sleep_window_allows_half_an_hour_either_side_across_midnight():
    assert in_window(at(MONDAY, 23, 55), at(MONDAY + timedelta(days=1), 6, 0), "23:30", "06:30")
    assert in_window(at(MONDAY, 0, 0), at(MONDAY, 7, 0), "23:30", "06:30")
    assert not in_window(at(MONDAY, 0, 5), at(MONDAY, 6, 30), "23:30", "06:30")  # 35 min late
    assert not in_window(at(MONDAY, 23, 30), at(MONDAY, 7, 5), "23:30", "06:30")


def test_a_sleep_window_on_days_off_counts_only_days_off():
    g = goal(
        GoalKind.SLEEP_WINDOW,
        window_start="23:30",
        window_end="06:30",
        window_days=WindowDays.OFF,
    )
    saturday, sunday, friday = MONDAY + timedelta(days=5), SUNDAY, MONDAY + timedelta(days=4)
    facts = {
        saturday: DayFacts(
            checked_in=True, shift="off", sleep=sleep(saturday, (23, 40), (6, 20)).sleep
        ),
        sunday: DayFacts(checked_in=True, shift="off", sleep=sleep(sunday, (1, 30), (9, 0)).sleep),
        friday: DayFacts(
            checked_in=True, shift="day", sleep=sleep(friday, (23, 30), (6, 30)).sleep
        ),
    }
    week = week_progress(g, MONDAY, facts, SUNDAY)
    marks = {m.day: m.mark for m in week.days}
    assert marks[saturday] is Mark.DONE
    assert marks[sunday] is Mark.OPEN  # a day off, out of the window: not done, never "missed"
    assert marks[friday] is Mark.SKIP  # a work day: the goal does not ask for it
    assert marks[MONDAY] is Mark.SKIP  # no shift noted: not known to be a day off
    assert (week.done, week.aim) == (1, 2)


def test_a_goal_ticked_by_hand_counts_its_ticked_days():
    g = goal(GoalKind.BY_HAND, per_week=1, done_days=(MONDAY + timedelta(days=2),))
    week = week_progress(g, MONDAY, {}, SUNDAY)
    assert (week.done, week.aim, week.reached) == (1, 1, True)


def test_a_goal_starting_or_ending_within_the_week_aims_for_its_days_only():
    starts = goal(GoalKind.CHECKIN, starts_on=MONDAY + timedelta(days=4))  # Friday
    week = week_progress(starts, MONDAY, {}, SUNDAY)
    assert week.aim == 3
    assert [m.mark for m in week.days][:4] == [Mark.OUTSIDE] * 4
    ends = goal(GoalKind.CHECKIN, per_week=5, ends_on=MONDAY + timedelta(days=1))
    assert week_progress(ends, MONDAY, {}, SUNDAY).aim == 2


def test_progress_is_per_week_and_never_a_streak():
    """A week after a week with nothing done starts afresh: the same days done give the same
    figure whatever came before."""
    g = goal(GoalKind.CHECKIN)
    next_monday = MONDAY + timedelta(days=7)
    facts = {next_monday + timedelta(days=n): DayFacts(checked_in=True) for n in range(3)}
    today = next_monday + timedelta(days=6)
    after_nothing = week_progress(g, next_monday, facts, today)
    facts.update({MONDAY + timedelta(days=n): DayFacts(checked_in=True) for n in range(7)})
    after_everything = week_progress(g, next_monday, facts, today)
    assert (after_nothing.done, after_nothing.aim) == (after_everything.done, 7) == (3, 7)
    assert not hasattr(after_nothing, "streak")


def test_weeks_start_on_the_chosen_day():
    wednesday = MONDAY + timedelta(days=2)
    assert week_start(wednesday) == MONDAY
    assert week_start(wednesday, first_weekday=6) == MONDAY - timedelta(days=1)
    assert weeks_between(wednesday, wednesday + timedelta(days=10)) == [
        MONDAY,
        MONDAY + timedelta(days=7),
    ]


def test_goals_in_a_range_are_those_active_on_any_of_its_days():
    old = goal(GoalKind.CHECKIN, starts_on=date(2025, 1, 1), ends_on=date(2025, 2, 1))
    current = goal(GoalKind.CHECKIN, starts_on=date(2025, 2, 20))
    later = goal(GoalKind.CHECKIN, starts_on=date(2025, 4, 1))
    assert goals_in([old, current, later], MONDAY, SUNDAY) == [current]


def test_problems_name_the_fields_to_fix():
    assert problems(goal(GoalKind.CHECKIN)) == []
    assert problems(goal(GoalKind.CHECKIN, per_week=0)) == ["per_week"]
    assert problems(Goal(None, "g", GoalKind.BY_HAND, "  ", MONDAY)) == ["text"]
    assert problems(goal(GoalKind.EXERCISE, minutes=500)) == ["minutes"]
    bad_window = goal(GoalKind.SLEEP_WINDOW, window_start="24:00", window_end="6:30")
    assert problems(bad_window) == ["window_start", "window_end"]
    same = goal(GoalKind.SLEEP_WINDOW, window_start="23:00", window_end="23:00")
    assert problems(same) == ["window_end"]
    backwards = goal(GoalKind.CHECKIN, starts_on=SUNDAY, ends_on=MONDAY)
    assert problems(backwards) == ["ends_on"]
