"""Add, edit, hide and remove the journal's prompts (sheets over the Journal page; a prompt being
written is kept as a draft when the journal locks)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from wellness_journal.core.journal import Prompt
from wellness_journal.core.models import Changes
from wellness_journal.ui.context import UiContext
from wellness_journal.ui.widgets import confirm
from wellness_journal.ui.widgets.common import button, paragraph
from wellness_journal.ui.widgets.sheets import open_sheet


class PromptDialog(QDialog):
    def __init__(self, prompt: Prompt | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._prompt = prompt
        self.setWindowTitle(self.tr("Edit prompt") if prompt else self.tr("New prompt"))
        self.title = QLineEdit(prompt.title if prompt else "")
        self.title.setAccessibleName(self.tr("Prompt title"))
        self.text = QPlainTextEdit(prompt.text if prompt else "")
        self.text.setAccessibleName(self.tr("Prompt question"))
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(110)
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Question"), self.text)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_accept)
        buttons.rejected.connect(self.reject)
        col = QVBoxLayout(self)
        col.addLayout(form)
        col.addWidget(buttons)
        self.resize(520, 260)

    @Slot()
    def _on_accept(self) -> None:
        if not self.title.text().strip():
            self.title.setFocus()
            self.title.setPlaceholderText(self.tr("A prompt needs a title"))
            return
        self.accept()

    def prompt(self) -> Prompt:
        base = self._prompt or Prompt(uid="", title="", text="")
        return replace(base, title=self.title.text(), text=self.text.toPlainText())

    def draft(self) -> dict[str, Any]:
        return {
            "editing": self._prompt.uid if self._prompt else "",
            "title": self.title.text(),
            "text": self.text.toPlainText(),
        }

    def restore(self, data: dict[str, Any]) -> None:
        title, text = data.get("title"), data.get("text")
        self.title.setText(title if isinstance(title, str) else "")
        self.text.setPlainText(text if isinstance(text, str) else "")


class PromptsDialog(QDialog):
    """Every prompt, hidden ones too. Built-in prompts can be edited, hidden or reset."""

    editor_closed = Signal()  # a prompt's editor closed (saved or not)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.journal = ctx.session.journal
        self.changed = False
        self._added = Prompt(uid="", title="", text="")
        self.setWindowTitle(self.tr("Journal prompts"))
        col = QVBoxLayout(self)
        col.addWidget(
            paragraph(
                self.tr(
                    "Prompts are a gentle way in when a blank page feels like too much. "
                    "Change them to fit you, hide the ones you don't use, or add your own."
                )
            )
        )
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Prompts"))
        self.list.currentRowChanged.connect(self._on_selection)
        self.list.itemActivated.connect(lambda _item: self._on_edit())
        col.addWidget(self.list, 1)
        self.add_button = button(self.tr("&Add a prompt"), primary=True)
        self.edit_button = button(self.tr("&Edit"))
        self.hide_button = button(self.tr("&Hide"))
        self.remove_button = button(self.tr("&Remove"))
        self.add_button.clicked.connect(self._on_add)
        self.edit_button.clicked.connect(self._on_edit)
        self.hide_button.clicked.connect(self._on_hide)
        self.remove_button.clicked.connect(self._on_remove)
        row = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.hide_button, self.remove_button):
            row.addWidget(b)
        row.addStretch(1)
        close = button(self.tr("Close"))
        close.clicked.connect(self.accept)
        row.addWidget(close)
        col.addLayout(row)
        self.resize(620, 440)
        self._reload()

    def _reload(self, select_uid: str = "") -> None:
        self._prompts = self.journal.prompts(include_hidden=True)
        self.list.clear()
        for p in self._prompts:
            label = p.title + (self.tr("  (hidden)") if p.hidden else "")
            item = QListWidgetItem(label)
            item.setToolTip(p.text)
            item.setData(Qt.ItemDataRole.UserRole, p.uid)
            self.list.addItem(item)
        uids = [p.uid for p in self._prompts]
        self.list.setCurrentRow(uids.index(select_uid) if select_uid in uids else 0)

    def _current(self) -> Prompt | None:
        row = self.list.currentRow()
        return self._prompts[row] if 0 <= row < len(self._prompts) else None

    @Slot(int)
    def _on_selection(self, _: int) -> None:
        p = self._current()
        for b in (self.edit_button, self.hide_button, self.remove_button):
            b.setEnabled(p is not None)
        if p is None:
            return
        self.hide_button.setText(self.tr("S&how") if p.hidden else self.tr("&Hide"))
        self.remove_button.setText(self.tr("&Reset") if p.builtin else self.tr("&Remove"))
        self.remove_button.setToolTip(
            self.tr("Put back the original words") if p.builtin else self.tr("Remove this prompt")
        )

    def _run(self, action: Callable[[], object]) -> bool:
        if not self.ctx.perform(action, self.tr("Not saved")):
            return False
        self.changed = True
        return True

    def open_editor(self, prompt: Prompt | None, draft: dict[str, Any] | None = None) -> None:
        """The prompt's editor over this list; saved when accepted."""
        dialog = PromptDialog(prompt, self)
        if draft:
            dialog.restore(draft)

        def save() -> Changes:
            self._added, changes = self.journal.save_prompt(dialog.prompt())
            return changes

        def saved() -> None:
            if self._run(save):
                self._reload(self._added.uid)

        dialog.accepted.connect(saved)
        dialog.finished.connect(lambda _result: self.editor_closed.emit())
        open_sheet(self, dialog)

    def continue_draft(self, data: dict[str, Any]) -> None:
        """The prompt that was being written when the journal locked, as it was."""
        uid = data.get("editing")
        prompt = next((p for p in self._prompts if uid and p.uid == uid), None)
        self.open_editor(prompt, data)

    @Slot()
    def _on_add(self) -> None:
        self.open_editor(None)

    @Slot()
    def _on_edit(self) -> None:
        p = self._current()
        if p is not None:
            self.open_editor(p)

    @Slot()
    def _on_hide(self) -> None:
        p = self._current()
        if p is not None and self._run(lambda: self.journal.set_prompt_hidden(p, not p.hidden)):
            self._reload(p.uid)

    @Slot()
    def _on_remove(self) -> None:
        p = self._current()
        if p is None:
            return
        if not p.builtin and not confirm.ask(
            self,
            self.tr("Remove prompt"),
            self.tr("Remove the prompt “{0}”? Entries you wrote from it stay.").format(p.title),
            self.tr("Remove prompt"),
            self.tr("Keep it"),
        ):
            return
        if self._run(lambda: self.journal.remove_prompt(p)):
            self._reload(p.uid)
