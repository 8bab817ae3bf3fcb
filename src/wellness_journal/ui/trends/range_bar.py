"""How much time the charts show: 2 weeks, 3 months, 1 year or everything."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QWidget

from wellness_journal.core.trends import Span
from wellness_journal.ui.theme import current_colors


class RangeBar(QWidget):
    span_chosen = Signal(object)  # Span

    def __init__(self, span: Span = Span.MONTHS_3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Time shown"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        label = QLabel(self.tr("Show the last"))
        label.setObjectName("muted")
        row.addWidget(label)
        row.addSpacing(10)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[Span, QPushButton] = {}
        texts = {
            Span.WEEKS_2: (self.tr("&2 weeks"), self.tr("Show the last 2 weeks")),
            Span.MONTHS_3: (self.tr("&3 months"), self.tr("Show the last 3 months")),
            Span.YEAR: (self.tr("1 &year"), self.tr("Show the last year")),
            Span.ALL: (self.tr("&All"), self.tr("Show everything")),
        }
        colors = current_colors()
        last = len(texts) - 1
        for n, (key, (text, name)) in enumerate(texts.items()):
            b = QPushButton(text)
            b.setCheckable(True)
            b.setAccessibleName(name)
            radius_left = "7px" if n == 0 else "0"
            radius_right = "7px" if n == last else "0"
            b.setStyleSheet(
                f"QPushButton {{ border-radius: 0; border-top-left-radius: {radius_left};"
                f" border-bottom-left-radius: {radius_left}; border-top-right-radius: {radius_right};"
                f" border-bottom-right-radius: {radius_right}; padding: 6px 14px;"
                f" margin-left: {'0' if n == 0 else '-1px'}; }}"
                f" QPushButton:checked {{ background: {colors.selection}; color: {colors.text};"
                f" border-color: {colors.accent}; }}"
                f" QPushButton:focus {{ border: 2px solid {colors.accent}; }}"
            )
            self.group.addButton(b)
            self.buttons[key] = b
            row.addWidget(b)
            b.clicked.connect(lambda _checked=False, s=key: self._on_clicked(s))
        row.addStretch(1)
        self.buttons[span].setChecked(True)
        self._span = span

    @property
    def span(self) -> Span:
        return self._span

    def choose(self, span: Span) -> None:
        self.buttons[span].click()

    def _on_clicked(self, span: Span) -> None:
        if span is self._span:
            return
        self._span = span
        self.span_chosen.emit(span)
