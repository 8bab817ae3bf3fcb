"""Every chart, every kind of range, both themes, drawn offscreen with Agg: years of entries
switch the sleep bars to weeks or months and the calendar to a row per year."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta, timezone

import pytest

from wellness_journal.charts.style import DARK, LIGHT
from wellness_journal.core.coping import CopingSession, Outcome
from wellness_journal.core.selfchecks import SCALES, Instrument, SelfCheck, Sex
from wellness_journal.core.trends import Bucket, Span
from wellness_journal.services import demo_today
from wellness_journal.services.trends import TrendsService
from wellness_journal.storage.repositories import coping as coping_repo
from wellness_journal.storage.repositories import selfchecks as selfchecks_repo
from wellness_journal.ui.trends import save_png
from wellness_journal.ui.trends.specs import sections

YEARS = 3


@pytest.fixture
def years_of_entries(db, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(demo_today, "DAYS", 365 * YEARS)
    today = date.today()
    rng = random.Random(3)
    with db.transaction():
        demo_today.generate(db, rng, today)
        for n in range(0, 365 * YEARS, 2):
            before = rng.randint(4, 9)
            coping_repo.insert_session(
                db,
                CopingSession(
                    None,
                    f"s{n}",
                    rng.choice(("box", "sigh", "grounding")),
                    datetime.combine(today - timedelta(days=n), time(12), timezone.utc),
                    240,
                    Outcome.COMPLETED,
                    before,
                    before - rng.randint(0, 3),
                ),
            )
        # every questionnaire, twice in the last two weeks and now and then over the years
        for instrument in Instrument:
            scale = SCALES[instrument]
            for days in (1, 10, 200, 400, 800):
                answers = tuple(rng.randint(0, scale.high) for _ in range(scale.items))
                selfchecks_repo.insert(
                    db,
                    SelfCheck(
                        None,
                        f"{instrument.slug}-{days}",
                        instrument,
                        datetime.combine(today - timedelta(days=days), time(20), timezone.utc),
                        answers,
                        Sex.FEMALE if instrument is Instrument.AUDITC else None,
                    ),
                )
    return db


@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=["light", "dark"])
def test_every_chart_draws_for_short_and_long_ranges(years_of_entries, theme, tmp_path):
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    db = years_of_entries
    for span in (Span.WEEKS_2, Span.ALL):
        svc = TrendsService(db).on(db)
        period = svc.period(span)
        assert (period.days > 365 * (YEARS - 1)) is (span is Span.ALL)
        for section in sections():
            for spec in section.specs:
                built = spec.build(svc, span, period, theme, 8.0)
                assert built.chart is not None, (spec.id, span)
                assert built.caption, (spec.id, span)
                FigureCanvasAgg(built.chart.figure).draw()
                width, height = built.chart.figure.get_size_inches()
                assert width == 8.0
                assert 1.5 < height < 8.0, (spec.id, height)
                if spec.id == "sleep":
                    assert built.data.bucket is (
                        Bucket.DAY if span is Span.WEEKS_2 else Bucket.MONTH
                    )
    # and the long calendar saved on its own, with its heading
    svc = TrendsService(db).on(db)
    period = svc.period(Span.ALL)
    calendar = next(s for sec in sections() for s in sec.specs if s.id == "calendar")
    built = calendar.build(svc, Span.ALL, period, theme, 8.0)
    out = tmp_path / "calendar.png"
    save_png.write_png(calendar, built, theme, out)
    assert out.read_bytes().startswith(b"\x89PNG")


@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=["light", "dark"])
def test_the_calendar_in_year_rows_colours_each_day_where_its_hover_is(theme):
    """Years of days are drawn as one picture, a pixel per day: each day's colour (its mood, a
    check-in without a mood, nothing logged) lands where the pointer finds that day."""
    from matplotlib.colors import to_rgba

    from wellness_journal.charts import calendar
    from wellness_journal.charts.render import render
    from wellness_journal.core.trend_data import CheckinDay
    from wellness_journal.core.trends import Period

    period = Period(date(2023, 3, 10), date(2025, 8, 20))
    moods = {period.first + timedelta(days=n): 1 + n % 5 for n in range(0, period.days, 3)}
    unrated = {period.first + timedelta(days=n) for n in range(1, period.days, 7)} - set(moods)
    days = [CheckinDay(d, True, mood=m) for d, m in moods.items()]
    days += [CheckinDay(d, True) for d in unrated]
    chart = calendar.build(
        days,
        period,
        theme,
        {"checked": "Checked in", "none": "Nothing", "moods": "Mood"},
        ["1", "2", "3", "4", "5"],
        ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"],
        [f"M{m}" for m in range(1, 13)],
        width=8.0,
    )
    picture = render(chart, 8.0)
    hover = next(h for h in picture.hovers if h.key == "day")
    assert len(hover.xs) == period.days
    rgba = picture.rgba

    def colour_at(index: int) -> tuple[int, ...]:
        px, py = hover.pixel(hover.xs[index], hover.ys[index])
        x, y = int(px), picture.height - 1 - int(py)  # rows counted from the top
        at = (y * picture.width + x) * 4
        return tuple(rgba[at : at + 4])

    def expected(colour: str) -> tuple[int, ...]:
        return tuple(round(c * 255) for c in to_rgba(colour))

    for n, day in enumerate(period.dates()):
        if day in moods:
            want = theme.ramp[moods[day] - 1]
        elif day in unrated:
            want = theme.unrated
        else:
            want = theme.empty_cell
        assert colour_at(n) == expected(want), (day, n)


@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=["light", "dark"])
def test_check_ins_over_years_are_a_point_per_month_with_gaps_kept(theme):
    """Past two years the check-in chart draws each month's average (thousands of daily dots
    only blur); a month with nothing rated breaks the line, and hovering says the month."""
    import math
    from dataclasses import replace

    from wellness_journal.charts.style import day_number
    from wellness_journal.core.trend_data import CheckinDay
    from wellness_journal.core.trends import MONTHLY_DAYS, Period
    from wellness_journal.ui.trends.specs_checkins import CheckinsSpec

    period = Period(date(2021, 1, 1), date(2023, 12, 31))
    assert period.days > MONTHLY_DAYS
    days = [
        CheckinDay(d, True, mood=1 + d.day % 5, stress=d.day % 11, energy=None)
        for d in period.dates()
        if (d.year, d.month) != (2022, 6)  # June 2022: nothing
    ]
    spec = CheckinsSpec()
    chart = spec.draw(days, period, theme, 8.0)
    mood = next(h for h in chart.hovers if h.key == "mood_month")
    assert len(mood.xs) == 36 - 1
    january = [1 + n % 5 for n in range(1, 32)]
    assert mood.ys[0] == pytest.approx(sum(january) / 31)
    assert mood.xs[0] == day_number(date(2021, 1, 1)) + 15.5  # the middle of the month
    assert not [h for h in chart.hovers if h.key == "energy_month" and h.xs]  # never rated
    line = chart.figure.axes[0].get_lines()[0]
    gaps = [x for x, y in zip(line.get_xdata(), line.get_ydata(), strict=True) if math.isnan(y)]
    assert gaps == [day_number(date(2022, 7, 1)) + 15.5]  # the line breaks before July
    assert spec.describe(days, period, "mood_month", 0) == (
        "January 2021\nMood averaged 3.0 of 5, over 31 days"
    )
    assert spec.describe(days, period, "stress_month", 1).startswith("February 2021\nStress")
    later = [replace(d, mood=5) for d in days]  # the chart drawn again from new entries
    assert spec.describe(later, period, "mood_month", 0).startswith(
        "January 2021\nMood averaged 5.0"
    )
    assert "Each point is a month's average." in spec.caption(days, period, Span.ALL)
    shorter = Period(date(2023, 1, 1), date(2023, 12, 31))
    daily = spec.draw([d for d in days if d.day in shorter], shorter, theme, 8.0)
    assert {h.key for h in daily.hovers} == {"mood", "stress", "energy"}


def test_the_stress_log_over_years_has_dots_without_stems():
    """Past two years a stem under each day's dot only fills the panel in: the dots stay, each
    where its hover is, and the stems go."""
    from matplotlib.collections import LineCollection

    from wellness_journal.core.trend_data import Events, StressDay
    from wellness_journal.core.trends import MONTHLY_DAYS, Period
    from wellness_journal.ui.trends.specs_events import EventsSpec

    def stems_and_dots(period: Period) -> tuple[int, int]:
        stress = tuple(StressDay(d, 1, 1 + d.day % 10, 5.0) for d in period.dates() if d.day < 4)
        events = Events(stress=stress, incidents=(), follow_ups=(), first=period.first)
        chart = EventsSpec().draw(events, period, LIGHT, 8.0)
        top = chart.figure.axes[0]
        stems = [c for c in top.collections if isinstance(c, LineCollection) and c.get_segments()]
        dots = [line for line in top.get_lines() if len(line.get_xdata()) == len(stress)]
        return sum(len(c.get_segments()) for c in stems), len(dots)

    short = Period(date(2024, 1, 1), date(2024, 12, 31))
    long = Period(date(2020, 1, 1), date(2024, 12, 31))
    assert long.days > MONTHLY_DAYS >= short.days
    assert stems_and_dots(short) == (36, 1)
    assert stems_and_dots(long) == (0, 1)


def test_a_drawn_chart_lets_its_figure_go_and_keeps_its_hovers(years_of_entries, qapp):
    """Once drawn into a picture the figure is emptied (its parts go by reference counting, not
    in a long collection holding the GIL); hovering still finds the points."""
    from wellness_journal.ui.trends.specs import with_picture

    db = years_of_entries
    svc = TrendsService(db).on(db)
    period = svc.period(Span.ALL)
    spec = next(s for sec in sections() for s in sec.specs if s.id == "checkins")
    built = spec.build(svc, Span.ALL, period, LIGHT, 8.0)
    figure = built.chart.figure
    shown = with_picture(built, 8.0, 1.0)
    assert shown.chart is None
    assert not shown.image.isNull()
    assert figure.axes == []
    hover = shown.picture.hovers[0]
    assert hover.xs
    px, py = hover.pixel(hover.xs[0], hover.ys[0])
    assert hover.contains(px, py)
