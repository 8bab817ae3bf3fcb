"""Captions are worked out from the data, in plain words, and make no claim the data cannot
carry (no trend under 14 days, "a pattern, not a cause")."""

from __future__ import annotations

from datetime import date, timedelta

from wellness_journal.core.sleep_trends import ShiftSleep
from wellness_journal.core.trend_data import CheckinDay, ExerciseRatings
from wellness_journal.core.trends import (
    Period,
    Span,
    daily_checkins,
    relation,
)
from wellness_journal.ui.trends.specs_checkins import CalendarSpec, CheckinsSpec
from wellness_journal.ui.trends.specs_coping import RatingsSpec
from wellness_journal.ui.trends.specs_sleep import ByShiftSpec, SleepStressSpec

FIRST = date(2024, 5, 1)
PERIOD = Period(FIRST, FIRST + timedelta(days=13))


def test_sleep_by_shift_caption_names_the_shortest_and_longest_with_their_days():
    rows = [
        ShiftSleep("day", 10, 400.0, 90.0),
        ShiftSleep("night", 23, 340.0, 85.0),
        ShiftSleep("off", 9, 470.0, 91.0),
    ]
    text = ByShiftSpec().caption(rows, PERIOD, Span.MONTHS_3)
    assert text == (
        "Your average sleep on night-shift days was 5 h 40 min over 23 days; "
        "on days off it was 7 h 50 min over 9 days."
    )
    other = ByShiftSpec().caption([ShiftSleep("night", 1, 301.0, 80.0)], PERIOD, Span.WEEKS_2)
    assert other.startswith("Your average sleep on night-shift days was 5 h 01 min over 1 day.")


def test_sleep_and_stress_caption_makes_no_claim_under_fourteen_days():
    few = relation([(5.0 + n % 3, 6.0 - n % 3) for n in range(9)])
    text = SleepStressSpec().caption(few, PERIOD, Span.MONTHS_3)
    assert "9 days so far" in text
    assert "From 14 such days on" in text
    assert "more stress" not in text.replace("goes with more stress", "")
    enough = relation([(5.0 + n % 4, 8.0 - 2 * (n % 4)) for n in range(20)])
    text = SleepStressSpec().caption(enough, PERIOD, Span.MONTHS_3)
    assert text.startswith("Over 20 days, shorter sleep went with more stress the next day:")
    assert "about 2.0 points more for each hour less" in text
    assert text.endswith("It is a pattern in your own entries, not proof of a cause.")
    same = relation([(7.0, float(n % 5)) for n in range(15)])
    assert "no trend to show" in SleepStressSpec().caption(same, PERIOD, Span.MONTHS_3)
    flat = relation([(5.0 + n % 4, 4.0 + (n // 4) % 2) for n in range(16)])
    assert "made little difference" in SleepStressSpec().caption(flat, PERIOD, Span.MONTHS_3)


def test_check_in_caption_counts_days_and_compares_the_halves():
    rows = [
        CheckinDay(FIRST + timedelta(days=n), True, mood=3, stress=s)
        for n, s in enumerate([3, 3, 4, 3, 2, 3, 3, 6, 6, 7, 6, 5, 6, 6])
        if n != 4
    ]
    days = daily_checkins(PERIOD, rows)
    text = CheckinsSpec().caption(days, PERIOD, Span.WEEKS_2)
    assert text.startswith("You checked in on 13 of these 14 days.")
    assert "Stress averaged 4.7 out of 10: higher in the second half" in text  # 61 / 13
    assert "(6.0) than in the first (3.2)" in text
    assert "Mood averaged 3.0 out of 5, about the same all through." in text
    calendar = CalendarSpec().caption(days, PERIOD, Span.WEEKS_2)
    assert calendar.startswith("You checked in on 13 of these 14 days.")
    assert "longest run was 9 days in a row" in calendar


def test_coping_caption_comes_from_the_ratings():
    rows = [
        ExerciseRatings("box", 12, 10, 6.0, 3.5),
        ExerciseRatings("sigh", 8, 8, 6.5, 2.5),
        ExerciseRatings("478", 2, 1, 7.0, 6.0),
    ]
    text = RatingsSpec().caption(rows, PERIOD, Span.MONTHS_3)
    assert text.startswith(
        "Your stress came down most with Physiological sigh: from 6.5 to 2.5 on average, "
        "over 8 rated sessions."
    )
    assert "One more exercise needs 3 rated sessions to show here." in text


def test_practice_and_stress_log_captions_count_from_the_data():
    from wellness_journal.core.incidents import Step
    from wellness_journal.core.trend_data import Events, FollowUpScore, IncidentMark, StressDay
    from wellness_journal.core.trends import Bucket, CountBar
    from wellness_journal.ui.trends.specs_coping import Practice, PracticeSpec
    from wellness_journal.ui.trends.specs_events import EventsSpec

    practice = Practice([CountBar(FIRST, 6, 30.0)], Bucket.WEEK, 6, 5, 95.0)
    assert PracticeSpec().caption(practice, PERIOD, Span.WEEKS_2) == (
        "You practised 6 times on 5 days in these 2 weeks, 1 h 35 min in all: "
        "about 3.0 times a week."
    )
    once = Practice([CountBar(FIRST, 1, 4.0)], Bucket.DAY, 1, 1, 4.0)
    assert (
        PracticeSpec()
        .caption(once, PERIOD, Span.ALL)
        .startswith("You practised once on 1 day since you started, 4 min in all")
    )
    crash = IncidentMark("a", FIRST, "serious crash")
    events = Events(
        stress=(StressDay(FIRST, 2, 8, 6.5, 1), StressDay(PERIOD.last, 1, 4, 4.0, 0)),
        incidents=(crash,),
        follow_ups=(
            FollowUpScore("a", Step.DAY3, FIRST + timedelta(days=3), 12),
            FollowUpScore("a", Step.WEEK1, FIRST + timedelta(days=7), 7),
        ),
        first=FIRST,
    )
    text = EventsSpec().caption(events, PERIOD, Span.WEEKS_2)
    assert text.startswith(
        "You logged 3 stressful moments on 2 days, and rated 1 of them 7 or higher."
    )
    assert "went from 12 at day 3 to 7 at week 1, out of 20: lower means fewer reactions" in text


def test_the_timeline_never_names_the_kind_of_a_hard_call():
    """Trends may be open with someone looking over a shoulder: a hard call is "a hard call"
    and its date, in the chart, its caption and its hover text; its kind is on its own page."""
    from matplotlib.text import Text

    from wellness_journal.charts.style import LIGHT
    from wellness_journal.core.incidents import Step
    from wellness_journal.core.trend_data import Events, FollowUpScore, IncidentMark, StressDay
    from wellness_journal.ui.trends.specs_events import EventsSpec

    events = Events(
        stress=(StressDay(FIRST, 1, 8, 8.0, 1),),
        incidents=(IncidentMark("a", FIRST + timedelta(days=1), "death"),),
        follow_ups=(FollowUpScore("a", Step.DAY3, FIRST + timedelta(days=4), 9),),
        first=FIRST,
    )
    spec = EventsSpec()
    chart = spec.draw(events, PERIOD, LIGHT, 8.0)
    drawn = [t.get_text() for t in chart.figure.findobj(Text)]
    words = [
        *drawn,
        spec.caption(events, PERIOD, Span.WEEKS_2),
        spec.describe(events, PERIOD, "incident", 0),
        spec.describe(events, PERIOD, "after", 0),
    ]
    assert "Hard call" in drawn
    assert not [w for w in words if "death" in w.lower()]
    assert "A hard call" in spec.describe(events, PERIOD, "incident", 0)


def test_years_of_hard_calls_make_a_short_caption_counting_them():
    """Thirty years hold about a hundred hard calls: the caption counts them, says how many
    eased, and tells the latest, instead of a sentence for each (a wall of text)."""
    from wellness_journal.core.incidents import Step
    from wellness_journal.core.trend_data import Events, FollowUpScore, IncidentMark
    from wellness_journal.core.trends import after_incidents
    from wellness_journal.ui.trends.specs_events import MAX_TOLD, EventsSpec
    from wellness_journal.ui.trends.words import short_day

    whole = Period(FIRST, FIRST + timedelta(days=400))
    marks = tuple(IncidentMark(f"i{n}", FIRST + timedelta(days=30 * n), "crash") for n in range(6))
    scores = []
    for n, mark in enumerate(marks[:5]):  # the last one has no check-ins yet
        first, last = (12, 7) if n % 2 == 0 else (6, 9)  # three eased, two did not
        scores.append(FollowUpScore(mark.uid, Step.DAY3, mark.day + timedelta(days=3), first))
        if n != 4:  # the fifth has only one check-in: nothing to compare
            scores.append(FollowUpScore(mark.uid, Step.WEEK1, mark.day + timedelta(days=7), last))
    events = Events(stress=(), incidents=marks, follow_ups=tuple(scores), first=FIRST)

    told = after_incidents(events, whole)
    assert [a.mark.uid for a in told] == ["i0", "i1", "i2", "i3", "i4", "i5"]
    assert [(a.first.total, a.last.total) for a in told if a.first and a.last] == [
        (12, 7),
        (6, 9),
        (12, 7),
        (6, 9),
    ]
    assert [a.lower for a in told] == [True, False, True, False, False, False]
    assert len(told) > MAX_TOLD

    text = EventsSpec().caption(events, whole, Span.ALL)
    assert text.startswith("You logged 6 hard calls since you started.")
    assert "For 2 of the 4 with two or more check-ins after them" in text
    assert text.count("After the hard call on") == 1  # only the latest with scores to compare
    assert f"After the hard call on {short_day(marks[3].day)}, your" in text
    assert "went from 6 at day 3 to 9 at week 1" in text
    assert "You logged a hard call on" not in text

    few = Events(stress=(), incidents=marks[:2], follow_ups=tuple(scores[:4]), first=FIRST)
    short = EventsSpec().caption(few, whole, Span.ALL)
    assert short.count("After the hard call on") == 2  # a few are each told in full
