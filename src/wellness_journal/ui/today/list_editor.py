"""Edit a choice list (shifts, stress triggers): one item per line."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout, QWidget

from wellness_journal.ui.today import labels
from wellness_journal.ui.widgets.common import paragraph


class ListEditDialog(QDialog):
    def __init__(
        self, title: str, items: list[str], defaults: tuple[str, ...], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._defaults = defaults
        self.text = QPlainTextEdit("\n".join(labels.item(i) for i in items))
        self.text.setAccessibleName(title)
        self.text.setTabChangesFocus(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        restore = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        restore.clicked.connect(self._on_restore)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.addWidget(
            paragraph(self.tr("One per line. Entries you made before keep their words."))
        )
        layout.addWidget(self.text)
        layout.addWidget(self.buttons)
        self.resize(420, 420)

    def _on_restore(self) -> None:
        self.text.setPlainText("\n".join(labels.item(i) for i in self._defaults))

    def items(self) -> list[str]:
        """The lines, with the words of a default item mapped back to its stored key."""
        by_label = {labels.item(key).casefold(): key for key in self._defaults}
        result = []
        for line in self.text.toPlainText().splitlines():
            word = line.strip()
            if word:
                result.append(by_label.get(word.casefold(), word))
        return result
