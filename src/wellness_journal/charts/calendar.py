"""A calendar of check-ins: one cell per day, coloured by the mood rated that day.

Up to a year: weeks as columns and weekdays as rows, like a wall calendar turned on its side.
Longer: one row per year, a thin column per day, so ten years still fit at a glance.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from typing import Any

from wellness_journal.charts.style import NOTE_SIZE, Chart, ChartTheme, Hover, Margins, new_figure
from wellness_journal.core.trend_data import CheckinDay
from wellness_journal.core.trends import Period

NOT_RATED = 0  # checked in, mood not rated
NOTHING = -1  # no check-in
OUTSIDE = -2  # a cell of the grid that is not a day of the range
LONG_RANGE_DAYS = 371  # past this: a row per year


def build(
    days: Sequence[CheckinDay],
    period: Period,
    theme: ChartTheme,
    labels: Mapping[str, str],
    moods: Sequence[str],
    weekdays: Sequence[str],
    months: Sequence[str],
    *,
    width: float = 8.0,
) -> Chart:
    """``moods``: the five mood words, low to high; ``weekdays``: seven short names from Monday;
    ``months``: twelve short month names. ``labels``: "checked" (checked in, mood not rated),
    "none" (no check-in), "moods" (the colour strip from the lowest mood to the highest)."""
    from matplotlib.collections import PolyCollection
    from matplotlib.colors import ListedColormap
    from matplotlib.legend_handler import HandlerTuple
    from matplotlib.patches import Patch

    values = {d.day: _value(d) for d in days}
    colors = ListedColormap([theme.unrated, *theme.ramp])  # 0 = checked in, 1..5 = mood
    years = period.days > LONG_RANGE_DAYS
    year_labels: list[int] = []
    month_starts: list[tuple[int, date]] = []
    if years:
        grid, xs, ys, year_labels = _year_rows(values, period)
        height = 0.3 + 0.55 + 0.32 * len(grid)
    else:
        grid, xs, ys, month_starts = _week_columns(values, period)
        columns = max(len(grid[0]) if grid else 1, 12)
        height = 0.3 + 0.55 + min(0.32, (width - 0.8) / columns) * 7
    fig = new_figure(theme, width, height)
    ax = fig.add_subplot()
    chart = Chart(fig, margins=Margins(left=0.6, right=0.2, top=0.3, bottom=0.55))
    ax.set_facecolor(theme.background)
    for spine in ax.spines.values():
        spine.set_visible(False)
    ax.tick_params(length=0, labelsize=10, labelcolor=theme.text)
    if years:  # one picture, a pixel per day, drawn in short steps (a mesh of 11,000 cells at 30
        # years held the GIL for 23-32 ms at once); a day with nothing logged a faint fill, as the
        # cells are too thin for an outline
        ax.imshow(
            _year_pixels(grid, theme),
            extent=(0, len(grid[0]), 0, len(grid)),
            origin="lower",
            aspect="auto",
            interpolation="nearest",
        )
    else:
        masked = [[float(v) if v >= NOT_RATED else float("nan") for v in row] for row in grid]
        ax.pcolormesh(
            masked, cmap=colors, vmin=-0.5, vmax=5.5, edgecolors=theme.background, linewidth=1.6
        )
        # A day with nothing logged: an empty square, unlike any filled one.
        inset = 0.06
        ax.add_collection(
            PolyCollection(
                [
                    _square(c, r, inset)
                    for r, row in enumerate(grid)
                    for c, v in enumerate(row)
                    if v == NOTHING
                ],
                facecolors="none",
                edgecolors=theme.empty_cell,
                linewidths=0.8,
            ),
            autolim=False,
        )
    ax.invert_yaxis()
    if not years:
        ax.set_aspect("equal", adjustable="box", anchor="W")
    if years:
        ax.set_yticks([r + 0.5 for r in range(len(grid))], [str(y) for y in year_labels])
        starts = [date(2001, m, 1).timetuple().tm_yday - 1 for m in range(1, 13)]
        ax.set_xticks([s + 0.5 for s in starts], list(months))
        ax.xaxis.tick_top()
    else:
        ax.set_yticks([0.5, 2.5, 4.5, 6.5], [weekdays[0], weekdays[2], weekdays[4], weekdays[6]])
        ticks = [(i + 0.5, months[d.month - 1]) for i, d in month_starts]
        ax.set_xticks([t for t, _ in ticks], [n for _, n in ticks])
        ax.xaxis.tick_top()
    handles = [
        Patch(facecolor=theme.background, edgecolor=theme.empty_cell, linewidth=0.8),
        Patch(color=theme.unrated),
    ]
    ramp = tuple(Patch(color=c) for c in theme.ramp)  # the five moods as one strip
    ax.legend(
        [*handles, ramp],
        [labels["none"], labels["checked"], labels["moods"]],
        handler_map={tuple: HandlerTuple(ndivide=None, pad=0.0)},
        loc="upper left",
        bbox_to_anchor=(0.0, -0.02),
        ncols=3,
        frameon=False,
        fontsize=NOTE_SIZE,
        labelcolor=theme.text,
        handlelength=1.0,
        handleheight=1.0,
        columnspacing=1.6,
        handletextpad=0.5,
    )

    chart.hovers.append(Hover(ax, "day", xs, ys, match="cell"))
    chart.fit()
    return chart


def _year_pixels(grid: Sequence[Sequence[int]], theme: ChartTheme) -> Any:
    """The year rows as 8-bit RGBA pixels (a numpy array): a mood's colour, checked in without a
    mood, nothing logged, or (outside the range) the background. Bytes, not floats: matplotlib
    scales the picture in the type it is given, and floats took four times the memory."""
    import numpy as np
    from matplotlib.colors import to_rgba_array

    # a row per value, from OUTSIDE (-2), NOTHING, NOT_RATED (0) to the moods 1..5
    colours = (theme.background, theme.empty_cell, theme.unrated, *theme.ramp)
    table = np.round(to_rgba_array(colours) * 255).astype(np.uint8)
    return table[np.asarray(grid, dtype=np.int8) - OUTSIDE]


def _square(column: int, row: int, inset: float) -> list[tuple[float, float]]:
    low_x, low_y, high_x, high_y = column + inset, row + inset, column + 1 - inset, row + 1 - inset
    return [(low_x, low_y), (low_x, high_y), (high_x, high_y), (high_x, low_y)]


def _value(d: CheckinDay) -> int:
    if not d.checked_in:
        return NOTHING
    return d.mood if d.mood is not None else NOT_RATED


def _week_columns(
    values: Mapping[date, int], period: Period
) -> tuple[list[list[int]], list[float], list[float], list[tuple[int, date]]]:
    """7 rows (Monday first) x one column per week. Also the cell centres of each day of the
    period (for hovering, in period order) and where each month starts."""
    start = period.first - timedelta(days=period.first.weekday())
    weeks = (period.last - start).days // 7 + 1
    grid = [[OUTSIDE] * weeks for _ in range(7)]
    xs, ys = [], []
    month_starts: list[tuple[int, date]] = []
    for day in period.dates():
        column, row = (day - start).days // 7, day.weekday()
        grid[row][column] = values.get(day, NOTHING)
        xs.append(column + 0.5)
        ys.append(row + 0.5)
        if day == period.first or day.day == 1:
            if month_starts and month_starts[-1][0] >= column - 2:
                month_starts.pop()  # too close to the next month's name: keep the later one
            month_starts.append((column, day))
    return grid, xs, ys, month_starts


def _year_rows(
    values: Mapping[date, int], period: Period
) -> tuple[list[list[int]], list[float], list[float], list[int]]:
    """One row per year, 366 columns (day of the year)."""
    first_year, last_year = period.first.year, period.last.year
    grid = [[OUTSIDE] * 366 for _ in range(last_year - first_year + 1)]
    xs, ys = [], []
    for day in period.dates():
        row, column = day.year - first_year, day.timetuple().tm_yday - 1
        grid[row][column] = values.get(day, NOTHING)
        xs.append(column + 0.5)
        ys.append(row + 0.5)
    return grid, xs, ys, list(range(first_year, last_year + 1))
