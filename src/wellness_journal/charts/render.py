"""A chart drawn into pixels with Agg, on the thread that built it: the window only shows the
picture, so no chart is ever drawn on the GUI thread.

The pixels stay in memory; nothing here writes a file (a chart image reaches the disk only when
the user saves one, after a warning). Together with the pixels come, for each ``Hover``, its
points and a frozen copy of its axes' data-to-pixel transform and area: enough to tell which
point is under the pointer without touching the figure again, which can then be dropped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from wellness_journal.charts.style import DPI, Chart


@dataclass(frozen=True)
class HoverMap:
    """A ``Hover`` as drawn: ``to_pixels`` maps data (x, y) to the picture's pixels (counted from
    the bottom left, in physical pixels); ``area`` is the axes' box in the same pixels."""

    key: str
    match: str
    width: float
    xs: Sequence[float]
    ys: Sequence[float]
    to_pixels: Any  # matplotlib Affine2D (frozen)
    area: Any  # matplotlib Bbox (frozen)

    def pixel(self, x: float, y: float) -> tuple[float, float]:
        px, py = self.to_pixels.transform((x, y))
        return float(px), float(py)

    def data(self, px: float, py: float) -> tuple[float, float]:
        x, y = self.to_pixels.inverted().transform((px, py))
        return float(x), float(y)

    def contains(self, px: float, py: float) -> bool:
        return bool(self.area.contains(px, py))


@dataclass(frozen=True)
class Picture:
    """RGBA pixels, ``width`` x ``height`` physical pixels for a screen of ``ratio`` physical
    pixels per logical one, and the hover maps."""

    rgba: bytes
    width: int
    height: int
    ratio: float
    hovers: tuple[HoverMap, ...]

    @property
    def logical_width(self) -> float:
        return self.width / self.ratio


def render(chart: Chart, width: float, ratio: float = 1.0) -> Picture:
    """Draw ``chart`` ``width`` inches across (at ``DPI`` logical pixels an inch; its height
    stays) for a screen with ``ratio`` physical pixels per logical pixel."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    figure = chart.figure
    _, height = figure.get_size_inches()
    figure.set_size_inches(width, height)
    chart.fit()
    figure.set_dpi(DPI * ratio)
    canvas = FigureCanvasAgg(figure)
    canvas.draw()  # type: ignore[no-untyped-call]
    pixels_wide, pixels_high = canvas.get_width_height(physical=True)
    rgba = bytes(canvas.buffer_rgba())  # type: ignore[no-untyped-call]
    hovers = tuple(
        HoverMap(
            h.key,
            h.match,
            h.width,
            list(h.xs),
            list(h.ys),
            h.axes.transData.frozen(),
            h.axes.bbox.frozen(),
        )
        for h in chart.hovers
    )
    return Picture(rgba, int(pixels_wide), int(pixels_high), ratio, hovers)
