"""The first part of the sleep form: main sleep or nap, the day you got up, the four times, how
the night went (minutes to fall asleep, times woken, minutes awake), and what they add up to.

Nothing here is filled in for a new sleep: the times start empty and the night's numbers show a
dash until they are typed or chosen (0 is an answer, so it has to be given, not assumed)."""

from __future__ import annotations

import contextlib
from datetime import date, datetime, tzinfo
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFocusEvent, QValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from wellness_journal.core.sleep import SleepKind, SleepPeriod, Template, WallTimes
from wellness_journal.ui.today.form import get_int, get_str, qdate
from wellness_journal.ui.today.sleep_check import SleepCheck
from wellness_journal.ui.today.time_field import TimeField, parse_time
from wellness_journal.ui.widgets.common import add_labelled, button, column, paragraph, steady

NIGHT_KEYS = ("latency", "awakenings", "waso")
NOT_GIVEN = -1  # a night number's spin box shows a dash at this value: not given yet


DASH = "–"


class CountBox(QSpinBox):
    """A count that can be "not given yet", shown as a dash; typing a number replaces the dash."""

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        if text.startswith(DASH) and len(text) > len(DASH):
            text, pos = text[len(DASH) :], max(0, pos - len(DASH))
        return super().validate(text, pos)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if self.value() == NOT_GIVEN:
            QTimer.singleShot(0, self, self.selectAll)


def spin(name: str, high: int, suffix: str = "", *, required: bool = False) -> QSpinBox:
    """A count; a ``required`` one starts at a dash (not given) rather than at 0."""
    box = CountBox()
    box.setRange(NOT_GIVEN if required else 0, high)
    if required:
        box.setSpecialValueText(DASH)
        box.setValue(NOT_GIVEN)
    box.setSuffix(suffix)
    box.setAccessibleName(name)
    box.setMinimumWidth(114 if required else 96)  # the night's three line up
    return box


def given(box: QSpinBox) -> int | None:
    return None if box.value() == NOT_GIVEN else box.value()


def _form(*rows: tuple[str, QWidget]) -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
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
        steady(self.out_day)
        self.into_bed = TimeField(self.tr("Got into bed"))
        self.tried = TimeField(self.tr("Tried to fall asleep"))
        self.final = TimeField(self.tr("Woke up for the last time"))
        self.out_of_bed = TimeField(self.tr("Got out of bed"))
        self.latency = spin(self.tr("Minutes to fall asleep"), 600, self.tr(" min"), required=True)
        self.awakenings = spin(
            self.tr("Times you woke up, not counting the last"), 50, required=True
        )
        self.waso = spin(
            self.tr("Minutes awake in the night, all together"), 900, self.tr(" min"), required=True
        )
        layout = column(self, spacing=spacing)
        layout.addLayout(self._kind_row())
        layout.addWidget(
            paragraph(
                self.tr(
                    "Day sleep after nights works the same way. Times count back from when you got "
                    "up, so 23:00 to 07:00 crosses midnight. Fill in every time and number; 0 is "
                    "a fine answer."
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
        # Beside "Got out of bed": fills in the four times of the last such sleep, on request
        # only (the form says when there is one).
        self.same_button = button(self.tr("Same times as last time"), name="flat")
        self.same_button.setAutoDefault(False)
        self.same_button.hide()
        night.addRow("", self.same_button)
        grid = QHBoxLayout()
        grid.setSpacing(36)
        grid.addLayout(times)
        grid.addLayout(night)
        grid.addStretch(1)
        return grid

    def watch(self) -> None:
        """Start telling about changes (after the form is filled)."""
        for edit in self._time_edits():
            edit.time_changed.connect(self.changed)
        self.out_day.dateChanged.connect(self.changed)
        for box in self._night():
            box.valueChanged.connect(self.changed)
        self.nap_kind.toggled.connect(self.kind_changed)

    def _time_edits(self) -> tuple[TimeField, TimeField, TimeField, TimeField]:
        return self.into_bed, self.tried, self.final, self.out_of_bed

    def _night(self) -> tuple[QSpinBox, QSpinBox, QSpinBox]:
        return self.latency, self.awakenings, self.waso

    # -- reading --------------------------------------------------------------------------------------
    def kind(self) -> SleepKind:
        return SleepKind.NAP if self.nap_kind.isChecked() else SleepKind.MAIN

    def times(self) -> WallTimes | None:
        """The day and the four times; None while a time is missing or not a time."""
        values = [edit.value() for edit in self._time_edits()]
        if any(v is None for v in values):
            return None
        into, tried, final, out = (v for v in values if v is not None)
        d = self.out_day.date()
        return WallTimes(date(d.year(), d.month(), d.day()), into, tried, final, out)

    def night(self) -> dict[str, int | None]:
        """Minutes to fall asleep, times woken and minutes awake, by their draft keys (None:
        not given yet)."""
        return {key: given(box) for key, box in zip(NIGHT_KEYS, self._night(), strict=True)}

    field_count = 7  # four times and three numbers

    def missing(self) -> list[str]:
        """The accessible names of the fields still to fill in, in form order."""
        fields: list[QWidget] = [e for e in self._time_edits() if e.value() is None]
        fields += [box for box in self._night() if given(box) is None]
        return [f.accessibleName() for f in fields]

    def bad_times(self) -> list[str]:
        """The accessible names of time fields holding text that is not a time."""
        return [e.accessibleName() for e in self._time_edits() if not e.is_valid()]

    # -- filling ----------------------------------------------------------------------------------------
    def set_kind(self, kind: SleepKind) -> None:
        self.main_kind.setChecked(kind is SleepKind.MAIN)
        self.nap_kind.setChecked(kind is SleepKind.NAP)

    def show_times(self, template: Template) -> None:
        """The day and the four times of an earlier sleep (asked for; never the night's
        numbers, which are new every time)."""
        t = template.times
        self.out_day.setDate(qdate(t.out_day))
        values = (t.into_bed, t.tried_to_sleep, t.final_awakening, t.out_of_bed)
        for edit, value in zip(self._time_edits(), values, strict=True):
            edit.set_value(value)

    def show_period(self, p: SleepPeriod, zone: tzinfo) -> None:
        self.set_kind(p.kind)
        local: list[datetime] = [
            t.astimezone(zone)
            for t in (p.into_bed, p.tried_to_sleep, p.final_awakening, p.out_of_bed)
        ]
        self.out_day.setDate(qdate(local[3].date()))
        for edit, value in zip(self._time_edits(), local, strict=True):
            edit.set_value(value.time().replace(second=0, microsecond=0, tzinfo=None))
        for box, number in zip(
            self._night(), (p.latency_min, p.awakenings, p.waso_min), strict=True
        ):
            box.setValue(number)

    # -- drafts -------------------------------------------------------------------------------------------
    def draft(self) -> dict[str, Any]:
        d = self.out_day.date()
        return {
            "kind": self.kind().value,
            "out_day": date(d.year(), d.month(), d.day()).isoformat(),
            "times": [edit.text() for edit in self._time_edits()],
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
                edit.set_value(parse_time(str(text)))
        for key, box in zip(NIGHT_KEYS, self._night(), strict=True):
            value = get_int(data, key)
            box.setValue(NOT_GIVEN if value is None else value)
