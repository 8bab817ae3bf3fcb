"""Export…: after a warning that the files are not encrypted, choose what and where; the writing
runs off the GUI thread with progress, then the dialog says what was written."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDir, QObject, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFileDialog,
    QRadioButton,
    QWidget,
)

from wellness_journal.core.errors import ErrorKind, WellnessError
from wellness_journal.services import export_files
from wellness_journal.services.export_files import ExportKind, Written
from wellness_journal.ui.context import UiContext
from wellness_journal.ui.messages import error_text, export_warning
from wellness_journal.ui.widgets.common import (
    action_footer,
    column,
    heading,
    notice,
    paragraph,
    say_in_dialog,
)
from wellness_journal.ui.widgets.screen_room import FitScroll, fit_content


class _Relay(QObject):
    """Carries progress from the worker thread to the GUI thread (a queued signal).

    One per export, with no parent: the task's work holds it, and the runner lets go of that work
    on the GUI thread after the task has finished. So the relay outlives every emit from the pool
    thread, even when the dialog is deleted meanwhile (the connection then simply goes)."""

    progressed = Signal(int, int)


class ExportDialog(QDialog):
    progressed = Signal(int, int)  # (done, total), on the GUI thread

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.written: Written | None = None
        self.running = False
        self.setWindowTitle(self.tr("Export"))
        self.setMinimumWidth(560)
        layout = self.column = column(self, spacing=10, margins=(22, 18, 22, 18))
        layout.addWidget(heading(self.tr("Export a copy you can read"), 2))
        self.warning = notice(
            export_warning()
            + " "
            + self.tr("Choose a private place: not a shared, synced or cloud folder.")
        )
        self.warning.setAccessibleName(self.tr("Warning: exports are not encrypted"))
        layout.addWidget(self.warning)

        self.kinds = QButtonGroup(self)
        choices = [
            (
                ExportKind.JSON,
                self.tr("&Everything, as one JSON file"),
                self.tr(
                    "All you wrote, for another copy of Wellness Journal or another program. "
                    "For a safe copy, use Back up to… instead: backups stay encrypted."
                ),
            ),
            (
                ExportKind.CSV,
                self.tr("Logs as &spreadsheets (CSV)"),
                self.tr(
                    "Check-ins, stress, sleep (with time asleep and sleep efficiency) and "
                    "exercises: one file each, in a new folder."
                ),
            ),
            (
                ExportKind.MARKDOWN_ENTRY,
                self.tr("Journal as &Markdown, one file per entry"),
                self.tr("Plain text any editor opens, in a new folder."),
            ),
            (
                ExportKind.MARKDOWN_YEAR,
                self.tr("Journal as Markdown, one file per &year"),
                self.tr("One file for each year of entries, in a new folder."),
            ),
        ]
        self.radio: dict[ExportKind, QRadioButton] = {}
        choices_box = QWidget()
        listed = column(choices_box, spacing=10)
        for kind, label, about in choices:
            radio = QRadioButton(label)
            radio.setAccessibleName(label.replace("&", ""))
            radio.setAccessibleDescription(about)
            self.kinds.addButton(radio)
            self.radio[kind] = radio
            listed.addWidget(radio)
            hint = paragraph(about, muted=True)
            hint.setContentsMargins(26, 0, 0, 4)
            listed.addWidget(hint)
        self.radio[ExportKind.JSON].setChecked(True)
        layout.addWidget(FitScroll(choices_box), 1)  # a short screen: the choices scroll

        footer = action_footer(
            layout,
            self.tr("Choose where and e&xport…"),
            self.tr("Export progress"),
            self.tr("Export result"),
            on_action=self._on_export,
            on_close=self.reject,
        )
        self.progress, self.message = footer.progress, footer.message
        self.export_button, self.close_button = footer.action, footer.close
        fit_content(self, parent)

    def chosen_kind(self) -> ExportKind:
        return next(kind for kind, radio in self.radio.items() if radio.isChecked())

    # -- where ----------------------------------------------------------------------------------
    def _ask_place(self, kind: ExportKind) -> tuple[Path, bool] | None:
        """Where to write (Qt's own dialogs: they keep no recent-files list); None if cancelled.

        The flag says the user agreed to replace an existing JSON file."""
        start = Path(QDir.homePath())
        name = export_files.default_name(kind, date.today())
        if kind is ExportKind.JSON:
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export everything to…"),
                str(export_files.free_place(start, name)),
                self.tr("JSON files (*.json)"),
                options=QFileDialog.Option.DontUseNativeDialog,
            )
            if not chosen:
                return None
            path = Path(chosen)
            return path, path.exists()  # Qt's dialog has asked before replacing it
        folder = QFileDialog.getExistingDirectory(
            self,
            self.tr("Choose a folder: a new folder for the export is made inside it"),
            str(start),
            QFileDialog.Option.DontUseNativeDialog | QFileDialog.Option.ShowDirsOnly,
        )
        if not folder:
            return None
        return export_files.free_place(Path(folder), name), False

    @Slot()
    def _on_export(self) -> None:
        kind = self.chosen_kind()
        place = self._ask_place(kind)
        if place is not None:
            self.export_to(kind, place[0], replace=place[1])

    # -- writing --------------------------------------------------------------------------------
    def export_to(self, kind: ExportKind, place: Path, *, replace: bool = False) -> None:
        """Write ``kind`` to ``place`` in the background (a new folder for folder kinds)."""
        if self.running:
            return
        self.running = True
        self.written = None
        self._set_busy(True)
        self._say(self.tr("Writing the export…"))
        self.ctx.keep_awake()
        relay = _Relay()
        relay.progressed.connect(self._on_progress)
        self.ctx.perform_in_background(
            lambda db: export_files.export(db, kind, place, relay.progressed.emit, replace=replace),
            owner=self,
            on_done=self._on_written,
            on_failed=self._on_failed,
        )

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progressed.emit(done, total)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape waits while the export is written: the dialog is what says where the
        unencrypted files went, or that they were not written."""
        if self.running and event.key() == Qt.Key.Key_Escape:
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """The window's close button waits too; locking still closes the dialog (the export then
        finishes on its own)."""
        if self.running and event.spontaneous():
            event.ignore()
            return
        super().closeEvent(event)

    def _set_busy(self, busy: bool) -> None:
        self.progress.setRange(0, 0)
        self.progress.setVisible(busy)
        self.export_button.setEnabled(not busy)
        self.close_button.setEnabled(not busy)
        for radio in self.radio.values():
            radio.setEnabled(not busy)

    def _say(self, text: str) -> None:
        say_in_dialog(self, self.column, self.message, text)

    @Slot(object)
    def _on_written(self, written: Written) -> None:
        self.running = False
        self.written = written
        self._set_busy(False)
        self.ctx.keep_awake()
        self._say(self.done_text(written))

    def done_text(self, written: Written) -> str:
        if written.kind is ExportKind.JSON:
            text = self.tr("Done. Everything was written to\n{0}").format(written.place)
        elif written.kind is ExportKind.CSV:
            files = " · ".join(
                self.tr("{0}: {1} rows").format(path.name, written.counts.get(path.name, 0))
                for path in written.files
            )
            text = self.tr("Done. {0} files were written to a new folder:\n{1}\n{2}").format(
                len(written.files), written.place, files
            )
        elif not written.files:
            return self.tr("There are no journal entries yet, so no file was written.")
        else:
            text = self.tr("Done. {0} Markdown files were written to a new folder:\n{1}").format(
                len(written.files), written.place
            )
        return text + "\n" + self.tr("They are not encrypted: delete them when you are done.")

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        self.running = False
        self._set_busy(False)
        if isinstance(exc, WellnessError) and exc.kind is ErrorKind.DISK_FULL:
            text = self.tr("The export was not finished: there is not enough space there.")
        elif isinstance(exc, WellnessError) and exc.kind is ErrorKind.PERMISSION:
            text = self.tr(
                "The export was not written: that place cannot be written to (it may be "
                "read-only or belong to someone else)."
            )
        elif isinstance(exc, WellnessError) and exc.kind is ErrorKind.IO:
            text = self.tr("The export could not be written there.")
        elif isinstance(exc, WellnessError):
            text = self.tr("The export was not finished. {0}").format(error_text(exc))
        elif isinstance(exc, FileExistsError):
            text = self.tr("Something with that name is already there; nothing was replaced.")
        elif isinstance(exc, OSError):
            text = self.tr("The export could not be written there ({0}).").format(
                exc.strerror or exc
            )
        else:
            text = self.tr("The export was not finished.")
        self._say(text + " " + self.tr("Your journal has not changed. Try another place."))
