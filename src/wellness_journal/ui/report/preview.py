"""The preview: every page of the summary as it will be saved or printed, one under the other.

The pages arrive as images drawn in memory (``reports.summary_pages.Layout.page_image``); nothing
of them is written to disk.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QWidget

from wellness_journal.ui.theme import current_colors
from wellness_journal.ui.widgets.common import clear, column


class PagePreview(QScrollArea):
    """Pages centred in a scrolling column, each on a thin frame like a sheet of paper."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(self.tr("Preview of the summary's pages"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.body = QWidget()
        self.body.setObjectName("previewBody")
        colors = current_colors()
        self.body.setStyleSheet(f"#previewBody {{ background: {colors.border}; }}")
        self.column = column(self.body, spacing=14, margins=(16, 16, 16, 16))
        self.setWidget(self.body)
        self.pages: list[QLabel] = []

    def show_pages(self, images: list[QImage]) -> None:
        clear(self.column)
        self.pages = []
        for number, image in enumerate(images, 1):
            page = QLabel()
            page.setPixmap(QPixmap.fromImage(image))
            page.setFixedSize(image.size())
            page.setStyleSheet("background: white; border: 1px solid #9aa5b1;")
            page.setAccessibleName(self.tr("Page {0} of {1}").format(number, len(images)))
            self.column.addWidget(page, 0, Qt.AlignmentFlag.AlignHCenter)
            self.pages.append(page)
        self.column.addStretch(1)
        self.verticalScrollBar().setValue(0)
