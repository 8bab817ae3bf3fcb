"""Shows a recovery key in readable groups, with copy (cleared after 30 s) and print."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from wellness_journal.core import recovery
from wellness_journal.ui.clipboard import SecretClipboard
from wellness_journal.ui.widgets.common import button, paragraph


def display_text(key: str) -> str:
    """Nine groups on two lines (five and four) so it is easy to copy by hand."""
    groups = recovery.groups(key)
    return "  ".join(groups[:5]) + "\n" + "  ".join(groups[5:])


def one_line(key: str) -> str:
    """The key as the app shows it on one line: groups of four with spaces (what is copied)."""
    return " ".join(recovery.groups(key))


def recovery_placeholder() -> str:
    """What the recovery key field shows while empty: the shape of the key, as it was shown."""
    groups = (recovery.DATA_CHARS + recovery.CHECK_CHARS) // recovery.GROUP
    return " ".join(["X" * recovery.GROUP] * groups)


class RecoveryKeyView(QWidget):
    def __init__(self, key: str, secrets: SecretClipboard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._key = key
        self._secrets = secrets
        self.key_label = QLabel(display_text(key))
        self.key_label.setObjectName("recoveryKey")
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        self.key_label.setAccessibleDescription(" ".join(recovery.groups(key)))
        self.copy_button = button(self.tr("&Copy"), accessible=self.tr("Copy the recovery key"))
        self.print_button = button(self.tr("&Print…"), accessible=self.tr("Print the recovery key"))
        self.status = paragraph("", muted=True)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.copy_button)
        row.addWidget(self.print_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.key_label)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self.copy_button.clicked.connect(self._on_copy)
        self.print_button.clicked.connect(self._on_print)

    @Slot()
    def _on_copy(self) -> None:
        self._secrets.copy(one_line(self._key))
        self.status.setText(
            self.tr(
                "Copied. The clipboard will be cleared in 30 seconds; paste it "
                "into your password manager now."
            )
        )

    @Slot()
    def _on_print(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the recovery key"))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        doc = QTextDocument()
        doc.setPlainText(
            self.tr("Wellness Journal — recovery key")
            + "\n\n"
            + display_text(self._key)
            + "\n\n"
            + self.tr(
                "This key opens your journal if you forget your passphrase. "
                "Keep it somewhere safe, away from your computer."
            )
        )
        doc.print_(printer)
        self.status.setText(self.tr("Sent to the printer."))
