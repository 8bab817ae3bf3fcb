"""The summary's charts: the Trends page's own chart code (``charts/``), in the light theme,
saved as SVG in memory.

SVG keeps a chart vector: ``summary_pages`` paints it with Qt's SVG renderer straight into the
PDF (paths, not pixels), so it stays sharp at any zoom and on paper. Text in a chart is drawn as
outlines (matplotlib's default), so it looks the same without the fonts installed.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from wellness_journal.charts.style import LIGHT, load_matplotlib
from wellness_journal.core.sleep_trends import SleepPoint
from wellness_journal.core.trend_data import CheckinDay, Events, ExerciseRatings
from wellness_journal.core.trends import Period
from wellness_journal.reports.blocks import Chart
from wellness_journal.services import report_words as w
from wellness_journal.services.report_format import Words

if TYPE_CHECKING:
    from wellness_journal.charts.style import Chart as Figure

WIDTH = 7.0  # inches: the text width of a Letter or A4 page with the report's margins
NAMED_SHIFTS = ("day", "evening", "night", "off")
_BLANK_GLYPH = re.compile(rb'<path id="([^"]+)" transform="[^"]*"/>')


def _svg(figure: Figure, title: str) -> Chart:
    from matplotlib.backends.backend_svg import FigureCanvasSVG

    width, height = figure.figure.get_size_inches()
    FigureCanvasSVG(figure.figure)
    out = io.BytesIO()
    figure.figure.savefig(
        out,
        format="svg",
        facecolor=LIGHT.background,
        metadata={"Date": None, "Creator": None, "Format": None, "Type": None},
    )
    return Chart(_without_blank_glyphs(out.getvalue()), float(width), float(height), title)


def _without_blank_glyphs(svg: bytes) -> bytes:
    """A blank glyph (the space) is written as a path without data, which Qt's SVG renderer
    warns about at every use; it draws nothing, so it and its uses are left out."""
    for name in set(_BLANK_GLYPH.findall(svg)):
        quoted = re.escape(name)
        svg = re.sub(rb'<path id="' + quoted + rb'" transform="[^"]*"/>', b"", svg)
        svg = re.sub(rb'<use xlink:href="#' + quoted + rb'"[^>]*/>', b"", svg)
    return svg


def checkins(days: Sequence[CheckinDay], period: Period, words: Words) -> Chart:
    load_matplotlib()  # one thread at a time (Trends may be drawing too)
    from wellness_journal.charts import checkins as chart

    labels = {
        "mood": words(w.MOOD),
        "stress": words(w.STRESS),
        "energy": words(w.ENERGY),
        "daily": words(w.DAILY),
        "average": words(w.WEEK_AVERAGE),
    }
    return _svg(chart.build(days, period, LIGHT, labels, width=WIDTH, height=3.6), labels["mood"])


def sleep(
    points: Sequence[SleepPoint], shifts: dict[date, str], period: Period, words: Words
) -> Chart:
    load_matplotlib()  # one thread at a time (Trends may be drawing too)
    from wellness_journal.charts import sleep as chart

    labels = {
        "hours": words(w.HOURS_ASLEEP),
        "main": words(w.MAIN_SLEEP),
        "nap": words(w.NAPS_LEGEND),
        "guide": words(w.SEVEN_HOURS),
        "efficiency": words(w.EFFICIENCY),
        "shift": words(w.SHIFT),
    }
    names = {key: words.item(key) for key in NAMED_SHIFTS}
    figure = chart.timeline(points, shifts, period, LIGHT, labels, names, width=WIDTH, height=3.4)
    return _svg(figure, labels["main"])


def stress(events: Events, period: Period, words: Words) -> Chart:
    """Stress log entries per day (the highest rating of each day); no incidents: those are in
    their own section, only when that is chosen."""
    load_matplotlib()  # one thread at a time (Trends may be drawing too)
    from wellness_journal.charts import events as chart

    labels = {
        "stress": words(w.HIGHEST_A_DAY),
        "after": "",
        "entries": words(w.ENTRIES),
        "incident": "",
    }
    figure = chart.build(events, period, LIGHT, labels, [], width=WIDTH, height=3.6)
    return _svg(figure, labels["entries"])


def ratings(rows: Sequence[ExerciseRatings], words: Words) -> Chart:
    load_matplotlib()  # one thread at a time (Trends may be drawing too)
    from wellness_journal.charts import coping as chart

    labels = {
        "before": words(w.STRESS_BEFORE),
        "after": words(w.STRESS_AFTER),
        "x": words(w.STRESS_AXIS),
    }
    names = [f"{words.exercise(r.exercise_id)} ({r.rated})" for r in rows]
    return _svg(chart.ratings(rows, names, LIGHT, labels, width=WIDTH), labels["x"])
