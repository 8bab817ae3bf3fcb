"""The journal: a quiet notebook. Write, find, and never lose a word.

Typing is saved about a second after the last keystroke (and at least every few seconds while
typing goes on), and again before lock, page change and quit. Deleting asks first and can be
undone for a few seconds; the deleted text is held only in memory for that time.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, QTimer, Slot
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from wellness_journal.core.errors import WellnessError
from wellness_journal.core.journal import Entry, EntryFilter, Prompt
from wellness_journal.services.journal import PROMPTS_TOPIC, TOPIC, begin_edit_elsewhere
from wellness_journal.ui.context import UiContext
from wellness_journal.ui.journal.editor import EntryEditor, EntryViewer, mood_words
from wellness_journal.ui.journal.entry_list import EntryDelegate, EntryListModel, IdRole
from wellness_journal.ui.journal.filters import JournalFilters
from wellness_journal.ui.journal.prompts_dialog import PromptsDialog
from wellness_journal.ui.messages import error_text
from wellness_journal.ui.page import Page
from wellness_journal.ui.widgets.autosave import Autosave
from wellness_journal.ui.widgets.common import button, card, heading, paragraph

AUTOSAVE_MS = 800  # after the last keystroke
AUTOSAVE_MAX_MS = 5000  # at the latest, while typing goes on
UNDO_MS = 10_000
COUNT_MS = 150


class JournalPage(Page):
    page_id = "journal"
    icon_name = "journal"
    topics = (TOPIC, PROMPTS_TOPIC)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("JournalPage", "Journal")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.journal = ctx.session.journal
        with contextlib.suppress(WellnessError):  # tried again at the next unlock
            self.journal.index_unfinished()
        self._editing = False
        self._dirty = False
        self._deleted: Entry | None = None
        self._shown_id: int | None = None

        # Left: new entry, prompts, search and filters, the list.
        left = QWidget()
        left.setObjectName("journalSide")
        side = QVBoxLayout(left)
        side.setContentsMargins(20, 20, 12, 12)
        side.setSpacing(10)
        top = QHBoxLayout()
        self.new_button = button(self.tr("&New entry"), primary=True)
        self.new_button.setToolTip(self.tr("Start a new entry (Ctrl+N)"))
        self.new_button.clicked.connect(lambda: self.new_entry())
        self.prompt_button = button(self.tr("Start from a &prompt"))
        self.prompt_menu = QMenu(self.prompt_button)
        self.prompt_button.setMenu(self.prompt_menu)
        top.addWidget(self.new_button)
        top.addWidget(self.prompt_button)
        top.addStretch(1)
        side.addLayout(top)
        self.filters = JournalFilters()
        self.filters.changed.connect(self._reload_list)
        side.addWidget(self.filters)
        self.count_label = paragraph("", muted=True)
        side.addWidget(self.count_label)
        self.undo_bar, undo_layout = card(name="notice")
        undo_row = QHBoxLayout()
        undo_row.addWidget(paragraph(self.tr("Entry deleted.")), 1)
        self.undo_button = button(self.tr("&Undo"), name="flat")
        self.undo_button.setToolTip(self.tr("Bring the entry back (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo_delete)
        undo_row.addWidget(self.undo_button)
        undo_layout.addLayout(undo_row)
        self.undo_bar.setVisible(False)
        side.addWidget(self.undo_bar)
        self.model = EntryListModel(self.journal.rows, self)
        self.model.mood_words = mood_words(self)
        self.list = QListView()
        self.list.setObjectName("entries")
        self.list.setAccessibleName(self.tr("Entries, newest first"))
        self.list.setModel(self.model)
        self.list.setItemDelegate(EntryDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.setMouseTracking(True)
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.selectionModel().currentChanged.connect(self._on_current_changed)
        self.list.activated.connect(lambda _i: self.edit_current())
        side.addWidget(self.list, 1)

        # Right: nothing chosen, reading, or writing.
        self.stack = QStackedWidget()
        self.empty = self._empty_state()
        self.viewer = EntryViewer()
        self.edit_button = button(self.tr("&Edit"), primary=True)
        self.edit_button.setToolTip(self.tr("Edit this entry (Ctrl+E)"))
        self.edit_button.clicked.connect(self.edit_current)
        self.view_delete = button(self.tr("Delete…"))
        self.view_delete.clicked.connect(self.delete_current)
        self.reading = self._panel(self.viewer, [self.edit_button], [self.view_delete])
        self.editor = EntryEditor()
        self.editor.edited.connect(self._on_edited)
        self.editor.done_requested.connect(self.finish_editing)
        self.status = QLabel()
        self.status.setObjectName("muted")
        self.status.setAccessibleName(self.tr("Save status"))
        self.done_button = button(self.tr("&Done"), primary=True)
        self.done_button.setToolTip(self.tr("Finish and read it back (Ctrl+Enter or Esc)"))
        self.done_button.clicked.connect(self.finish_editing)
        self.edit_delete = button(self.tr("Delete…"))
        self.edit_delete.clicked.connect(self.delete_current)
        self.writing = self._panel(self.editor, [self.done_button, self.status], [self.edit_delete])
        for w in (self.empty, self.reading, self.writing):
            self.stack.addWidget(w)

        split = QSplitter()
        split.setChildrenCollapsible(False)
        split.addWidget(left)
        split.addWidget(self.stack)
        left.setMinimumWidth(320)
        self.stack.setMinimumWidth(380)
        split.setSizes([380, 640])
        split.setStretchFactor(1, 1)
        self.root.addWidget(split)

        self.autosave = Autosave(
            lambda: self.save_now(final=False),
            after_ms=AUTOSAVE_MS,
            at_most_ms=AUTOSAVE_MAX_MS,
            parent=self,
        )
        self._pending_count = EntryFilter()
        self.count_timer = QTimer(self)
        self.count_timer.setSingleShot(True)
        self.count_timer.setInterval(COUNT_MS)
        self.count_timer.timeout.connect(self._on_count)
        self.undo_timer = QTimer(self)
        self.undo_timer.setSingleShot(True)
        self.undo_timer.setInterval(UNDO_MS)
        self.undo_timer.timeout.connect(self._on_undo_expired)

        for keys, slot in (
            ("Ctrl+N", self.new_entry),
            ("Ctrl+F", self._on_find),
            ("Ctrl+E", self.edit_current),
            ("Ctrl+Return", self.finish_editing),
            ("Ctrl+Z", self.undo_delete),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_current)

    def _empty_state(self) -> QWidget:
        box = QWidget()
        col = QVBoxLayout(box)
        col.setContentsMargins(40, 40, 40, 40)
        col.addWidget(heading(self.tr("Your journal")))
        col.addWidget(
            paragraph(
                self.tr(
                    "A private place to set things down after a shift. Write a line or a page; "
                    "it is saved as you type and only you can read it. If a blank page feels "
                    "like too much, start from a prompt."
                )
            )
        )
        col.addStretch(1)
        return box

    def _panel(self, body: QWidget, lead: list[QWidget], trail: list[QWidget]) -> QWidget:
        panel = QWidget()
        panel.setObjectName("pageRoot")
        col = QVBoxLayout(panel)
        col.setContentsMargins(24, 20, 28, 16)
        col.setSpacing(10)
        col.addWidget(body, 1)
        row = QHBoxLayout()
        for w in lead:
            row.addWidget(w)
        row.addStretch(1)
        for w in trail:
            row.addWidget(w)
        col.addLayout(row)
        return panel

    # -- showing ---------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.filters.set_tags(self.journal.tags())
        self.editor.set_tag_words([t for t, _ in self.journal.tags()])
        self._fill_prompt_menu()
        self._reload_list()
        if not self._editing and self._shown_id is not None:
            entry = self.journal.get(self._shown_id)
            if entry is None:
                self._show_empty()
            else:
                self.viewer.show_entry(entry)

    def _fill_prompt_menu(self) -> None:
        self.prompt_menu.clear()
        for p in self.journal.prompts():
            action = self.prompt_menu.addAction(p.title)
            action.setToolTip(p.text)
            action.triggered.connect(lambda _=False, prompt=p: self.new_entry(prompt))
        self.prompt_menu.addSeparator()
        self.prompt_menu.addAction(self.tr("Change prompts…")).triggered.connect(
            self._on_manage_prompts
        )

    @Slot()
    def _reload_list(self) -> None:
        flt = self.filters.current()
        self.model.reset(
            lambda before, limit: self.journal.find(flt, before=before, limit=limit), flt.query
        )
        self._pending_count = flt
        self.count_timer.start()
        keep = self.editor.current_id if self._editing else self._shown_id
        row = self.model.row_of(keep) if keep is not None else -1
        selection = self.list.selectionModel()
        selection.blockSignals(True)
        if row >= 0:
            index = self.model.index(row, 0)
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        else:
            selection.clearSelection()
        selection.blockSignals(False)
        self.list.viewport().update()

    @Slot()
    def _on_count(self) -> None:
        """The number found, a moment after typing stops (counting reads every match)."""
        if not self.ctx.session.is_open:
            return  # locked meanwhile
        flt = self._pending_count
        total = self.journal.count() if flt.is_empty else self.journal.count_found(flt)
        if flt.is_empty:
            text = self.tr("No entries yet.") if not total else self.tr("{0} entries").format(total)
            text = self.tr("1 entry") if total == 1 else text
        else:
            text = self.tr("Nothing found.") if not total else self.tr("{0} found").format(total)
        self.count_label.setText(text)

    @Slot(QModelIndex, QModelIndex)
    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        entry_id = int(current.data(IdRole))
        if self._editing and entry_id == self.editor.current_id:
            return
        if not self._leave_editor():
            return
        entry = self.journal.get(entry_id)
        if entry is not None:
            self._shown_id = entry_id
            self.viewer.show_entry(entry)
            self.stack.setCurrentWidget(self.reading)

    def _show_empty(self) -> None:
        self._shown_id = None
        self.stack.setCurrentWidget(self.empty)

    # -- writing ---------------------------------------------------------------------------------------
    def new_entry(self, prompt: Prompt | None = None) -> None:
        if not self._leave_editor():
            return
        self._start_editing(self.journal.new_entry(prompt=prompt))
        self.list.selectionModel().clearSelection()

    @Slot()
    def edit_current(self) -> None:
        if self._editing or self._shown_id is None:
            return
        entry = self.journal.get(self._shown_id)
        if entry is not None:
            self._start_editing(entry)
            # Take its words out of the search index once the editor is on screen, not on the
            # first keystroke (keys typed meanwhile wait in the queue; none is lost).
            QTimer.singleShot(0, lambda entry_id=entry.id: self._begin_edit(entry_id))

    def _begin_edit(self, entry_id: int | None) -> None:
        if entry_id is None or not self._editing or self.editor.current_id != entry_id:
            return
        # Off the GUI thread, on a second connection: a few hundred ms in a long journal.
        # If it fails, the first save does it instead.
        connect = self.ctx.session.vault.connect_new
        self.ctx.runner.submit(
            lambda: begin_edit_elsewhere(connect, entry_id),
            lambda _result: None,
            lambda _exc: None,
        )

    def _start_editing(self, entry: Entry) -> None:
        self.editor.load(entry)
        self._editing = True
        self._dirty = False
        self._shown_id = entry.id
        self.status.setText(self.tr("Saved as you type") if entry.id else "")
        self.stack.setCurrentWidget(self.writing)
        self.editor.body.moveCursor(QTextCursor.MoveOperation.End)  # go on where it ended
        self.editor.body.setFocus()

    @Slot()
    def _on_edited(self) -> None:
        self._dirty = True
        self.status.setText(self.tr("Saving…"))
        self.autosave.edited()

    def save_now(self, *, final: bool = True) -> None:
        """Save what the editor shows. ``final``: the writing is done, so it joins the search.

        Raises (and says so on the status line) when it cannot save.
        """
        self.autosave.stop()
        entry = self.editor.entry() if self._editing else None
        if entry is None or not (self._dirty or final):
            return
        try:
            if self._dirty:
                saved, changes = self.journal.save(entry, final=final)
            elif entry.id is not None:
                saved, changes = entry, self.journal.finish(entry.id)
            else:
                return
        except WellnessError as exc:
            self.status.setText(self.tr("Not saved yet: {0}").format(error_text(exc)))
            raise
        self._dirty = False
        self.editor.mark_saved(saved)
        self._shown_id = saved.id
        self.status.setText(self.tr("Saved") if saved.id else "")
        self.ctx.announce(changes)

    def flush(self) -> None:
        self.save_now()

    def _leave_editor(self) -> bool:
        """Save and close the editor; an entry left without words is removed. False: keep it."""
        if not self._editing:
            return True
        try:
            self.save_now()
        except WellnessError as exc:
            QMessageBox.warning(self, self.tr("Not saved yet"), error_text(exc))
            return False
        entry = self.editor.entry()
        self._editing = False
        if entry is not None and entry.id is not None and entry.is_blank:
            _, changes = self.journal.delete(entry.id)
            self._shown_id = None
            self.ctx.announce(changes)
        return True

    @Slot()
    def finish_editing(self) -> None:
        if not self._editing or not self._leave_editor():
            return
        entry = self.journal.get(self._shown_id) if self._shown_id is not None else None
        if entry is None:
            self._show_empty()
            return
        self.viewer.show_entry(entry)
        self.stack.setCurrentWidget(self.reading)
        self._reload_list()
        self.list.setFocus()

    # -- deleting --------------------------------------------------------------------------------------
    @Slot()
    def delete_current(self) -> None:
        entry_id = self.editor.current_id if self._editing else self._shown_id
        if self._editing and entry_id is None:
            self._editing = False  # never saved: nothing to delete
            self._show_empty()
            return
        if entry_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete entry"),
            self.tr("Delete this entry? You can undo it for a few seconds, then it is gone."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.autosave.stop()
        self._editing = self._dirty = False
        try:
            deleted, changes = self.journal.delete(entry_id)
        except WellnessError as exc:
            QMessageBox.warning(self, self.tr("Not deleted"), error_text(exc))
            return
        self._deleted = deleted
        self.undo_bar.setVisible(deleted is not None)
        self.undo_timer.start()
        self._show_empty()
        self.ctx.announce(changes)
        self.undo_button.setFocus()

    @Slot()
    def undo_delete(self) -> None:
        entry, self._deleted = self._deleted, None
        self.undo_timer.stop()
        self.undo_bar.setVisible(False)
        if entry is None:
            return
        try:
            self.ctx.announce(self.journal.restore(entry))
        except WellnessError as exc:
            QMessageBox.warning(self, self.tr("Not restored"), error_text(exc))
            return
        self._shown_id = entry.id
        self.viewer.show_entry(entry)
        self.stack.setCurrentWidget(self.reading)
        self._reload_list()

    @Slot()
    def _on_undo_expired(self) -> None:
        self._deleted = None  # the text leaves memory too
        self.undo_bar.setVisible(False)

    # -- other actions ---------------------------------------------------------------------------------
    @Slot()
    def _on_find(self) -> None:
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    @Slot()
    def _on_manage_prompts(self) -> None:
        dialog = PromptsDialog(self.journal, self)
        dialog.exec()
        if dialog.changed:
            self._fill_prompt_menu()
