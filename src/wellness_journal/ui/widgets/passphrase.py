"""Fields for choosing a passphrase, with calm warnings for weak ones."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from wellness_journal.core import passphrase as pp
from wellness_journal.ui.messages import weakness_text


def secret_field(placeholder: str, accessible: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setPlaceholderText(placeholder)
    field.setAccessibleName(accessible)
    field.setClearButtonEnabled(False)
    return field


class NewPassphraseFields(QWidget):
    """Passphrase + repeat. ``value()`` is the passphrase once it may be used, else None."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = secret_field(
            self.tr("A few words only you would put together"), self.tr("New passphrase")
        )
        self.second = secret_field(self.tr("Type it again"), self.tr("Repeat the new passphrase"))
        self.show_box = QCheckBox(self.tr("Show what I type"))
        self.show_box.setAccessibleName(self.tr("Show passphrase"))
        self.hint = QLabel()
        self.hint.setObjectName("muted")
        self.hint.setWordWrap(True)
        self.accept_weak = QCheckBox(self.tr("I understand; use this passphrase anyway"))
        self.accept_weak.setVisible(False)

        form = QFormLayout()
        form.setSpacing(10)
        form.addRow(self.tr("New passphrase"), self.first)
        form.addRow(self.tr("Repeat it"), self.second)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.show_box)
        layout.addWidget(self.hint)
        layout.addWidget(self.accept_weak)

        self.first.textChanged.connect(self._on_edited)
        self.second.textChanged.connect(self._on_edited)
        self.accept_weak.toggled.connect(self._on_edited)
        self.show_box.toggled.connect(self._on_show_toggled)
        self._on_edited()

    @Slot(bool)
    def _on_show_toggled(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.first.setEchoMode(mode)
        self.second.setEchoMode(mode)

    @Slot()
    def _on_edited(self) -> None:
        text = self.first.text()
        problems = pp.weaknesses(text) if text.strip() else []
        lines: list[str] = []
        if not text:
            lines.append(
                self.tr(
                    "Tip: four or five everyday words with spaces are strong and easy "
                    "to remember. Nobody can reset it for you, so pick one you will "
                    "remember."
                )
            )
        elif not text.strip():
            lines.append(self.tr("A passphrase cannot be only spaces."))
        elif problems:
            lines.append(self.tr("This passphrase is easy to guess:"))
            lines += ["• " + weakness_text(w) for w in problems]
        else:
            lines.append(self.tr("This passphrase looks good."))
        if self.second.text() and self.second.text() != text:
            lines.append(self.tr("The two passphrases are not the same yet."))
        self.hint.setText("\n".join(lines))
        self.accept_weak.setVisible(bool(problems))
        if not problems and self.accept_weak.isChecked():
            self.accept_weak.setChecked(False)
        self.changed.emit()

    def value(self) -> str | None:
        text = self.first.text()
        if not text.strip() or text != self.second.text():
            return None
        if pp.weaknesses(text) and not self.accept_weak.isChecked():
            return None
        return pp.normalize(text)

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()
        self.accept_weak.setChecked(False)
