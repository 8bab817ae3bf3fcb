"""The look every chart shares: theme colours, a colour-blind-safe palette, readable type.

The palette is Okabe & Ito's (2008), which stays distinct for the common kinds of colour
blindness; each theme picks the members that keep their contrast on its background.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

# Okabe-Ito
BLACK = "#000000"
ORANGE = "#E69F00"
SKY_BLUE = "#56B4E9"
GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
PURPLE = "#CC79A7"

TICK_SIZE = 10.5  # points; at the 100 dpi the charts use, about the size of the app's text
LABEL_SIZE = 11.0
NOTE_SIZE = 10.0
DPI = 100


@dataclass(frozen=True)
class ChartTheme:
    dark: bool
    background: str
    text: str
    muted: str
    grid: str
    mood: str
    stress: str
    energy: str
    main_sleep: str
    nap: str
    line: str  # efficiency, trend lines
    before: str
    after: str
    empty_cell: str  # the outline of a calendar day with nothing logged
    unrated: str  # a calendar day checked in without a mood rating
    ramp: tuple[str, ...]  # five steps, low to high (mood 1..5)
    incidents: tuple[str, ...]  # one colour per incident, none of them the stress colour


LIGHT = ChartTheme(
    dark=False,
    background="#ffffff",
    text="#1f2933",
    muted="#52606d",
    grid="#e1e6eb",
    mood=BLUE,
    stress=VERMILLION,
    energy=GREEN,
    main_sleep=BLUE,
    nap=SKY_BLUE,
    line=BLACK,
    before=ORANGE,
    after=BLUE,
    empty_cell="#d5dbe1",  # the outline of a day with nothing logged
    unrated="#9aa5b1",
    # light to dark blue: readable without colour, as a lightness ramp
    ramp=("#c6dbef", "#8fbcdf", "#4a91c8", "#1f62a6", "#08306b"),
    incidents=(PURPLE, BLUE, GREEN, "#555555"),
)
DARK = ChartTheme(
    dark=True,
    background="#1f252c",
    text="#e4e7eb",
    muted="#a3adb8",
    grid="#343c46",
    mood=SKY_BLUE,
    stress=ORANGE,
    energy=GREEN,
    main_sleep=SKY_BLUE,
    nap="#a6d8f5",
    line="#e4e7eb",
    before=ORANGE,
    after=SKY_BLUE,
    empty_cell="#3a434e",
    unrated="#6b7682",
    # dark to light: in the dark theme the brighter cell is the better day
    ramp=("#1f4766", "#2f6a96", "#4b93c4", "#7ab9e2", "#c2e4f8"),
    incidents=(PURPLE, SKY_BLUE, GREEN, "#cccccc"),
)

# Shift colours, the same wherever shifts are shown (the band under the sleep chart, by shift).
SHIFT_COLORS = {
    "day": YELLOW,
    "evening": ORANGE,
    "night": PURPLE,
    "off": GREEN,
}
OTHER_SHIFT = "#999999"


def shift_color(shift: str) -> str:
    return SHIFT_COLORS.get(shift, OTHER_SHIFT)


@dataclass
class Hover:
    """Points a pointer can rest on, ``xs``/``ys`` in data units of ``axes``. ``match``: "x"
    finds the column under the pointer (days, bars), "y" the row (horizontal bars), "cell" the
    unit square around a point (calendar days), "point" the nearest point. ``key`` tells the caller which series it is; the index says which item."""

    axes: Axes
    key: str
    xs: Sequence[float]
    ys: Sequence[float]
    match: str = "point"
    width: float = 1.0  # for "x" and "y": how wide a column or row is, in data units


@dataclass(frozen=True)
class Margins:
    """Room around the plots in inches (fixed, so a resize never needs a layout pass: the
    constrained layout engine doubled the time to draw)."""

    left: float = 0.55
    right: float = 0.25
    top: float = 0.45
    bottom: float = 0.45
    hspace: float = 0.25  # between stacked plots, as a fraction of their height
    wspace: float = 0.3


@dataclass
class Chart:
    figure: Figure
    hovers: list[Hover] = field(default_factory=list)
    margins: Margins = field(default_factory=Margins)

    def fit(self) -> None:
        """Apply the margins to the figure's current size (after a resize too)."""
        width, height = self.figure.get_size_inches()
        m = self.margins
        left = min(m.left / width, 0.45)
        bottom = min(m.bottom / height, 0.45)
        self.figure.subplots_adjust(
            left=left,
            right=max(1.0 - m.right / width, left + 0.1),
            bottom=bottom,
            top=max(1.0 - m.top / height, bottom + 0.1),
            hspace=m.hspace,
            wspace=m.wspace,
        )


def with_heading(chart: Chart, theme: ChartTheme, title: str, subtitle: str, note: str) -> None:
    """Put a title and subtitle above the chart and a note below it (for an image saved on
    its own, away from the page that explains it)."""
    import textwrap
    from dataclasses import replace

    width, height = chart.figure.get_size_inches()
    lines = (
        textwrap.wrap(note, width=max(40, round(width * 72 / (NOTE_SIZE * 0.55)))) if note else []
    )
    head, foot = 0.75, 0.2 + 0.2 * len(lines)
    chart.figure.set_size_inches(width, height + head + foot)
    total = height + head + foot
    chart.margins = replace(
        chart.margins, top=chart.margins.top + head, bottom=chart.margins.bottom + foot
    )
    chart.figure.text(
        0.2 / width,
        1 - 0.2 / total,
        title,
        ha="left",
        va="top",
        fontsize=14,
        fontweight="bold",
        color=theme.text,
    )
    chart.figure.text(
        0.2 / width,
        1 - 0.48 / total,
        subtitle,
        ha="left",
        va="top",
        fontsize=NOTE_SIZE,
        color=theme.muted,
    )
    if lines:
        chart.figure.text(
            0.2 / width,
            0.12 / total,
            "\n".join(lines),
            ha="left",
            va="bottom",
            fontsize=NOTE_SIZE,
            color=theme.text,
            linespacing=1.5,
        )
    chart.fit()


_IMPORTING = threading.Lock()


def load_matplotlib() -> None:
    """Import the parts of matplotlib the charts use, one thread at a time. Two pool threads
    importing it for the first time together (a second Trends tab opened while the first one
    is drawing) could each see the other's half-made modules and fail with a circular
    ImportError; after the first import this costs nothing."""
    with _IMPORTING:
        import matplotlib.backends.backend_agg  # charts are drawn into pixels on the runner
        import matplotlib.collections
        import matplotlib.figure
        import matplotlib.lines
        import matplotlib.patches
        import matplotlib.transforms  # noqa: F401


def new_figure(theme: ChartTheme, width: float, height: float) -> Figure:
    """An empty figure, ``width`` x ``height`` inches at ``DPI``, in the theme's colours."""
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height), dpi=DPI, facecolor=theme.background)


def text_width(text: str, size: float = LABEL_SIZE) -> float:
    """About how wide ``text`` is in inches (for margins; DejaVu Sans averages 0.6 em)."""
    longest = max((len(line) for line in text.splitlines()), default=0)
    return longest * size * 0.6 / 72.0


def style_axes(ax: Axes, theme: ChartTheme, *, grid_y: bool = True, grid_x: bool = False) -> None:
    ax.set_facecolor(theme.background)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        ax.spines[side].set_color(theme.grid)
    ax.tick_params(colors=theme.muted, labelcolor=theme.text, labelsize=TICK_SIZE, length=3)
    ax.yaxis.label.set_color(theme.text)
    ax.xaxis.label.set_color(theme.text)
    ax.yaxis.label.set_fontsize(LABEL_SIZE)
    ax.xaxis.label.set_fontsize(LABEL_SIZE)
    if grid_y:
        ax.grid(axis="y", color=theme.grid, linewidth=0.8)
    if grid_x:
        ax.grid(axis="x", color=theme.grid, linewidth=0.8)
    ax.set_axisbelow(True)


def day_number(day: date) -> float:
    """A date as matplotlib's date number (days since 1970-01-01)."""
    return float(day.toordinal() - 719163)


def draw_bars(
    ax: Axes,
    xs: Sequence[float],
    heights: Sequence[float],
    widths: Sequence[float],
    color: str,
    bottoms: Sequence[float] | None = None,
) -> None:
    """Vertical bars as one collection (``Axes.bar`` makes a patch per bar: with a few hundred
    bars it was most of the time spent building and drawing)."""
    from matplotlib.collections import PolyCollection

    base = bottoms or [0.0] * len(xs)
    boxes = [
        ((x - w / 2, b), (x - w / 2, b + h), (x + w / 2, b + h), (x + w / 2, b))
        for x, h, w, b in zip(xs, heights, widths, base, strict=True)
        if h > 0
    ]
    ax.add_collection(PolyCollection(boxes, facecolors=color, linewidths=0), autolim=False)


def nan_list(values: Sequence[float | None]) -> list[float]:
    return [float("nan") if v is None else float(v) for v in values]
