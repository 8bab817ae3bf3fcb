"""A question before something that cannot be taken back, answered with verbs ("Delete entry" /
"Keep it"), never a bare Yes / No. Keeping is the default: Enter or Esc keeps.

    if confirm.ask(self, self.tr("Delete entry"), question, self.tr("Delete entry"), self.tr("Keep it")):
        ...

Callers use it through the module (``confirm.ask``) so tests can answer for the person.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def ask(parent: QWidget, title: str, question: str, do_text: str, keep_text: str) -> bool:
    """True when the person chose ``do_text``."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(question)
    do = box.addButton(do_text, QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(keep_text, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is do
