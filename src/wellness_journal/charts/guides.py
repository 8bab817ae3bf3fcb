"""The guides around a plot: a time axis, panel names, and the key row above a chart.

Each is cheap on purpose: in matplotlib 3.11 every tick label and legend text is measured and
laid out again on every draw, so these work out once what matplotlib would redo each time.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from wellness_journal.charts.style import LABEL_SIZE, NOTE_SIZE, ChartTheme, day_number, text_width

if TYPE_CHECKING:
    from matplotlib.artist import Artist
    from matplotlib.axes import Axes


def time_ticks(first: date, last: date) -> list[tuple[date, str]]:
    """Where to mark a time axis from ``first`` to ``last`` and what to write: every other day
    with the month where it changes, weeks, half months, every other month with the year in
    January, half years, years. Few marks on purpose: each costs 1-2 ms to draw.
    Month names come from the C library's locale, which Qt sets to the user's."""
    days = (last - first).days + 1
    if days <= 45:
        step = 2 if days <= 16 else 7
        start = first + timedelta(days=(7 - first.weekday()) % 7) if step == 7 else first
        marks = [start + timedelta(days=n) for n in range(0, (last - start).days + 1, step)]
        out, month = [], 0
        for d in marks:
            out.append((d, f"{d:%b} {d.day}" if d.month != month else str(d.day)))
            month = d.month
        return out
    if days <= 120:
        marks = list(_month_days(first, last, (1, 15)))
        return [(d, f"{d:%b}" if d.day == 1 else str(d.day)) for d in marks]
    if days <= 400:
        months = _month_starts(first, last, 2)
    elif days <= 3 * 366:
        months = _month_starts(first, last, 6)
    else:
        years = range(first.year + 1, last.year + 1)
        step = 1 if len(years) <= 7 else 2
        return [(date(y, 1, 1), str(y)) for y in years if (last.year - y) % step == 0]
    return [(d, str(d.year) if d.month == 1 else f"{d:%b}") for d in months]


def _month_days(first: date, last: date, days_of_month: tuple[int, ...]) -> list[date]:
    out = []
    year, month = first.year, first.month
    while date(year, month, 1) <= last:
        for n in days_of_month:
            d = date(year, month, n)
            if first <= d <= last:
                out.append(d)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def _month_starts(first: date, last: date, every: int) -> list[date]:
    return [d for d in _month_days(first, last, (1,)) if (d.month - 1) % every == 0]


def time_axis(axes: Sequence[Axes], first: date, last: date, *, pad: float = 0.6) -> None:
    """The same stretch of time along x on each of ``axes`` (stacked; the last one carries
    the labels, the others no ticks at all). Ticks are worked out once here: matplotlib's own
    date locator redid it on every draw, a third of the drawing time."""
    low, high = day_number(first) - pad, day_number(last) + pad
    ticks = time_ticks(first, last)
    for ax in axes:
        ax.set_xlim(low, high)
        ax.set_xticks([])
    axes[-1].set_xticks([day_number(d) for d, _ in ticks], [text for _, text in ticks])


def side_label(
    ax: Axes, text: str, theme: ChartTheme, *, gap: float = 34.0, y: float | None = None
) -> None:
    """A panel's name to the left of its y ticks, ``gap`` points from the axis, halfway up or
    at ``y`` (in data units) (an ordinary y label would be placed afresh on every draw by
    measuring every tick label)."""
    ax.annotate(
        text,
        xy=(0.0, 0.5) if y is None else (0.0, y),
        xycoords="axes fraction" if y is None else ("axes fraction", "data"),
        xytext=(-gap, 0.0),
        textcoords="offset points",
        ha="right",
        va="center",
        fontsize=LABEL_SIZE,
        color=theme.text,
        annotation_clip=False,
    )


def legend(
    ax: Axes, theme: ChartTheme, handles: Sequence[Artist], labels: Sequence[str], **_: Any
) -> None:
    """A row of keys above ``ax``: each handle's look (a box for a patch, a short line and/or
    its marker for a line) and its label. Placed by estimated text widths: matplotlib's Legend
    measured every text again on each draw, a third of a chart's drawing time."""
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch, Rectangle
    from matplotlib.transforms import Affine2D, ScaledTranslation

    fig = ax.get_figure()
    assert fig is not None
    # points, measured from the axes' top-left corner, upwards
    corner = ScaledTranslation(0.0, 1.0, ax.transAxes)  # type: ignore[arg-type]
    place = Affine2D().scale(1 / 72.0) + fig.dpi_scale_trans + corner
    x, y = 0.0, 12.0
    for handle, label in zip(handles, labels, strict=True):
        if isinstance(handle, Patch):
            ax.add_artist(
                Rectangle(
                    (x, y - 4.5),
                    14.0,
                    9.0,
                    facecolor=handle.get_facecolor(),
                    edgecolor=handle.get_edgecolor() if handle.get_linewidth() else "none",
                    linewidth=handle.get_linewidth(),
                    transform=place,
                    clip_on=False,
                )
            )
        elif isinstance(handle, Line2D):
            has_line = handle.get_linestyle() not in ("None", "none", "", " ")
            ax.add_artist(
                Line2D(
                    [x, x + 16.0] if has_line else [x + 8.0],
                    [y, y] if has_line else [y],
                    color=handle.get_color(),
                    linestyle=handle.get_linestyle() if has_line else "none",
                    linewidth=handle.get_linewidth(),
                    alpha=handle.get_alpha(),
                    transform=place,
                    clip_on=False,
                )
            )
            if handle.get_marker() not in (None, "None", "none", ""):
                ax.add_artist(
                    Line2D(
                        [x + 8.0],
                        [y],
                        marker=handle.get_marker(),
                        markersize=min(handle.get_markersize(), 7.0),
                        color=handle.get_color(),
                        linestyle="none",
                        transform=place,
                        clip_on=False,
                    )
                )
        ax.text(
            x + 21.0,
            y,
            label,
            transform=place,
            va="center",
            ha="left",
            fontsize=NOTE_SIZE,
            color=theme.text,
            clip_on=False,
        )
        x += 21.0 + text_width(label, NOTE_SIZE) * 72.0 + 16.0
