"""Settings: auto-lock, theme, passphrase and recovery key, where the data lives, export and
import."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QMessageBox, QSpinBox, QWidget

from wellness_journal import __version__
from wellness_journal.services import backup as backup_service
from wellness_journal.services import settings as settings_service
from wellness_journal.services.plan_goals import TOPIC as PLAN_TOPIC
from wellness_journal.services.preferences import DISCREET_TOPIC, REMINDERS_TOPIC, THEMES
from wellness_journal.ui.context import UiContext
from wellness_journal.ui.page import Page
from wellness_journal.ui.plan.settings_card import PlanSettingsCard
from wellness_journal.ui.settings.about import show_about
from wellness_journal.ui.settings.backups_card import BackupsCard
from wellness_journal.ui.settings.discreet_card import DiscreetCard
from wellness_journal.ui.settings.export_dialog import ExportDialog
from wellness_journal.ui.settings.import_dialog import ImportDialog
from wellness_journal.ui.settings.region_card import RegionCard
from wellness_journal.ui.settings.reminders_card import RemindersCard
from wellness_journal.ui.settings.security import ChangePassphraseDialog, NewRecoveryKeyDialog
from wellness_journal.ui.widgets.common import (
    ScrollPage,
    button,
    button_row,
    card,
    heading,
    paragraph,
    spread_row,
)


class SettingsPage(Page):
    page_id = "settings"
    icon_name = "settings"
    topics = (
        settings_service.TOPIC,
        backup_service.TOPIC,
        PLAN_TOPIC,
        DISCREET_TOPIC,
        REMINDERS_TOPIC,
    )

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("SettingsPage", "Settings")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        scroll = ScrollPage()
        self.root.addWidget(scroll)
        col = scroll.column
        col.addWidget(heading(self.tr("Settings")))

        # Privacy and security
        box, inner = card(self.tr("Privacy and security"))
        form = QFormLayout()
        form.setSpacing(10)
        self.auto_lock = QSpinBox()
        low, high = settings_service.AUTO_LOCK_RANGE
        self.auto_lock.setRange(low, high)
        self.auto_lock.setSuffix(self.tr(" min"))
        self.auto_lock.setFixedWidth(120)
        self.auto_lock.setAccessibleName(self.tr("Lock after this many idle minutes"))
        self.auto_lock.valueChanged.connect(self._on_auto_lock_changed)
        form.addRow(self.tr("Lock when idle for"), self.auto_lock)
        inner.addLayout(form)
        self.change_pass_button = button(
            self.tr("Change passphrase…"), clicked=self._on_change_passphrase
        )
        self.recovery_button = button(
            self.tr("New recovery key…"), clicked=self._on_new_recovery_key
        )
        inner.addLayout(spread_row([self.change_pass_button, self.recovery_button]))
        col.addWidget(box)

        self.discreet_card = DiscreetCard(ctx)
        col.addWidget(self.discreet_card)
        self.reminders = RemindersCard(ctx)
        col.addWidget(self.reminders)

        # Data
        box, inner = card(self.tr("Your data"))
        inner.addWidget(
            paragraph(
                self.tr(
                    "Your journal is one encrypted file in this folder. Wellness Journal never uses the "
                    "network: nothing you write leaves this computer unless you export it."
                )
            )
        )
        self.folder_label = paragraph(str(ctx.paths.data_dir))
        self.folder_label.setAccessibleName(self.tr("Data folder"))
        inner.addWidget(self.folder_label)
        self.show_folder_button = button(self.tr("Show the folder"), clicked=self._on_show_folder)
        inner.addLayout(spread_row([self.show_folder_button]))
        inner.addWidget(
            paragraph(
                self.tr(
                    "Export makes copies you or other programs can read (JSON, spreadsheets, "
                    "Markdown); they are not encrypted. Import adds entries from a Wellness "
                    "Journal export, jrnl or Daylio."
                ),
                muted=True,
            )
        )
        self.export_button = button(
            self.tr("E&xport…"),
            tip=self.tr("Save a readable copy: JSON, CSV or Markdown"),
            clicked=self._on_export,
        )
        self.import_button = button(self.tr("&Import…"))
        self.import_button.setToolTip(
            self.tr("Add entries from a Wellness Journal export, jrnl or Daylio")
        )
        self.import_button.clicked.connect(self._on_import)
        inner.addLayout(spread_row([self.export_button, self.import_button]))
        inner.addWidget(
            paragraph(
                self.tr(
                    "A summary for a counselor puts the days and logs you choose on a few clean "
                    "pages, to print or save as a PDF."
                ),
                muted=True,
            )
        )
        self.report_button = button(self.tr("Summary for a &counselor…"), clicked=self._on_report)
        inner.addLayout(button_row(self.report_button, stretch_first=False))
        col.addWidget(box)

        self.plan = PlanSettingsCard(ctx)
        col.addWidget(self.plan)

        self.backups = BackupsCard(ctx)
        col.addWidget(self.backups)

        self.region = RegionCard(ctx)
        col.addWidget(self.region)

        # Appearance
        box, inner = card(self.tr("Appearance"))
        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Theme"))
        self.theme.setFixedWidth(220)
        labels = {
            "system": self.tr("Follow the system"),
            "light": self.tr("Light"),
            "dark": self.tr("Dark"),
        }
        for theme in THEMES:
            self.theme.addItem(labels[theme], theme)
        self.theme.currentIndexChanged.connect(self._on_theme_changed)
        form = QFormLayout()
        form.addRow(self.tr("Theme"), self.theme)
        inner.addLayout(form)
        col.addWidget(box)

        about = QHBoxLayout()
        about.addWidget(paragraph(self.tr("Wellness Journal {0}").format(__version__), muted=True))
        about.addStretch(1)
        self.about_button = button(self.tr("&About Wellness Journal"), name="flat")
        self.about_button.clicked.connect(lambda: show_about(self, self.ctx.prefs))
        about.addWidget(self.about_button)
        self.credits_button = button(self.tr("Credits…"), name="flat")
        self.credits_button.setToolTip(
            self.tr("Who made the questionnaires and what the app rests on")
        )
        self.credits_button.clicked.connect(self._on_credits)
        about.addWidget(self.credits_button)
        col.addLayout(about)
        scroll.finish()

    def refresh(self) -> None:
        self.auto_lock.blockSignals(True)
        self.auto_lock.setValue(self.ctx.session.settings.auto_lock_minutes())
        self.auto_lock.blockSignals(False)
        self.theme.blockSignals(True)
        self.theme.setCurrentIndex(max(0, self.theme.findData(self.ctx.prefs.theme())))
        self.theme.blockSignals(False)
        self.backups.refresh()
        self.region.refresh()
        self.plan.refresh()
        self.discreet_card.refresh()
        self.reminders.refresh()

    @Slot(int)
    def _on_auto_lock_changed(self, minutes: int) -> None:
        settings = self.ctx.session.settings
        if self.ctx.perform(lambda: settings.set_auto_lock_minutes(minutes), self.tr("Not saved")):
            self.ctx.set_auto_lock_minutes(minutes)

    @Slot(int)
    def _on_theme_changed(self, _: int) -> None:
        theme = str(self.theme.currentData())
        self.ctx.perform(lambda: self.ctx.prefs.set_theme(theme), self.tr("Not saved"))
        self.ctx.set_theme(theme)  # for now at least, even if it could not be kept

    @Slot()
    def _on_change_passphrase(self) -> None:
        dialog = ChangePassphraseDialog(self.ctx.session.security, self.ctx.runner, self)
        if dialog.exec():
            QMessageBox.information(
                self,
                self.tr("Passphrase changed"),
                self.tr("Your passphrase has been changed. Your recovery key still works."),
            )

    @Slot()
    def _on_new_recovery_key(self) -> None:
        NewRecoveryKeyDialog(
            self.ctx.session.security, self.ctx.runner, self.ctx.secrets, self
        ).exec()

    @Slot()
    def _on_export(self) -> None:
        ExportDialog(self.ctx, self).exec()

    @Slot()
    def _on_import(self) -> None:
        ImportDialog(self.ctx, self).exec()

    @Slot()
    def _on_report(self) -> None:
        from wellness_journal.ui.report.dialog import open_report_dialog  # loaded when used

        open_report_dialog(self.ctx, self)

    @Slot()
    def _on_credits(self) -> None:
        from wellness_journal.ui.selfchecks.credits import CreditsDialog

        CreditsDialog(self).exec()

    @Slot()
    def _on_show_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.paths.data_dir)))
