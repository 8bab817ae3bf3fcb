"""Log stress any time: how strong (0-10), what set it off, where you feel it, what helped."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QDateTime, Qt, Slot
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QPushButton, QWidget

from wellness_journal.core.models import NOTHING, Changes
from wellness_journal.core.stress import BODY_SIGNS, DEFAULT_TRIGGERS, HEART_SIGNS, StressEntry
from wellness_journal.services.stress import StressService
from wellness_journal.ui.support.emergency import emergency_number
from wellness_journal.ui.today.form import TodayForm, get_int, get_str, get_strs
from wellness_journal.ui.today.list_editor import ListEditDialog
from wellness_journal.ui.today.stress_parts import CheckGrid, StressLevel, TriggerBox, stress_scale
from wellness_journal.ui.widgets.common import add_labelled, column, notice, paragraph
from wellness_journal.ui.widgets.sheets import open_sheet

SPACING = 10


def _line(text: str, name: str, placeholder: str) -> QLineEdit:
    edit = QLineEdit(text)
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    edit.setMaxLength(2000)
    return edit


class StressDialog(TodayForm):
    form_name = "stress"
    topic = "stress"

    def __init__(
        self,
        service: StressService,
        entry: StressEntry | None = None,
        parent: QWidget | None = None,
        *,
        emergency: str = "",
    ) -> None:
        super().__init__(parent)
        self._emergency = emergency or emergency_number()
        self._service = service
        self._original = entry
        self.saved: StressEntry | None = None
        self.changes: Changes = NOTHING
        self.wants_exercise = False
        base = entry or service.now()
        self.setWindowTitle(self.tr("Edit stress entry") if entry else self.tr("Log stress"))
        self.level = StressLevel(base.at, service.zone, SPACING)
        self.suds = self.level.suds
        self.set_off = TriggerBox(self._trigger_keys(base), base.trigger_text, SPACING)
        self.set_off.edit_list_clicked.connect(self._on_edit_triggers)
        self.signs = CheckGrid(BODY_SIGNS, 4, self.tr("Body signs"))
        self.helped = _line(
            base.helped,
            self.tr("What helped"),
            self.tr("e.g. a walk, breathing, talking to someone"),
        )
        self.note = _line(base.note, self.tr("Note"), self.tr("Optional"))
        self.after = stress_scale(
            self.tr("How it is now, 0 to 10"), self.tr("10 the worst you can imagine")
        )
        self._lay_out(editing=entry is not None)
        self.suds.set_value(base.suds if entry else None)
        self.after.set_value(base.suds_after)
        self.set_off.checks.set_chosen(base.triggers)
        self.signs.set_chosen(base.body_signs)
        self._on_signs_changed()
        self.suds.value_changed.connect(self._on_suds_changed)
        self.level.at.dateTimeChanged.connect(self._on_suds_changed)
        self._on_suds_changed()
        self.setFocusProxy(self.suds)
        self.setMinimumWidth(620)

    def _trigger_keys(self, base: StressEntry) -> list[str]:
        """The user's list, and any trigger of the entry that has left it since."""
        keys = list(self._service.triggers())
        return keys + [k for k in base.triggers if k not in keys]

    def _lay_out(self, *, editing: bool) -> None:
        layout = column(self, spacing=SPACING, margins=(22, 18, 22, 18))
        layout.addWidget(self.level)
        layout.addWidget(self.set_off)
        layout.addWidget(QLabel(self.tr("Where do you feel it?")))
        layout.addWidget(self.signs)
        # Chest signs: right under them, and before any breathing tip, a word that they may be
        # the heart, not stress (FACTS.md, "Heart warning signs").
        self.heart_line = notice(
            self.tr(
                "New or strong chest pain or pressure, breathlessness, sweating, or pain spreading "
                "to your arm, jaw or back may be your heart, not stress. Call {0} now: do not wait "
                "to see if it passes."
            ).format(self._emergency)
        )
        self.heart_line.setAccessibleName(self.tr("About chest signs"))
        self.heart_line.hide()
        layout.addWidget(self.heart_line)
        for key in HEART_SIGNS:
            self.signs.boxes[key].toggled.connect(self._on_signs_changed)
        rows: list[tuple[str, QWidget]] = [
            (self.tr("What &helped?"), self.helped),
            (self.tr("&Note"), self.note),
        ]
        if editing:
            rows.append((self.tr("How is it n&ow?"), self.after))
        else:
            self.after.hide()
        for text, widget in rows:
            add_labelled(layout, text, widget)
        self.breathing_line = paragraph(
            self.tr("A breathing or grounding exercise can bring the number down."), muted=True
        )
        layout.addWidget(self.breathing_line)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.exercise_button: QPushButton = self.buttons.addButton(
            self.tr("Save and try an e&xercise"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.exercise_button.setAutoDefault(False)
        self.exercise_button.clicked.connect(self._on_save_and_exercise)
        self.buttons.accepted.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    @Slot()
    def _on_signs_changed(self) -> None:
        self.heart_line.setVisible(any(k in HEART_SIGNS for k in self.signs.chosen()))

    @Slot()
    def _on_suds_changed(self) -> None:
        future = self._service.in_future(self.level.moment())
        self.level.problem.setVisible(future)
        ok = self.suds.value() is not None and not future
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)
        self.exercise_button.setEnabled(ok)

    @Slot()
    def _on_edit_triggers(self) -> None:
        dialog = ListEditDialog(
            self.tr("What can set stress off"), self._service.triggers(), DEFAULT_TRIGGERS, self
        )
        dialog.keep = self._keep_triggers
        dialog.accepted.connect(lambda: self.guarded(lambda: self._keep_triggers(dialog.items())))
        open_sheet(self, dialog)

    def _keep_triggers(self, items: list[str]) -> None:
        self.changes = self.changes | self._service.set_triggers(items)
        for key in self._service.triggers():
            self.set_off.checks.add(key)

    def entry(self) -> StressEntry:
        base = self._original or self._service.now()
        return replace(
            base,
            at=self.level.moment(),
            suds=self.suds.value() or 0,
            triggers=self.set_off.checks.chosen(),
            trigger_text=self.set_off.text.text(),
            body_signs=self.signs.chosen(),
            helped=self.helped.text(),
            note=self.note.text(),
            suds_after=self.after.value() if self._original else base.suds_after,
        )

    def _save(self) -> bool:
        if self.suds.value() is None:
            return False
        entry = self.entry()
        if self._service.in_future(entry.at):
            self._on_suds_changed()
            return False

        def save() -> None:
            self.saved, changes = self._service.save(entry)
            self.changes = self.changes | changes

        return self.guarded(save)

    @Slot()
    def _on_save(self) -> None:
        if self._save():
            self.accept()

    @Slot()
    def _on_save_and_exercise(self) -> None:
        if self._save():
            self.wants_exercise = True
            self.accept()

    # -- drafts -------------------------------------------------------------------------------------
    def draft(self) -> dict[str, Any]:
        e = self.entry()
        return {
            "editing": self._original.id if self._original else None,
            "at": self.level.at.dateTime().toString(Qt.DateFormat.ISODate),
            "suds": self.suds.value(),
            "triggers": list(e.triggers),
            "trigger_text": e.trigger_text,
            "body_signs": list(e.body_signs),
            "helped": e.helped,
            "note": e.note,
            "suds_after": self.after.value(),
        }

    def restore(self, data: dict[str, Any]) -> None:
        at = QDateTime.fromString(get_str(data, "at"), Qt.DateFormat.ISODate)
        if at.isValid():  # the moment as picked (a back-filled day stays on its day)
            self.level.at.setDateTime(at)
        self.suds.set_value(get_int(data, "suds"))
        self.set_off.checks.set_chosen(get_strs(data, "triggers"))
        self.signs.set_chosen(get_strs(data, "body_signs"))
        self._on_signs_changed()
        self.set_off.text.setText(get_str(data, "trigger_text"))
        self.helped.setText(get_str(data, "helped"))
        self.note.setText(get_str(data, "note"))
        self.after.set_value(get_int(data, "suds_after"))
