"""The journal's left column: new entry and prompts, search and filters, how many were found, the
undo bar after a delete, and the list of entries."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QListView, QMenu, QWidget

from wellness_journal.core.journal import Prompt
from wellness_journal.ui.journal.entry_list import EntryDelegate, EntryListModel
from wellness_journal.ui.journal.filters import JournalFilters
from wellness_journal.ui.journal.undo_bar import UndoBar
from wellness_journal.ui.widgets.common import button, column, paragraph


class JournalSide(QWidget):
    prompt_chosen = Signal(object)  # a Prompt
    manage_prompts_clicked = Signal()

    def __init__(self, model: EntryListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journalSide")
        side = column(self, spacing=10, margins=(20, 20, 12, 12))
        top = QHBoxLayout()
        self.new_button = button(self.tr("&New entry"), primary=True)
        self.new_button.setToolTip(self.tr("Start a new entry (Ctrl+N)"))
        self.prompt_button = button(self.tr("Start from a &prompt"))
        self.prompt_menu = QMenu(self.prompt_button)
        self.prompt_button.setMenu(self.prompt_menu)
        top.addWidget(self.new_button)
        top.addWidget(self.prompt_button)
        top.addStretch(1)
        side.addLayout(top)
        self.filters = JournalFilters()
        side.addWidget(self.filters)
        self.count_label = paragraph("", muted=True)
        side.addWidget(self.count_label)
        self.undo_bar = UndoBar()
        side.addWidget(self.undo_bar)
        self.list = self._entry_list(model)
        side.addWidget(self.list, 1)

    def _entry_list(self, model: EntryListModel) -> QListView:
        view = QListView()
        view.setObjectName("entries")
        view.setAccessibleName(self.tr("Entries, newest first"))
        view.setModel(model)
        view.setItemDelegate(EntryDelegate(view))
        view.setUniformItemSizes(True)
        view.setMouseTracking(True)
        view.setFrameShape(QFrame.Shape.NoFrame)
        view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return view

    def show_prompts(self, prompts: list[Prompt]) -> None:
        self.prompt_menu.clear()
        for p in prompts:
            action = self.prompt_menu.addAction(p.title)
            action.setToolTip(p.text)
            action.triggered.connect(lambda _=False, prompt=p: self.prompt_chosen.emit(prompt))
        self.prompt_menu.addSeparator()
        self.prompt_menu.addAction(self.tr("Change prompts…")).triggered.connect(
            self.manage_prompts_clicked
        )

    def show_count(self, total: int, *, searching: bool) -> None:
        if not searching:
            text = self.tr("No entries yet.") if not total else self.tr("{0} entries").format(total)
            text = self.tr("1 entry") if total == 1 else text
        else:
            text = self.tr("Nothing found.") if not total else self.tr("{0} found").format(total)
        self.count_label.setText(text)
