"""When reminders come: at the check-in time while the person is at the computer (or when they
are back, the same day), the sleep diary soon after coming back from a long break, things due on
Today only while the journal is unlocked, each once."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

from wellness_journal.core.reminders import (
    DEFAULT_AWAY_HOURS,
    SLEEP_DELAY,
    Planner,
    Reminder,
    ReminderTimes,
)

TZ = timezone(timedelta(hours=-5))


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2025, 3, day, hour, minute, tzinfo=TZ)


def planner(**kw: object) -> Planner:
    return Planner(ReminderTimes(**kw))  # type: ignore[arg-type]


def test_the_check_in_comes_at_its_time_once_a_day():
    p = planner(checkin=True, checkin_at=time(20, 0))
    assert p.due(at(3, 19, 59)) == []
    assert p.due(at(3, 20, 0)) == [Reminder.CHECKIN]
    assert p.due(at(3, 20, 1)) == []
    assert p.due(at(4, 19, 0)) == []
    assert p.due(at(4, 20, 30)) == [Reminder.CHECKIN]


def test_the_check_in_waits_while_the_screen_is_locked_and_comes_when_back_the_same_day():
    p = planner(checkin=True, checkin_at=time(20, 0))
    p.set_away("screen", True, at(3, 18, 0))  # on shift
    assert p.due(at(3, 20, 0)) == []
    assert p.due(at(3, 22, 0)) == []
    p.set_away("screen", False, at(3, 23, 10))
    assert p.due(at(3, 23, 10)) == [Reminder.CHECKIN]


def test_a_held_check_in_lapses_at_midnight():
    p = planner(checkin=True, checkin_at=time(20, 0))
    p.set_away("screen", True, at(3, 18, 0))
    assert p.due(at(3, 20, 0)) == []
    p.set_away("screen", False, at(4, 7, 0))
    assert p.due(at(4, 7, 0)) == []


def test_no_check_in_reminder_when_it_is_known_to_be_done():
    p = planner(checkin=True, checkin_at=time(20, 0))
    p.mark_done(Reminder.CHECKIN, date(2025, 3, 3))
    assert p.due(at(3, 20, 0)) == []
    assert p.due(at(4, 20, 0)) == [Reminder.CHECKIN]


def test_turning_it_on_after_the_time_waits_for_tomorrow():
    p = planner()
    p.set_times(ReminderTimes(checkin=True, checkin_at=time(8, 0)), at(3, 9, 0))
    assert p.due(at(3, 9, 1)) == []
    assert p.due(at(4, 8, 0)) == [Reminder.CHECKIN]


def test_the_sleep_diary_comes_soon_after_coming_back_from_a_long_break():
    p = planner(sleep=True)
    p.set_away("screen", True, at(3, 23, 0))
    p.set_away("sleep", True, at(3, 23, 5))
    p.set_away("sleep", False, at(4, 6, 50))
    assert p.due(at(4, 6, 51)) == []  # the screen is still locked
    p.set_away("screen", False, at(4, 7, 0))
    assert p.due(at(4, 7, 1)) == []
    back = at(4, 7, 0) + SLEEP_DELAY
    assert p.due(back) == [Reminder.SLEEP]
    assert p.due(back + timedelta(minutes=1)) == []


def test_a_short_break_is_not_getting_up():
    p = planner(sleep=True)
    p.set_away("screen", True, at(4, 12, 0))
    p.set_away(
        "screen", False, at(4, 12, 0) + timedelta(hours=DEFAULT_AWAY_HOURS) - timedelta(minutes=1)
    )
    assert p.due(at(4, 17, 0)) == []


def test_day_sleep_after_nights_counts_too():
    p = planner(sleep=True, away_hours=4)
    p.set_away("screen", True, at(4, 8, 0))
    p.set_away("screen", False, at(4, 15, 30))
    assert p.due(at(4, 15, 35)) == [Reminder.SLEEP]


def test_the_sleep_reminder_lapses_after_an_hour_away_again():
    p = planner(sleep=True)
    p.started_with_computer(at(4, 7, 0))
    p.set_away("screen", True, at(4, 7, 2))
    assert p.due(at(4, 7, 30)) == []
    p.set_away("screen", False, at(4, 8, 30))  # a short break: no new morning
    assert p.due(at(4, 8, 31)) == []


def test_no_sleep_reminder_when_it_is_off_or_done():
    off = planner(sleep=False)
    off.started_with_computer(at(4, 7, 0))
    assert off.due(at(4, 7, 10)) == []
    done = planner(sleep=True)
    done.mark_done(Reminder.SLEEP, date(2025, 3, 4))
    done.started_with_computer(at(4, 7, 0))
    assert done.due(at(4, 7, 10)) == []


def test_things_due_are_reminded_only_while_unlocked_and_once_each():
    p = planner()
    assert p.due(at(4, 10, 0), None) == []  # locked: nothing inside is read
    assert p.due(at(4, 10, 1), {"incident:a:day3"}) == [Reminder.DUE]
    assert p.due(at(4, 10, 2), {"incident:a:day3"}) == []
    assert p.due(at(4, 10, 3), {"incident:a:day3", "selfcheck:PHQ-9"}) == [Reminder.DUE]


def test_nothing_due_is_reminded_while_the_person_is_away():
    p = planner()
    p.set_away("screen", True, at(4, 9, 0))
    assert p.due(at(4, 10, 0), {"x"}) == []
    p.set_away("screen", False, at(4, 10, 5))
    assert p.due(at(4, 10, 6), {"x"}) == [Reminder.DUE]


def test_times_survive_a_round_trip_and_bad_values_take_defaults():
    times = ReminderTimes(checkin=True, checkin_at=time(6, 45), sleep=True, away_hours=6)
    assert ReminderTimes.from_json(times.to_json()) == times
    assert ReminderTimes.from_json({"checkin": "yes", "checkin_at": "25:99", "away_hours": 99}) == (
        ReminderTimes()
    )
    assert ReminderTimes.from_json(None) == ReminderTimes()
