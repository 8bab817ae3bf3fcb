"""Sleep: hours asleep per sleep day (main sleep and naps stacked) against the 7-hour guide,
sleep efficiency below, the shifts as a coloured band between; and averages by shift."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING

from wellness_journal.charts.guides import legend, side_label, time_axis
from wellness_journal.charts.style import (
    LABEL_SIZE,
    NOTE_SIZE,
    Chart,
    ChartTheme,
    Hover,
    Margins,
    day_number,
    draw_bars,
    new_figure,
    shift_color,
    style_axes,
    text_width,
)
from wellness_journal.core.sleep_trends import GUIDE_SLEEP_MIN, ShiftSleep, SleepPoint, sleep_bars
from wellness_journal.core.trends import Bucket, Period, bucket_days, bucket_for

if TYPE_CHECKING:
    from matplotlib.axes import Axes

GUIDE_HOURS = GUIDE_SLEEP_MIN / 60.0
EFFICIENCY_TARGET = 85.0  # the lower end of the usual 85-90% aim (FACTS.md, CBT-I)


def bar_centres(starts: Sequence[date], bucket: Bucket) -> tuple[list[float], list[float]]:
    """x of the middle of each bucket starting at ``starts``, and a bar width for it (days)."""
    spans = [bucket_days(start, bucket) for start in starts]
    xs = [day_number(start) + (n - 1) / 2.0 for start, n in zip(starts, spans, strict=True)]
    return xs, [n * (0.78 if bucket is Bucket.DAY else 0.85) for n in spans]


def timeline(
    points: Sequence[SleepPoint],
    shifts: Mapping[date, str],
    period: Period,
    theme: ChartTheme,
    labels: Mapping[str, str],
    shift_names: Mapping[str, str],
    *,
    width: float = 8.0,
    height: float = 4.8,
) -> Chart:
    """``labels``: "hours", "main", "nap", "guide", "efficiency", "shift". ``shift_names``: the
    words for the shifts to name in the legend (any other shift is drawn grey as "other")."""
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    bucket = bucket_for(period)
    bars = sleep_bars(points, bucket)
    fig = new_figure(theme, width, height)
    names = [labels["hours"], labels["efficiency"], labels["shift"]]
    margins = Margins(left=max(text_width(n) for n in names) + 0.65, top=0.5, hspace=0.14)
    # Two plots, not three: the shift band sits under the bars' zero line in the same axes
    # (every axes costs ~15 ms to make and draw).
    ax, eff = fig.subplots(2, 1, height_ratios=[3.7, 1.35])
    chart = Chart(fig, margins=margins)

    style_axes(ax, theme)
    xs, widths = bar_centres([b.start for b in bars], bucket)
    main = [b.main / 60.0 for b in bars]
    nap = [b.nap / 60.0 for b in bars]
    draw_bars(ax, xs, main, widths, theme.main_sleep)
    draw_bars(ax, xs, nap, widths, theme.nap, bottoms=main)
    top = max([10.0, *(m + n + 0.8 for m, n in zip(main, nap, strict=True))])
    band = top * 0.12  # the shift band's room below zero
    ax.set_ylim(-band, top)
    ax.set_yticks([t for t in (0, 4, 8, 12, 16) if t <= top])
    ax.spines["bottom"].set_visible(False)
    ax.axhline(0, color=theme.grid, linewidth=0.8)
    _shift_band(ax, shifts, period, -band, -band * 0.3)
    side_label(ax, labels["shift"], theme, gap=22, y=-band * 0.65)
    ax.axhline(GUIDE_HOURS, color=theme.text, linewidth=1.1, linestyle=(0, (5, 3)), alpha=0.8)
    side_label(ax, labels["hours"], theme, gap=22, y=top / 2)
    totals = [m + n for m, n in zip(main, nap, strict=True)]
    chart.hovers.append(Hover(ax, "sleep", xs, totals, match="x", width=max(widths, default=1)))

    style_axes(eff, theme)
    effs = [b.efficiency for b in bars]
    line_x, line_y = _with_breaks(xs, effs, [b.start for b in bars], bucket)
    eff.plot(
        line_x,
        line_y,
        color=theme.line,
        linewidth=1.4 if bucket is not Bucket.DAY else 1.0,
        marker="o" if len(bars) <= 120 else None,
        markersize=3.2,
    )
    eff.axhline(EFFICIENCY_TARGET, color=theme.muted, linewidth=1.0, linestyle=(0, (2, 3)))
    low = min([70.0, *(e - 5 for e in effs)])
    eff.set_ylim(max(low, 0.0), 101)
    eff.set_yticks([t for t in (50, 70, 85, 100) if t >= low][-3:])
    eff.yaxis.set_major_formatter("{x:.0f}%")
    side_label(eff, labels["efficiency"], theme, gap=38)
    chart.hovers.append(Hover(eff, "efficiency", xs, effs, match="x", width=max(widths, default=1)))
    time_axis([ax, eff], period.first, period.last)
    handles = [
        Patch(color=theme.main_sleep),
        Patch(color=theme.nap),
        Line2D([], [], color=theme.text, linewidth=1.1, linestyle=(0, (5, 3))),
    ]
    texts = [labels["main"], labels["nap"], labels["guide"]]
    present = set(shifts.values())
    for key, name in shift_names.items():
        if key in present:
            handles.append(Patch(color=shift_color(key)))
            texts.append(name)
    legend(ax, theme, handles, texts)
    chart.fit()
    return chart


def _with_breaks(
    xs: Sequence[float], ys: Sequence[float], starts: Sequence[date], bucket: Bucket
) -> tuple[list[float], list[float]]:
    """The points with a NaN between two that are not next to each other, so a line through
    them breaks where nothing was logged instead of bridging the gap."""
    out_x: list[float] = []
    out_y: list[float] = []
    for i, (x, y) in enumerate(zip(xs, ys, strict=True)):
        if i and (starts[i] - starts[i - 1]).days > bucket_days(starts[i - 1], bucket):
            out_x.append(float("nan"))
            out_y.append(float("nan"))
        out_x.append(x)
        out_y.append(y)
    return out_x, out_y


def _shift_band(
    ax: Axes, shifts: Mapping[date, str], period: Period, low: float, high: float
) -> None:
    """One thin coloured cell per day with a shift noted (nothing on days with none), from
    ``low`` to ``high`` in the axes' y units."""
    from matplotlib.colors import to_rgba

    row = []
    blank = (0.0, 0.0, 0.0, 0.0)
    cache: dict[str, tuple[float, float, float, float]] = {}
    for day in period.dates():
        shift = shifts.get(day)
        if shift is None:
            row.append(blank)
            continue
        if shift not in cache:
            cache[shift] = to_rgba(shift_color(shift), 0.95)
        row.append(cache[shift])
    x0 = day_number(period.first) - 0.5
    ax.imshow(
        [row],
        extent=(x0, x0 + period.days, low, high),
        aspect="auto",
        interpolation="nearest",
        origin="lower",
    )


def by_shift(
    rows: Sequence[ShiftSleep],
    names: Sequence[str],
    hour_texts: Sequence[str],
    efficiency_texts: Sequence[str],
    theme: ChartTheme,
    labels: Mapping[str, str],
    *,
    width: float = 8.0,
    height: float | None = None,
) -> Chart:
    """Average sleep (left) and efficiency (right) per shift, as horizontal bars with their
    figures written on them, so no scale is needed. ``names`` already say how many days each
    rests on. ``labels``: "hours", "efficiency" (the two titles), "guide" (the 7-hour line).

    One plot holds both: the efficiency bars start at ``EFF_START`` and 100% spans ``EFF_SPAN``
    hours' worth of room (a second plot cost more to make and draw than everything in it)."""
    height = height or max(2.2, 0.9 + 0.55 * len(rows))
    fig = new_figure(theme, width, height)
    ax = fig.add_subplot()
    chart = Chart(
        fig, margins=Margins(left=max(text_width(n) for n in names) + 0.25, top=0.45, bottom=0.15)
    )
    ys = [float(y) for y in range(len(rows))][::-1]  # the first row on top
    colors = [shift_color(r.shift) for r in rows]
    edge = theme.muted if not theme.dark else theme.grid
    hours = [r.average / 60.0 for r in rows]
    room = max([10.0, *(h + 2.6 for h in hours)])  # hours, with space for the figures
    eff_start, eff_span = room * 1.12, room * 0.62
    effs = [eff_start + r.efficiency / 100.0 * eff_span for r in rows]
    style_axes(ax, theme, grid_y=False)
    ax.barh(ys, hours, 0.62, color=colors, edgecolor=edge, linewidth=0.6)
    ax.barh(
        ys,
        [e - eff_start for e in effs],
        0.62,
        left=eff_start,
        color=colors,
        edgecolor=edge,
        linewidth=0.6,
    )
    for y, h, e, hour_text, eff_text in zip(
        ys, hours, effs, hour_texts, efficiency_texts, strict=True
    ):
        for x, text in ((max(h, GUIDE_HOURS), hour_text), (e, eff_text)):
            ax.text(
                x + room * 0.015,
                y,
                text,
                va="center",
                ha="left",
                color=theme.text,
                fontsize=10.5,
                clip_on=False,
            )
    top = len(rows) - 0.4
    ax.set_xlim(0, eff_start + eff_span * 1.25)
    ax.set_ylim(-0.6, top)
    ax.set_xticks([])
    ax.spines["bottom"].set_visible(False)
    ax.axvline(GUIDE_HOURS, color=theme.text, linewidth=1.1, linestyle=(0, (5, 3)), alpha=0.8)
    for x, text, size, color, pad in (
        (0.0, labels["hours"], LABEL_SIZE, theme.text, 8),
        (eff_start, labels["efficiency"], LABEL_SIZE, theme.text, 8),
        (GUIDE_HOURS, labels["guide"], NOTE_SIZE, theme.muted, 1),
    ):
        ax.annotate(
            text,
            (x, top),
            xytext=(3 if x == GUIDE_HOURS else 0, pad),
            textcoords="offset points",
            va="bottom",
            ha="left",
            fontsize=size,
            color=color,
            annotation_clip=False,
        )
    ax.set_yticks(ys, names)
    ax.tick_params(left=False)
    chart.hovers.append(Hover(ax, "shift", [h if h > 0 else 0.0 for h in hours], ys, match="y"))
    chart.fit()
    return chart
