"""A chart on screen: a picture drawn off the GUI thread (``charts.render``), with the value and
date under the pointer, and the same with the keyboard (Tab to the chart, then the arrow keys).

The GUI thread only copies the picture to the screen; it never draws the chart. When the chart
gets wider or narrower, the old picture is stretched until a new one, drawn on the runner,
takes its place (``resized``). The keyboard's place is a ring painted over the picture.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from wellness_journal.charts.render import HoverMap, Picture
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
RING_RADIUS = 10.5  # logical pixels
RESIZE_SLACK = 2  # logical pixels a picture may be off before a new one is drawn

Describe = Callable[[str, int], str]


class Points(Protocol):
    @property
    def match(self) -> str: ...

    @property
    def width(self) -> float: ...

    @property
    def xs(self) -> Sequence[float]: ...

    @property
    def ys(self) -> Sequence[float]: ...


def find(
    hover: Points,
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


class ChartView(QWidget):
    resized = Signal(int)  # the new width in logical pixels: a new picture is wanted

    def __init__(
        self,
        picture: Picture,
        image: QImage,
        describe: Describe,
        name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.picture = picture
        self.image = image
        self._describe = describe
        self._key_item: tuple[int, int] | None = None  # (hover, index) chosen with the keyboard
        self.setAccessibleName(name)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(round(picture.height / picture.ratio))
        self.setMinimumWidth(320)

    def set_picture(self, picture: Picture, image: QImage) -> None:
        """A new drawing of the same chart (another width): same points, new pixels."""
        self.picture = picture
        self.image = image
        self.update()

    # -- where things are ---------------------------------------------------------------------
    def _scale(self) -> float:
        """Widget pixels per logical picture pixel (1 unless the picture is being replaced)."""
        return self.width() / self.picture.logical_width if self.picture.logical_width else 1.0

    def _to_picture(self, x: float, y: float) -> tuple[float, float]:
        """A widget position as the picture's physical pixels, counted from the bottom."""
        ratio, scale = self.picture.ratio, self._scale()
        return x / scale * ratio, self.picture.height - y / scale * ratio

    def _to_widget(self, px: float, py: float) -> QPointF:
        ratio, scale = self.picture.ratio, self._scale()
        return QPointF(px / ratio * scale, (self.picture.height - py) / ratio * scale)

    def item_at(self, x: float, y: float) -> tuple[HoverMap, int] | None:
        """The item under widget position (x, y), or None."""
        px, py = self._to_picture(x, y)
        ratio = self.picture.ratio
        for hover in self.picture.hovers:
            if not hover.contains(px, py):
                continue
            dx, dy = hover.data(px, py)

            def to_pixels(a: float, b: float, hover: HoverMap = hover) -> tuple[float, float]:
                qx, qy = hover.pixel(a, b)
                return qx / ratio, qy / ratio

            index = find(hover, dx, dy, to_pixels, POINT_REACH)
            if index is not None:
                return hover, index
        return None

    def place_of(self, hover: HoverMap, x: float, y: float) -> QPointF:
        """Where data (x, y) of ``hover``'s axes is drawn, in widget pixels."""
        return self._to_widget(*hover.pixel(x, y))

    def point_of(self, hover: HoverMap, index: int) -> QPoint:
        """Where item ``index`` of ``hover`` is drawn, in widget pixels."""
        return self.place_of(hover, hover.xs[index], hover.ys[index]).toPoint()

    def text_for(self, hover: HoverMap, index: int) -> str:
        """What the chart says about item ``index`` of ``hover``."""
        return self._describe(hover.key, index)

    # -- the pointer ------------------------------------------------------------------------------
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        position = event.position()
        found = self.item_at(position.x(), position.y())
        if found is None:
            QToolTip.hideText()
        else:
            text = self.text_for(*found)
            if text:
                at = position.toPoint() + QPoint(12, 12)
                QToolTip.showText(self.mapToGlobal(at), text, self)
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: object) -> None:
        QToolTip.hideText()
        super().leaveEvent(event)  # type: ignore[arg-type]

    # -- the keyboard -------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        hovers = self._hovers()
        if key not in _NAV_KEYS or not hovers:
            super().keyPressEvent(event)
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

    def _hovers(self) -> list[HoverMap]:
        return [h for h in self.picture.hovers if h.xs]

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
        at = self.point_of(hover, i) + QPoint(12, 12)
        QToolTip.showText(self.mapToGlobal(at), text, self)
        self.setAccessibleDescription(text)
        self.update()
        return text

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        QToolTip.hideText()
        self._key_item = None
        super().focusOutEvent(event)
        self.update()

    # -- drawing -------------------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if abs(self.width() - self.picture.logical_width) > RESIZE_SLACK:
            self.resized.emit(self.width())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        if abs(self.width() - self.picture.logical_width) < 1:
            painter.drawImage(QPointF(0, 0), self.image)  # a copy, pixel for pixel
        else:  # stretched (quickly) until the picture drawn at the new width comes in
            target = QRectF(0, 0, self.width(), self.picture.height / self.picture.ratio)
            painter.drawImage(target, self.image)
        colors = current_colors()
        if self._key_item is not None and self.hasFocus():
            h, i = self._key_item
            hovers = self._hovers()
            if h < len(hovers) and i < len(hovers[h].xs):
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                ring = QPen(QColor(colors.text))
                ring.setWidthF(3.0)
                painter.setPen(ring)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                centre = self.place_of(hovers[h], hovers[h].xs[i], hovers[h].ys[i])
                painter.drawEllipse(centre, RING_RADIUS, RING_RADIUS)
        if self.hasFocus():  # where the keyboard is: the arrow keys now walk the chart
            pen = QPen(QColor(colors.accent))
            pen.setWidth(2)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(self.rect().adjusted(1, 1, -1, -1), 6, 6)
        painter.end()
