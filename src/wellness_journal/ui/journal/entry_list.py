"""The list of entries: a lazy model (ids up front, rows fetched a block at a time) and a painter.

Only the entries on screen are ever read, so the list is as quick with 30 years as with 30 days.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QFont, QPainter, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from wellness_journal.core.journal import MATCH_END, MATCH_START, EntryRow
from wellness_journal.ui.theme import current_colors

BLOCK = 60  # rows read at a time without a search
SEARCH_BLOCK = 12  # with a search each row also gets its highlighted snippet
PAGE = 200  # ids loaded at a time; more as the list scrolls
ROW_HEIGHT = 92
EntryRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2

Fetch = Callable[[list[int], str], dict[int, EntryRow]]
Load = Callable[[int | None, int], list[int]]  # (before id, limit) -> ids, newest first
AnyIndex = QModelIndex | QPersistentModelIndex


class EntryListModel(QAbstractListModel):
    def __init__(self, fetch: Fetch, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._fetch = fetch
        self._ids: list[int] = []
        self._rows: dict[int, EntryRow] = {}
        self._query = ""
        self._load: Load | None = None
        self._more = False
        self.mood_words: dict[int, str] = {}

    def reset(self, load: Load, query: str) -> None:
        """Show the first page of what ``load`` finds; later pages come as the list scrolls."""
        self.beginResetModel()
        self._load = load
        self._query = query
        self._rows = {}
        first = load(None, PAGE + 1)
        self._more = len(first) > PAGE
        self._ids = first[:PAGE]
        self.endResetModel()

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more or self._load is None or not self._ids:
            return
        more = self._load(self._ids[-1], PAGE + 1)
        self._more = len(more) > PAGE
        more = more[:PAGE]
        if more:
            start = len(self._ids)
            self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
            self._ids.extend(more)
            self.endInsertRows()

    def ids(self) -> list[int]:
        return self._ids

    def row_of(self, entry_id: int) -> int:
        try:
            return self._ids.index(entry_id)
        except ValueError:
            return -1

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def entry_row(self, row: int) -> EntryRow | None:
        if not 0 <= row < len(self._ids):
            return None
        entry_id = self._ids[row]
        if entry_id not in self._rows:
            size = SEARCH_BLOCK if self._query.strip() else BLOCK
            start = max(0, row - size // 4)
            block = [i for i in self._ids[start : start + size] if i not in self._rows]
            self._rows.update(self._fetch(block, self._query))
        return self._rows.get(entry_id)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role == IdRole:
            return self._ids[index.row()]
        if role not in (
            EntryRole,
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return None
        entry = self.entry_row(index.row())
        if entry is None:
            return None
        if role == EntryRole:
            return entry
        when = entry.written_at.strftime("%a %d %b %Y, %H:%M")
        title = plain(entry.title) or ""
        text = plain(entry.snippet or entry.preview)
        mood = self.mood_words.get(entry.mood or 0, "")
        return ". ".join(part for part in (when, title, mood, text) if part)


def plain(text: str) -> str:
    return text.replace(MATCH_START, "").replace(MATCH_END, "")


def marked_html(text: str, highlight: str) -> str:
    """Escape user text; turn match markers into highlighted spans."""
    escaped = html.escape(text)
    return escaped.replace(
        MATCH_START, f'<span style="background-color:{highlight}; font-weight:600;">'
    ).replace(MATCH_END, "</span>")


class EntryDelegate(QStyledItemDelegate):
    """Date and mood, the title, and two lines of preview (or the matching words)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        line = option.fontMetrics.height()
        return QSize(option.rect.width(), max(ROW_HEIGHT, 4 * line + 30))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        entry = index.data(EntryRole)
        colors = current_colors()
        painter.save()
        rect = QRect(option.rect).adjusted(6, 3, -6, -3)
        state = option.state
        selected = bool(state & QStyle.StateFlag.State_Selected)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        if selected:
            painter.setBrush(QColor(colors.selection))
            painter.drawRoundedRect(rect, 8, 8)
        elif state & QStyle.StateFlag.State_MouseOver:
            painter.setBrush(QColor(colors.window))
            painter.drawRoundedRect(rect, 8, 8)
        if state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(QColor(colors.accent))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(0, 0, -1, -1), 8, 8)
        if entry is None:
            painter.restore()
            return
        inner = rect.adjusted(12, 8, -12, -8)
        base = QFont(option.font)
        small = QFont(base)
        small.setPointSizeF(base.pointSizeF() * 0.9)
        painter.setFont(small)
        painter.setPen(QColor(colors.muted))
        when = entry.written_at.strftime("%a %d %b %Y · %H:%M")
        facts = [when]
        if entry.tags:
            facts.append("  ".join(f"#{t}" for t in entry.tags[:4]))
        line_h = painter.fontMetrics().height()
        painter.drawText(
            QRect(inner.left(), inner.top(), inner.width(), line_h),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            painter.fontMetrics().elidedText(
                "   ".join(facts), Qt.TextElideMode.ElideRight, inner.width()
            ),
        )
        top = inner.top() + line_h + 2
        highlight = colors.selection if not selected else colors.window
        title = entry.title
        if title:
            bold = QFont(base)
            bold.setWeight(QFont.Weight.DemiBold)
            painter.setFont(bold)
            painter.setPen(QColor(colors.text))
            title_h = painter.fontMetrics().height()
            self._draw_rich(
                painter, marked_html(title, colors.selection), inner, top, title_h, bold, colors
            )
            top += title_h + 1
        text = entry.snippet or entry.preview
        painter.setFont(base)
        spacing = painter.fontMetrics().lineSpacing()
        rest = max(0, (inner.bottom() - top) // spacing) * spacing
        if text and rest > 0:
            self._draw_rich(
                painter, marked_html(text, highlight), inner, top, rest, base, colors, muted=True
            )
        painter.restore()

    @staticmethod
    def _draw_rich(
        painter: QPainter,
        rich: str,
        inner: QRect,
        top: int,
        height: int,
        font: QFont,
        colors: object,
        *,
        muted: bool = False,
    ) -> None:
        doc = QTextDocument()
        doc.setDefaultFont(font)
        doc.setDocumentMargin(0)
        doc.setTextWidth(inner.width())
        color = getattr(colors, "muted" if muted else "text")
        doc.setHtml(f'<div style="color:{color};">{rich}</div>')
        painter.save()
        painter.translate(inner.left(), top)
        clip = QRect(0, 0, inner.width(), height)
        painter.setClipRect(clip)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        ctx.clip = clip  # type: ignore[assignment]
        doc.documentLayout().draw(painter, ctx)
        painter.restore()
