"""My plan: a few goals a person sets, often with a counselor, and how each week went.

A goal is matched against what is logged, or ticked by hand:

- ``EXERCISE``: an exercise (or any) on a day, for at least ``minutes`` (0: any session);
- ``SLEEP_DIARY``: a main sleep logged for the day (the sleep you got up from that day);
- ``SLEEP_WINDOW``: that sleep began and ended within ``WINDOW_SLACK_MIN`` minutes of the window
  (e.g. in bed 23:30, out 06:30), on every day, on days off or on work days (the shift noted in
  that day's check-in), like a CBT-i sleep window;
- ``CHECKIN``: a check-in on the day;
- ``BY_HAND``: ticked by hand ("call my peer supporter weekly").

Progress is counted per week, never as a streak: "3 of 5 days this week". A day not done is just
not done yet; nothing here counts what was missed in a row.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import Enum

MAX_TEXT = 200
MAX_MINUTES = 240
WEEK = 7
WINDOW_SLACK_MIN = 30  # minutes either side of the window's times that still count
MAX_GOALS = 12
_CLOCK = re.compile(r"([01]\d|2[0-3]):[0-5]\d")
WORK_FREE_SHIFTS = frozenset({"off"})


class GoalKind(str, Enum):
    EXERCISE = "exercise"
    SLEEP_DIARY = "sleep_diary"
    SLEEP_WINDOW = "sleep_window"
    CHECKIN = "checkin"
    BY_HAND = "by_hand"


class WindowDays(str, Enum):
    ALL = "all"
    OFF = "off"  # days whose check-in says the shift was "off"
    WORK = "work"  # days with any other shift noted


@dataclass(frozen=True)
class Goal:
    id: int | None
    uid: str
    kind: GoalKind
    text: str  # the goal in the person's own words
    starts_on: date
    ends_on: date | None = None  # the last day, None: no end
    per_week: int = WEEK  # days a week aimed for (7: every day, 1: once a week)
    exercise_id: str = ""  # EXERCISE: "" for any exercise
    minutes: int = 0  # EXERCISE: at least this many minutes on the day (0: any session)
    window_start: str = ""  # SLEEP_WINDOW: "23:30"
    window_end: str = ""  # SLEEP_WINDOW: "06:30"
    window_days: WindowDays = WindowDays.ALL
    sort_order: int = 0
    done_days: tuple[date, ...] = ()  # BY_HAND: the days ticked

    def active_on(self, day: date) -> bool:
        return self.starts_on <= day and (self.ends_on is None or day <= self.ends_on)

    def finished(self, today: date) -> bool:
        return self.ends_on is not None and self.ends_on < today


def is_clock(text: str) -> bool:
    return bool(_CLOCK.fullmatch(text))


def problems(goal: Goal) -> list[str]:
    """The fields that break the rules ([] when the goal is fine)."""
    bad = []
    if not goal.text.strip() or len(goal.text) > MAX_TEXT:
        bad.append("text")
    if not 1 <= goal.per_week <= WEEK:
        bad.append("per_week")
    if not 0 <= goal.minutes <= MAX_MINUTES:
        bad.append("minutes")
    if goal.ends_on is not None and goal.ends_on < goal.starts_on:
        bad.append("ends_on")
    if goal.kind is GoalKind.SLEEP_WINDOW:
        bad += [n for n in ("window_start", "window_end") if not is_clock(getattr(goal, n))]
        if goal.window_start == goal.window_end and "window_end" not in bad:
            bad.append("window_end")
    return bad


# -- what was logged ----------------------------------------------------------------------------


@dataclass(frozen=True)
class DayFacts:
    """What one day holds that a goal can be matched against."""

    checked_in: bool = False
    shift: str = ""
    sleep: tuple[tuple[datetime, datetime], ...] = ()  # main sleep ending that day: (in, out)
    exercise_seconds: Mapping[str, int] = field(default_factory=dict)  # by exercise id

    def exercise_minutes(self, exercise_id: str) -> float:
        if exercise_id:
            return self.exercise_seconds.get(exercise_id, 0) / 60.0
        return sum(self.exercise_seconds.values()) / 60.0

    def exercised(self, exercise_id: str) -> bool:
        if exercise_id:
            return exercise_id in self.exercise_seconds
        return bool(self.exercise_seconds)


NO_FACTS = DayFacts()


def _clock(text: str) -> time:
    hours, minutes = text.split(":")
    return time(int(hours), int(minutes))


def _off_by(moment: datetime, wanted: time) -> float:
    """Minutes between the wall clock time of ``moment`` and ``wanted``, across midnight."""
    have = moment.hour * 60 + moment.minute
    want = wanted.hour * 60 + wanted.minute
    gap = abs(have - want) % (24 * 60)
    return float(min(gap, 24 * 60 - gap))


def in_window(into_bed: datetime, out_of_bed: datetime, start: str, end: str) -> bool:
    """Into bed and out of bed each within ``WINDOW_SLACK_MIN`` of the window's clock times."""
    return (
        _off_by(into_bed, _clock(start)) <= WINDOW_SLACK_MIN
        and _off_by(out_of_bed, _clock(end)) <= WINDOW_SLACK_MIN
    )


class Mark(str, Enum):
    DONE = "done"
    OPEN = "open"  # not (yet) done: never called missed
    SKIP = "skip"  # the goal does not ask for this day (not a day off, say)
    OUTSIDE = "outside"  # before the goal started or after it ended
    LATER = "later"  # a day still to come


@dataclass(frozen=True)
class DayMark:
    day: date
    mark: Mark


def _applies(goal: Goal, facts: DayFacts) -> bool | None:
    """For a sleep window on days off or work days: whether the day is one (None: not known)."""
    if goal.kind is not GoalKind.SLEEP_WINDOW or goal.window_days is WindowDays.ALL:
        return True
    shift = facts.shift.strip().casefold()
    if not shift:
        return None
    off = shift in WORK_FREE_SHIFTS
    return off if goal.window_days is WindowDays.OFF else not off


def done_on(goal: Goal, day: date, facts: DayFacts) -> bool:
    kind = goal.kind
    if kind is GoalKind.BY_HAND:
        return day in goal.done_days
    if kind is GoalKind.CHECKIN:
        return facts.checked_in
    if kind is GoalKind.SLEEP_DIARY:
        return bool(facts.sleep)
    if kind is GoalKind.SLEEP_WINDOW:
        return any(
            in_window(start, end, goal.window_start, goal.window_end) for start, end in facts.sleep
        )
    if goal.minutes <= 0:
        return facts.exercised(goal.exercise_id)
    return facts.exercise_minutes(goal.exercise_id) >= goal.minutes - 1e-9


def mark_day(goal: Goal, day: date, facts: DayFacts, today: date) -> Mark:
    if not goal.active_on(day):
        return Mark.OUTSIDE
    applies = _applies(goal, facts)
    if applies is False:
        return Mark.SKIP
    if applies is None:  # a day off or not: not noted (yet)
        return Mark.LATER if day > today else Mark.SKIP
    if done_on(goal, day, facts):
        return Mark.DONE
    return Mark.LATER if day > today else Mark.OPEN


@dataclass(frozen=True)
class WeekProgress:
    goal: Goal
    first_day: date
    days: tuple[DayMark, ...]
    done: int
    aim: int  # days aimed for this week (fewer when the goal starts or ends within it)

    @property
    def reached(self) -> bool:
        return self.aim > 0 and self.done >= self.aim

    @property
    def counts_shift_days(self) -> bool:
        """A sleep window on days off or work days: the aim is the days that were such days."""
        return self.goal.kind is GoalKind.SLEEP_WINDOW and self.goal.window_days is not (
            WindowDays.ALL
        )


def week_start(day: date, first_weekday: int = 0) -> date:
    """The first day of ``day``'s week (``first_weekday``: 0 Monday ... 6 Sunday)."""
    return day - timedelta(days=(day.weekday() - first_weekday) % WEEK)


def week_progress(
    goal: Goal, first_day: date, facts: Mapping[date, DayFacts], today: date
) -> WeekProgress:
    days = [first_day + timedelta(days=n) for n in range(WEEK)]
    marks = tuple(DayMark(d, mark_day(goal, d, facts.get(d, NO_FACTS), today)) for d in days)
    done = sum(1 for m in marks if m.mark is Mark.DONE)
    active = sum(1 for d in days if goal.active_on(d))
    if goal.kind is GoalKind.SLEEP_WINDOW and goal.window_days is not WindowDays.ALL:
        aim = sum(1 for m in marks if m.mark in (Mark.DONE, Mark.OPEN))
    else:
        aim = min(goal.per_week, active)
    return WeekProgress(goal, first_day, marks, done, aim)


def weeks_between(first: date, last: date, first_weekday: int = 0) -> list[date]:
    """The first day of every week that touches ``first``..``last``."""
    start = week_start(first, first_weekday)
    out = []
    while start <= last:
        out.append(start)
        start += timedelta(days=WEEK)
    return out


def goals_in(goals: Iterable[Goal], first: date, last: date) -> list[Goal]:
    """The goals active on any day of ``first``..``last``."""
    return [g for g in goals if g.starts_on <= last and (g.ends_on is None or g.ends_on >= first)]
