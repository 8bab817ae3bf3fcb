"""Line icons drawn in the theme's text or accent colour."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from wellness_journal.ui.resources import app_icon_path, icon_path, notes_icon_path

_PLACEHOLDER = "#000000"


@cache
def _svg_text(name: str) -> str:
    return icon_path(name).read_text(encoding="utf-8")


@cache
def _icon(name: str, color: str, size: int, filled: bool) -> QIcon:
    svg = _svg_text(name).replace(_PLACEHOLDER, color)
    if filled:
        svg = svg.replace('fill="none"', f'fill="{color}"')
    data = QByteArray(svg.encode("utf-8"))
    renderer = QSvgRenderer(data)
    icon = QIcon()
    for scale in (1, 2):
        pixmap = QPixmap(QSize(size * scale, size * scale))
        pixmap.setDevicePixelRatio(scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def icon(name: str, color: str, size: int = 24, *, filled: bool = False) -> QIcon:
    """The icon ``name`` from assets/icons, stroked (and with ``filled``, filled) in ``color``."""
    return _icon(name, color, size, filled)


def app_icon(*, discreet: bool = False) -> QIcon:
    """The app's icon, or in discreet mode a plain notepad."""
    return QIcon(str(notes_icon_path() if discreet else app_icon_path()))
