"""Coping: stress before and after each exercise (a dot for each, joined), and practice over
time (sessions per day, week or month)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from wellness_journal.charts.guides import legend, time_axis
from wellness_journal.charts.sleep import bar_centres
from wellness_journal.charts.style import (
    Chart,
    ChartTheme,
    Hover,
    Margins,
    draw_bars,
    new_figure,
    style_axes,
    text_width,
)
from wellness_journal.core.trend_data import ExerciseRatings
from wellness_journal.core.trends import Bucket, CountBar, Period


def ratings(
    rows: Sequence[ExerciseRatings],
    names: Sequence[str],
    theme: ChartTheme,
    labels: Mapping[str, str],
    *,
    width: float = 8.0,
    height: float | None = None,
) -> Chart:
    """One row per exercise (rows with both averages only): the average rating before and after.
    ``names`` say how many rated sessions each row rests on. ``labels``: "before", "after", "x"."""
    from matplotlib.lines import Line2D

    height = height or max(2.4, 1.1 + 0.58 * len(rows))
    fig = new_figure(theme, width, height)
    ax = fig.add_subplot()
    chart = Chart(
        fig,
        margins=Margins(left=max(text_width(n) for n in names) + 0.3, top=0.45, bottom=0.65),
    )
    style_axes(ax, theme, grid_y=False, grid_x=True)
    ys = [float(y) for y in range(len(rows))][::-1]
    before = [r.before or 0.0 for r in rows]
    after = [r.after or 0.0 for r in rows]
    ax.hlines(ys, before, after, color=theme.muted, linewidth=2.4, alpha=0.7)
    ax.plot(before, ys, linestyle="none", marker="o", markersize=9, color=theme.before)
    ax.plot(after, ys, linestyle="none", marker="o", markersize=9, color=theme.after)
    ax.set_xlim(-0.3, 10.3)
    ax.set_xticks([0, 5, 10])
    ax.set_ylim(-0.7, len(rows) - 0.3)
    ax.set_yticks(ys, names)
    ax.tick_params(left=False)
    ax.set_xlabel(labels["x"])
    legend(
        ax,
        theme,
        [
            Line2D([], [], linestyle="none", marker="o", markersize=8, color=theme.before),
            Line2D([], [], linestyle="none", marker="o", markersize=8, color=theme.after),
        ],
        [labels["before"], labels["after"]],
    )
    chart.hovers.append(Hover(ax, "exercise", after, ys, match="y"))
    chart.fit()
    return chart


def practice(
    bars: Sequence[CountBar],
    bucket: Bucket,
    period: Period,
    theme: ChartTheme,
    labels: Mapping[str, str],
    *,
    width: float = 8.0,
    height: float = 2.8,
) -> Chart:
    """Sessions per ``bucket``. ``labels``: "count" (the y axis, e.g. "Sessions a week")."""
    from matplotlib.ticker import MaxNLocator

    fig = new_figure(theme, width, height)
    ax = fig.add_subplot()
    chart = Chart(fig, margins=Margins(left=0.6, top=0.5, bottom=0.45))
    style_axes(ax, theme)
    xs, widths = bar_centres([b.start for b in bars], bucket)
    counts = [float(b.count) for b in bars]
    draw_bars(ax, xs, counts, widths, theme.after)
    top = max([4.0, *counts])
    ax.set_ylim(0, top * 1.12)
    ax.yaxis.set_major_locator(MaxNLocator(nbins=4, integer=True))
    ax.set_title(labels["count"], loc="left", fontsize=11, color=theme.text, pad=8)
    time_axis([ax], period.first, period.last)
    chart.hovers.append(Hover(ax, "practice", xs, counts, match="x", width=max(widths, default=1)))
    chart.fit()
    return chart
