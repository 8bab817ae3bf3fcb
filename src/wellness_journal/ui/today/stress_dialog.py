"""Log stress any time: how strong (0-10), what set it off, where you feel it, what helped."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QDateTime, Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wellness_journal.core.models import NOTHING, Changes
from wellness_journal.core.sleep import at_local
from wellness_journal.core.stress import BODY_SIGNS, DEFAULT_TRIGGERS, SUDS_RANGE, StressEntry
from wellness_journal.services.stress import StressService
from wellness_journal.ui.today import labels
from wellness_journal.ui.today.form import (
    TodayForm,
    get_int,
    get_str,
    get_strs,
    py_date,
    py_time,
    qdate,
    qtime,
)
from wellness_journal.ui.today.list_editor import ListEditDialog
from wellness_journal.ui.today.rating import RatingScale
from wellness_journal.ui.widgets.common import button, paragraph


def _checks(keys: list[str], columns: int, name: str) -> tuple[QGridLayout, dict[str, QCheckBox]]:
    grid = QGridLayout()
    grid.setHorizontalSpacing(16)
    grid.setVerticalSpacing(6)
    boxes = {}
    for index, key in enumerate(keys):
        box = QCheckBox(labels.item(key))
        box.setAccessibleName(f"{name}: {labels.item(key)}")
        grid.addWidget(box, index // columns, index % columns)
        boxes[key] = box
    return grid, boxes


class StressDialog(TodayForm):
    form_name = "stress"
    topic = "stress"

    def __init__(
        self,
        service: StressService,
        entry: StressEntry | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._original = entry
        self.saved: StressEntry | None = None
        self.changes: Changes = NOTHING
        self.wants_exercise = False
        base = entry or service.now()
        self.setWindowTitle(self.tr("Edit stress entry") if entry else self.tr("Log stress"))

        low, high = SUDS_RANGE
        self.suds = RatingScale(
            self.tr("How stressed, 0 to 10"),
            low,
            high,
            low_hint=self.tr("0 calm"),
            high_hint=self.tr("10 the worst you can imagine"),
        )
        shown = base.at.astimezone(service.zone)
        self.at = QDateTimeEdit(QDateTime(qdate(shown.date()), qtime(shown.time())))
        self.at.setDisplayFormat("ddd d MMM, HH:mm")
        self.at.setAccessibleName(self.tr("When"))
        self._at_base = base.at
        triggers = list(service.triggers())
        for key in base.triggers:
            if key not in triggers:
                triggers.append(key)
        self._trigger_grid, self.triggers = _checks(triggers, 3, self.tr("What set it off"))
        self.trigger_text = QLineEdit(base.trigger_text)
        self.trigger_text.setAccessibleName(self.tr("What set it off, in your words"))
        self.trigger_text.setPlaceholderText(self.tr("Optional, in your own words"))
        signs_grid, self.signs = _checks(list(BODY_SIGNS), 4, self.tr("Body signs"))
        self.helped = QLineEdit(base.helped)
        self.helped.setAccessibleName(self.tr("What helped"))
        self.helped.setPlaceholderText(self.tr("e.g. a walk, breathing, talking to someone"))
        self.note = QLineEdit(base.note)
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("Optional"))
        self.after = RatingScale(
            self.tr("How it is now, 0 to 10"),
            low,
            high,
            low_hint=self.tr("0 calm"),
            high_hint=self.tr("10 the worst"),
        )
        for text_edit in (self.trigger_text, self.helped, self.note):
            text_edit.setMaxLength(2000)

        edit_list = button(
            self.tr("Edit the list…"), name="flat", accessible=self.tr("Edit the list of triggers")
        )
        edit_list.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        edit_list.clicked.connect(self._on_edit_triggers)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 18)
        layout.setSpacing(10)
        top = QHBoxLayout()
        suds_label = QLabel(self.tr("How &stressed are you, 0 to 10?"))
        suds_label.setObjectName("h2")
        suds_label.setBuddy(self.suds)
        top.addWidget(suds_label, 1)
        top.addWidget(self.at)
        layout.addLayout(top)
        layout.addWidget(self.suds)
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("What set it off?")), 1)
        head.addWidget(edit_list)
        layout.addLayout(head)
        layout.addLayout(self._trigger_grid)
        layout.addWidget(self.trigger_text)
        layout.addWidget(QLabel(self.tr("Where do you feel it?")))
        layout.addLayout(signs_grid)
        for text, widget in (
            (self.tr("What &helped?"), self.helped),
            (self.tr("&Note"), self.note),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            layout.addWidget(label)
            layout.addWidget(widget)
        if entry is not None:
            after_label = QLabel(self.tr("How is it n&ow?"))
            after_label.setBuddy(self.after)
            layout.addWidget(after_label)
            layout.addWidget(self.after)
        else:
            self.after.hide()
        layout.addWidget(
            paragraph(
                self.tr("A breathing or grounding exercise can bring the number down."), muted=True
            )
        )

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

        self.suds.set_value(base.suds if entry else None)
        self.after.set_value(base.suds_after)
        for key in base.triggers:
            self.triggers[key].setChecked(True)
        for key in base.body_signs:
            if key in self.signs:
                self.signs[key].setChecked(True)
        self.suds.value_changed.connect(self._on_suds_changed)
        self._on_suds_changed()
        self.setFocusProxy(self.suds)
        self.setMinimumWidth(620)

    @Slot()
    def _on_suds_changed(self) -> None:
        ok = self.suds.value() is not None
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)
        self.exercise_button.setEnabled(ok)

    @Slot()
    def _on_edit_triggers(self) -> None:
        dialog = ListEditDialog(
            self.tr("What can set stress off"), self._service.triggers(), DEFAULT_TRIGGERS, self
        )
        if not dialog.exec():
            return
        self.changes = self.changes | self._service.set_triggers(dialog.items())
        for key in self._service.triggers():
            if key not in self.triggers:
                index = len(self.triggers)
                box = QCheckBox(labels.item(key))
                box.setAccessibleName(self.tr("What set it off: {0}").format(labels.item(key)))
                self._trigger_grid.addWidget(box, index // 3, index % 3)
                self.triggers[key] = box

    def entry(self) -> StressEntry:
        base = self._original or self._service.now()
        at = self._at_base
        qdt = self.at.dateTime()
        picked_day, picked_time = py_date(qdt.date()), py_time(qdt.time())
        shown = self._at_base.astimezone(self._service.zone)
        if (picked_day, picked_time.replace(second=0)) != (
            shown.date(),
            shown.time().replace(second=0, microsecond=0),
        ):
            at = at_local(picked_day, picked_time, self._service.zone)
        return replace(
            base,
            at=at,
            suds=self.suds.value() or 0,
            triggers=tuple(k for k, box in self.triggers.items() if box.isChecked()),
            trigger_text=self.trigger_text.text(),
            body_signs=tuple(k for k, box in self.signs.items() if box.isChecked()),
            helped=self.helped.text(),
            note=self.note.text(),
            suds_after=self.after.value() if self._original else base.suds_after,
        )

    def _save(self) -> bool:
        if self.suds.value() is None:
            return False
        self.saved, changes = self._service.save(self.entry())
        self.changes = self.changes | changes
        return True

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
            "suds": self.suds.value(),
            "triggers": list(e.triggers),
            "trigger_text": e.trigger_text,
            "body_signs": list(e.body_signs),
            "helped": e.helped,
            "note": e.note,
            "suds_after": self.after.value(),
        }

    def restore(self, data: dict[str, Any]) -> None:
        self.suds.set_value(get_int(data, "suds"))
        chosen = set(get_strs(data, "triggers"))
        for key, box in self.triggers.items():
            box.setChecked(key in chosen)
        signs = set(get_strs(data, "body_signs"))
        for key, box in self.signs.items():
            box.setChecked(key in signs)
        self.trigger_text.setText(get_str(data, "trigger_text"))
        self.helped.setText(get_str(data, "helped"))
        self.note.setText(get_str(data, "note"))
        self.after.set_value(get_int(data, "suds_after"))
