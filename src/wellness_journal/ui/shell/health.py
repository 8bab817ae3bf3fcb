"""Said after unlock when the journal's files are damaged: found by the integrity checks that run
in the background once the journal is open, or while opening it (a damaged write-ahead log)."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from wellness_journal.storage.paths import AppPaths
from wellness_journal.ui.runner import Runner
from wellness_journal.ui.settings.restore_dialog import BackupOffer
from wellness_journal.ui.widgets.common import button, button_row, heading, paragraph
from wellness_journal.ui.widgets.screen_room import fit_content

SHOWN_PROBLEMS = 5


class HealthDialog(QDialog):
    """Damage found: what it means, the newest good backup to restore, or carry on for now."""

    restore_requested = Signal(str)  # a backup file to restore

    def __init__(
        self, problems: list[str], paths: AppPaths, runner: Runner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your journal needs attention"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 18)
        layout.setSpacing(10)
        layout.addWidget(heading(self.tr("Some of the journal's files are damaged"), 2))
        self.message = paragraph(
            self.tr(
                "A check of the journal's files, run just now, found damage. Nothing has been "
                "changed or deleted. Restoring the newest good backup is the safest way on "
                "(anything written after it is not in it). You can also keep using the journal "
                "for now and ask someone you trust with computers to look at it."
            )
        )
        layout.addWidget(self.message)
        shown = "; ".join(problems[:SHOWN_PROBLEMS])
        if len(problems) > SHOWN_PROBLEMS:
            shown += self.tr(" (and {0} more)").format(len(problems) - SHOWN_PROBLEMS)
        self.details = paragraph(
            self.tr("Details for someone helping you: {0}").format(shown), muted=True
        )
        layout.addWidget(self.details)
        self.offer = BackupOffer(paths, runner)
        self.offer.restore_requested.connect(self.restore_requested)
        layout.addWidget(self.offer)
        later = button(self.tr("Keep using it for now"))
        later.clicked.connect(self.reject)
        layout.addLayout(button_row(later))
        self.offer.shown.connect(self._on_offer_shown)
        fit_content(self, parent)
        self.offer.offer()

    @Slot()
    def _on_offer_shown(self) -> None:
        fit_content(self, self.parentWidget(), self.width())
