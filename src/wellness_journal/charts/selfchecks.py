"""One questionnaire's results over time: a point per result joined by a line, over its published
bands shaded lightly (named in the right margin) and its cut-off as a dashed line."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from wellness_journal.charts.guides import side_label, time_axis
from wellness_journal.charts.style import (
    NOTE_SIZE,
    Chart,
    ChartTheme,
    Hover,
    Margins,
    day_number,
    new_figure,
    style_axes,
    text_width,
)
from wellness_journal.core.trend_data import SelfCheckPoint
from wellness_journal.core.trends import Period

SHADE_STEP = 0.03  # how much darker each band is than the one below it: light


@dataclass(frozen=True)
class Shade:
    """A band from ``low`` to ``high`` (score units), its name, and how dark: 0 (none) to 4."""

    low: float
    high: float
    label: str
    level: int


@dataclass(frozen=True)
class CutOff:
    value: float
    label: str


def build(
    points: Sequence[SelfCheckPoint],
    period: Period,
    theme: ChartTheme,
    labels: Mapping[str, str],
    *,
    top: float,
    shades: Sequence[Shade] = (),
    cutoffs: Sequence[CutOff] = (),
    ticks: Sequence[float] = (),
    width: float = 8.0,
    height: float = 3.4,
) -> Chart:
    """``labels``: "score" (the axis). ``top``: the highest possible total; ``ticks``: the
    scores to mark on the axis besides 0 and ``top`` (the bands' edges)."""
    from matplotlib.transforms import blended_transform_factory

    fig = new_figure(theme, width, height)
    right = max([text_width(s.label, NOTE_SIZE) for s in shades] + [0.0]) + 0.35
    chart = Chart(
        fig, margins=Margins(left=text_width(labels["score"]) + 0.75, right=right, top=0.3)
    )
    ax = fig.add_subplot()
    style_axes(ax, theme, grid_y=False)
    beside = blended_transform_factory(ax.transAxes, ax.transData)
    for shade in shades:
        if shade.level > 0:
            ax.axhspan(
                shade.low, shade.high, color=theme.line, alpha=SHADE_STEP * shade.level, lw=0
            )
        ax.text(
            1.01,
            (shade.low + shade.high) / 2,
            shade.label,
            transform=beside,
            ha="left",
            va="center",
            fontsize=NOTE_SIZE - 0.5,
            color=theme.muted,
            clip_on=False,
        )
    for cut in cutoffs:
        ax.axhline(cut.value, color=theme.muted, linewidth=1.1, linestyle=(0, (4, 3)))
        ax.text(
            0.005,
            cut.value,
            cut.label,
            transform=beside,
            ha="left",
            va="bottom",
            fontsize=NOTE_SIZE - 0.5,
            color=theme.text,
        )
    xs = [day_number(p.day) for p in points]
    ys = [float(p.total) for p in points]
    ax.plot(
        xs,
        ys,
        color=theme.mood,
        linewidth=2.0,
        marker="o",
        markersize=6.5,
        markeredgewidth=0,
        solid_capstyle="round",
    )
    ax.set_ylim(-top * 0.03, top * 1.04)
    marks = sorted({0.0, float(top), *ticks})
    ax.set_yticks(marks, [f"{m:g}" for m in marks])
    side_label(ax, labels["score"], theme, gap=30)
    time_axis([ax], period.first, period.last)
    chart.hovers.append(Hover(ax, "result", xs, ys, match="point"))
    chart.fit()
    return chart
