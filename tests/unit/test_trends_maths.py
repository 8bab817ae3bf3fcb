"""Trend maths against figures worked out by hand: 7-day means that keep gaps, halves, the
trend line and its 14-point rule, sleep by shift, buckets, runs, ticks."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from wellness_journal.charts.guides import time_ticks
from wellness_journal.core import sleep_trends as st
from wellness_journal.core import trends as t
from wellness_journal.core.localzone import minutes_between, parse_instant
from wellness_journal.core.sleep_trends import SleepPoint
from wellness_journal.core.trend_data import CheckinDay
from wellness_journal.core.trends import (
    Bucket,
    Direction,
    Period,
    Span,
    Strength,
)

D = date(2024, 3, 4)  # a Monday


def day(n: int) -> date:
    return D + timedelta(days=n)


# -- ranges -------------------------------------------------------------------------------------


def test_ranges_end_today_and_all_starts_at_the_first_entry():
    today = date(2024, 11, 10)
    assert t.period_for(Span.WEEKS_2, today) == Period(date(2024, 10, 28), today)
    assert t.period_for(Span.WEEKS_2, today).days == 14
    assert t.period_for(Span.MONTHS_3, today).days == 91
    assert t.period_for(Span.YEAR, today).days == 365
    assert t.period_for(Span.ALL, today, date(2019, 5, 1)) == Period(date(2019, 5, 1), today)
    assert t.period_for(Span.ALL, today, None) == Period(today, today)


# -- 7-day means ----------------------------------------------------------------------------------


def test_rolling_mean_needs_four_logged_days_in_the_window():
    values = [4, None, 2, 6, None, None, None, 8, None, None, None, None, None, None, None]
    means = t.rolling_mean(values)
    # day 3: window holds 4, 2, 6 -> only 3 values: a gap
    assert means[:4] == [None, None, None, None]
    # day 7: window days 1..7 holds 2, 6, 8 -> 3 values: still a gap
    assert means[7] is None
    values[5] = 3  # now day 7's window (days 1..7) holds 2, 6, 3, 8
    means = t.rolling_mean(values)
    assert means[6] == pytest.approx((4 + 2 + 6 + 3) / 4)  # days 0..6
    assert means[7] == pytest.approx((2 + 6 + 3 + 8) / 4)  # days 1..7
    assert means[8] == pytest.approx((2 + 6 + 3 + 8) / 4)  # days 2..8
    # then a long pause: too little in each window -> gaps, nothing drawn across them
    assert means[9:] == [None] * 6


def test_daily_checkins_fill_every_day_and_use_the_week_before_the_range():
    period = Period(day(7), day(13))
    rows = [
        CheckinDay(day(n), True, mood=3, stress=s, energy=None)
        for n, s in ((1, 2), (2, 4), (3, 6), (7, 8), (8, 10))
    ]
    days = t.daily_checkins(period, rows)
    assert [d.day for d in days] == [day(n) for n in range(7, 14)]
    first = days[0]  # day 7: window days 1..7 -> 2, 4, 6, 8
    assert first.checked_in
    assert first.stress == 8
    assert first.stress_mean == pytest.approx(5.0)
    assert first.energy_mean is None  # energy never rated
    assert first.mood_mean == pytest.approx(3.0)
    assert days[1].stress_mean == pytest.approx((4 + 6 + 8 + 10) / 4)  # day 8: days 2..8
    assert not days[2].checked_in
    assert days[2].stress is None
    assert days[2].stress_mean is None  # day 9: days 3..9 hold only 6, 8, 10: a gap
    assert [d.stress_mean for d in days[3:]] == [None] * 4


# -- halves ---------------------------------------------------------------------------------------------


def test_halves_say_up_down_or_steady_and_nothing_with_too_little():
    up = t.compare_halves([3, 3, 4, 3, None, 6, 6, 5, 7, 6])
    assert up is not None
    assert up.direction is Direction.UP
    assert up.earlier == pytest.approx(13 / 4)
    assert up.later == pytest.approx(6.0)
    steady = t.compare_halves([5, 5, 5, 5, 5, 5, 5, 4])
    assert steady is not None
    assert steady.direction is Direction.STEADY
    assert t.compare_halves([5, None, None, None, 5, 5, 5, 5]) is None  # first half: 1 value


# -- trend line -----------------------------------------------------------------------------------------


def test_fit_line_by_hand():
    fit = t.fit_line([1, 2, 3, 4], [2, 4, 6, 8])
    assert fit is not None
    assert fit.slope == pytest.approx(2.0)
    assert fit.intercept == pytest.approx(0.0)
    assert fit.r == pytest.approx(1.0)
    fit = t.fit_line([1, 2, 3], [3, 1, 2])  # slope -0.5, intercept 3, r = -0.5
    assert fit is not None
    assert fit.slope == pytest.approx(-0.5)
    assert fit.intercept == pytest.approx(3.0)
    assert fit.r == pytest.approx(-0.5)
    assert t.fit_line([2, 2, 2], [1, 2, 3]) is None  # no spread in x
    assert t.fit_line([1], [1]) is None


def test_no_trend_line_under_fourteen_points():
    thirteen = t.relation((float(n), float(n % 5)) for n in range(13))
    assert thirteen.n == 13
    assert not thirteen.enough
    assert thirteen.fit is None
    fourteen = t.relation((float(n), float(n % 5)) for n in range(14))
    assert fourteen.enough
    assert fourteen.fit is not None


def test_strength_bands():
    assert t.strength(0.05) is Strength.NONE
    assert t.strength(-0.2) is Strength.WEAK
    assert t.strength(-0.6) is Strength.CLEAR


# -- sleep -------------------------------------------------------------------------------------------------


def point(n: int, main: float, nap: float = 0.0, bed: float | None = None, shift: str = ""):  # type: ignore[no-untyped-def]
    return SleepPoint(day(n), main, nap, bed if bed is not None else main + nap + 60, shift)


def test_by_shift_averages_with_day_counts_in_the_usual_order():
    points = [
        point(0, 300, shift="night", bed=400),  # 5 h
        point(1, 330, 30, shift="night", bed=400),  # 6 h with the nap
        point(2, 480, shift="off", bed=500),  # 8 h
        point(3, 420, shift="day", bed=480),
        point(4, 400, shift=""),  # no shift noted: left out
        point(5, 360, shift="Court duty", bed=400),  # one the user added: after the usual ones
    ]
    rows = st.by_shift(points)
    assert [r.shift for r in rows] == ["day", "night", "off", "Court duty"]
    night = rows[1]
    assert night.days == 2
    assert night.average == pytest.approx(330.0)  # (300 + 360) / 2 minutes
    assert night.efficiency == pytest.approx(660 / 800 * 100)  # all sleep over all time in bed
    assert rows[2].average == pytest.approx(480.0)
    assert rows[2].days == 1
    least, most = st.shortest_and_longest(rows) or (None, None)
    assert least is night
    assert most is rows[2]
    assert st.shortest_and_longest(rows[:1]) is None


def test_weekly_sleep_bars_average_per_logged_day():
    points = [point(0, 360), point(1, 420, 60), point(8, 300)]  # Mon, Tue; next Tue
    bars = st.sleep_bars(points, Bucket.WEEK)
    assert [b.start for b in bars] == [day(0), day(7)]
    assert bars[0].days == 2
    assert bars[0].main == pytest.approx(390.0)
    assert bars[0].nap == pytest.approx(30.0)
    assert bars[0].total == pytest.approx(420.0)
    summary = st.sleep_summary(points)
    assert summary is not None
    assert summary.days == 3
    assert summary.at_least_guide == 1
    assert summary.average == pytest.approx((360 + 480 + 300) / 3)


def test_buckets_by_range_length():
    assert t.bucket_for(Period(day(0), day(91))) is Bucket.DAY
    assert t.bucket_for(Period(day(0), day(364))) is Bucket.WEEK
    assert t.bucket_for(Period(day(0), day(3000))) is Bucket.MONTH
    assert t.bucket_start(date(2024, 3, 7), Bucket.WEEK) == date(2024, 3, 4)
    assert t.bucket_start(date(2024, 3, 7), Bucket.MONTH) == date(2024, 3, 1)
    assert t.bucket_days(date(2024, 2, 1), Bucket.MONTH) == 29


def test_sleep_pairs_with_the_stress_of_the_day_woken_into():
    points = [point(0, 300), point(1, 480), point(2, 420)]
    rel = st.sleep_and_stress(points, {day(0): 7.0, day(2): 3.0, day(5): 1.0})
    assert rel.xs == (5.0, 7.0)
    assert rel.ys == (7.0, 3.0)
    assert rel.days == (day(0), day(2))
    assert rel.fit is None  # two days: no line


# -- other -------------------------------------------------------------------------------------------------


def test_stress_days_count_highest_and_hard_moments():
    days = t.stress_days([(day(0), 4), (day(0), 8), (day(2), 7), (day(0), 2)])
    assert [(d.day, d.entries, d.highest, d.high) for d in days] == [
        (day(0), 3, 8, 1),
        (day(2), 1, 7, 1),
    ]
    assert days[0].average == pytest.approx(14 / 3)
    summary = t.stress_summary(days)
    assert summary is not None
    assert (summary.entries, summary.days, summary.high) == (4, 2, 2)


def test_longest_run_and_practice_buckets():
    assert t.longest_run([day(0), day(1), day(2), day(4), day(5)]) == 3
    assert t.longest_run([]) == 0
    bars = t.count_bars([(day(0), 2, 10.0), (day(3), 1, 5.0), (day(7), 1, 2.0)], Bucket.WEEK)
    assert [(b.start, b.count, b.minutes) for b in bars] == [(day(0), 3, 15.0), (day(7), 1, 2.0)]
    assert t.per_week(14, Period(day(0), day(27))) == pytest.approx(3.5)


def test_time_axis_marks_stay_few_and_say_where_months_change():
    marks = time_ticks(date(2024, 10, 28), date(2024, 11, 10))
    october, november = f"{date(2024, 10, 1):%b}", f"{date(2024, 11, 1):%b}"
    assert [text for _, text in marks] == [
        f"{october} 28",
        "30",
        f"{november} 1",
        "3",
        "5",
        "7",
        "9",
    ]
    for first, last in [
        (date(2024, 8, 12), date(2024, 11, 10)),
        (date(2023, 11, 11), date(2024, 11, 10)),
        (date(2014, 11, 12), date(2024, 11, 10)),
    ]:
        marks = time_ticks(first, last)
        assert 3 <= len(marks) <= 8, (first, marks)
        assert all(first <= d <= last for d, _ in marks)
    assert "2024" in [text for _, text in time_ticks(date(2023, 11, 11), date(2024, 11, 10))]


def test_minutes_between_fixed_offsets_match_the_zone_rules():
    chicago = ZoneInfo("America/Chicago")
    start = datetime(2024, 11, 2, 23, 0, tzinfo=chicago)  # the night the clocks go back
    end = datetime(2024, 11, 3, 7, 0, tzinfo=chicago)
    read_back = parse_instant(start.isoformat()), parse_instant(end.isoformat())
    assert all(isinstance(x.tzinfo, timezone) for x in read_back)
    assert minutes_between(*read_back) == minutes_between(start, end) == 9 * 60


def test_month_averages_leave_out_days_and_months_not_rated():
    values = [
        (date(2024, 1, 3), 2.0),
        (date(2024, 1, 20), None),  # checked in, not rated: not a zero
        (date(2024, 1, 31), 5.0),
        (date(2024, 2, 1), 4.0),
        (date(2024, 4, 9), 1.0),  # March: nothing rated, so no March at all
        (date(2024, 4, 10), 2.0),
        (date(2024, 4, 30), 4.0),
    ]
    means = t.bucket_means(reversed(values), Bucket.MONTH)  # any order in, oldest first out
    assert [(m.start, m.days, m.mean) for m in means] == [
        (date(2024, 1, 1), 2, 3.5),
        (date(2024, 2, 1), 1, 4.0),
        (date(2024, 4, 1), 3, 7.0 / 3),
    ]
    weeks = t.bucket_means([(day(0), 1.0), (day(6), 3.0), (day(7), 5.0)], Bucket.WEEK)
    assert [(m.start, m.mean) for m in weeks] == [(day(0), 2.0), (day(7), 5.0)]
    assert t.bucket_means([(day(0), None)], Bucket.MONTH) == []
