"""Thought records: the list, and the editor. Leaving the editor saves what was written."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QLocale, Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from wellness_journal.core.coping import ThoughtRecord
from wellness_journal.ui.context import UiContext
from wellness_journal.ui.toolbox.thought_editor import ThoughtEditor
from wellness_journal.ui.widgets import confirm
from wellness_journal.ui.widgets.common import ScrollPage, button, card, paragraph

PREVIEW_CHARS = 160


def local_date(moment: datetime) -> str:
    local = moment.astimezone()
    return QLocale().toString(QDate(local.year, local.month, local.day), "ddd d MMM yyyy")


def _preview(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= PREVIEW_CHARS else line[: PREVIEW_CHARS - 1].rstrip() + "…"


class ThoughtRecordsView(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.stack = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.list_page = ScrollPage()
        col = self.list_page.column
        col.addWidget(
            paragraph(
                self.tr(
                    "When a thought keeps nagging after a shift, write it down and weigh it up. "
                    "Seven short steps, in your own words. Only you can see these."
                )
            )
        )
        self.new_button = button(self.tr("&New thought record"), primary=True)
        self.new_button.setToolTip(self.tr("New thought record (Alt+N)"))
        self.new_button.clicked.connect(self._on_new)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addStretch(1)
        col.addLayout(row)
        self.records_box = QVBoxLayout()
        self.records_box.setSpacing(10)
        col.addLayout(self.records_box)
        self.list_page.finish()
        self.stack.addWidget(self.list_page)

        self.editor_page = ScrollPage()
        self.editor = ThoughtEditor()
        self.editor.save_requested.connect(self._on_save)
        self.editor.back_requested.connect(self._on_back)
        self.editor.delete_requested.connect(self._on_delete)
        self.editor_page.column.addWidget(self.editor)
        self.editor_page.finish()
        self.stack.addWidget(self.editor_page)
        save = QShortcut(QKeySequence.StandardKey.Save, self.editor_page)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self._on_save)

    @property
    def editing(self) -> bool:
        return self.stack.currentWidget() is self.editor_page

    def refresh(self) -> None:
        while self.records_box.count():
            item = self.records_box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        records = self.ctx.session.coping.thought_records()
        for record in records:
            self.records_box.addWidget(self._record_card(record))
        if not records:
            self.records_box.addWidget(
                paragraph(
                    self.tr(
                        "No thought records yet. Next time a thought won't let go, try writing one."
                    ),
                    muted=True,
                )
            )

    def _record_card(self, record: ThoughtRecord) -> QWidget:
        frame, layout = card()
        top = QHBoxLayout()
        when = QLabel(local_date(record.created_at))
        when.setObjectName("muted")
        top.addWidget(when, 1)
        open_button = button(
            self.tr("Open"),
            accessible=self.tr("Open the thought record from {0}").format(when.text()),
        )
        open_button.clicked.connect(lambda _=False, r=record: self.open_record(r))
        top.addWidget(open_button)
        layout.addLayout(top)
        title = QLabel(_preview(record.situation) or self.tr("(no situation written)"))
        title.setTextFormat(Qt.TextFormat.PlainText)  # user text: never read as HTML
        title.setWordWrap(True)
        title.setStyleSheet("font-weight: 600;")
        layout.addWidget(title)
        if record.hot_thought:
            layout.addWidget(paragraph(_preview(record.hot_thought), muted=True))
        if record.balanced_thought:
            layout.addWidget(
                paragraph(self.tr("Balanced: {0}").format(_preview(record.balanced_thought)))
            )
        frame.setAccessibleName(f"{when.text()}. {title.text()}")
        return frame

    # -- editing ----------------------------------------------------------------------------------
    def open_record(self, record: ThoughtRecord | None) -> None:
        self.flush()
        self.editor.load(record)
        self.stack.setCurrentWidget(self.editor_page)
        self.editor_page.verticalScrollBar().setValue(0)
        self.editor.situation.setFocus()

    @Slot()
    def _on_new(self) -> None:
        self.open_record(None)

    def save(self) -> None:
        """Save the editor if it holds unsaved changes. Raises WellnessError if that fails."""
        if not self.editing or not self.editor.dirty:
            return
        saved, changes = self.ctx.session.coping.save_thought_record(self.editor.record())
        if saved.id is not None:
            self.editor.mark_saved(saved)
        else:
            self.editor.dirty = False  # nothing was written: nothing to keep
        self.ctx.announce(changes)

    def flush(self) -> None:
        self.save()

    @Slot()
    def _on_save(self) -> None:
        self.ctx.perform(self.save, self.tr("Not saved"))

    @Slot()
    def _on_back(self) -> None:
        if not self.ctx.perform(self.save, self.tr("Not saved")):
            return
        self.stack.setCurrentWidget(self.list_page)
        self.refresh()
        self.new_button.setFocus()

    @Slot()
    def _on_delete(self) -> None:
        record_id = self.editor.record_id
        if record_id is None:
            return
        if not confirm.ask(
            self,
            self.tr("Delete thought record"),
            self.tr("Delete this thought record? This cannot be undone."),
            self.tr("Delete record"),
            self.tr("Keep it"),
        ):
            return
        coping = self.ctx.session.coping
        if not self.ctx.perform(
            lambda: coping.delete_thought_record(record_id), self.tr("Not deleted")
        ):
            return
        self.editor.dirty = False
        self.stack.setCurrentWidget(self.list_page)
        self.refresh()
