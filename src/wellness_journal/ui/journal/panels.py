"""The journal's right side: nothing chosen yet, reading an entry, or writing one."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from wellness_journal.core.journal import Entry
from wellness_journal.ui.journal.editor import EntryEditor, EntryViewer
from wellness_journal.ui.widgets.common import button, heading, paragraph, reading_width


def _centred(width: int) -> tuple[QWidget, QWidget]:
    """A panel, and the column in its middle that is at most ``width`` wide."""
    panel = QWidget()
    panel.setObjectName("pageRoot")
    inner = QWidget()
    inner.setMaximumWidth(width)
    row = QHBoxLayout(panel)
    row.setContentsMargins(0, 0, 0, 0)
    row.addStretch(1)
    row.addWidget(inner, 100)
    row.addStretch(1)
    return panel, inner


class EntryPanels(QStackedWidget):
    edit_clicked = Signal()
    delete_clicked = Signal()
    done_clicked = Signal()  # the Done button, Ctrl+Enter or Esc in the editor

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty = self._empty_state()
        self.viewer = EntryViewer()
        self.edit_button = button(self.tr("&Edit"), primary=True)
        self.edit_button.setToolTip(self.tr("Edit this entry (Ctrl+E)"))
        self.edit_button.clicked.connect(self.edit_clicked)
        view_delete = button(self.tr("Delete…"))
        view_delete.clicked.connect(self.delete_clicked)
        self.reading = self._panel(self.viewer, [self.edit_button], [view_delete])
        self.editor = EntryEditor()
        self.editor.done_requested.connect(self.done_clicked)
        self.status = QLabel()
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)  # two short lines beside Done in a narrow window
        self.status.setAccessibleName(self.tr("Save status"))
        self.done_button = button(self.tr("&Done"), primary=True)
        self.done_button.setToolTip(self.tr("Finish and read it back (Ctrl+Enter or Esc)"))
        self.done_button.clicked.connect(self.done_clicked)
        edit_delete = button(self.tr("Delete…"))
        edit_delete.clicked.connect(self.delete_clicked)
        self.writing = self._panel(self.editor, [self.done_button, self.status], [edit_delete])
        for w in (self.empty, self.reading, self.writing):
            self.addWidget(w)

    def _empty_state(self) -> QWidget:
        box, inner = _centred(reading_width(self) + 80)
        col = QVBoxLayout(inner)
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
        """The text at a readable measure (about 75 characters a line) in the middle of the
        room, with its buttons under it."""
        panel, inner = _centred(reading_width(self) + 24 + 28 + 40)
        col = QVBoxLayout(inner)
        col.setContentsMargins(24, 20, 28, 16)
        col.setSpacing(10)
        col.addWidget(body, 1)
        row = QHBoxLayout()
        for w in lead:
            row.addWidget(w, 1 if isinstance(w, QLabel) else 0)
        row.addStretch(1)
        for w in trail:
            row.addWidget(w)
        col.addLayout(row)
        return panel

    def show_empty(self) -> None:
        self.setCurrentWidget(self.empty)

    def show_reading(self, entry: Entry) -> None:
        self.viewer.show_entry(entry)
        self.setCurrentWidget(self.reading)

    def show_writing(self, entry: Entry) -> None:
        self.editor.load(entry)
        self.status.setText(self.tr("Saved as you type") if entry.id else "")
        self.setCurrentWidget(self.writing)
        self.editor.body.moveCursor(QTextCursor.MoveOperation.End)  # go on where it ended
        self.editor.body.setFocus()
