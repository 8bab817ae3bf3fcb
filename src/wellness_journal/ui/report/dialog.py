"""Summary for a counselor…: choose the days and what goes in, see every page, then save it as a
PDF or print it. The summary is made off the GUI thread on a connection of its own; what the
preview shows is the very PDF that is saved."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from wellness_journal.core.errors import WellnessError
from wellness_journal.storage.connection import Database
from wellness_journal.ui.context import UiContext
from wellness_journal.ui.messages import error_text
from wellness_journal.ui.report import output
from wellness_journal.ui.report.journal_pick import JournalPickDialog
from wellness_journal.ui.report.options import ReportOptions
from wellness_journal.ui.report.preview import PagePreview
from wellness_journal.ui.report.render import Made, make
from wellness_journal.ui.widgets.common import busy_bar, button, column, heading, paragraph
from wellness_journal.ui.widgets.screen_room import fit_to_screen

PAPER_WIDTH_IN = 8.5
MIN_DPI, MAX_DPI = 56.0, 110.0


class ReportDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.made: Made | None = None
        self.saved: Path | None = None
        self.running = False
        self.setWindowTitle(self.tr("Summary for a counselor"))
        # Big enough to read a page in the preview, never bigger than the screen.
        fit_to_screen(self, parent, 940, 800, least=(560, 480))
        outer = column(self, spacing=10, margins=(22, 18, 22, 18))
        self.stack = QStackedWidget()
        outer.addWidget(self.stack, 1)
        self.stack.addWidget(self._choose_page())
        self.stack.addWidget(self._preview_page())
        self.progress = busy_bar(height=6, name=self.tr("Making the summary"))
        outer.addWidget(self.progress)
        self.message = paragraph("")
        self.message.setAccessibleName(self.tr("Summary status"))
        self.message.setVisible(False)
        outer.addWidget(self.message)
        outer.addLayout(self._buttons())
        self._show_choose()

    # -- building -------------------------------------------------------------------------------
    def _choose_page(self) -> QWidget:
        page = QWidget()
        col = column(page, spacing=8)
        col.addWidget(heading(self.tr("Summary for a counselor"), 2))
        col.addWidget(
            paragraph(
                self.tr(
                    "Bring a few weeks of your own entries to a session instead of trying to "
                    "remember them. You choose the days and what goes in, and you see every "
                    "page before anything is saved or printed."
                ),
                muted=True,
            )
        )
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.options = ReportOptions(self.ctx.session.trends.today())
        self.options.changed.connect(self._on_options_changed)
        self.options.pick_journal_requested.connect(self._on_pick_journal)
        scroll.setWidget(self.options)
        col.addWidget(scroll, 1)
        return page

    def _preview_page(self) -> QWidget:
        page = QWidget()
        col = column(page, spacing=8)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Preview"), 2), 1)
        self.pages_label = QLabel("")
        self.pages_label.setObjectName("muted")
        top.addWidget(self.pages_label)
        col.addLayout(top)
        col.addWidget(
            paragraph(
                self.tr(
                    "This is exactly what will be saved or printed. The file and the paper are "
                    "not encrypted: hand them over yourself, and keep them private."
                ),
                muted=True,
            )
        )
        self.preview = PagePreview()
        col.addWidget(self.preview, 1)
        return page

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(10)
        self.back_button = button(self.tr("‹ &Change what goes in"), clicked=self._show_choose)
        row.addWidget(self.back_button)
        row.addStretch(1)
        self.close_button = button(self.tr("Close"), clicked=self.reject)
        self.print_button = button(self.tr("&Print…"), clicked=self._on_print)
        self.save_button = button(self.tr("&Save as PDF…"), primary=True, clicked=self._on_save)
        self.preview_button = button(self.tr("Pre&view"), primary=True, clicked=self._on_preview)
        for b in (self.close_button, self.print_button, self.save_button, self.preview_button):
            row.addWidget(b)
        return row

    # -- moving between the two steps ------------------------------------------------------------
    @Slot()
    def _show_choose(self) -> None:
        self.stack.setCurrentIndex(0)
        for b in (self.back_button, self.print_button, self.save_button):
            b.setVisible(False)
        self.preview_button.setVisible(True)
        self.preview_button.setDefault(True)
        self._on_options_changed()

    def _show_preview(self) -> None:
        self.stack.setCurrentIndex(1)
        self.preview_button.setVisible(False)
        for b in (self.back_button, self.print_button, self.save_button):
            b.setVisible(True)
        self.save_button.setDefault(True)
        self.preview.setFocus(Qt.FocusReason.OtherFocusReason)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    @Slot()
    def _on_options_changed(self) -> None:
        problem = self.options.problem()
        self.preview_button.setEnabled(not problem and not self.running)
        self._say(problem)

    @Slot()
    def _on_pick_journal(self) -> None:
        first, last = self.options.days()
        dialog = JournalPickDialog(
            self.ctx.session.journal, first, last, self.options.journal_ids, self
        )
        if dialog.exec() and self.ctx.session.is_open:
            self.options.set_journal_ids(dialog.chosen_ids())

    # -- making it -------------------------------------------------------------------------------
    def preview_dpi(self) -> float:
        room = self.preview.viewport().width() or self.width()
        return max(MIN_DPI, min(MAX_DPI, (room - 48) / PAPER_WIDTH_IN))

    @Slot()
    def _on_preview(self) -> None:
        if self.running or self.options.problem():
            return
        self.running = True
        self.made = None
        self.preview_button.setEnabled(False)
        self.progress.setVisible(True)
        self._say(self.tr("Making the summary…"))
        request = self.options.request()
        today = self.ctx.session.today
        paper = self.ctx.prefs.region().paper
        dpi = self.preview_dpi()

        def work(db: Database) -> Made:
            return make(db, request, now=today.now, zone=today.zone, paper=paper, dpi=dpi)

        self.ctx.keep_awake()
        self.ctx.perform_in_background(
            work, owner=self, on_done=self._on_made, on_failed=self._on_failed
        )

    def _stop(self) -> None:
        self.running = False
        self.progress.setVisible(False)
        self.preview_button.setEnabled(not self.options.problem())

    @Slot(object)
    def _on_made(self, made: Made) -> None:
        self._stop()
        self.made = made
        self.preview.show_pages(made.pages)
        count = len(made.pages)
        self.pages_label.setText(
            self.tr("1 page") if count == 1 else self.tr("{0} pages").format(count)
        )
        self._say("")
        self._show_preview()

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        self._stop()
        if isinstance(exc, WellnessError):
            self._say(error_text(exc))
        else:
            self._say(self.tr("The summary could not be made. Nothing was saved."))

    # -- saving and printing ---------------------------------------------------------------------
    @Slot()
    def _on_save(self) -> None:
        if self.made is None:
            return
        request = self.options.request()
        path = output.save(self, self.ctx, self.made, request.first, request.last)
        if path is not None:
            self.saved = path
            self._say(self.tr("Saved to {0}. It is not encrypted: keep it private.").format(path))

    @Slot()
    def _on_print(self) -> None:
        if self.made is not None and output.print_pages(self, self.made):
            self._say(self.tr("Sent to the printer."))


def open_report_dialog(ctx: UiContext, parent: QWidget) -> None:
    """Open the dialog from a page (Settings, Trends); once closed it goes, with the pages it
    held in memory (a child of the page would otherwise stay until the page does)."""
    dialog = ReportDialog(ctx, parent)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()
