"""Shown instead of the lock screen when the data folder needs attention."""

from __future__ import annotations

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QVBoxLayout, QWidget

from wellness_journal.core.errors import WellnessError
from wellness_journal.storage.paths import AppPaths
from wellness_journal.ui.messages import error_text
from wellness_journal.ui.runner import Runner
from wellness_journal.ui.settings.restore_dialog import DAMAGE_KINDS, BackupOffer
from wellness_journal.ui.support.crisis_strip import CrisisLinesDialog, region_of
from wellness_journal.ui.widgets.common import (
    button,
    button_row,
    card,
    centered,
    heading,
    paragraph,
)


class ProblemScreen(QWidget):
    quit_requested = Signal()
    restore_requested = Signal(str)  # a backup file to restore

    def __init__(
        self,
        error: WellnessError,
        paths: AppPaths,
        parent: QWidget | None = None,
        *,
        runner: Runner | None = None,
    ) -> None:
        super().__init__(parent)
        self._paths = paths
        box, inner = card()
        box.setFixedWidth(600)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.addWidget(heading(self.tr("Your journal needs attention")))
        self.message = paragraph(error_text(error))
        inner.addWidget(self.message)
        inner.addWidget(paragraph(self.tr("Data folder: {0}").format(paths.data_dir), muted=True))
        if error.detail:
            inner.addWidget(
                paragraph(
                    self.tr("Details for someone helping you: {0}").format(error.detail), muted=True
                )
            )
        folder = button(self.tr("Show the folder"))
        folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._paths.data_dir)))
        )
        support = button(self.tr("Get support"), name="support")
        support.clicked.connect(lambda: CrisisLinesDialog(self, region_of(paths)).exec())
        quit_button = button(self.tr("&Quit"), primary=True)
        quit_button.clicked.connect(self.quit_requested)
        inner.addLayout(button_row(support, folder, quit_button))
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(centered(box))
        self.backup_offer: BackupOffer | None = None
        if runner is not None and error.kind in DAMAGE_KINDS:
            self.backup_offer = BackupOffer(paths, runner)
            self.backup_offer.setFixedWidth(600)
            self.backup_offer.restore_requested.connect(self.restore_requested)
            layout.addSpacing(10)
            layout.addLayout(centered(self.backup_offer))
            self.backup_offer.offer()
        layout.addStretch(2)
