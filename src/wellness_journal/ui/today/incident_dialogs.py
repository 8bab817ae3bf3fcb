"""A short private record of a critical incident, and the check-ins that follow it.

No retelling: the record asks only when, what kind, and your role. The check-ins ask how you
have been, not what happened.
"""

from __future__ import annotations

import contextlib
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from wellness_journal.core.incidents import (
    CATEGORIES,
    ROLES,
    Incident,
)
from wellness_journal.core.models import NOTHING, Changes
from wellness_journal.services.incidents import IncidentsService
from wellness_journal.ui.today import labels
from wellness_journal.ui.today.form import TodayForm, get_str, py_date, qdate
from wellness_journal.ui.widgets import confirm
from wellness_journal.ui.widgets.common import notice, paragraph, steady


class IncidentDialog(TodayForm):
    form_name = "incident"
    topic = "incidents"

    def __init__(
        self,
        service: IncidentsService,
        incident: Incident | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._original = incident
        self.saved: Incident | None = None
        self.removed = False  # the record was removed (``saved`` is what it was)
        self.changes: Changes = NOTHING
        self.setWindowTitle(self.tr("Edit incident") if incident else self.tr("Record an incident"))
        base = incident or Incident(None, "", service.today(), "")  # no kind chosen for you

        self.occurred = QDateEdit(qdate(base.occurred_on))
        self.occurred.setCalendarPopup(True)
        self.occurred.setDisplayFormat("ddd d MMM yyyy")
        self.occurred.setAccessibleName(self.tr("When it happened"))
        steady(self.occurred)
        self.occurred.dateChanged.connect(self._on_date_changed)
        self.date_problem = QLabel(
            self.tr("That day is still to come. Pick today or a day before.")
        )
        self.date_problem.setObjectName("problem")
        self.date_problem.setWordWrap(True)
        self.date_problem.hide()
        self.category = steady(QComboBox())
        self.category.setAccessibleName(self.tr("What kind of incident"))
        self.category.setPlaceholderText(self.tr("Choose one"))
        for key in CATEGORIES:
            self.category.addItem(labels.item(key), key)
        if base.category and self.category.findData(base.category) < 0:
            self.category.addItem(labels.item(base.category), base.category)
        self.category.setCurrentIndex(self.category.findData(base.category))
        self.category_problem = QLabel(self.tr('Choose what kind of call it was; "Other" is fine.'))
        self.category_problem.setObjectName("problem")
        self.category_problem.setWordWrap(True)
        self.category_problem.hide()
        self.category.currentIndexChanged.connect(lambda _i: self.category_problem.hide())
        self.role = steady(QComboBox())
        self.role.setEditable(True)
        self.role.setAccessibleName(self.tr("Your role"))
        self.role.addItem("", "")
        for key in ROLES:
            self.role.addItem(labels.item(key), key)
        self.role.setCurrentText(labels.item(base.role))
        self.note = QPlainTextEdit(base.note)
        self.note.setAccessibleName(self.tr("Private note"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(96)
        self.note.setPlaceholderText(self.tr("Optional. A few words for yourself."))
        hint = notice(
            self.tr(
                "Keep it short and private: leave out names, case numbers and operational detail. "
                "You don't need to describe what happened."
            )
        )
        hint.setAccessibleName(self.tr("Hint about the note"))

        form = QFormLayout()
        form.setSpacing(10)
        form.addRow(self.tr("When"), self.occurred)
        form.addRow("", self.date_problem)
        form.addRow(self.tr("What kind"), self.category)
        form.addRow("", self.category_problem)
        form.addRow(self.tr("Your role"), self.role)
        form.addRow(self.tr("Note"), self.note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)
        if incident is not None:
            remove = self.buttons.addButton(
                self.tr("&Remove this record…"), QDialogButtonBox.ButtonRole.DestructiveRole
            )
            remove.setAutoDefault(False)
            remove.clicked.connect(self._on_remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 18)
        layout.setSpacing(12)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Hard calls leave a mark on everyone. Noting when it happened lets the journal "
                    "offer a few short check-ins over the next weeks, so you can see how you are doing."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def _role(self) -> str:
        text = self.role.currentText().strip()
        by_label = {labels.item(k).casefold(): k for k in ROLES}
        return by_label.get(text.casefold(), text)

    def incident(self) -> Incident:
        base = self._original or Incident(None, "", self._service.today(), "")
        return replace(
            base,
            occurred_on=py_date(self.occurred.date()),
            category=str(self.category.currentData() or ""),
            role=self._role(),
            note=self.note.toPlainText(),
        )

    @Slot()
    def _on_date_changed(self) -> None:
        future = py_date(self.occurred.date()) > self._service.today()
        self.date_problem.setVisible(future)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not future)

    @Slot()
    def _on_save(self) -> None:
        incident = self.incident()
        if incident.occurred_on > self._service.today():
            self._on_date_changed()
            return
        if not incident.category:
            self.category_problem.show()
            self.category.setFocus()
            return

        def save() -> None:
            self.saved, self.changes = self._service.save(incident)

        if self.guarded(save):
            self.accept()

    @Slot()
    def _on_remove(self) -> None:
        if self._original is None:
            return
        if confirm.ask(
            self,
            self.tr("Remove this record"),
            self.tr(
                "Remove this incident and its check-ins from your journal? This cannot be undone."
            ),
            self.tr("Remove record"),
            self.tr("Keep it"),
        ):
            original = self._original

            def delete() -> None:
                self.changes = self._service.delete(original)
                self.saved = original
                self.removed = True

            if self.guarded(delete):
                self.accept()

    def draft(self) -> dict[str, Any]:
        i = self.incident()
        return {
            "editing": self._original.id if self._original else None,
            "occurred_on": i.occurred_on.isoformat(),
            "category": i.category,
            "role": i.role,
            "note": i.note,
        }

    def restore(self, data: dict[str, Any]) -> None:
        with contextlib.suppress(ValueError):  # a bad date keeps the one shown
            self.occurred.setDate(qdate(date.fromisoformat(get_str(data, "occurred_on"))))
        index = self.category.findData(get_str(data, "category"))
        if index >= 0:
            self.category.setCurrentIndex(index)
        self.role.setCurrentText(labels.item(get_str(data, "role")))
        self.note.setPlainText(get_str(data, "note"))
