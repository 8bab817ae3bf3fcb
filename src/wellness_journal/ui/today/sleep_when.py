"""The first part of the sleep form: main sleep or nap, the day you got up, the four times, how
the night went (minutes to fall asleep, times woken, minutes awake), and what they add up to."""

from __future__ import annotations

import contextlib
from datetime import date, datetime, time, tzinfo
from typing import Any

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from wellness_journal.core.sleep import SleepKind, SleepPeriod, Template, WallTimes
from wellness_journal.ui.today.form import get_int, get_str, qdate, qtime
from wellness_journal.ui.today.sleep_check import SleepCheck
from wellness_journal.ui.widgets.common import add_labelled, column, paragraph

TIME_FORMAT = "HH:mm"
NIGHT_KEYS = ("latency", "awakenings", "waso")


def time_edit(name: str) -> QTimeEdit:
    edit = QTimeEdit()
    edit.setDisplayFormat(TIME_FORMAT)
    edit.setWrapping(True)
    edit.setAccessibleName(name)
    edit.setMinimumWidth(96)
    return edit


def spin(name: str, high: int, suffix: str = "") -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, high)
    box.setSuffix(suffix)
    box.setAccessibleName(name)
    box.setMinimumWidth(96)
    return box


def _form(*rows: tuple[str, QWidget]) -> QFormLayout:
    form = QFormLayout()
    form.setHorizontalSpacing(12)
    form.setVerticalSpacing(8)
    for text, widget in rows:
        label = QLabel(text)
        label.setBuddy(widget)
        form.addRow(label, widget)
    return form


class SleepWhen(QWidget):
    changed = Signal()  # any time, day or number
    kind_changed = Signal()

    def __init__(self, spacing: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.main_kind = QRadioButton(self.tr("&Main sleep"))
        self.nap_kind = QRadioButton(self.tr("N&ap"))
        kinds = QButtonGroup(self)
        kinds.addButton(self.main_kind)
        kinds.addButton(self.nap_kind)
        self.out_day = QDateEdit()
        self.out_day.setCalendarPopup(True)
        self.out_day.setDisplayFormat("ddd d MMM yyyy")
        self.out_day.setAccessibleName(self.tr("Day you got up"))
        self.into_bed = time_edit(self.tr("Got into bed"))
        self.tried = time_edit(self.tr("Tried to fall asleep"))
        self.final = time_edit(self.tr("Woke up for the last time"))
        self.out_of_bed = time_edit(self.tr("Got out of bed"))
        self.latency = spin(self.tr("Minutes to fall asleep"), 600, self.tr(" min"))
        self.awakenings = spin(self.tr("Times you woke up, not counting the last"), 50)
        self.waso = spin(self.tr("Minutes awake in the night, all together"), 900, self.tr(" min"))
        layout = column(self, spacing=spacing)
        layout.addLayout(self._kind_row())
        layout.addWidget(
            paragraph(
                self.tr(
                    "Day sleep after nights works the same way. Times count back from when you got "
                    "up, so 23:00 to 07:00 crosses midnight."
                ),
                muted=True,
            )
        )
        layout.addLayout(self._grid())
        # The check sits inside this part: the last time field reaches a few pixels below its
        # form row (QSS min-height), which a part ending right there would clip.
        self.check = SleepCheck(spacing)
        layout.addWidget(self.check)

    def _kind_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self.main_kind)
        row.addWidget(self.nap_kind)
        row.addSpacing(24)
        add_labelled(row, self.tr("&Day you got up"), self.out_day)
        row.addStretch(1)
        return row

    def _grid(self) -> QHBoxLayout:
        times = _form(
            (self.tr("Got &into bed"), self.into_bed),
            (self.tr("&Tried to sleep"), self.tried),
            (self.tr("&Last woke up"), self.final),
            (self.tr("Got &out of bed"), self.out_of_bed),
        )
        night = _form(
            (self.tr("Minutes to fall a&sleep"), self.latency),
            (self.tr("Times you &woke up"), self.awakenings),
            (self.tr("Minutes awa&ke"), self.waso),
        )
        grid = QHBoxLayout()
        grid.setSpacing(36)
        grid.addLayout(times)
        grid.addLayout(night)
        grid.addStretch(1)
        return grid

    def watch(self) -> None:
        """Start telling about changes (after the form is filled)."""
        for edit in self._time_edits():
            edit.timeChanged.connect(self.changed)
        self.out_day.dateChanged.connect(self.changed)
        for box in self._night():
            box.valueChanged.connect(self.changed)
        self.nap_kind.toggled.connect(self.kind_changed)

    def _time_edits(self) -> tuple[QTimeEdit, QTimeEdit, QTimeEdit, QTimeEdit]:
        return self.into_bed, self.tried, self.final, self.out_of_bed

    def _night(self) -> tuple[QSpinBox, QSpinBox, QSpinBox]:
        return self.latency, self.awakenings, self.waso

    # -- reading --------------------------------------------------------------------------------------
    def kind(self) -> SleepKind:
        return SleepKind.NAP if self.nap_kind.isChecked() else SleepKind.MAIN

    def times(self) -> WallTimes:
        def t(edit: QTimeEdit) -> time:
            return time(edit.time().hour(), edit.time().minute())

        d = self.out_day.date()
        return WallTimes(date(d.year(), d.month(), d.day()), *(t(e) for e in self._time_edits()))

    def night(self) -> dict[str, int]:
        """Minutes to fall asleep, times woken and minutes awake, by their draft keys."""
        return {key: box.value() for key, box in zip(NIGHT_KEYS, self._night(), strict=True)}

    # -- filling ----------------------------------------------------------------------------------------
    def set_kind(self, kind: SleepKind) -> None:
        self.main_kind.setChecked(kind is SleepKind.MAIN)
        self.nap_kind.setChecked(kind is SleepKind.NAP)

    def show_template(self, template: Template) -> None:
        t = template.times
        self.out_day.setDate(qdate(t.out_day))
        values = (t.into_bed, t.tried_to_sleep, t.final_awakening, t.out_of_bed)
        for edit, value in zip(self._time_edits(), values, strict=True):
            edit.setTime(qtime(value))
        night = (template.latency_min, template.awakenings, template.waso_min)
        for box, number in zip(self._night(), night, strict=True):
            box.setValue(number)

    def show_period(self, p: SleepPeriod, zone: tzinfo) -> None:
        self.set_kind(p.kind)
        local: list[datetime] = [
            t.astimezone(zone)
            for t in (p.into_bed, p.tried_to_sleep, p.final_awakening, p.out_of_bed)
        ]
        self.out_day.setDate(qdate(local[3].date()))
        for edit, value in zip(self._time_edits(), local, strict=True):
            edit.setTime(QTime(value.hour, value.minute))
        for box, number in zip(
            self._night(), (p.latency_min, p.awakenings, p.waso_min), strict=True
        ):
            box.setValue(number)

    # -- drafts -------------------------------------------------------------------------------------------
    def draft(self) -> dict[str, Any]:
        t = self.times()
        return {
            "kind": self.kind().value,
            "out_day": t.out_day.isoformat(),
            "times": [
                x.strftime("%H:%M")
                for x in (t.into_bed, t.tried_to_sleep, t.final_awakening, t.out_of_bed)
            ],
            **self.night(),
        }

    def restore(self, data: dict[str, Any]) -> None:
        self.nap_kind.setChecked(get_str(data, "kind") == SleepKind.NAP.value)
        self.main_kind.setChecked(get_str(data, "kind") != SleepKind.NAP.value)
        with contextlib.suppress(ValueError):
            self.out_day.setDate(qdate(date.fromisoformat(get_str(data, "out_day"))))
        times = data.get("times")
        if isinstance(times, list) and len(times) == 4:
            for edit, text in zip(self._time_edits(), times, strict=True):
                value = QTime.fromString(str(text), TIME_FORMAT)
                if value.isValid():
                    edit.setTime(value)
        for key, box in zip(NIGHT_KEYS, self._night(), strict=True):
            box.setValue(get_int(data, key, box.value()) or 0)
