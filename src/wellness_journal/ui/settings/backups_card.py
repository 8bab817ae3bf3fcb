"""The Backups part of Settings: when the last backups were made and where, a gentle reminder,
"Back up to…" and "Restore from a backup…"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDir, Slot
from PySide6.QtWidgets import QFileDialog, QFrame, QVBoxLayout, QWidget

from wellness_journal.core.errors import ErrorKind, WellnessError
from wellness_journal.core.models import Changes
from wellness_journal.services import backup as backup_service
from wellness_journal.services.backup import BackupStatus
from wellness_journal.storage.backup_file import BackupInfo
from wellness_journal.ui.context import UiContext
from wellness_journal.ui.messages import error_text
from wellness_journal.ui.settings.restore_dialog import choose_backup_file, when_text
from wellness_journal.ui.widgets.common import (
    busy_bar,
    button,
    card,
    paragraph,
    spread_row,
)


class BackupsCard(QFrame):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        box, inner = card(self.tr("Backups"))
        inner.addWidget(
            paragraph(
                self.tr(
                    "A backup is one encrypted file. It opens only with your passphrase or your "
                    "recovery key, the ones in use when it was made."
                )
            )
        )
        self.automatic = paragraph("")
        self.automatic.setAccessibleName(self.tr("Automatic backups"))
        inner.addWidget(self.automatic)
        self.manual = paragraph("")
        self.manual.setAccessibleName(self.tr("Backups to another drive"))
        inner.addWidget(self.manual)
        self.reminder, reminder_inner = card(name="notice")
        self.reminder_text = paragraph("")
        self.reminder_text.setAccessibleName(self.tr("Backup reminder"))
        reminder_inner.addWidget(self.reminder_text)
        inner.addWidget(self.reminder)
        self.backup_button = button(self.tr("Back up to…"), primary=True)
        self.backup_button.setToolTip(
            self.tr("Save an encrypted backup, for example on a USB stick")
        )
        self.backup_button.clicked.connect(self._on_backup_to)
        self.restore_button = button(self.tr("Restore from a backup…"), clicked=self._on_restore)
        inner.addLayout(spread_row([self.backup_button, self.restore_button]))
        self.progress = busy_bar()
        inner.addWidget(self.progress)
        self.message = paragraph("")
        self.message.setAccessibleName(self.tr("Backup message"))
        self.message.setVisible(False)
        inner.addWidget(self.message)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box)
        self.status: BackupStatus | None = None

    def refresh(self) -> None:
        status = self.ctx.session.backups.status()
        self.status = status
        if self.ctx.demo:
            auto = self.tr("Automatic backups are off for the demo journal.")
        elif status.last_automatic is None:
            auto = self.tr(
                "Automatic: none yet. The first one is made when you next lock or close the "
                "journal."
            )
        else:
            auto = self.tr("Automatic: last one {0}.").format(when_text(status.last_automatic))
        auto += " " + self.tr(
            "One a day after changes; the last 7 days and 4 weeks are kept, in {0}"
        ).format(status.folder)
        self.automatic.setText(auto)
        if status.last_manual is None:
            self.manual.setText(
                self.tr(
                    "On another drive: none yet. A backup on a USB stick keeps your journal safe "
                    "if this computer is lost or breaks."
                )
            )
        else:
            self.manual.setText(
                self.tr("On another drive: last one {0}, to {1}.").format(
                    when_text(status.last_manual), status.manual_location
                )
            )
        self._set_reminder(status)

    def _failure_words(self, kind: str) -> str:
        if kind == "disk_full":
            return self.tr("the disk is full")
        if kind == "permission":
            return self.tr("the backups folder cannot be written")
        return self.tr("a file problem")

    def _set_reminder(self, status: BackupStatus) -> None:
        text = ""
        if status.reminder_due:
            if status.days_since_manual is None:
                text = self.tr(
                    "When you have a moment, a backup on a USB stick or another drive would keep "
                    "your journal safe. It takes a few seconds."
                )
            else:
                text = self.tr(
                    "Your last backup to another drive was {0} days ago. When you have a moment, a "
                    "fresh one keeps everything since then safe too."
                ).format(status.days_since_manual)
        self.reminder_text.setText(text)
        self.reminder.setVisible(bool(text))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.backup_button.setEnabled(not busy)
        self.restore_button.setEnabled(not busy)

    def _start_folder(self) -> Path:
        status = self.status
        if status is not None and status.manual_location:
            folder = Path(status.manual_location).parent
            if folder.is_dir():
                return folder
        return Path(QDir.homePath())

    @Slot()
    def _on_backup_to(self) -> None:
        suggested = self._start_folder() / backup_service.default_manual_name()
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Back up to…"),
            str(suggested),
            self.tr("Wellness Journal backups (*{0})").format(backup_service.SUFFIX),
            options=QFileDialog.Option.DontUseNativeDialog,
        )
        if name:
            chosen = Path(name)
            # Qt's dialog asked before replacing the file it names; not one with a suffix added.
            self.back_up_to(chosen, replace=chosen.suffix == backup_service.SUFFIX)

    def back_up_to(self, out: Path, *, replace: bool = False) -> None:
        """Write a backup to ``out``; an existing file there is replaced only with ``replace``
        (the user agreed), and nothing is written inside the data folder."""
        if out.suffix != backup_service.SUFFIX:
            out = out.with_name(out.name + backup_service.SUFFIX)
        self._set_busy(True)
        self._say(self.tr("Making the backup and checking it…"))
        self.ctx.backups.make_manual(
            self.ctx.session.backups.source(),
            out,
            owner=self,
            on_done=self._on_backed_up,
            on_error=self._on_backup_failed,
            replace=replace,
        )

    @Slot(object)
    def _on_backed_up(self, info: BackupInfo) -> None:
        self._set_busy(False)
        self._say(self.tr("Done. The backup is saved and checked: {0}").format(info.path))
        self.ctx.announce(Changes.of(backup_service.TOPIC))

    @Slot(object)
    def _on_backup_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, WellnessError):
            self._say(
                self.tr("The backup was not made. {0}").format(error_text(exc))
                if exc.kind is not ErrorKind.DISK_FULL
                else self.tr(
                    "The backup was not made: there is not enough space on that drive. Nothing "
                    "else has changed."
                )
            )
        else:
            self._say(self.tr("The backup was not made. Nothing else has changed."))

    @Slot()
    def _on_restore(self) -> None:
        path = choose_backup_file(self, self.ctx.paths.backups_dir)
        if path is not None:
            self.ctx.backups.restore_requested.emit(str(path))
