"""The lock screen: passphrase (or recovery key), calm errors, waits after repeated wrong tries."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from wellness_journal.core.errors import ErrorKind, WellnessError
from wellness_journal.services.unlock import UnlockGate
from wellness_journal.storage.paths import AppPaths
from wellness_journal.storage.vault import UnlockedKey
from wellness_journal.ui.icons import app_icon
from wellness_journal.ui.messages import error_text
from wellness_journal.ui.runner import Runner
from wellness_journal.ui.settings.restore_dialog import DAMAGE_KINDS, BackupOffer
from wellness_journal.ui.support.crisis_strip import (
    CrisisLinesDialog,
    region_of,
    talk_sentence,
)
from wellness_journal.ui.widgets.common import (
    busy_bar,
    button,
    card,
    centered,
    heading,
    monospace,
    paragraph,
    set_tone,
)
from wellness_journal.ui.widgets.passphrase import secret_field
from wellness_journal.ui.widgets.recovery_view import recovery_placeholder


def _derive_and_load_pages(derive: Callable[[], UnlockedKey]) -> UnlockedKey:
    """On the runner: the slow key derivation, then the pages' code is loaded (the first time,
    60-140 ms), so the window opens without that pause on the GUI thread."""
    unlocked = derive()
    from wellness_journal.ui.shell.pages import page_classes

    page_classes()
    return unlocked


class UnlockScreen(QWidget):
    """Emits ``unlocked`` with the derived key; the shell opens the vault."""

    unlocked = Signal(object)  # UnlockedKey
    restore_requested = Signal(str)  # a backup file to restore (offered when files are damaged)

    def __init__(
        self,
        gate: UnlockGate,
        runner: Runner,
        *,
        demo: bool = False,
        paths: AppPaths | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._gate = gate
        self._runner = runner
        self._paths = paths
        self._recovery_mode = False
        self._busy = False

        logo = QLabel()
        self.logo = logo
        logo.setPixmap(app_icon().pixmap(72, 72))
        logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        logo.setMinimumHeight(76)
        self.title = heading(self.tr("Welcome back"))
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prompt = paragraph(self._prompt_text(demo))
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.field = secret_field(self.tr("Passphrase"), self.tr("Passphrase"))
        self.field.returnPressed.connect(self._on_submit)
        self.unlock_button = button(self.tr("&Unlock"), primary=True)
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._on_submit)
        self.progress = busy_bar()
        self.message = paragraph("")
        self.message.setObjectName("muted")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setAccessibleName(self.tr("Unlock message"))
        self.mode_button = button(
            self.tr("Forgot your passphrase? Use your recovery key"), name="flat"
        )
        self.mode_button.clicked.connect(self._on_toggle_mode)
        self._demo = demo

        box, inner = card()
        box.setFixedWidth(480)
        inner.setSpacing(12)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.addWidget(logo)
        inner.addSpacing(4)
        inner.addWidget(self.title)
        inner.addWidget(self.prompt)
        inner.addWidget(self.field)
        inner.addWidget(self.unlock_button)
        inner.addWidget(self.progress)
        inner.addWidget(self.message)
        inner.addWidget(self.mode_button, 0, Qt.AlignmentFlag.AlignCenter)

        self.support_button = button(self.tr("Get support now"), name="support")
        self.support_button.setToolTip(self.tr("Crisis and peer-support lines (F1)"))
        self.support_button.setShortcut("F1")
        self.support_button.clicked.connect(self._on_support)
        support_note = paragraph(talk_sentence(region_of(paths)), muted=True)
        support_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        support_note.setWordWrap(False)
        self.support_note = support_note

        self.backup_offer: BackupOffer | None = None
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        if paths is not None:
            self.backup_offer = BackupOffer(paths, runner)
            self.backup_offer.setFixedWidth(480)
            self.backup_offer.restore_requested.connect(self.restore_requested)
            layout.addSpacing(10)
            layout.addLayout(centered(self.backup_offer))
        layout.addSpacing(18)
        layout.addWidget(support_note, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.support_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)

        self._countdown = QTimer(self)
        self._countdown.setInterval(500)
        self._countdown.timeout.connect(self._on_tick)

    # -- behaviour ------------------------------------------------------------------------------------
    def set_discreet(self, on: bool) -> None:
        """Discreet mode: a plain notepad instead of the app's own icon, and no crisis number
        in plain sight (the "Get support now" button, and F1, still open the lines)."""
        self.logo.setPixmap(app_icon(discreet=on).pixmap(72, 72))
        self.support_note.setVisible(not on)

    def reset(self, message: str = "") -> None:
        if self.backup_offer is not None:
            self.backup_offer.withdraw()
        self.field.clear()
        self._set_recovery_mode(False)
        set_tone(self.message, message, problem=False)
        self.support_note.setText(talk_sentence(region_of(self._paths)))  # the region may change
        self._set_busy(False)
        self._on_tick()
        self.field.setFocus()

    def _prompt_text(self, demo: bool) -> str:
        if demo:
            return self.tr("This is the demo journal. Its passphrase is: demo")
        return self.tr("Your journal is locked. Enter your passphrase to open it.")

    def _set_recovery_mode(self, on: bool) -> None:
        self._recovery_mode = on
        self.field.clear()
        if on:
            self.prompt.setText(
                self.tr("Enter your recovery key: nine groups of four letters and digits.")
            )
            self.field.setEchoMode(QLineEdit.EchoMode.Normal)
            # As the key was shown and printed: groups with spaces (dashes work as well).
            self.field.setPlaceholderText(recovery_placeholder())
            self.field.setFont(monospace(self.field.font()))
            self.field.setAccessibleName(self.tr("Recovery key"))
            self.mode_button.setText(self.tr("Use my passphrase instead"))
        else:
            self.prompt.setText(self._prompt_text(self._demo))
            self.field.setEchoMode(QLineEdit.EchoMode.Password)
            self.field.setPlaceholderText(self.tr("Passphrase"))
            self.field.setFont(self.font())
            self.field.setAccessibleName(self.tr("Passphrase"))
            self.mode_button.setText(self.tr("Forgot your passphrase? Use your recovery key"))

    @Slot()
    def _on_toggle_mode(self) -> None:
        self._set_recovery_mode(not self._recovery_mode)
        set_tone(
            self.message,
            self.tr(
                "The key you saved when you set up the journal. Spaces or dashes between the "
                "groups both work. You will then choose a new passphrase."
            )
            if self._recovery_mode
            else "",
            problem=False,
        )
        self.field.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        self.field.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy and self._gate.remaining_wait() <= 0)
        self.mode_button.setEnabled(not busy)
        if busy:
            set_tone(self.message, self.tr("Unlocking…"), problem=False)

    @Slot()
    def _on_submit(self) -> None:
        if self._busy or not self.unlock_button.isEnabled():
            return
        secret = self.field.text()
        if not secret.strip():
            set_tone(
                self.message,
                self.tr("Type your recovery key first.")
                if self._recovery_mode
                else self.tr("Type your passphrase first."),
                problem=True,
            )
            self.field.setFocus()
            return
        kind = "recovery" if self._recovery_mode else "passphrase"
        self._set_busy(True)
        derive = partial(self._gate.derive, secret, kind=kind)
        self._runner.submit(
            partial(_derive_and_load_pages, derive),
            owner=self,
            on_done=self._on_derived,
            on_error=self._on_failed,
        )

    @Slot(object)
    def _on_derived(self, unlocked: UnlockedKey) -> None:
        self._set_busy(False)
        self.field.clear()
        set_tone(self.message, "", problem=False)
        self.unlocked.emit(unlocked)

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if not isinstance(exc, WellnessError):
            set_tone(
                self.message,
                self.tr(
                    "Something went wrong while unlocking. Nothing has been "
                    "changed. Please try again."
                ),
                problem=True,
            )
            return
        set_tone(self.message, error_text(exc), problem=True)
        self._offer_backup(exc)
        if exc.kind in (ErrorKind.WRONG_SECRET, ErrorKind.BAD_RECOVERY_KEY, ErrorKind.THROTTLED):
            self.field.selectAll()
            self._on_tick()
        self.field.setFocus()

    def show_error(self, exc: WellnessError) -> None:
        set_tone(self.message, error_text(exc), problem=True)
        self._offer_backup(exc)

    def _offer_backup(self, exc: WellnessError) -> None:
        """Damaged files: offer the newest good automatic backup (or a backup file)."""
        if self.backup_offer is not None and exc.kind in DAMAGE_KINDS:
            self.backup_offer.offer()

    @Slot()
    def _on_tick(self) -> None:
        wait = self._gate.remaining_wait()
        if wait > 0:
            self.unlock_button.setEnabled(False)
            self.unlock_button.setText(self.tr("Please wait {0} s").format(int(wait) + 1))
            if not self._countdown.isActive():
                self._countdown.start()
        else:
            self._countdown.stop()
            self.unlock_button.setText(self.tr("&Unlock"))
            self.unlock_button.setEnabled(not self._busy)

    @Slot()
    def _on_support(self) -> None:
        CrisisLinesDialog(self, region_of(self._paths)).exec()
