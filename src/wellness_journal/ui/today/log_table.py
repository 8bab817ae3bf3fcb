"""A log as a calm table: the whole history, newest first, read a page at a time as it is
scrolled (``fetchMore``), filtered as you type, and opened for editing with a click or Enter.

    model = LogModel(columns, fetch=lambda after, limit: service.page(after, limit))
    dialog = LogDialog(title, intro, model, edit=..., delete=..., filters=[...])

``fetch(after, limit)`` returns up to ``limit`` records older than ``after`` (None: from the
newest); a filter is a ``matches(record) -> bool`` the model applies while it reads on, so an
old entry that matches is found however far back it is.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSizePolicy, QTableView

Index = QModelIndex | QPersistentModelIndex
Fetch = Callable[[Any | None, int], Sequence[Any]]
PAGE = 100  # rows read at a time
MOST_PAGES = 20  # pages read in one go while looking for rows that match a filter


@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[Any], str]
    number: bool = False  # right-aligned
    wide: bool = False  # takes the room that is left (shared with the other wide ones)


class LogModel(QAbstractTableModel):
    def __init__(self, columns: list[Column], fetch: Fetch, key: Callable[[Any], int]) -> None:
        super().__init__()
        self.columns = columns
        self._fetch = fetch
        self._key = key
        self._rows: list[Any] = []
        self._last_read: Any | None = None  # paging goes on after this record
        self._done = False
        self._matches: Callable[[Any], bool] = lambda _record: True

    # -- what is shown ---------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        record = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(record)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = Qt.AlignmentFlag.AlignRight if column.number else Qt.AlignmentFlag.AlignLeft
            return side | Qt.AlignmentFlag.AlignVCenter
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        return None

    def record(self, row: int) -> Any | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, key: int | None) -> int:
        return next((i for i, r in enumerate(self._rows) if self._key(r) == key), -1)

    @property
    def complete(self) -> bool:
        """Everything there is has been read."""
        return self._done

    # -- reading on ------------------------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._done

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._done:
            return
        found: list[Any] = []
        for _ in range(MOST_PAGES):
            page = list(self._fetch(self._last_read, PAGE))
            if page:
                self._last_read = page[-1]
            found += [r for r in page if self._matches(r)]
            if len(page) < PAGE:
                self._done = True
            if self._done or len(found) >= PAGE:
                break
        if found:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(found) - 1)
            self._rows += found
            self.endInsertRows()

    def reload(self, matches: Callable[[Any], bool] | None = None, *, at_least: int = 0) -> None:
        """Read again from the newest (with a new filter, when given), at least ``at_least``
        rows if there are that many (so a list read far back stays as long)."""
        if matches is not None:
            self._matches = matches
        self.beginResetModel()
        self._rows, self._last_read, self._done = [], None, False
        self.endResetModel()
        self.fetchMore()
        while len(self._rows) < at_least and not self._done:
            self.fetchMore()


def log_view(model: LogModel, name: str) -> QTableView:
    """The table: whole rows, no grid, the widest column taking the room that is left."""
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setShowGrid(False)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setTabKeyNavigation(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 16)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    for i, column in enumerate(model.columns):
        mode = (
            QHeaderView.ResizeMode.Stretch
            if column.wide
            else QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(i, mode)
    view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    view.setMinimumHeight(200)
    return view
