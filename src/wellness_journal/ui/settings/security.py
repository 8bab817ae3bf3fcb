"""Change the passphrase, or make a new recovery key (both ask for the current passphrase)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPushButton,
    QWidget,
)

from wellness_journal.core.errors import WellnessError
from wellness_journal.services.security import SecurityService
from wellness_journal.ui.clipboard import SecretClipboard
from wellness_journal.ui.messages import error_text
from wellness_journal.ui.runner import Runner
from wellness_journal.ui.widgets.common import busy_bar, column, heading, paragraph
from wellness_journal.ui.widgets.passphrase import NewPassphraseFields, secret_field
from wellness_journal.ui.widgets.recovery_view import RecoveryKeyView


class _BusyDialog(QDialog):
    def __init__(self, runner: Runner, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._runner = runner
        self.layout_ = column(self, spacing=12, margins=(22, 18, 22, 18))
        self.progress = busy_bar()
        self.message = paragraph("")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _finish_layout(self) -> None:
        self.layout_.addWidget(self.progress)
        self.layout_.addWidget(self.message)
        self.layout_.addWidget(self.buttons)

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.buttons.setEnabled(not busy)

    def _start(self, work: Callable[[], object], busy_text: str) -> None:
        """Run ``work`` off the GUI thread; ``_on_done`` gets its result, or a message follows."""
        self._set_busy(True)
        self.message.setText(busy_text)
        self._runner.submit(work, owner=self, on_done=self._on_done, on_error=self._on_failed)

    def _on_done(self, result: Any) -> None:
        raise NotImplementedError

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        text = (
            error_text(exc)
            if isinstance(exc, WellnessError)
            else self.tr("That did not work, and nothing was changed. Please try again.")
        )
        self.message.setText(text)

    @Slot()
    def _on_ok(self) -> None:
        raise NotImplementedError


class ChangePassphraseDialog(_BusyDialog):
    """``current_required`` is False right after unlocking with the recovery key."""

    def __init__(
        self,
        security: SecurityService,
        runner: Runner,
        parent: QWidget | None = None,
        *,
        current_required: bool = True,
    ) -> None:
        super().__init__(runner, parent)
        self._security = security
        self._current_required = current_required
        self.setWindowTitle(self.tr("Change passphrase"))
        if current_required:
            self.layout_.addWidget(heading(self.tr("Change your passphrase"), 2))
        else:
            self.layout_.addWidget(heading(self.tr("Choose a new passphrase"), 2))
            self.layout_.addWidget(
                paragraph(
                    self.tr(
                        "You opened the journal with your recovery key. Choose a new passphrase to use "
                        "from now on. Your recovery key keeps working."
                    )
                )
            )
        self.current = secret_field(self.tr("Current passphrase"), self.tr("Current passphrase"))
        form = QFormLayout()
        if current_required:
            form.addRow(self.tr("Current passphrase"), self.current)
        self.layout_.addLayout(form)
        self.fields = NewPassphraseFields()
        self.fields.changed.connect(self._on_changed)
        self.layout_.addWidget(self.fields)
        self._finish_layout()
        self.ok_button.setText(self.tr("Change passphrase"))
        self.current.textChanged.connect(self._on_changed)
        self._on_changed()
        self.resize(520, self.sizeHint().height())

    @Slot()
    def _on_changed(self) -> None:
        self.message.setText("")

    @Slot()
    def _on_ok(self) -> None:
        """Change it, or say what is still missing (the button is never just grey)."""
        if self._current_required and not self.current.text():
            self.message.setText(self.tr("Type your current passphrase first."))
            self.current.setFocus()
            return
        if self.fields.show_missing():
            return
        new = self.fields.value()
        if new is None:
            return
        current = self.current.text() if self._current_required else None
        self._start(lambda: self._security.change_passphrase(current, new), self.tr("Changing…"))

    @Slot(object)
    def _on_done(self, _: object) -> None:
        self._set_busy(False)
        self.current.clear()
        self.fields.clear()
        self.accept()


class NewRecoveryKeyDialog(_BusyDialog):
    def __init__(
        self,
        security: SecurityService,
        runner: Runner,
        secrets: SecretClipboard,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self._security = security
        self._secrets = secrets
        self.setWindowTitle(self.tr("New recovery key"))
        self.layout_.addWidget(heading(self.tr("Make a new recovery key"), 2))
        self.layout_.addWidget(
            paragraph(
                self.tr("Your old recovery key will stop working. Enter your passphrase to go on.")
            )
        )
        self.current = secret_field(self.tr("Passphrase"), self.tr("Current passphrase"))
        self.current.returnPressed.connect(self._on_ok)
        self.layout_.addWidget(self.current)
        self._finish_layout()
        self.ok_button.setText(self.tr("Make a new key"))
        self.key_view: RecoveryKeyView | None = None
        self.resize(560, self.sizeHint().height())

    @Slot()
    def _on_ok(self) -> None:
        if self.key_view is not None:
            self.accept()
            return
        current = self.current.text()
        if not current:
            return
        self._start(lambda: self._security.new_recovery_key(current), self.tr("Making a new key…"))

    @Slot(object)
    def _on_done(self, key: str) -> None:
        self._set_busy(False)
        self.current.clear()
        self.current.setVisible(False)
        self.message.setText(
            self.tr(
                "Your new recovery key is below. It is shown only now: write "
                "it down or print it, and keep it somewhere safe."
            )
        )
        self.key_view = RecoveryKeyView(key, self._secrets)
        self.layout_.insertWidget(self.layout_.indexOf(self.buttons), self.key_view)
        self.ok_button.setText(self.tr("I have saved it"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setVisible(False)
