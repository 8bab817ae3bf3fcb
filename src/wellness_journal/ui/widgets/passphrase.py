"""Fields for choosing a passphrase, with calm warnings for weak ones and a clear word for what
is still missing."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from wellness_journal.core import passphrase as pp
from wellness_journal.ui.messages import weakness_text
from wellness_journal.ui.widgets.common import say_problem


def secret_field(placeholder: str, accessible: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setPlaceholderText(placeholder)
    field.setAccessibleName(accessible)
    field.setClearButtonEnabled(False)
    return field


class NewPassphraseFields(QWidget):
    """Passphrase + repeat. ``value()`` is the passphrase once it may be used, else None, and
    ``missing()`` then says why; ``show_missing()`` puts that on screen (on a Create click)."""

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
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("Passphrase problem"))
        self.problem.hide()
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
        layout.addWidget(self.problem)

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

    def _problems(self) -> list[pp.Weakness]:
        text = self.first.text()
        return pp.weaknesses(text) if text.strip() else []

    @Slot()
    def _on_edited(self) -> None:
        text = self.first.text()
        problems = self._problems()
        refused = pp.Weakness.EXAMPLE in problems
        if not text:
            hint = self.tr(
                "Tip: four or five everyday words with spaces are strong and easy to remember. "
                "Nobody can reset it for you, so pick one you will remember."
            )
        elif not text.strip():
            hint = ""
        elif problems:
            lines = [
                self.tr("This passphrase cannot be used:")
                if refused
                else self.tr("This passphrase is easy to guess:")
            ]
            hint = "\n".join(lines + ["• " + weakness_text(w) for w in problems])
        else:
            hint = self.tr("This passphrase looks good.")
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        self.accept_weak.setVisible(bool(problems) and not refused)
        if (not problems or refused) and self.accept_weak.isChecked():
            self.accept_weak.setChecked(False)
        # Errors show at once once there is something wrong to see; what is merely missing
        # waits for a click on the button (``show_missing``).
        shown = ""
        if text and not text.strip():
            shown = self.tr("A passphrase cannot be only spaces.")
        elif self.second.text() and self.second.text() != text:
            shown = self.tr("The two passphrases are not the same.")
        say_problem(self.problem, shown)
        self.changed.emit()

    def missing(self) -> str:
        """What stops the passphrase from being used ("" when it may be used)."""
        text = self.first.text()
        problems = self._problems()
        if not text:
            return self.tr("Type a passphrase first.")
        if not text.strip():
            return self.tr("A passphrase cannot be only spaces.")
        if pp.Weakness.EXAMPLE in problems:
            return self.tr("That is the example from this screen. Choose words of your own.")
        if not self.second.text():
            return self.tr("Type it a second time, below, to be sure it is right.")
        if self.second.text() != text:
            return self.tr("The two passphrases are not the same.")
        if problems and not self.accept_weak.isChecked():
            return self.tr(
                "This one is easy to guess: choose a stronger one, or tick \u201cI understand\u201d "
                "to use it anyway."
            )
        return ""

    def show_missing(self) -> bool:
        """Say what is missing under the fields and put the keyboard there. False when nothing
        is missing."""
        text = self.missing()
        say_problem(self.problem, text)
        if not text:
            return False
        if not self.first.text().strip() or pp.Weakness.EXAMPLE in self._problems():
            self.first.setFocus()
        elif self.second.text() != self.first.text():
            self.second.setFocus()
        else:
            self.accept_weak.setFocus()
        return True

    def value(self) -> str | None:
        if self.missing():
            return None
        return pp.normalize(self.first.text())

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()
        self.accept_weak.setChecked(False)
