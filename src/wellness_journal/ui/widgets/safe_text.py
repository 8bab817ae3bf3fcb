"""A text browser that loads nothing: no image, style sheet or page from a disk, a device, a pipe
or a network share, whatever the text it shows asks for.

Entries are Markdown, and an imported file can hold ``![x](/dev/zero)`` (read without end: the
app aborted), a named pipe (the app froze) or ``//host/share/x.png`` (Windows would open an SMB
connection and hand over the login hash, outside the network guard). Qt's text documents load
such resources through ``loadResource``; here every image is a drawn placeholder and every other
resource is empty.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, QRectF, QUrl
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from wellness_journal.ui.theme import current_colors

PLACEHOLDER_SIZE = (64, 44)


def image_placeholder() -> QImage:
    """A small framed picture sign that stands where an image would be."""
    width, height = PLACEHOLDER_SIZE
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    colors = current_colors()
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(colors.muted), 1.5))
        painter.setBrush(QColor(colors.border))
        painter.drawRoundedRect(QRectF(1, 1, width - 2, height - 2), 6, 6)
        # A hill and a sun: "a picture was here".
        painter.setBrush(QColor(colors.muted))
        painter.drawEllipse(QRectF(width * 0.62, height * 0.22, 8, 8))
        painter.setPen(QPen(QColor(colors.muted), 2))
        painter.drawPolyline(
            [
                QPointF(8, height - 9),
                QPointF(24, height * 0.42),
                QPointF(36, height - 16),
                QPointF(44, height * 0.55),
                QPointF(width - 8, height - 9),
            ]
        )
    finally:
        painter.end()
    return image


class SafeTextBrowser(QTextBrowser):
    """Shows rich text or Markdown; opens no link and loads no resource."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self._placeholder: QImage | None = None

    def loadResource(self, kind: int, name: QUrl | str, /) -> Any:
        if kind == QTextDocument.ResourceType.ImageResource.value:
            if self._placeholder is None:
                self._placeholder = image_placeholder()
            return self._placeholder
        return None
