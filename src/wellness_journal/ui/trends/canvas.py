"""A chart on screen: matplotlib's Qt canvas with the value and date under the pointer, and
the same with the keyboard (Tab to the chart, then the arrow keys).

Imports matplotlib's Qt backend, so only the Trends page imports this, when it first draws.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence

from matplotlib.axes import Axes
from matplotlib.backend_bases import LocationEvent
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.lines import Line2D
from matplotlib.transforms import Transform
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from wellness_journal.charts.style import DPI, Chart, Hover
from wellness_journal.ui.theme import current_colors

_LEFT_RIGHT = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}
_NAV_KEYS = {
    Qt.Key.Key_Left,
    Qt.Key.Key_Right,
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
}
POINT_REACH = 14  # logical pixels: how close the pointer must come to a point

Describe = Callable[[str, int], str]


def find(
    hover: Hover,
    x: float,
    y: float,
    to_pixels: Callable[[float, float], tuple[float, float]],
    reach: float,
) -> int | None:
    """The index of the item of ``hover`` at data position (x, y), or None."""
    if not hover.xs:
        return None
    if hover.match == "x":
        return _nearest(hover.xs, x, hover.width / 2)
    if hover.match == "y":
        best = min(range(len(hover.ys)), key=lambda i: abs(hover.ys[i] - y))
        return best if abs(hover.ys[best] - y) <= hover.width / 2 else None
    if hover.match == "cell":
        for i, (cx, cy) in enumerate(zip(hover.xs, hover.ys, strict=True)):
            if abs(cx - x) <= 0.5 and abs(cy - y) <= 0.5:
                return i
        return None
    px, py = to_pixels(x, y)
    best_i, best_d = None, reach
    for i, (hx, hy) in enumerate(zip(hover.xs, hover.ys, strict=True)):
        qx, qy = to_pixels(hx, hy)
        d = ((qx - px) ** 2 + (qy - py) ** 2) ** 0.5
        if d <= best_d:
            best_i, best_d = i, d
    return best_i


def _nearest(values: Sequence[float], x: float, reach: float) -> int | None:
    """Nearest of the sorted ``values`` to ``x`` within ``reach``."""
    i = bisect.bisect_left(values, x)
    candidates = [j for j in (i - 1, i) if 0 <= j < len(values)]
    if not candidates:
        return None
    best = min(candidates, key=lambda j: abs(values[j] - x))
    return best if abs(values[best] - x) <= reach else None


class ChartCanvas(FigureCanvasQTAgg):
    def __init__(
        self, chart: Chart, describe: Describe, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(chart.figure)  # type: ignore[no-untyped-call]
        if parent is not None:
            self.setParent(parent)
        self.chart = chart
        self._describe = describe
        self._key_item: tuple[int, int] | None = None  # (hover, index) chosen with the keyboard
        self._rings: dict[Axes, Line2D] = {}
        self.setAccessibleName(name)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        _, height = chart.figure.get_size_inches()
        self.setFixedHeight(round(height * DPI))
        self.setMinimumWidth(320)
        self.mpl_connect("motion_notify_event", self._on_motion)
        self.mpl_connect("figure_leave_event", self._on_leave)
        self.mpl_connect("resize_event", self._on_resize)

    # -- the pointer ------------------------------------------------------------------------------
    def item_at(self, event: LocationEvent) -> tuple[Hover, int] | None:
        if event.inaxes is None or event.xdata is None or event.ydata is None:
            return None
        scale = self.device_pixel_ratio or 1.0
        for hover in self.chart.hovers:
            if hover.axes is not event.inaxes:
                continue
            transform = hover.axes.transData

            def to_pixels(x: float, y: float, t: Transform = transform) -> tuple[float, float]:
                px, py = t.transform((x, y))
                return float(px) / scale, float(py) / scale

            index = find(hover, event.xdata, event.ydata, to_pixels, POINT_REACH)
            if index is not None:
                return hover, index
        return None

    def text_for(self, hover: Hover, index: int) -> str:
        """What the chart says about item ``index`` of ``hover``."""
        return self._describe(hover.key, index)

    def _on_motion(self, event: LocationEvent) -> None:
        found = self.item_at(event)
        if found is None:
            QToolTip.hideText()
            return
        hover, index = found
        text = self.text_for(hover, index)
        if text:
            QToolTip.showText(self.mapToGlobal(self._widget_point(event.x, event.y)), text, self)

    def _on_leave(self, _event: object) -> None:
        QToolTip.hideText()

    def _on_resize(self, _event: object) -> None:
        self.chart.fit()

    def _widget_point(self, x: float, y: float) -> QPoint:
        """A point in matplotlib's display pixels (from the bottom) as a widget position."""
        scale = self.device_pixel_ratio or 1.0
        return QPoint(round(x / scale) + 12, round(self.height() - y / scale) + 12)

    # -- the keyboard -------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        hovers = self._hovers()
        if key not in _NAV_KEYS or not hovers:
            super().keyPressEvent(event)  # type: ignore[no-untyped-call]
            return
        h, i = self._key_item or (0, None)
        hover = hovers[h]
        rows = hover.match == "y"  # rows go up and down; everything else left and right
        along = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1} if rows else _LEFT_RIGHT
        across = _LEFT_RIGHT if rows else {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}
        last = len(hover.xs) - 1
        if key is Qt.Key.Key_Home:
            i = 0
        elif key is Qt.Key.Key_End:
            i = last
        elif key in along:
            step = along[key]
            i = max(0, min(last, (i if i is not None else (-1 if step > 0 else last + 1)) + step))
        else:  # to the next series (the panel above or below), at the nearest place
            h = max(0, min(len(hovers) - 1, h + across[key]))
            if i is not None and hovers[h] is not hover:
                x = hover.ys[i] if rows else hover.xs[i]
                target = hovers[h]
                values = target.ys if rows else target.xs
                i = min(range(len(values)), key=lambda j: abs(values[j] - x))
            i = i if i is not None else 0
        self.select(h, i)
        event.accept()

    def _hovers(self) -> list[Hover]:
        return [h for h in self.chart.hovers if h.xs]

    def step(self, step: int) -> str:
        """Move the keyboard's place ``step`` items along the first series; say what is there."""
        hovers = self._hovers()
        if not hovers:
            return ""
        h, i = self._key_item or (0, -1 if step > 0 else 0)
        return self.select(h, max(0, min(len(hovers[h].xs) - 1, i + step)))

    def select(self, h: int, i: int) -> str:
        """Mark item ``i`` of series ``h`` with a ring, show and announce what it is."""
        hover = self._hovers()[h]
        self._key_item = (h, i)
        text = self.text_for(hover, i)
        self._mark(hover, hover.xs[i], hover.ys[i])
        px, py = hover.axes.transData.transform((hover.xs[i], hover.ys[i]))
        QToolTip.showText(self.mapToGlobal(self._widget_point(px, py)), text, self)
        self.setAccessibleDescription(text)
        return text

    def _mark(self, hover: Hover, x: float, y: float) -> None:
        """A ring around the keyboard's place (redrawn once per key press)."""
        for ring in self._rings.values():
            ring.set_visible(False)
        found = self._rings.get(hover.axes)
        if found is None:
            (found,) = hover.axes.plot(
                [],
                [],
                marker="o",
                markersize=15,
                markerfacecolor="none",
                markeredgecolor=current_colors().text,
                markeredgewidth=2.2,
                linestyle="none",
                zorder=10,
                clip_on=False,
            )
            self._rings[hover.axes] = found
        found.set_data([x], [y])
        found.set_visible(True)
        self.draw_idle()  # type: ignore[no-untyped-call]

    def _unmark(self) -> None:
        if any(r.get_visible() for r in self._rings.values()):
            for ring in self._rings.values():
                ring.set_visible(False)
            self.draw_idle()  # type: ignore[no-untyped-call]

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        QToolTip.hideText()
        self._unmark()
        super().focusOutEvent(event)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)  # type: ignore[no-untyped-call]
        if self.hasFocus():  # where the keyboard is: the arrow keys now walk the chart
            painter = QPainter(self)
            pen = QPen(QColor(current_colors().accent))
            pen.setWidth(2)
            painter.setPen(pen)
            painter.drawRoundedRect(self.rect().adjusted(1, 1, -1, -1), 6, 6)
            painter.end()
