"""Mood, stress and energy over time: a dot per rated day and the 7-day average as a line that
breaks where too little was logged (a gap stays a gap; nothing is drawn across it)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

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
from wellness_journal.core.trends import Period


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
    """``labels``: "mood", "stress", "energy" (panel names), "daily", "average" (legend)."""
    from matplotlib.lines import Line2D

    fig = new_figure(theme, width, height)
    axes = fig.subplots(len(PANELS), 1)
    names = [labels[p.key] for p in PANELS]
    margins = Margins(left=max(text_width(n) for n in names) + 0.5, hspace=0.3)
    xs = [day_number(d.day) for d in days]
    long_range = period.days > 200
    size = 2.0 if period.days > 400 else 3.2 if long_range else 5.5
    alpha = 0.45 if long_range else 0.8
    chart = Chart(fig, margins=margins)
    for ax, panel in zip(axes, PANELS, strict=True):
        style_axes(ax, theme)
        color = getattr(theme, panel.key)
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
        ax.set_ylim(panel.low - 0.4, panel.high + 0.4)
        ax.set_yticks([panel.low, (panel.low + panel.high) // 2, panel.high])
        side_label(ax, labels[panel.key], theme, gap=22)
        middle = (panel.low + panel.high) / 2
        ys = [middle if v != v else v for v in values]  # NaN (not rated): the middle
        chart.hovers.append(Hover(ax, panel.key, xs, ys, match="x"))
    time_axis(axes, period.first, period.last)
    legend(
        axes[0],
        theme,
        [
            Line2D([], [], linestyle="none", marker="o", markersize=6, color=theme.muted),
            Line2D([], [], color=theme.muted, linewidth=2.2),
        ],
        [labels["daily"], labels["average"]],
    )
    chart.fit()
    return chart
