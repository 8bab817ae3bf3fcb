"""First run: what the app keeps and how, then a passphrase, then the recovery key."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDir, Qt, Signal, Slot
from PySide6.QtWidgets import QCheckBox, QLabel, QStackedWidget, QWidget

from wellness_journal.core import passphrase as pp
from wellness_journal.core.errors import WellnessError
from wellness_journal.services.preferences import Preferences
from wellness_journal.storage.keyslots import KdfParams
from wellness_journal.storage.paths import AppPaths
from wellness_journal.storage.vault import CreatedVault, NewVaultKeys, Vault, prepare_keys
from wellness_journal.ui.clipboard import SecretClipboard
from wellness_journal.ui.icons import app_icon
from wellness_journal.ui.messages import error_text
from wellness_journal.ui.runner import Runner
from wellness_journal.ui.settings.about import not_a_service_text
from wellness_journal.ui.settings.restore_dialog import choose_backup_file
from wellness_journal.ui.widgets.common import (
    ScrollPage,
    busy_bar,
    button,
    button_row,
    card,
    heading,
    paragraph,
)
from wellness_journal.ui.widgets.passphrase import NewPassphraseFields
from wellness_journal.ui.widgets.recovery_view import RecoveryKeyView


class FirstRunFlow(QStackedWidget):
    """Emits ``finished`` with the open Vault once the user has seen the recovery key."""

    finished = Signal(object)  # Vault
    restore_requested = Signal(str)  # a backup file to restore instead of starting afresh

    def __init__(
        self,
        paths: AppPaths,
        kdf: KdfParams,
        runner: Runner,
        secrets: SecretClipboard,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._paths = paths
        self._kdf = kdf
        self._runner = runner
        self._secrets = secrets
        self._created: CreatedVault | None = None
        self.welcome = self._build_welcome()
        self.choose = self._build_choose()
        self.addWidget(self.welcome)
        self.addWidget(self.choose)
        self.key_step: QWidget | None = None

    # -- step 1 ----------------------------------------------------------------------------------------
    def _build_welcome(self) -> QWidget:
        page = ScrollPage(width=620)
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(80, 80))
        logo.setAlignment(Qt.AlignmentFlag.AlignLeft)
        logo.setMinimumHeight(84)
        page.column.addWidget(logo)
        page.column.addWidget(heading(self.tr("Welcome to Wellness Journal")))
        page.column.addWidget(
            paragraph(
                self.tr(
                    "A private place to notice stress and sleep, practise skills that help, and see "
                    "what works for you. Checking in is part of the job."
                )
            )
        )
        box, inner = card()
        inner.addWidget(heading(self.tr("How your journal is kept private"), 2))
        for text in (
            self.tr(
                "Everything you write stays on this computer, in one encrypted file in:\n{0}"
            ).format(self._paths.data_dir),
            self.tr(
                "It is locked with a passphrase that you choose now. Nobody, not your agency "
                "and not us, can open it without your passphrase or your recovery key."
            ),
            self.tr("The app never uses the internet. Nothing is sent anywhere, ever."),
            self.tr("It locks itself when you step away, and hides everything when locked."),
            self.tr(
                "If you forget your passphrase, your recovery key opens the journal. Without "
                "either one, nobody can get your entries back, so keep the key safe."
            ),
        ):
            inner.addWidget(paragraph("•  " + text))
        page.column.addWidget(box)
        self.not_a_service = paragraph(not_a_service_text(Preferences(self._paths)), muted=True)
        page.column.addWidget(self.not_a_service)
        self.start_button = button(self.tr("&Get started"), primary=True)
        self.start_button.clicked.connect(self._on_start)
        self.start_button.setDefault(True)
        self.restore_button = button(self.tr("Restore from a backup…"), name="flat")
        self.restore_button.setToolTip(
            self.tr("Moving to a new computer? Bring your journal back from a backup file.")
        )
        self.restore_button.clicked.connect(self._on_restore)
        page.column.addLayout(button_row(self.restore_button, self.start_button))
        page.finish()
        return page

    @Slot()
    def _on_restore(self) -> None:
        path = choose_backup_file(self, Path(QDir.homePath()))
        if path is not None:
            self.restore_requested.emit(str(path))

    @Slot()
    def _on_start(self) -> None:
        self.setCurrentWidget(self.choose)
        self.fields.first.setFocus()

    # -- step 2 ----------------------------------------------------------------------------------------
    def _build_choose(self) -> QWidget:
        page = ScrollPage(width=620)
        page.column.addWidget(heading(self.tr("Choose a passphrase")))
        page.column.addWidget(
            paragraph(
                self.tr(
                    "You will type it each time you open the journal. A short sentence or a few "
                    "unrelated words work well: something like \u201c{0}\u201d, but your own words, "
                    "not these."
                ).format(pp.EXAMPLE)
            )
        )
        self.fields = NewPassphraseFields()
        self.fields.changed.connect(self._on_fields_changed)
        self.fields.second.returnPressed.connect(self._on_create)
        page.column.addWidget(self.fields)
        self.create_progress = busy_bar()
        page.column.addWidget(self.create_progress)
        self.create_message = paragraph("")
        page.column.addWidget(self.create_message)
        back = button(self.tr("&Back"))
        back.clicked.connect(lambda: self.setCurrentWidget(self.welcome))
        self.create_button = button(self.tr("&Create my journal"), primary=True)
        self.create_button.clicked.connect(self._on_create)
        page.column.addLayout(button_row(back, self.create_button))
        page.finish()
        self._on_fields_changed()
        return page

    @Slot()
    def _on_fields_changed(self) -> None:
        self.create_message.setText("")

    @Slot()
    def _on_create(self) -> None:
        """Create the journal, or say what is still missing (the button is never just grey)."""
        if not self.create_button.isEnabled() or self.fields.show_missing():
            return
        passphrase = self.fields.value()
        if passphrase is None:
            return
        self.create_button.setEnabled(False)
        self.fields.setEnabled(False)
        self.create_progress.setVisible(True)
        self.create_message.setText(self.tr("Creating your encrypted journal…"))
        kdf = self._kdf
        self._runner.submit(
            lambda: prepare_keys(passphrase, kdf=kdf),
            owner=self,
            on_done=self._on_keys,
            on_error=self._on_failed,
        )

    @Slot(object)
    def _on_keys(self, keys: NewVaultKeys) -> None:
        try:
            self._created = Vault.create_with_keys(self._paths, keys)
        except WellnessError as exc:
            self._on_failed(exc)
            return
        self.fields.clear()
        self.create_progress.setVisible(False)
        self.key_step = self._build_key_step(self._created.recovery_key)
        self.addWidget(self.key_step)
        self.setCurrentWidget(self.key_step)
        self.key_view.print_button.setFocus()

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        self.create_progress.setVisible(False)
        self.fields.setEnabled(True)
        self.create_button.setEnabled(True)
        self._on_fields_changed()
        if isinstance(exc, WellnessError):
            self.create_message.setText(error_text(exc))
        else:
            self.create_message.setText(
                self.tr("The journal could not be created. Nothing was saved. Please try again.")
            )

    # -- step 3 ----------------------------------------------------------------------------------------
    def _build_key_step(self, key: str) -> QWidget:
        page = ScrollPage(width=620)
        page.column.addWidget(heading(self.tr("Your recovery key")))
        page.column.addWidget(
            paragraph(
                self.tr(
                    "If you ever forget your passphrase, this key opens your journal. It is shown only "
                    "now. Write it down or print it, and keep it somewhere safe away from this computer "
                    "(for example with your important papers)."
                )
            )
        )
        self.key_view = RecoveryKeyView(key, self._secrets)
        page.column.addWidget(self.key_view)
        self.confirm_box = QCheckBox(self.tr("I have written down or printed my recovery key"))
        self.confirm_box.setAccessibleName(self.tr("I have saved my recovery key"))
        page.column.addWidget(self.confirm_box)
        page.column.addWidget(
            paragraph(self.tr("You can make a new recovery key later in Settings."), muted=True)
        )
        self.open_button = button(self.tr("&Open my journal"), primary=True)
        self.open_button.setEnabled(False)
        self.confirm_box.toggled.connect(self.open_button.setEnabled)
        self.open_button.clicked.connect(self._on_open)
        page.column.addLayout(button_row(self.open_button))
        page.finish()
        return page

    @Slot()
    def _on_open(self) -> None:
        if self._created is None:
            return
        vault = self._created.vault
        self._created = None
        if self.key_step is not None:
            self.removeWidget(self.key_step)
            self.key_step.deleteLater()
            self.key_step = None
        self.finished.emit(vault)

    def discard(self) -> None:
        """Close a vault that was created but not opened yet (quit on the recovery-key step)."""
        if self._created is not None:
            self._created.vault.close()
            self._created = None
