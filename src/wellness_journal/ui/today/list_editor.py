"""Edit a choice list (shifts, stress triggers): one item per line. Shown as a sheet; when the
journal locks with it open, the page's flush saves what it holds (``keep_open_lists``), as the
journal saves what is typed."""

from __future__ import annotations

from collections.abc import Callable

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
        self._original = list(items)
        self.keep: Callable[[list[str]], object] = lambda _items: None  # saves, set by the opener
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

    def changed(self) -> bool:
        return self.items() != self._original


def keep_open_lists(page: QWidget) -> None:
    """Save what every list editor open in ``page`` holds (before the journal locks). Raises
    VaultError when it cannot be saved."""
    for dialog in page.findChildren(ListEditDialog):
        if not dialog.isHidden() and dialog.changed():  # still open (a closed one is hidden)
            dialog.keep(dialog.items())
