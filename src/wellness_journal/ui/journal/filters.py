"""The search box and the tag and date filters above the list of entries."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Signal, Slot
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from wellness_journal.core.journal import EntryFilter
from wellness_journal.ui.icons import icon
from wellness_journal.ui.theme import current_colors

ANY, WEEK, MONTH, YEAR, CUSTOM = "any", "week", "month", "year", "custom"


def _to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class JournalFilters(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(8)
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr('word, start of a word*, or "a phrase"'))
        self.search.setAccessibleName(self.tr("Search the journal"))
        self.search.setToolTip(
            self.tr(
                "Search the journal (Ctrl+F): a word finds that word; the start of a word and a "
                "* finds every word that starts so (sleep* finds sleeping); words in quotes find "
                "that phrase."
            )
        )
        self.search.addAction(
            icon("search", current_colors().muted, 18), QLineEdit.ActionPosition.LeadingPosition
        )
        col.addWidget(self.search)

        row = QHBoxLayout()
        row.setSpacing(8)
        self.tag = QComboBox()
        self.tag.setAccessibleName(self.tr("Show entries with this tag"))
        self.tag.addItem(self.tr("All tags"), "")
        row.addWidget(self.tag, 1)
        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Show entries from"))
        for label, key in (
            (self.tr("Any time"), ANY),
            (self.tr("Last 7 days"), WEEK),
            (self.tr("Last 30 days"), MONTH),
            (self.tr("Last 12 months"), YEAR),
            (self.tr("Between dates…"), CUSTOM),
        ):
            self.period.addItem(label, key)
        row.addWidget(self.period, 1)
        col.addLayout(row)

        self.range_row = QWidget()
        dates = QHBoxLayout(self.range_row)
        dates.setContentsMargins(0, 0, 0, 0)
        dates.setSpacing(8)
        today = QDate.currentDate()
        self.since = QDateEdit(today.addMonths(-1))
        self.until = QDateEdit(today)
        for edit, name in ((self.since, self.tr("From")), (self.until, self.tr("Until"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            edit.setAccessibleName(name)
            edit.setToolTip(name)
            edit.dateChanged.connect(self._on_changed)
            dates.addWidget(edit, 1)
        self.range_row.setVisible(False)
        col.addWidget(self.range_row)

        self.search.textChanged.connect(self._on_changed)
        self.tag.currentIndexChanged.connect(self._on_changed)
        self.period.currentIndexChanged.connect(self._on_period)

    def set_tags(self, tags: list[tuple[str, int]]) -> None:
        current = self.tag.currentData()
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem(self.tr("All tags"), "")
        for tag, n in tags:
            self.tag.addItem(f"#{tag}  ({n})", tag)
        index = self.tag.findData(current)
        self.tag.setCurrentIndex(max(0, index))
        self.tag.blockSignals(False)
        if current and index < 0:
            self.changed.emit()

    def current(self, today: date | None = None) -> EntryFilter:
        today = today or date.today()
        key = self.period.currentData()
        since: date | None = None
        until: date | None = None
        if key == WEEK:
            since = today - timedelta(days=6)
        elif key == MONTH:
            since = today - timedelta(days=29)
        elif key == YEAR:
            since = today - timedelta(days=364)
        elif key == CUSTOM:
            since, until = _to_date(self.since.date()), _to_date(self.until.date())
            if since > until:
                since, until = until, since
        return EntryFilter(
            query=self.search.text(),
            tag=str(self.tag.currentData() or ""),
            since=since,
            until=until,
        )

    @Slot(int)
    def _on_period(self, _: int) -> None:
        self.range_row.setVisible(self.period.currentData() == CUSTOM)
        self.changed.emit()

    @Slot()
    def _on_changed(self, *_: object) -> None:
        self.changed.emit()
