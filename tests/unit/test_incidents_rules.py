"""Follow-up check-ins after a critical incident: when they open, close, and what they say."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from wellness_journal.core.incidents import (
    FollowUp,
    Incident,
    Status,
    Step,
    beyond_a_month,
    closes_on,
    due,
    is_high,
    latest_beyond_a_month,
    next_upcoming,
    on_today,
    opens_on,
    out_of_range,
    schedule,
)

INCIDENT = Incident(id=1, uid="inc", occurred_on=date(2024, 3, 1), category="serious crash")
WHEN = datetime(2024, 3, 4, 9, 0, tzinfo=timezone.utc)


def follow_up(step: Step, *answers: int, talk: str = "", uid: str = "inc") -> FollowUp:
    values = dict(
        zip(("sleep", "intrusive", "avoidance", "irritability", "mood"), answers, strict=True)
    )
    return FollowUp(None, f"f-{step.value}", uid, step, WHEN, talk=talk, **values)


def statuses(today: date, done: list[FollowUp] | None = None) -> dict[Step, Status]:
    return {s.step: s.status for s in schedule(INCIDENT, done or [], today)}


def test_check_ins_open_on_day_3_week_1_week_4_week_12():
    assert [opens_on(INCIDENT, s) for s in Step] == [
        date(2024, 3, 4),
        date(2024, 3, 8),
        date(2024, 3, 29),
        date(2024, 5, 24),
    ]
    assert closes_on(INCIDENT, Step.DAY3) == date(2024, 3, 8)
    assert closes_on(INCIDENT, Step.WEEK12) == date(2024, 6, 21)


@pytest.mark.parametrize(
    ("today", "expected_due"),
    [
        (date(2024, 3, 1), None),
        (date(2024, 3, 3), None),
        (date(2024, 3, 4), Step.DAY3),
        (date(2024, 3, 7), Step.DAY3),
        (date(2024, 3, 8), Step.WEEK1),
        (date(2024, 3, 28), Step.WEEK1),
        (date(2024, 3, 29), Step.WEEK4),
        (date(2024, 5, 23), Step.WEEK4),
        (date(2024, 5, 24), Step.WEEK12),
        (date(2024, 6, 20), Step.WEEK12),
        (date(2024, 6, 21), None),
    ],
)
def test_exactly_one_check_in_is_due_at_a_time(today, expected_due):
    found = due([INCIDENT], [], today)
    assert [item.step for _, item in found] == ([expected_due] if expected_due else [])


def test_a_done_check_in_is_no_longer_due_and_a_missed_one_quietly_passes():
    done = [follow_up(Step.DAY3, 1, 1, 0, 1, 1)]
    assert statuses(date(2024, 3, 5), done)[Step.DAY3] is Status.DONE
    assert due([INCIDENT], done, date(2024, 3, 5)) == []
    later = statuses(date(2024, 4, 2))
    assert later == {
        Step.DAY3: Status.PASSED,
        Step.WEEK1: Status.PASSED,
        Step.WEEK4: Status.DUE,
        Step.WEEK12: Status.UPCOMING,
    }


def test_next_upcoming():
    upcoming = next_upcoming(INCIDENT, [], date(2024, 3, 5))
    assert upcoming is not None
    assert (upcoming.step, upcoming.opens) == (Step.WEEK1, date(2024, 3, 8))
    assert next_upcoming(INCIDENT, [], date(2024, 6, 1)) is None


def test_other_incidents_follow_ups_do_not_count():
    other = follow_up(Step.DAY3, 0, 0, 0, 0, 0, uid="someone-else")
    assert statuses(date(2024, 3, 5), [other])[Step.DAY3] is Status.DUE


def test_due_lists_older_incidents_first():
    newer = Incident(2, "new", date(2024, 3, 5), "other")
    found = due([newer, INCIDENT], [], date(2024, 3, 8))
    assert [(i.uid, s.step) for i, s in found] == [("inc", Step.WEEK1), ("new", Step.DAY3)]


@pytest.mark.parametrize(
    ("answers", "high"),
    [
        ((0, 0, 0, 0, 0), False),
        ((2, 2, 2, 1, 2), False),  # total 9, nothing above "some"
        ((2, 2, 2, 2, 2), True),  # total 10
        ((0, 0, 3, 0, 0), True),  # one answer "quite a bit"
        ((0, 4, 0, 0, 0), True),
    ],
)
def test_what_counts_as_high(answers, high):
    assert is_high(follow_up(Step.WEEK4, *answers)) is high


@pytest.mark.parametrize(
    ("step", "answers", "shown"),
    [
        (Step.DAY3, (4, 4, 4, 4, 4), False),  # early reactions are common: no month message
        (Step.WEEK1, (4, 4, 4, 4, 4), False),
        (Step.WEEK4, (4, 4, 4, 4, 4), True),
        (Step.WEEK4, (1, 1, 1, 1, 1), False),
        (Step.WEEK12, (0, 3, 0, 0, 0), True),
        (Step.WEEK12, (1, 0, 1, 0, 1), False),
    ],
)
def test_beyond_a_month_only_at_week_4_or_12_when_answers_stay_high(step, answers, shown):
    assert beyond_a_month(follow_up(step, *answers)) is shown


def test_the_latest_month_check_in_decides():
    high4 = follow_up(Step.WEEK4, 3, 3, 2, 2, 2)
    low12 = follow_up(Step.WEEK12, 1, 0, 0, 1, 0)
    assert latest_beyond_a_month([high4], "inc") is high4
    assert latest_beyond_a_month([high4, low12], "inc") is None
    assert latest_beyond_a_month([follow_up(Step.DAY3, 4, 4, 4, 4, 4)], "inc") is None


def test_answers_out_of_range():
    assert out_of_range(follow_up(Step.DAY3, 0, 5, 0, -1, 0, talk="perhaps")) == [
        "intrusive",
        "irritability",
        "talk",
    ]


def test_today_lists_open_and_high_incidents_and_always_the_newest_two():
    def incident(n: int, day: date) -> Incident:
        return Incident(id=n, uid=f"i{n}", occurred_on=day, category="serious crash")

    today = date(2024, 9, 1)
    old = [incident(n, date(2023, 1, n)) for n in range(1, 6)]  # every check-in long passed
    recent = incident(10, date(2024, 8, 30))  # day 3 still to come
    high = incident(11, date(2024, 1, 1))
    stayed_high = follow_up(Step.WEEK4, 3, 3, 3, 3, 3, uid="i11")
    newest_first = [recent, old[4], old[3], high, old[2], old[1], old[0]]
    shown = on_today(newest_first, [stayed_high], today)
    assert [(i.uid, h) for i, _, h in shown] == [("i10", None), ("i5", None), ("i11", stayed_high)]
    assert [s.step for s in shown[0][1]] == list(Step)
    # Nothing open: the newest two, so the card is never empty while there are incidents.
    assert [i.uid for i, _, _ in on_today(old[::-1], [], today)] == ["i5", "i4"]
    # Never more than six.
    many = [incident(20 + n, date(2024, 8, 25 + n)) for n in range(7)]
    assert len(on_today(many[::-1], [], today)) == 6
