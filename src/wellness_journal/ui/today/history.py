"""The sleep diary and the stress log as lists: pick an entry, Enter edits it, Delete removes it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QFont, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wellness_journal.core.sleep import SleepDay, SleepKind, metrics
from wellness_journal.core.stress import StressEntry
from wellness_journal.ui.today import labels
from wellness_journal.ui.widgets.common import button, paragraph


@dataclass(frozen=True)
class Row:
    text: str
    key: int | None = None  # None: a heading row that cannot be picked


class HistoryDialog(QDialog):
    """``load`` gives the rows; ``edit`` opens a key's form (the list reloads when it is shown
    again), ``delete`` removes a key and returns False if cancelled."""

    def __init__(
        self,
        title: str,
        intro: str,
        load: Callable[[], list[Row]],
        edit: Callable[[int], None],
        delete: Callable[[int], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._load, self._edit, self._delete = load, edit, delete
        self.list = QListWidget()
        self.list.setAccessibleName(title)
        self.list.itemActivated.connect(lambda _item: self._on_edit())
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.empty = paragraph(self.tr("Nothing here yet."), muted=True)
        self.edit_button = button(self.tr("&Edit…"))
        self.edit_button.clicked.connect(self._on_edit)
        self.delete_button = button(self.tr("&Remove…"))
        self.delete_button.clicked.connect(self._on_delete)
        close = button(self.tr("Close"))
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(self.edit_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.addWidget(paragraph(intro, muted=True))
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addLayout(row)
        self.resize(680, 560)
        self.reload()

    def reload(self) -> None:
        keep = self.current_key()
        self.list.clear()
        bold = QFont(self.list.font())
        bold.setBold(True)
        first_pick: QListWidgetItem | None = None
        for r in self._load():
            item = QListWidgetItem(r.text)
            if r.key is None:
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                item.setFont(bold)
            else:
                item.setData(Qt.ItemDataRole.UserRole, r.key)
                if first_pick is None or r.key == keep:
                    first_pick = item
            self.list.addItem(item)
        self.empty.setVisible(self.list.count() == 0)
        if first_pick is not None:
            self.list.setCurrentItem(first_pick)
        self._update_buttons()
        self.list.setFocus()

    def current_key(self) -> int | None:
        item = self.list.currentItem()
        data = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return data if isinstance(data, int) else None

    def _update_buttons(self) -> None:
        picked = self.current_key() is not None
        self.edit_button.setEnabled(picked)
        self.delete_button.setEnabled(picked)

    @Slot()
    def _on_edit(self) -> None:
        key = self.current_key()
        if key is not None:
            self._edit(key)

    @Slot()
    def _on_delete(self) -> None:
        key = self.current_key()
        if key is not None and self._delete(key):
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()  # back from editing an entry: show the list as it is now

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete and self.list.hasFocus():
            self._on_delete()
            return
        super().keyPressEvent(event)


def sleep_rows(days: list[SleepDay]) -> list[Row]:
    rows = []
    for day in days:
        head = [labels.short_day(day.day)]
        if day.shift:
            head.append(
                labels.translate("{0} shift").format(labels.item(day.shift))
                if day.shift in ("day", "evening", "night")
                else labels.item(day.shift)
            )
        head.append(labels.translate("{0} asleep").format(labels.duration(day.total_sleep)))
        rows.append(Row("   ·   ".join(head)))
        for p in day.periods:
            m = metrics(p)
            kind = labels.translate("Nap") if p.kind is SleepKind.NAP else labels.translate("Sleep")
            parts = [
                f"{kind} {labels.clock(p.into_bed)}–{labels.clock(p.out_of_bed)}",
                labels.translate("{0} asleep").format(labels.duration(m.total_sleep)),
                f"{m.efficiency:.0f}%",
            ]
            if p.quality is not None:
                parts.append(labels.quality_words()[p.quality])
            rows.append(Row("      " + "  ·  ".join(parts), p.id))
    return rows


def stress_rows(entries: list[StressEntry]) -> list[Row]:
    rows = []
    for e in entries:
        level = str(e.suds) if e.suds_after is None else f"{e.suds} → {e.suds_after}"
        parts = [labels.when(e.at), level]
        causes = [labels.item(t) for t in e.triggers] + ([e.trigger_text] if e.trigger_text else [])
        if causes:
            parts.append(", ".join(causes))
        if e.helped:
            parts.append(labels.translate("helped: {0}").format(e.helped))
        rows.append(Row("  ·  ".join(parts), e.id))
    return rows
