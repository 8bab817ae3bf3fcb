"""Sleep and the next day's stress: one dot per day, and a trend line only when there are
enough days for one (``core.trends.MIN_POINTS``)."""

from __future__ import annotations

from collections.abc import Mapping

from wellness_journal.charts.guides import legend
from wellness_journal.charts.sleep import GUIDE_HOURS
from wellness_journal.charts.style import (
    Chart,
    ChartTheme,
    Hover,
    Margins,
    new_figure,
    style_axes,
)
from wellness_journal.core.trends import Relation

JITTER = 0.18  # ratings are whole numbers: spread the dots a little so piles show as piles


def _jitter(i: int) -> float:
    """A fixed, even spread in [-JITTER, JITTER] (the same picture every time)."""
    return ((i * 0.618034) % 1.0 - 0.5) * 2 * JITTER


def build(
    rel: Relation,
    theme: ChartTheme,
    labels: Mapping[str, str],
    *,
    width: float = 8.0,
    height: float = 3.8,
) -> Chart:
    """``labels``: "x" (hours asleep), "y" (stress that day), "days" (legend for the dots),
    "trend" (legend for the line), "guide" (the 7-hour line)."""
    from matplotlib.lines import Line2D

    fig = new_figure(theme, width, height)
    ax = fig.add_subplot()
    chart = Chart(fig, margins=Margins(left=0.7, bottom=0.65, top=0.45))
    style_axes(ax, theme, grid_x=True)
    ys = [y + _jitter(i) for i, y in enumerate(rel.ys)]
    many = rel.n > 150
    ax.plot(
        rel.xs,
        ys,
        linestyle="none",
        marker="o",
        markersize=4.5 if many else 6.5,
        color=theme.stress,
        alpha=0.45 if many else 0.7,
        markeredgewidth=0,
    )
    low = min([4.0, *(x - 0.5 for x in rel.xs)])
    high = max([10.0, *(x + 0.5 for x in rel.xs)])
    ax.set_xlim(max(low, 0.0), high)
    ax.set_ylim(-0.6, 10.6)
    ax.set_yticks([0, 2, 4, 6, 8, 10])
    ax.axvline(GUIDE_HOURS, color=theme.text, linewidth=1.1, linestyle=(0, (5, 3)), alpha=0.6)
    ax.set_xlabel(labels["x"])
    ax.set_ylabel(labels["y"])
    handles = [
        Line2D([], [], linestyle="none", marker="o", markersize=6, color=theme.stress),
        Line2D([], [], color=theme.text, linewidth=1.1, linestyle=(0, (5, 3)), alpha=0.6),
    ]
    texts = [labels["days"], labels["guide"]]
    if rel.fit is not None:
        x0, x1 = min(rel.xs), max(rel.xs)
        ax.plot([x0, x1], [rel.fit.at(x0), rel.fit.at(x1)], color=theme.line, linewidth=2.2)
        handles.insert(1, Line2D([], [], color=theme.line, linewidth=2.2))
        texts.insert(1, labels["trend"])
    legend(ax, theme, handles, texts)
    chart.hovers.append(Hover(ax, "pair", list(rel.xs), ys))
    chart.fit()
    return chart
