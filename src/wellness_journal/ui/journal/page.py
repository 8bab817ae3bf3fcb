"""The journal: a quiet notebook. Write, find, and never lose a word.

Typing is saved about a second after the last keystroke (and at least every few seconds while
typing goes on), and again before lock, page change and quit. A save writes only the entry; its
words join the search index in the background once the writing is done (``IndexUpkeep``).
Deleting asks first and can be undone for a few seconds; the deleted text is held only in memory
for that time.

The page wires its parts (``side``: list and filters, ``panels``: reading and writing,
``Autosave``, ``UndoBar``) and keeps what is being written: which entry, and whether it changed.
"""

from __future__ import annotations

import contextlib
from functools import partial

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, QTimer, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QSplitter, QWidget

from wellness_journal.core.errors import WellnessError
from wellness_journal.core.journal import Entry, EntryFilter, Prompt
from wellness_journal.core.models import Changes
from wellness_journal.services.journal import PROMPTS_TOPIC, TOPIC
from wellness_journal.ui.context import UiContext
from wellness_journal.ui.journal.autosave import Autosave
from wellness_journal.ui.journal.editor import mood_words
from wellness_journal.ui.journal.entry_list import EntryListModel, IdRole
from wellness_journal.ui.journal.index_upkeep import IndexUpkeep, UpkeepResult
from wellness_journal.ui.journal.panels import EntryPanels
from wellness_journal.ui.journal.prompts_dialog import PromptDialog, PromptsDialog
from wellness_journal.ui.journal.side import JournalSide
from wellness_journal.ui.messages import error_text
from wellness_journal.ui.page import Page
from wellness_journal.ui.sheet_drafts import SheetDrafts
from wellness_journal.ui.widgets import confirm
from wellness_journal.ui.widgets.sheets import open_sheet

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
        # Indexes what a crash or a lock left unindexed, and merges what an import added.
        self.upkeep = IndexUpkeep(ctx, self)
        self.upkeep.run_finished.connect(self._on_upkeep_finished)
        self.upkeep.request()
        self._editing = False
        self._dirty = False
        self._shown_id: int | None = None
        self.model = EntryListModel(self.journal.rows, self)
        self.model.mood_words = mood_words(self)
        # Built in place: a part built on its own and then added is styled a second time.
        split = QSplitter(self)
        self.root.addWidget(split)
        self.side = JournalSide(self.model, split)
        self.panels = EntryPanels(split)
        self.list, self.filters = self.side.list, self.side.filters
        self.editor, self.viewer = self.panels.editor, self.panels.viewer
        self.status = self.panels.status
        self._split(split)
        self.autosave = Autosave(self)
        self._pending_count = EntryFilter()
        self.count_timer = QTimer(self)
        self.count_timer.setSingleShot(True)
        self.count_timer.setInterval(COUNT_MS)
        self._connect_parts()
        self._add_shortcuts()
        self.prompt_drafts = SheetDrafts(ctx, self, "prompt", PromptDialog)

    def _split(self, split: QSplitter) -> None:
        split.setChildrenCollapsible(False)
        split.addWidget(self.side)
        split.addWidget(self.panels)
        self.side.setMinimumWidth(320)
        self.panels.setMinimumWidth(380)
        split.setSizes([380, 640])
        split.setStretchFactor(1, 1)

    def _connect_parts(self) -> None:
        side, panels = self.side, self.panels
        side.new_button.clicked.connect(lambda: self.new_entry())
        side.prompt_chosen.connect(self.new_entry)
        side.manage_prompts_clicked.connect(self._on_manage_prompts)
        side.filters.changed.connect(self._on_filters_changed)
        side.undo_bar.undo_clicked.connect(self.undo_delete)
        self.list.selectionModel().currentChanged.connect(self._on_current_changed)
        self.list.activated.connect(lambda _i: self.edit_current())
        panels.edit_clicked.connect(self.edit_current)
        panels.delete_clicked.connect(self.delete_current)
        panels.done_clicked.connect(self.finish_editing)
        self.editor.edited.connect(self._on_edited)
        self.autosave.elapsed.connect(self._on_autosave)
        self.count_timer.timeout.connect(self._on_count)

    def _add_shortcuts(self) -> None:
        for keys, slot in (
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

    # -- showing ---------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.upkeep.request()  # the journal changed: index and merge once it is quiet
        QTimer.singleShot(0, self, self._continue_prompt_draft)
        tags = self.journal.tags()
        self.filters.set_tags(tags)
        self.editor.set_tag_words([t for t, _ in tags])
        self.side.show_prompts(self.journal.prompts())
        self._reload_list()
        if not self._editing and self._shown_id is not None:
            entry = self.journal.get(self._shown_id)
            if entry is None:
                self._show_empty()
            else:
                self.viewer.show_entry(entry)

    @Slot()
    def _on_filters_changed(self) -> None:
        self._reload_list()

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

    @Slot(object)
    def _on_upkeep_finished(self, result: UpkeepResult) -> None:
        """Entries just finished are found now: a search on screen shows them too."""
        if result.indexed and self.filters.current().query.strip():
            self._reload_list()

    @Slot()
    def _on_count(self) -> None:
        """The number found, a moment after typing stops (counting reads every match)."""
        if not self.ctx.session.is_open:
            return  # locked meanwhile
        flt = self._pending_count
        total = self.journal.count() if flt.is_empty else self.journal.count_found(flt)
        self.side.show_count(total, searching=not flt.is_empty)

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
            self.panels.show_reading(entry)

    def _show_empty(self) -> None:
        self._shown_id = None
        self.panels.show_empty()

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
            QTimer.singleShot(0, self, lambda entry_id=entry.id: self._begin_edit(entry_id))

    def _begin_edit(self, entry_id: int | None) -> None:
        if entry_id is None or not self._editing or self.editor.current_id != entry_id:
            return
        # Off the GUI thread, on a connection of its own: a few hundred ms in a long journal.
        # If it fails, the first save does it instead.
        journal = self.journal
        self.ctx.perform_in_background(
            lambda db: journal.on(db).begin_edit(entry_id),
            owner=self,
            on_done=lambda _result: None,
            on_failed=lambda _exc: None,
        )

    def _start_editing(self, entry: Entry) -> None:
        self.upkeep.hold(entry.id)
        self._editing = True
        self._dirty = False
        self._shown_id = entry.id
        self.panels.show_writing(entry)

    @Slot()
    def _on_edited(self) -> None:
        self.upkeep.typed()
        self._dirty = True
        self.status.setText(self.tr("Saving…"))
        self.autosave.typed()

    @Slot()
    def _on_autosave(self) -> None:
        # On failure the status line says so; the next keystroke or flush tries again.
        with contextlib.suppress(WellnessError):
            self.save_now()

    def save_now(self) -> None:
        """Save what the editor shows, if it changed: the entry only. Its words join the search
        index in the background once the editor closes (``IndexUpkeep``).

        Raises (and says so on the status line) when it cannot save.
        """
        self.autosave.stop()
        entry = self.editor.entry() if self._editing else None
        if entry is None or not self._dirty:
            return
        try:
            saved, changes = self.journal.save(entry, final=False)
        except WellnessError as exc:
            self.status.setText(self.tr("Not saved yet: {0}").format(error_text(exc)))
            raise
        self.upkeep.hold(saved.id)
        self._dirty = False
        self.editor.mark_saved(saved)
        self._shown_id = saved.id
        self.status.setText(self.tr("Saved") if saved.id else "")
        self.ctx.announce(changes)

    def flush(self) -> None:
        self.save_now()
        self.prompt_drafts.keep()

    def _leave_editor(self) -> bool:
        """Save and close the editor; an entry left without words is removed. False: keep it."""
        if not self._editing:
            return True
        if not self.ctx.perform(self.save_now, self.tr("Not saved yet")):
            return False
        entry = self.editor.entry()
        self._editing = False
        if entry is not None and entry.id is not None and entry.is_blank:
            _, changes = self.journal.delete(entry.id)
            self._shown_id = None
            self.ctx.announce(changes)
        self.upkeep.release(entry.id if entry is not None else None)
        return True

    @Slot()
    def finish_editing(self) -> None:
        if not self._editing or not self._leave_editor():
            return
        entry = self.journal.get(self._shown_id) if self._shown_id is not None else None
        if entry is None:
            self._show_empty()
            return
        self.panels.show_reading(entry)
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
        if not confirm.ask(
            self,
            self.tr("Delete entry"),
            self.tr("Delete this entry? You can undo it for a few seconds, then it is gone."),
            self.tr("Delete entry"),
            self.tr("Keep it"),
        ):
            return
        self.autosave.stop()
        self._editing = self._dirty = False
        self.upkeep.release(entry_id)
        self._show_empty()
        # Off the GUI thread: its words leave the search index securely, a page write per word
        # (0.2-0.4 s for a long entry at 30 years).
        journal = self.journal
        self.ctx.perform_in_background(
            lambda db: journal.on(db).delete(entry_id),
            owner=self,
            on_done=self._on_deleted,
            on_failed=self._on_delete_failed,
        )

    def _on_deleted(self, result: tuple[Entry | None, Changes]) -> None:
        deleted, _changes = result  # the changes are announced: the list shows it gone
        if deleted is not None:
            self.side.undo_bar.offer(deleted)  # held in memory for the undo, a few seconds
            self.side.undo_bar.undo_button.setFocus()

    def _on_delete_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, WellnessError):
            raise exc
        self.ctx.show_failure(self.tr("Not deleted"), exc, parent=self)

    @Slot()
    def undo_delete(self) -> None:
        entry = self.side.undo_bar.take()
        if entry is None:
            return
        restore = partial(self.journal.restore, entry, index=False)  # indexed in the background
        if not self.ctx.perform(restore, self.tr("Not restored")):
            return
        self.upkeep.request()
        self._shown_id = entry.id
        self.panels.show_reading(entry)
        self._reload_list()

    # -- other actions ---------------------------------------------------------------------------------
    def open_detail(self, detail: str) -> bool:
        """Starts a new entry for "journal/new" (Ctrl+N on any page)."""
        if detail != "new":
            return False
        self.new_entry()
        return True

    @Slot()
    def _on_find(self) -> None:
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    @Slot()
    def _on_manage_prompts(self) -> PromptsDialog:
        dialog = PromptsDialog(self.ctx, self)
        dialog.finished.connect(lambda _result: self.side.show_prompts(self.journal.prompts()))
        dialog.editor_closed.connect(self.prompt_drafts.discard)
        open_sheet(self, dialog)
        return dialog

    def _continue_prompt_draft(self) -> None:
        data = self.prompt_drafts.pending()
        if data is not None:
            self._on_manage_prompts().continue_draft(data)
