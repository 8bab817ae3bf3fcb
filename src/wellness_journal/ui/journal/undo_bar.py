""" "Entry deleted. Undo" for a few seconds after a delete. The deleted entry is held only in
memory, and only that long."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QWidget

from wellness_journal.core.journal import Entry
from wellness_journal.ui.widgets.common import CARD_MARGINS, button, column, paragraph

UNDO_MS = 10_000


class UndoBar(QFrame):
    undo_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice")
        layout = column(self, spacing=8, margins=CARD_MARGINS)
        row = QHBoxLayout()
        row.addWidget(paragraph(self.tr("Entry deleted.")), 1)
        self.undo_button = button(self.tr("&Undo"), name="flat")
        self.undo_button.setToolTip(self.tr("Bring the entry back (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo_clicked)
        row.addWidget(self.undo_button)
        layout.addLayout(row)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(UNDO_MS)
        self.timer.timeout.connect(self._on_expired)
        self.held: Entry | None = None
        self.setVisible(False)

    def offer(self, deleted: Entry | None) -> None:
        """Hold ``deleted`` (None: nothing to bring back) for a few seconds."""
        self.held = deleted
        self.setVisible(deleted is not None)
        self.timer.start()

    def take(self) -> Entry | None:
        """The entry to bring back, if the time is not up; the bar closes either way."""
        entry, self.held = self.held, None
        self.timer.stop()
        self.setVisible(False)
        return entry

    @Slot()
    def _on_expired(self) -> None:
        self.held = None  # the text leaves memory too
        self.setVisible(False)
