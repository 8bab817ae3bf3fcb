"""Every sleep-diary validation rule: what is refused, and what is still fine."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from wellness_journal.core.sleep import (
    MAX_PERIOD_MINUTES,
    Problem,
    SleepKind,
    SleepPeriod,
    overlapping,
    problems,
)

TZ = ZoneInfo("America/Denver")


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2024, 6, day, hour, minute, tzinfo=TZ)


GOOD = SleepPeriod(
    id=1,
    uid="good",
    kind=SleepKind.MAIN,
    into_bed=at(1, 22, 30),
    tried_to_sleep=at(1, 22, 45),
    final_awakening=at(2, 6, 0),
    out_of_bed=at(2, 6, 30),
    latency_min=20,
    awakenings=2,
    waso_min=30,
    quality=3,
)


def kinds(p: SleepPeriod, others: list[SleepPeriod] | None = None) -> list[Problem]:
    return [i.problem for i in problems(p, others or [])]


def test_a_good_night_has_no_problems():
    assert problems(GOOD) == []


@pytest.mark.parametrize("minutes", [0, -60])
def test_out_of_bed_must_be_after_into_bed(minutes):
    p = replace(GOOD, out_of_bed=GOOD.into_bed + timedelta(minutes=minutes))
    (issue,) = problems(p)
    assert issue.problem is Problem.OUT_NOT_AFTER_IN
    assert issue.field == "out_of_bed"


def test_no_period_over_24_hours():
    p = replace(GOOD, out_of_bed=GOOD.into_bed + timedelta(hours=24, minutes=1))
    issues = problems(p)
    assert issues[0].problem is Problem.TOO_LONG
    assert issues[0].minutes == 24 * 60 + 1
    assert issues[0].limit == MAX_PERIOD_MINUTES
    exactly = replace(GOOD, out_of_bed=GOOD.into_bed + timedelta(hours=24))
    assert Problem.TOO_LONG not in kinds(exactly)


@pytest.mark.parametrize("tried", [at(1, 22, 0), at(2, 7, 0)])
def test_tried_to_sleep_between_into_and_out_of_bed(tried):
    (issue,) = problems(replace(GOOD, tried_to_sleep=tried))
    assert issue.problem is Problem.TRIED_OUTSIDE
    assert issue.field == "tried_to_sleep"


@pytest.mark.parametrize(
    "final",
    [
        at(1, 23, 0),  # before falling asleep (22:45 + 20 min = 23:05)
        at(2, 6, 45),  # after getting up
    ],
)
def test_final_awakening_between_falling_asleep_and_getting_up(final):
    (issue,) = problems(replace(GOOD, final_awakening=final))
    assert issue.problem is Problem.FINAL_OUTSIDE
    assert issue.field == "final_awakening"


def test_final_awakening_right_when_falling_asleep_or_getting_up_is_fine():
    asleep = GOOD.tried_to_sleep + timedelta(minutes=GOOD.latency_min)
    assert problems(replace(GOOD, final_awakening=asleep, waso_min=0)) == []
    assert problems(replace(GOOD, final_awakening=GOOD.out_of_bed)) == []


def test_latency_plus_waso_not_longer_than_the_time_asleep():
    # Tried 22:45, woke 06:00: 435 minutes; 20 to fall asleep + 420 awake = 440.
    (issue,) = problems(replace(GOOD, waso_min=420))
    assert issue.problem is Problem.AWAKE_TOO_LONG
    assert (issue.minutes, issue.limit) == (440, 435)
    assert problems(replace(GOOD, waso_min=415)) == []  # exactly fills it: zero sleep, allowed


@pytest.mark.parametrize(
    "field", ["latency_min", "awakenings", "waso_min", "caffeine_drinks", "alcohol_drinks"]
)
def test_counts_cannot_be_negative(field):
    (issue,) = problems(replace(GOOD, **{field: -1}))
    assert (issue.problem, issue.field) == (Problem.NEGATIVE, field)


@pytest.mark.parametrize("quality", [0, 6])
def test_quality_is_one_to_five(quality):
    (issue,) = problems(replace(GOOD, quality=quality))
    assert issue.problem is Problem.QUALITY_RANGE
    assert problems(replace(GOOD, quality=None)) == []


def test_overlapping_periods_are_refused_touching_ones_are_not():
    nap_inside = SleepPeriod(
        2, "nap", SleepKind.NAP, at(2, 6, 0), at(2, 6, 0), at(2, 7, 0), at(2, 7, 0)
    )
    (issue,) = problems(GOOD, [nap_inside])
    assert issue.problem is Problem.OVERLAP
    assert issue.other is nap_inside
    after = replace(
        nap_inside,
        into_bed=at(2, 6, 30),
        tried_to_sleep=at(2, 6, 30),
        final_awakening=at(2, 8, 0),
        out_of_bed=at(2, 8, 0),
    )
    assert problems(GOOD, [after]) == []


def test_a_period_does_not_overlap_itself_when_edited():
    moved = replace(GOOD, out_of_bed=at(2, 6, 40))
    assert overlapping(moved, [GOOD]) == []
    same_uid_new_id = replace(GOOD, id=None)
    assert overlapping(same_uid_new_id, [GOOD]) == []


def test_overlap_is_judged_on_real_time_across_zones():
    # 06:30 MDT is 08:30 EDT: a nap from 08:00 EDT overlaps; one from 08:30 EDT touches.
    east = ZoneInfo("America/New_York")
    nap = SleepPeriod(
        3,
        "east",
        SleepKind.NAP,
        datetime(2024, 6, 2, 8, 0, tzinfo=east),
        datetime(2024, 6, 2, 8, 0, tzinfo=east),
        datetime(2024, 6, 2, 9, 0, tzinfo=east),
        datetime(2024, 6, 2, 9, 0, tzinfo=east),
    )
    assert kinds(GOOD, [nap]) == [Problem.OVERLAP]
    later = replace(nap, into_bed=datetime(2024, 6, 2, 8, 30, tzinfo=east))
    assert kinds(GOOD, [later]) == []


def test_problems_come_in_the_order_a_person_fixes_them():
    p = replace(GOOD, latency_min=-5, quality=9, tried_to_sleep=at(1, 20, 0))
    assert kinds(p) == [Problem.NEGATIVE, Problem.QUALITY_RANGE, Problem.TRIED_OUTSIDE]


def test_dates_are_what_the_user_sees():
    assert GOOD.final_awakening.date() == date(2024, 6, 2)
