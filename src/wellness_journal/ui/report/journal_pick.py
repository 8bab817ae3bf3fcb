"""Choose journal entries for the summary one by one: nothing is ticked to start with, and an
entry goes in as written only when its box is ticked."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from wellness_journal.core.journal import EntryFilter
from wellness_journal.services.journal import JournalService
from wellness_journal.ui.widgets.common import button, button_row, column, heading, paragraph

MAX_SHOWN = 300


class JournalPickDialog(QDialog):
    def __init__(
        self,
        journal: JournalService,
        first: date,
        last: date,
        chosen: tuple[int, ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.journal = journal
        self.first, self.last = first, last
        self.chosen: set[int] = set(chosen)
        self.setWindowTitle(self.tr("Journal entries for the summary"))
        self.resize(620, 520)
        col = column(self, spacing=10, margins=(22, 18, 22, 18))
        col.addWidget(heading(self.tr("Which journal entries go in?"), 2))
        col.addWidget(
            paragraph(
                self.tr(
                    "Tick an entry to put it in the summary as you wrote it. Only the entries "
                    "you tick go in; the rest of your journal stays here."
                ),
                muted=True,
            )
        )
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search these days' entries"))
        self.search.setAccessibleName(self.tr("Search the entries"))
        self.search.textChanged.connect(self._on_search)
        col.addWidget(self.search)
        self.entries = QListWidget()
        self.entries.setAccessibleName(self.tr("Journal entries of the chosen days"))
        self.entries.setWordWrap(True)
        self.entries.setSpacing(5)
        self.entries.setAlternatingRowColors(True)
        self.entries.itemChanged.connect(self._on_item_changed)
        col.addWidget(self.entries, 1)
        self.count = paragraph("", muted=True)
        col.addWidget(self.count)
        self.done_button = button(self.tr("&Done"), primary=True, clicked=self.accept)
        self.done_button.setDefault(True)
        cancel = button(self.tr("Cancel"), clicked=self.reject)
        col.addLayout(button_row(cancel, self.done_button))
        self._fill("")

    def _fill(self, query: str) -> None:
        self.entries.blockSignals(True)
        self.entries.clear()
        ids = self.journal.find(
            EntryFilter(query=query, since=self.first, until=self.last), limit=MAX_SHOWN
        )
        rows = self.journal.rows(ids)
        locale = QLocale()
        for entry_id in ids:
            row = rows.get(entry_id)
            if row is None:
                continue
            when = row.written_at
            day = locale.toString(QDate(when.year, when.month, when.day), "ddd d MMM")
            title = row.title.strip() or self.tr("Untitled entry")
            preview = " ".join(row.preview.split())[:140]
            item = QListWidgetItem(f"{day}, {when:%H:%M} · {title}\n{preview}")
            item.setData(Qt.ItemDataRole.UserRole, entry_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = entry_id in self.chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.entries.addItem(item)
        if not ids:
            empty = QListWidgetItem(self.tr("No journal entries in these days."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.entries.addItem(empty)
        self.entries.blockSignals(False)
        self._show_count()

    def _show_count(self) -> None:
        n = len(self.chosen)
        self.count.setText(
            self.tr("None chosen.")
            if n == 0
            else self.tr("1 entry chosen.")
            if n == 1
            else self.tr("{0} entries chosen.").format(n)
        )

    @Slot(str)
    def _on_search(self, text: str) -> None:
        self._fill(text)

    @Slot(QListWidgetItem)
    def _on_item_changed(self, item: QListWidgetItem) -> None:
        entry_id = item.data(Qt.ItemDataRole.UserRole)
        if entry_id is None:
            return
        if item.checkState() == Qt.CheckState.Checked:
            self.chosen.add(int(entry_id))
        else:
            self.chosen.discard(int(entry_id))
        self._show_count()

    def chosen_ids(self) -> tuple[int, ...]:
        return tuple(sorted(self.chosen))
