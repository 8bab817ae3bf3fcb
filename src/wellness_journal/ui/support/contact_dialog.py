"""Add or edit a support contact (a sheet over the Support page; kept as a draft on lock)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from wellness_journal.core.models import PERSONAL_ROLES, ContactKind, SupportContact


class ContactDialog(QDialog):
    def __init__(
        self, contact: SupportContact | None, kind: ContactKind, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._original = contact
        self._kind = kind
        crisis = kind is ContactKind.CRISIS
        if contact is None:
            title = self.tr("Add a support line") if crisis else self.tr("Add a person")
        else:  # never the contact's name: a window title is seen outside the app
            title = self.tr("Edit support line") if crisis else self.tr("Edit contact")
        self.setWindowTitle(title)
        self.name = QLineEdit(contact.name if contact else "")
        self.name.setAccessibleName(self.tr("Name"))
        self.role = QComboBox()
        self.role.setEditable(True)
        self.role.setAccessibleName(self.tr("Role"))
        if not crisis:
            self.role.addItems([self._role_label(r) for r in PERSONAL_ROLES])
        self.role.setCurrentText(
            contact.role if contact else ("" if crisis else self._role_label(PERSONAL_ROLES[0]))
        )
        self.phone = QLineEdit(contact.phone if contact else "")
        self.phone.setAccessibleName(self.tr("Phone number"))
        self.text = QLineEdit(contact.text if contact else "")
        self.text.setAccessibleName(self.tr("How to reach by text message"))
        self.text.setPlaceholderText(self.tr("e.g. the number to text, and any word to send"))
        self.note = QPlainTextEdit(contact.note if contact else "")
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(90)

        form = QFormLayout()
        form.setSpacing(10)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(
            self.tr("Hours or description") if crisis else self.tr("Who they are"), self.role
        )
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Text message"), self.text)
        form.addRow(self.tr("Note"), self.note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._on_name_changed)
        self._on_name_changed()
        self.resize(480, self.sizeHint().height())

    def _role_label(self, role: str) -> str:
        labels = {
            "peer supporter": self.tr("peer supporter"),
            "counselor": self.tr("counselor"),
            "chaplain": self.tr("chaplain"),
            "family": self.tr("family"),
            "friend": self.tr("friend"),
            "other": self.tr("other"),
        }
        return labels.get(role, role)

    @Slot()
    def _on_name_changed(self) -> None:
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(bool(self.name.text().strip()))

    def contact(self) -> SupportContact:
        base = self._original or SupportContact(id=None, uid="", kind=self._kind, name="")
        return replace(
            base,
            name=self.name.text(),
            role=self.role.currentText(),
            phone=self.phone.text(),
            text=self.text.text(),
            note=self.note.toPlainText(),
        )

    def draft(self) -> dict[str, Any]:
        c = self.contact()
        return {
            "editing": self._original.id if self._original else None,
            "kind": self._kind.value,
            "name": c.name,
            "role": c.role,
            "phone": c.phone,
            "text": c.text,
            "note": c.note,
        }

    def restore(self, data: dict[str, Any]) -> None:
        def text(key: str) -> str:
            value = data.get(key)
            return value if isinstance(value, str) else ""

        self.name.setText(text("name"))
        self.role.setCurrentText(text("role"))
        self.phone.setText(text("phone"))
        self.text.setText(text("text"))
        self.note.setPlainText(text("note"))
