"""The list of guides as cards: title, who it is for, a one-line summary and, while searching, the
sentence that matched. A card opens with a click, or with Enter or Space when it has focus."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QWidget,
)

from wellness_journal.core.guide_search import Hit
from wellness_journal.core.guides import Guide
from wellness_journal.ui.theme import current_colors
from wellness_journal.ui.widgets.common import button, column, paragraph


class GuideCard(QFrame):
    chosen = Signal(str)  # guide id

    def __init__(self, guide: Guide, snippet: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.guide = guide
        self.setObjectName("guideCard")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        col = column(self, spacing=4, margins=(20, 14, 20, 16))
        top = QHBoxLayout()
        title = QLabel(guide.title)
        title.setObjectName("h2")
        title.setWordWrap(True)
        top.addWidget(title, 1)
        self.read_button = button(
            self.tr("Read"), name="flat", accessible=self.tr("Read {0}").format(guide.title)
        )
        self.read_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the card itself takes focus
        self.read_button.clicked.connect(lambda: self.chosen.emit(guide.id))
        top.addWidget(self.read_button, 0, Qt.AlignmentFlag.AlignTop)
        col.addLayout(top)
        facts = QLabel(
            self.tr("For {0} · {1} min read").format(guide.audience.lower(), guide.minutes)
        )
        facts.setObjectName("muted")
        facts.setWordWrap(True)
        col.addWidget(facts)
        col.addWidget(paragraph(guide.summary))
        self.snippet = paragraph(f"“{snippet}”" if snippet else "", muted=True)
        self.snippet.setObjectName("snippet")
        self.snippet.setVisible(bool(snippet))
        col.addWidget(self.snippet)
        self.setAccessibleName(guide.title)
        self.setAccessibleDescription(
            f"{facts.text()}. {guide.summary}" + (f" {snippet}" if snippet else "")
        )

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.chosen.emit(self.guide.id)
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.chosen.emit(self.guide.id)
            return
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.focusNextPrevChild(event.key() == Qt.Key.Key_Down)
            focused = QApplication.focusWidget()
            scroll = self.parentWidget()
            while scroll is not None and not isinstance(scroll, QScrollArea):
                scroll = scroll.parentWidget()
            if isinstance(scroll, QScrollArea) and focused is not None:
                scroll.ensureWidgetVisible(focused)
            return
        super().keyPressEvent(event)


class GuideList(QWidget):
    """The cards for a list of search hits (all guides when nothing is searched)."""

    guide_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        c = current_colors()
        self.setStyleSheet(
            f"QFrame#guideCard {{ background: {c.surface}; border: 1px solid {c.border};"
            f" border-radius: 10px; }}"
            f" QFrame#guideCard:hover {{ border-color: {c.accent}; }}"
            f" QFrame#guideCard:focus {{ border: 2px solid {c.accent}; }}"
            f" QLabel#snippet {{ font-style: italic; }}"
        )
        self.col = column(self, spacing=12)
        self.cards: list[GuideCard] = []
        self.empty = paragraph("", muted=True)
        self.empty.setVisible(False)
        self.col.addWidget(self.empty)

    def show_hits(self, hits: list[Hit], query: str) -> None:
        for old in self.cards:
            old.hide()
            old.setParent(None)
            old.deleteLater()
        self.cards = []
        for hit in hits:
            card = GuideCard(hit.guide, hit.snippet if query.strip() else "")
            card.chosen.connect(self.guide_chosen)
            self.col.addWidget(card)
            self.cards.append(card)
        self.empty.setText(
            self.tr("No guide mentions “{0}”. Try a shorter or different word.").format(
                query.strip()
            )
        )
        self.empty.setVisible(not hits)

    def card_for(self, guide_id: str) -> GuideCard | None:
        return next((c for c in self.cards if c.guide.id == guide_id), None)
