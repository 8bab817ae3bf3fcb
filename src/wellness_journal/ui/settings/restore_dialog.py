"""Restoring a backup: choosing the file, asking its passphrase, and offering a good automatic
backup when the journal's files are damaged."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QTimeZone, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QVBoxLayout,
    QWidget,
)

from wellness_journal.core.errors import ErrorKind, WellnessError
from wellness_journal.services import backup as backup_service
from wellness_journal.storage.backup_file import BackupInfo
from wellness_journal.storage.paths import AppPaths
from wellness_journal.storage.restore import Restored
from wellness_journal.ui.auto_backup import BackupJobs
from wellness_journal.ui.messages import error_text
from wellness_journal.ui.runner import Runner
from wellness_journal.ui.widgets.common import (
    busy_bar,
    button,
    card,
    column,
    heading,
    paragraph,
    spread_row,
)
from wellness_journal.ui.widgets.passphrase import secret_field
from wellness_journal.ui.widgets.screen_room import fit_content

DAMAGE_KINDS = (ErrorKind.DAMAGED, ErrorKind.MISSING_DATABASE, ErrorKind.MISSING_KEYFILE)


def when_text(when: datetime) -> str:
    """'today at 14:02', 'yesterday at 14:02' or 'Tuesday 25 November 2025 at 14:02', in the
    user's locale and time zone."""
    local = when.astimezone()
    stamp = QDateTime.fromSecsSinceEpoch(int(local.timestamp()), QTimeZone.systemTimeZone())
    locale = QLocale()
    time_text = locale.toString(stamp.time(), QLocale.FormatType.ShortFormat)
    days_ago = stamp.date().daysTo(QDateTime.currentDateTime().date())
    if days_ago == 0:
        return QCoreApplication.translate("restore", "today at {0}").format(time_text)
    if days_ago == 1:
        return QCoreApplication.translate("restore", "yesterday at {0}").format(time_text)
    return QCoreApplication.translate("restore", "{0} at {1}").format(
        locale.toString(stamp.date(), "dddd d MMMM yyyy"), time_text
    )


def choose_backup_file(parent: QWidget, start: Path) -> Path | None:
    """An open-file dialog for backup files (Qt's own dialog: it keeps no recent-files list)."""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("restore", "Choose a backup to restore"),
        str(start),
        QCoreApplication.translate(
            "restore", "Wellness Journal backups (*{0});;All files (*)"
        ).format(backup_service.SUFFIX),
        options=QFileDialog.Option.DontUseNativeDialog,
    )
    return Path(name) if name else None


class RestoreDialog(QDialog):
    """Asks the backup's passphrase and restores it; ``restored`` is set once it worked."""

    def __init__(
        self, backup: Path, paths: AppPaths, jobs: BackupJobs, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._backup = backup
        self._jobs = jobs
        self.restored: Restored | None = None
        self.setWindowTitle(self.tr("Restore a backup"))
        layout = column(self, spacing=12, margins=(22, 18, 22, 18))
        layout.addWidget(heading(self.tr("Restore a backup"), 2))
        self.info: BackupInfo | None = None
        try:
            self.info = backup_service.describe(backup)
        except WellnessError as exc:
            self.about = paragraph(error_text(exc))
        else:
            self.about = paragraph(
                self.tr("This backup was made {0}.").format(
                    when_text(self.info.manifest.created_at)
                )
            )
        self.about.setAccessibleName(self.tr("About this backup"))
        layout.addWidget(self.about)
        layout.addWidget(paragraph(str(backup), muted=True))
        if backup_service.folder_has_vault(paths):
            what = self.tr(
                "The journal now on this computer will be set aside, as it is, in the backups "
                "folder ({0}). Nothing is deleted: you can go back to it later."
            ).format(paths.backups_dir)
        else:
            what = self.tr("The backup becomes your journal on this computer, in {0}.").format(
                paths.data_dir
            )
        layout.addWidget(paragraph(what))
        layout.addWidget(
            paragraph(
                self.tr(
                    "Type the passphrase you used when this backup was made, or your recovery "
                    "key from that time."
                )
            )
        )
        self.secret = secret_field(
            self.tr("Passphrase or recovery key"),
            self.tr("Passphrase or recovery key of the backup"),
        )
        self.secret.returnPressed.connect(self._on_restore)
        layout.addWidget(self.secret)
        self.progress = busy_bar()
        layout.addWidget(self.progress)
        self.message = paragraph("")
        self.message.setAccessibleName(self.tr("Restore message"))
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = button(self.tr("&Restore"), primary=True)
        self.restore_button.setEnabled(self.info is not None)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.clicked.connect(self._on_restore)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        fit_content(self, parent, 560)
        self.secret.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.secret.setEnabled(not busy)
        self.buttons.setEnabled(not busy)

    @Slot()
    def _on_restore(self) -> None:
        secret = self.secret.text()
        if self.info is None or not self.buttons.isEnabled():
            return
        if not secret:
            self.message.setText(self.tr("Type the passphrase or recovery key first."))
            return
        self._set_busy(True)
        self.message.setText(self.tr("Checking and restoring the backup…"))
        self._jobs.restore(
            self._backup, secret, owner=self, on_done=self._on_done, on_error=self._on_failed
        )

    @Slot(object)
    def _on_done(self, restored: Restored) -> None:
        self._set_busy(False)
        self.secret.clear()
        self.restored = restored
        self.accept()

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, WellnessError) and exc.kind is ErrorKind.WRONG_SECRET:
            text = self.tr(
                "That did not open this backup. A backup opens with the passphrase, or the "
                "recovery key, that you had when it was made. Nothing has been changed."
            )
            self.secret.selectAll()
        elif isinstance(exc, WellnessError):
            text = error_text(exc)
        else:
            text = self.tr("The backup could not be restored. Nothing has been changed.")
        self.message.setText(text)
        self.secret.setFocus()


class BackupOffer(QFrame):
    """'A backup from … is available': shown where the journal cannot be opened."""

    restore_requested = Signal(str)
    shown = Signal()  # the offer's words are in and it is on screen (a dialog grows to fit it)

    def __init__(self, paths: AppPaths, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._paths = paths
        self._runner = runner
        self._found: BackupInfo | None = None
        self.setObjectName("offer")
        box, inner = card()
        self.text = paragraph("")
        self.text.setAccessibleName(self.tr("Backup available"))
        inner.addWidget(self.text)
        self.restore_button = button(
            self.tr("Restore this backup…"), primary=True, clicked=self._on_restore_found
        )
        self.choose_button = button(self.tr("Choose a backup file…"), clicked=self._on_choose)
        inner.addLayout(spread_row([self.restore_button, self.choose_button]))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box)
        self.setVisible(False)

    @property
    def found(self) -> BackupInfo | None:
        return self._found

    def offer(self) -> None:
        """Look for the newest good automatic backup (off the GUI thread), then show the offer."""
        paths = self._paths
        self._runner.submit(
            lambda: backup_service.newest_good_backup(paths),
            owner=self,
            on_done=self._on_found,
            on_error=self._on_search_failed,
        )

    def withdraw(self) -> None:
        self.setVisible(False)

    @Slot(object)
    def _on_found(self, info: BackupInfo | None) -> None:
        self._found = info
        if info is None:
            self.text.setText(
                self.tr(
                    "There is no automatic backup in this folder. If you have a backup file, "
                    "for example on a USB stick, you can restore it."
                )
            )
        else:
            self.text.setText(
                self.tr(
                    "An automatic backup from {0} is available. Restoring it sets the current "
                    "files aside (nothing is deleted); anything written after that backup is not "
                    "in it."
                ).format(when_text(info.manifest.created_at))
            )
        self.restore_button.setVisible(info is not None)
        self.setVisible(True)
        self.shown.emit()

    @Slot(object)
    def _on_search_failed(self, _exc: BaseException) -> None:
        self._on_found(None)

    @Slot()
    def _on_restore_found(self) -> None:
        if self._found is not None:
            self.restore_requested.emit(str(self._found.path))

    @Slot()
    def _on_choose(self) -> None:
        path = choose_backup_file(self, self._paths.backups_dir)
        if path is not None:
            self.restore_requested.emit(str(path))
