"""The summary laid out on pages: a running header with the days and "Prepared by the user; not
a medical record", the body in a ``QTextDocument`` paginated to the space between, and "Page n
of m" at the foot.

Everything is made in memory: the PDF goes to a buffer (``pdf_bytes``), the preview's pages to
images (``page_images``), never to a file. One layout serves every device: it is made in layout
units (``RES`` per inch, on a ``QPdfWriter`` over a buffer, whose font metrics are the PDF's),
and a page is painted onto any device by scaling. Charts are ``QTextDocument`` objects painted by
Qt's SVG renderer (vector paths in the PDF). Tables break between rows with their header row
repeated; a heading that would sit at the very foot of a page moves to the next one.
Drawing needs a QGuiApplication; it may run off the GUI thread (no widget, no pixmap is used).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wellness_journal.reports.blocks import Chart, Report
from wellness_journal.reports.summary_html import ACCENT, MUTED, RULE, report_html

if TYPE_CHECKING:
    from PySide6.QtGui import QImage, QPagedPaintDevice, QPainter, QTextDocument

RES = 300  # layout units per inch
SIDE_IN = 0.65
TOP_IN = 0.85  # to the body; the header sits above it
BOTTOM_IN = 0.8
HEADER_IN = 0.45  # the header's baseline, from the top
FOOTER_IN = 0.45  # the page number's baseline, from the bottom
# A heading with less room than this below it starts the next page: a section's title wants
# room for its first figures, a part's title for a few lines.
KEEP_WITH_NEXT_IN = {2: 2.6, 3: 1.3}
PAPER_IN = {"letter": (8.5, 11.0), "a4": (8.27, 11.69)}
CHART_TYPE_OFFSET = 7


def _chart_type() -> int:
    from PySide6.QtGui import QTextFormat

    return int(QTextFormat.ObjectTypes.UserObject.value) + CHART_TYPE_OFFSET


def _chart_handler(charts: dict[str, Chart], width: float, parent: Any) -> Any:
    """A ``QTextObjectInterface`` that sizes each chart to the text width and paints its SVG."""
    from PySide6.QtCore import QByteArray, QSizeF
    from PySide6.QtGui import QPyTextObject, QTextFormat
    from PySide6.QtSvg import QSvgRenderer

    key_property = int(QTextFormat.Property.UserProperty.value) + 1

    class ChartObject(QPyTextObject):
        def __init__(self, owner: Any) -> None:
            super().__init__(owner)
            self.renderers = {
                key: QSvgRenderer(QByteArray(chart.svg), self) for key, chart in charts.items()
            }

        def _size(self, key: str) -> QSizeF:
            chart = charts[key]
            scale = min(1.0, width / (chart.width * RES))
            return QSizeF(chart.width * RES * scale, chart.height * RES * scale)

        def intrinsicSize(self, doc: Any, position: int, fmt: Any) -> QSizeF:
            return self._size(str(fmt.property(key_property)))

        def drawObject(self, painter: Any, rect: Any, doc: Any, position: int, fmt: Any) -> None:
            self.renderers[str(fmt.property(key_property))].render(painter, rect)

    return ChartObject(parent)


class Layout:
    """``report`` laid out on pages of its paper, in layout units (``RES`` per inch)."""

    def __init__(self, report: Report) -> None:
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF
        from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

        self.report = report
        width_in, height_in = PAPER_IN.get(report.paper, PAPER_IN["letter"])
        self.page_width, self.page_height = width_in * RES, height_in * RES
        self.body_width = self.page_width - 2 * SIDE_IN * RES
        self.body_height = self.page_height - (TOP_IN + BOTTOM_IN) * RES
        self._data = QByteArray()
        self._buffer = QBuffer(self._data)
        self._buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.writer = QPdfWriter(self._buffer)
        self.writer.setResolution(RES)
        self.writer.setCreator("")
        self.writer.setTitle(report.title)
        size = QPageSize.PageSizeId.A4 if report.paper == "a4" else QPageSize.PageSizeId.Letter
        self.writer.setPageSize(QPageSize(size))
        self.writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
        html = report_html(report)
        self.doc = self._document(html.text, html.charts)
        self.doc.setPageSize(QSizeF(self.body_width, self.body_height))
        self._keep_headings_with_next()
        self.page_count = self.doc.pageCount()

    def _document(self, text: str, charts: dict[str, Chart]) -> QTextDocument:
        from PySide6.QtGui import QTextCharFormat, QTextDocument, QTextFormat

        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(self.writer)  # the PDF's metrics
        doc.setDocumentMargin(0)
        doc.setHtml(text)
        self._handler = _chart_handler(charts, self.body_width, doc)
        doc.documentLayout().registerHandler(_chart_type(), self._handler)
        key_property = int(QTextFormat.Property.UserProperty.value) + 1
        for key in charts:
            cursor = doc.find(key)
            if cursor.isNull():
                continue
            fmt = QTextCharFormat()
            fmt.setObjectType(_chart_type())
            fmt.setProperty(key_property, key)
            cursor.insertText("\ufffc", fmt)
        return doc

    def _keep_headings_with_next(self) -> None:
        """Move a heading to the next page when it would sit at the foot of one. After each move
        the rest of the document is laid out again (left to Qt's own relayout after a format
        change, later blocks were left with no height)."""
        from PySide6.QtGui import QTextCursor, QTextFormat

        layout = self.doc.documentLayout()
        block = self.doc.begin()
        while block.isValid():
            fmt = block.blockFormat()
            level = fmt.headingLevel()
            if level > 1:
                keep = KEEP_WITH_NEXT_IN.get(level, KEEP_WITH_NEXT_IN[3]) * RES
                top = layout.blockBoundingRect(block).top()
                offset = top % self.body_height
                if offset > 0 and self.body_height - offset < keep:
                    fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                    QTextCursor(block).setBlockFormat(fmt)
                    start = block.position()
                    self.doc.markContentsDirty(start, self.doc.characterCount() - start)
            block = block.next()

    def close(self) -> None:
        """Delete the Qt objects now, on this thread: a layout made on the runner must not be
        left for the garbage collector to free on the GUI thread (the document's timers belong
        to the thread that made it)."""
        import shiboken6

        for obj in (self.doc, self.writer, self._buffer):
            if shiboken6.isValid(obj):
                shiboken6.delete(obj)

    # -- painting ---------------------------------------------------------------------------------
    def paint_page(self, painter: QPainter, index: int) -> None:
        """Page ``index`` (from 0), with the painter's origin at the page's top-left corner and
        one unit a layout unit."""
        from PySide6.QtCore import QPointF, QRectF

        painter.save()
        top = TOP_IN * RES
        painter.translate(QPointF(SIDE_IN * RES, top - index * self.body_height))
        clip = QRectF(0, index * self.body_height, self.body_width, self.body_height)
        self.doc.drawContents(painter, clip)
        painter.restore()
        self._paint_margins(painter, index)

    def _paint_margins(self, painter: QPainter, index: int) -> None:
        from PySide6.QtCore import QLineF, QRectF, Qt
        from PySide6.QtGui import QColor, QFont, QPen

        painter.save()
        font = QFont("sans-serif")
        font.setPixelSize(round(7.5 / 72 * RES))
        painter.setFont(font)
        left, right = SIDE_IN * RES, self.page_width - SIDE_IN * RES
        band = 0.3 * RES
        header = QRectF(left, HEADER_IN * RES - band, right - left, band)
        painter.setPen(QColor(MUTED))
        flags = Qt.AlignmentFlag.AlignBottom
        painter.drawText(header, int(flags | Qt.AlignmentFlag.AlignLeft), self.report.running_head)
        painter.setPen(QColor(ACCENT))
        painter.drawText(header, int(flags | Qt.AlignmentFlag.AlignRight), self.report.not_a_record)
        painter.setPen(QPen(QColor(RULE), 0.01 * RES))
        rule_y = HEADER_IN * RES + 0.08 * RES
        painter.drawLine(QLineF(left, rule_y, right, rule_y))
        footer = QRectF(left, self.page_height - FOOTER_IN * RES - band, right - left, band)
        painter.setPen(QColor(MUTED))
        label = self.report.page_label.format(index + 1, self.page_count)
        painter.drawText(footer, int(flags | Qt.AlignmentFlag.AlignRight), label)
        painter.drawText(footer, int(flags | Qt.AlignmentFlag.AlignLeft), self.report.not_a_record)
        painter.restore()

    def pdf_bytes(self) -> bytes:
        """Every page as a PDF, made in memory. Call once: it finishes the writer."""
        from PySide6.QtGui import QPainter

        painter = QPainter(self.writer)
        try:
            for index in range(self.page_count):
                if index:
                    self.writer.newPage()
                self.paint_page(painter, index)
        finally:
            painter.end()
        self._buffer.close()
        return bytes(self._data.data())

    def page_image(self, index: int, dpi: float) -> QImage:
        """Page ``index`` drawn on a white image at ``dpi`` (for the preview; kept in memory)."""
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QImage, QPainter

        scale = dpi / RES
        image = QImage(
            round(self.page_width * scale),
            round(self.page_height * scale),
            QImage.Format.Format_RGB32,
        )
        image.setDotsPerMeterX(round(dpi / 0.0254))
        image.setDotsPerMeterY(round(dpi / 0.0254))
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.scale(scale, scale)
            self.paint_page(painter, index)
        finally:
            painter.end()
        return image

    def print_on(self, printer: QPagedPaintDevice) -> None:
        """Every page on a printer the user set up in Qt's print dialog (its paper is kept: the
        pages are scaled to fit it)."""
        from PySide6.QtGui import QPainter

        layout = printer.pageLayout()
        dpi = printer.logicalDpiX()
        full = layout.fullRectPixels(dpi)
        paint = layout.paintRectPixels(dpi)
        scale = min(full.width() / self.page_width, full.height() / self.page_height)
        painter = QPainter(printer)
        try:
            for index in range(self.page_count):
                if index:
                    printer.newPage()
                painter.save()
                painter.translate(-paint.x(), -paint.y())
                painter.scale(scale, scale)
                self.paint_page(painter, index)
                painter.restore()
        finally:
            painter.end()


def gui_application() -> object:
    """The QGuiApplication drawing needs; the command line has none, so one is made on the
    offscreen platform. Keep the returned object while drawing."""
    from wellness_journal.reports.pocket_card import gui_application as make

    return make()
