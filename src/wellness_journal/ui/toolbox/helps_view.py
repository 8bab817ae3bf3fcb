""" "What helps me": for each exercise, how often it was used and how the rating changed."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from wellness_journal.core.helps import MIN_RATED, HelpRow
from wellness_journal.ui.theme import current_colors
from wellness_journal.ui.toolbox.words import Words
from wellness_journal.ui.widgets.common import card, clear, column, paragraph


class ChangeBar(QWidget):
    """A small horizontal bar: how far the rating moved, on the same scale for every row."""

    def __init__(self, change: float, scale: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.change = change
        self.scale = max(scale, 1.0)
        self.setFixedSize(150, 14)
        colors = current_colors()
        self._good = QColor(colors.accent)
        self._other = QColor(colors.muted)
        self._track = QColor(colors.border)

    def sizeHint(self) -> QSize:
        return QSize(150, 14)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        h = self.height()
        painter.setBrush(self._track)
        painter.drawRoundedRect(QRectF(0, h / 2 - 2, self.width(), 4), 2, 2)
        length = self.width() * min(1.0, abs(self.change) / self.scale)
        painter.setBrush(self._good if self.change < 0 else self._other)
        painter.drawRoundedRect(QRectF(0, 1, max(length, 4.0), h - 2), (h - 2) / 2, (h - 2) / 2)
        painter.end()


class WhatHelpsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words = Words(self)
        self.rows: list[HelpRow] = []
        col = column(self, spacing=14)
        col.addWidget(
            paragraph(
                self.tr(
                    "Before and after each exercise you can rate your stress from 0 (calm) to 10. "
                    "Over time your own ratings show which skills help you most."
                )
            )
        )
        self.best = paragraph("")
        self.best.setObjectName("h2")
        col.addWidget(self.best)
        self.table_card, inner = card()
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(18)
        self.grid.setVerticalSpacing(4)
        inner.addLayout(self.grid)
        col.addWidget(self.table_card)
        self.empty = paragraph(
            self.tr(
                "Nothing to show yet. Try an exercise and rate how you feel before and after. "
                "Once an exercise has {0} rated sessions, you will see how much it helps you."
            ).format(MIN_RATED),
            muted=True,
        )
        col.addWidget(self.empty)
        col.addWidget(
            paragraph(
                self.tr(
                    "These figures come only from your own ratings. They are a guide to what "
                    "works for you, not a medical measure."
                ),
                muted=True,
            )
        )

    def show_rows(self, rows: list[HelpRow]) -> None:
        self.rows = rows
        clear(self.grid)
        self.table_card.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        best = next((r for r in rows if r.average_change is not None), None)
        if best is not None and best.average_change is not None and best.average_change < -0.05:
            self.best.setText(
                self.tr("What seems to help you most: {0}").format(
                    self.words.name(best.exercise_id)
                )
            )
            self.best.setVisible(True)
        else:
            self.best.setVisible(False)
        scale = max((abs(r.average_change or 0) for r in rows), default=1.0)
        header_exercise = QLabel(self.tr("Exercise"))
        header_change = QLabel(self.tr("Change in stress, on average"))
        for header in (header_exercise, header_change):
            header.setObjectName("muted")
        self.grid.addWidget(header_exercise, 0, 0)
        self.grid.addWidget(header_change, 0, 1, 1, 2)
        for n, row in enumerate(rows):
            self._add_row(1 + n * 2, row, scale)
        self.grid.setColumnStretch(0, 1)

    def _add_row(self, at: int, row: HelpRow, scale: float) -> None:
        name = QLabel(self.words.name(row.exercise_id))
        bold = QFont(name.font())
        bold.setWeight(QFont.Weight.DemiBold)
        name.setFont(bold)
        name.setContentsMargins(0, 10, 0, 0)
        detail = QLabel(self.detail_text(row))
        detail.setObjectName("muted")
        detail.setWordWrap(True)
        figure = QLabel(self.figure_text(row))
        figure.setContentsMargins(0, 10, 0, 0)
        if row.average_change is not None:
            bar: QWidget = ChangeBar(row.average_change, scale)
            self.grid.addWidget(bar, at, 1, Qt.AlignmentFlag.AlignBottom)
            self.grid.addWidget(figure, at, 2)
        else:
            figure.setObjectName("muted")
            self.grid.addWidget(figure, at, 1, 1, 2)
        self.grid.addWidget(name, at, 0)
        self.grid.addWidget(detail, at + 1, 0, 1, 3)
        sentence = f"{name.text()}: {figure.text()}. {detail.text()}"
        for label in (name, figure, detail):
            label.setAccessibleName(sentence)

    def figure_text(self, row: HelpRow) -> str:
        change = row.average_change
        if change is None:
            return self.tr("Not enough sessions yet")
        if change <= -0.05:
            return self.tr("{0:.1f} points lower").format(-change)
        if change >= 0.05:
            return self.tr("{0:.1f} points higher").format(change)
        return self.tr("About the same")

    def detail_text(self, row: HelpRow) -> str:
        used = (self.tr("Used once") if row.times_used == 1 else self.tr("Used {0} times")).format(
            row.times_used
        )
        if row.average_change is None:
            more = MIN_RATED - row.rated
            rated = (
                self.tr("rate it before and after 1 more time to see a figure")
                if more == 1
                else self.tr("rate it before and after {0} more times to see a figure")
            ).format(more)
        else:
            rated = self.tr("based on {0} sessions rated before and after").format(row.rated)
        return f"{used} · {rated}"
