"""Mood, stress and energy over time: a dot per rated day and the 7-day average as a line that
breaks where too little was logged (a gap stays a gap; nothing is drawn across it). Over more
than two years, a dot per month instead, its average, on a line that breaks at a month with
nothing rated (thousands of daily dots only blur, and take long to draw)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING

from wellness_journal.charts.guides import legend, side_label, time_axis
from wellness_journal.charts.style import (
    Chart,
    ChartTheme,
    Hover,
    Margins,
    day_number,
    nan_list,
    new_figure,
    style_axes,
    text_width,
)
from wellness_journal.core.trend_data import CheckinDay
from wellness_journal.core.trends import (
    MONTHLY_DAYS,
    Bucket,
    BucketMean,
    Period,
    bucket_days,
    bucket_means,
    bucket_start,
)

if TYPE_CHECKING:
    from matplotlib.axes import Axes


@dataclass(frozen=True)
class Panel:
    key: str  # "mood", "stress" or "energy"
    low: int
    high: int


PANELS = (Panel("mood", 1, 5), Panel("stress", 0, 10), Panel("energy", 0, 10))


def build(
    days: Sequence[CheckinDay],
    period: Period,
    theme: ChartTheme,
    labels: Mapping[str, str],
    *,
    width: float = 8.0,
    height: float = 4.6,
) -> Chart:
    """``labels``: "mood", "stress", "energy" (panel names), "daily", "average", "monthly"
    (legend)."""
    from matplotlib.lines import Line2D

    fig = new_figure(theme, width, height)
    axes = fig.subplots(len(PANELS), 1)
    names = [labels[p.key] for p in PANELS]
    margins = Margins(left=max(text_width(n) for n in names) + 0.5, hspace=0.3)
    long_range = period.days > 200
    size = 2.0 if period.days > 400 else 3.2 if long_range else 5.5
    alpha = 0.45 if long_range else 0.8
    chart = Chart(fig, margins=margins)
    monthly = period.days > MONTHLY_DAYS
    for ax, panel in zip(axes, PANELS, strict=True):
        style_axes(ax, theme)
        color = getattr(theme, panel.key)
        if monthly:
            _months(ax, chart, panel, month_means(days, panel.key), color)
        else:
            _days(ax, chart, panel, days, color, size, alpha)
        ax.set_ylim(panel.low - 0.4, panel.high + 0.4)
        ax.set_yticks([panel.low, (panel.low + panel.high) // 2, panel.high])
        side_label(ax, labels[panel.key], theme, gap=22)
    time_axis(axes, period.first, period.last)
    if monthly:
        handles = [Line2D([], [], marker="o", markersize=5, color=theme.muted, linewidth=1.6)]
        keys = [labels["monthly"]]
    else:
        handles = [
            Line2D([], [], linestyle="none", marker="o", markersize=6, color=theme.muted),
            Line2D([], [], color=theme.muted, linewidth=2.2),
        ]
        keys = [labels["daily"], labels["average"]]
    legend(axes[0], theme, handles, keys)
    chart.fit()
    return chart


def _days(
    ax: Axes,
    chart: Chart,
    panel: Panel,
    days: Sequence[CheckinDay],
    color: str,
    size: float,
    alpha: float,
) -> None:
    """A dot per rated day and the 7-day average as a line."""
    xs = [day_number(d.day) for d in days]
    values = nan_list([getattr(d, panel.key) for d in days])
    means = nan_list([getattr(d, f"{panel.key}_mean") for d in days])
    ax.plot(
        xs,
        values,
        linestyle="none",
        marker="o",
        markersize=size,
        color=color,
        alpha=alpha,
        markeredgewidth=0,
    )
    ax.plot(xs, means, color=color, linewidth=2.2, solid_capstyle="round")
    middle = (panel.low + panel.high) / 2
    ys = [middle if v != v else v for v in values]  # NaN (not rated): the middle
    chart.hovers.append(Hover(ax, panel.key, xs, ys, match="x"))


def month_means(days: Sequence[CheckinDay], key: str) -> list[BucketMean]:
    """Each month's average of ``key`` ("mood", "stress", "energy") over the days rated."""
    return bucket_means(((d.day, getattr(d, key)) for d in days), Bucket.MONTH)


def _months(ax: Axes, chart: Chart, panel: Panel, means: Sequence[BucketMean], color: str) -> None:
    """A dot per month at its middle, joined by a line that breaks at a month not rated."""
    xs = [day_number(m.start) + bucket_days(m.start, Bucket.MONTH) / 2 for m in means]
    ys = [m.mean for m in means]
    line_xs: list[float] = []
    line_ys: list[float] = []
    for i, (m, x, y) in enumerate(zip(means, xs, ys, strict=True)):
        if i and bucket_start(m.start - timedelta(days=1), Bucket.MONTH) != means[i - 1].start:
            line_xs.append(x)
            line_ys.append(float("nan"))  # a month or more with nothing: a gap
        line_xs.append(x)
        line_ys.append(y)
    ax.plot(line_xs, line_ys, color=color, linewidth=1.6, marker="o", markersize=3.0)
    chart.hovers.append(Hover(ax, f"{panel.key}_month", xs, ys, match="x", width=31.0))
