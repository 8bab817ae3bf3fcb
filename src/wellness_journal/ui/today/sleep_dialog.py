"""Log or edit one sleep: any time of day, crossing midnight, checked as you type."""

from __future__ import annotations

import contextlib
from dataclasses import replace
from datetime import date, time
from typing import Any

from PySide6.QtCore import QTime, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from wellness_journal.core.localzone import zone_named
from wellness_journal.core.models import NOTHING, Changes
from wellness_journal.core.sleep import (
    QUALITY_RANGE,
    SleepKind,
    SleepPeriod,
    WallTimes,
    latest_at_or_before,
    metrics,
)
from wellness_journal.services.sleep import SleepService
from wellness_journal.ui.today import labels
from wellness_journal.ui.today.form import TodayForm, get_int, get_str, qdate, qtime
from wellness_journal.ui.today.rating import RatingScale
from wellness_journal.ui.widgets.common import paragraph

TIME_FORMAT = "HH:mm"


def _time_edit(name: str) -> QTimeEdit:
    edit = QTimeEdit()
    edit.setDisplayFormat(TIME_FORMAT)
    edit.setWrapping(True)
    edit.setAccessibleName(name)
    edit.setMinimumWidth(96)
    return edit


def _form(*rows: tuple[str, QWidget]) -> QFormLayout:
    form = QFormLayout()
    form.setHorizontalSpacing(12)
    form.setVerticalSpacing(8)
    for text, widget in rows:
        label = QLabel(text)
        label.setBuddy(widget)
        form.addRow(label, widget)
    return form


def _spin(name: str, high: int, suffix: str = "") -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(0, high)
    spin.setSuffix(suffix)
    spin.setAccessibleName(name)
    spin.setMinimumWidth(96)
    return spin


class SleepDialog(TodayForm):
    form_name = "sleep"
    topic = "sleep"

    def __init__(
        self,
        service: SleepService,
        period: SleepPeriod | None = None,
        kind: SleepKind = SleepKind.MAIN,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._original = period
        self.saved: SleepPeriod | None = None
        self.changes: Changes = NOTHING
        self._zone = (zone_named(period.zone) if period else None) or service.zone
        self.setWindowTitle(self.tr("Edit sleep") if period else self.tr("Log sleep"))

        self.main_kind = QRadioButton(self.tr("&Main sleep"))
        self.nap_kind = QRadioButton(self.tr("N&ap"))
        kinds = QButtonGroup(self)
        kinds.addButton(self.main_kind)
        kinds.addButton(self.nap_kind)
        self.out_day = QDateEdit()
        self.out_day.setCalendarPopup(True)
        self.out_day.setDisplayFormat("ddd d MMM yyyy")
        self.out_day.setAccessibleName(self.tr("Day you got up"))
        self.into_bed = _time_edit(self.tr("Got into bed"))
        self.tried = _time_edit(self.tr("Tried to fall asleep"))
        self.final = _time_edit(self.tr("Woke up for the last time"))
        self.out_of_bed = _time_edit(self.tr("Got out of bed"))
        self.latency = _spin(self.tr("Minutes to fall asleep"), 600, self.tr(" min"))
        self.awakenings = _spin(self.tr("Times you woke up, not counting the last"), 50)
        self.waso = _spin(self.tr("Minutes awake in the night, all together"), 900, self.tr(" min"))
        low, high = QUALITY_RANGE
        self.quality = RatingScale(
            self.tr("How well did you sleep?"),
            low,
            high,
            words=labels.quality_words(),
            show_words_on_buttons=True,
        )
        self.caffeine = _spin(self.tr("Caffeine drinks"), 30, self.tr(" drinks"))
        self.caffeine_last = _time_edit(self.tr("Time of the last caffeine drink"))
        self.alcohol = _spin(self.tr("Alcoholic drinks"), 30, self.tr(" drinks"))
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("Optional: noise, kids, pain, a bad dream…"))
        self.note.setMaxLength(2000)

        kind_row = QHBoxLayout()
        kind_row.addWidget(self.main_kind)
        kind_row.addWidget(self.nap_kind)
        kind_row.addSpacing(24)
        day_label = QLabel(self.tr("&Day you got up"))
        day_label.setBuddy(self.out_day)
        kind_row.addWidget(day_label)
        kind_row.addWidget(self.out_day)
        kind_row.addStretch(1)

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

        self.summary = QLabel()
        self.summary.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.summary.setWordWrap(True)
        self.span = QLabel()
        self.span.setObjectName("muted")
        self.problems = QLabel()
        self.problems.setObjectName("problem")
        self.problems.setWordWrap(True)
        self.problems.setAccessibleName(self.tr("What to check"))

        extras = QHBoxLayout()
        extras.setSpacing(8)
        for text, widget in (
            (self.tr("&Caffeine"), self.caffeine),
            (self.tr("last at"), self.caffeine_last),
            (self.tr("Alco&hol"), self.alcohol),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            extras.addWidget(label)
            extras.addWidget(widget)
            extras.addSpacing(10)
        extras.addStretch(1)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 18)
        layout.setSpacing(12)
        layout.addLayout(kind_row)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Day sleep after nights works the same way. Times count back from when you got "
                    "up, so 23:00 to 07:00 crosses midnight."
                ),
                muted=True,
            )
        )
        layout.addLayout(grid)
        layout.addWidget(self.summary)
        layout.addWidget(self.span)
        layout.addWidget(self.problems)
        quality_label = QLabel(self.tr("How well did you sleep? (&1–5)"))
        quality_label.setBuddy(self.quality)
        layout.addWidget(quality_label)
        layout.addWidget(self.quality)
        layout.addLayout(extras)
        note_label = QLabel(self.tr("&Note"))
        note_label.setBuddy(self.note)
        layout.addWidget(note_label)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)

        if period is None:
            self.main_kind.setChecked(kind is SleepKind.MAIN)
            self.nap_kind.setChecked(kind is SleepKind.NAP)
            self._apply_template(kind)
        else:
            self._show(period)
        self._touched = False
        for edit in (self.into_bed, self.tried, self.final, self.out_of_bed, self.caffeine_last):
            edit.timeChanged.connect(self._on_changed)
        self.out_day.dateChanged.connect(self._on_changed)
        for spin in (self.latency, self.awakenings, self.waso, self.caffeine, self.alcohol):
            spin.valueChanged.connect(self._on_changed)
        self.nap_kind.toggled.connect(self._on_kind_changed)
        self._on_changed()
        self._touched = False
        self.setMinimumWidth(700)

    # -- filling the form -----------------------------------------------------------------------
    def _apply_template(self, kind: SleepKind) -> None:
        template = self._service.suggest(kind)
        t = template.times
        self.out_day.setDate(qdate(t.out_day))
        for edit, value in (
            (self.into_bed, t.into_bed),
            (self.tried, t.tried_to_sleep),
            (self.final, t.final_awakening),
            (self.out_of_bed, t.out_of_bed),
        ):
            edit.setTime(qtime(value))
        self.latency.setValue(template.latency_min)
        self.awakenings.setValue(template.awakenings)
        self.waso.setValue(template.waso_min)
        self.caffeine_last.setTime(qtime(t.into_bed).addSecs(-6 * 3600))

    def _show(self, p: SleepPeriod) -> None:
        self.main_kind.setChecked(p.kind is SleepKind.MAIN)
        self.nap_kind.setChecked(p.kind is SleepKind.NAP)
        local = [
            t.astimezone(self._zone)
            for t in (p.into_bed, p.tried_to_sleep, p.final_awakening, p.out_of_bed)
        ]
        self.out_day.setDate(qdate(local[3].date()))
        for edit, value in zip(
            (self.into_bed, self.tried, self.final, self.out_of_bed), local, strict=True
        ):
            edit.setTime(QTime(value.hour, value.minute))
        self.latency.setValue(p.latency_min)
        self.awakenings.setValue(p.awakenings)
        self.waso.setValue(p.waso_min)
        self.quality.set_value(p.quality)
        self.caffeine.setValue(p.caffeine_drinks)
        if p.caffeine_last is not None:
            last = p.caffeine_last.astimezone(self._zone)
            self.caffeine_last.setTime(QTime(last.hour, last.minute))
        self.alcohol.setValue(p.alcohol_drinks)
        self.note.setText(p.note)

    # -- reading the form ------------------------------------------------------------------------
    def _kind(self) -> SleepKind:
        return SleepKind.NAP if self.nap_kind.isChecked() else SleepKind.MAIN

    def _times(self) -> WallTimes:
        def t(edit: QTimeEdit) -> time:
            return time(edit.time().hour(), edit.time().minute())

        d = self.out_day.date()
        return WallTimes(
            date(d.year(), d.month(), d.day()),
            t(self.into_bed),
            t(self.tried),
            t(self.final),
            t(self.out_of_bed),
        )

    def period(self) -> SleepPeriod:
        into, tried, final, out = self._service.place(self._times(), self._zone)
        caffeine = self.caffeine.value()
        last = None
        if caffeine:
            wall = self.caffeine_last.time()
            last = latest_at_or_before(into, time(wall.hour(), wall.minute()), self._zone)
        base = self._original or SleepPeriod(None, "", self._kind(), into, tried, final, out)
        return replace(
            base,
            kind=self._kind(),
            into_bed=into,
            tried_to_sleep=tried,
            final_awakening=final,
            out_of_bed=out,
            zone=base.zone if self._original else self._service.zone_label,
            latency_min=self.latency.value(),
            awakenings=self.awakenings.value(),
            waso_min=self.waso.value(),
            quality=self.quality.value(),
            caffeine_drinks=caffeine,
            caffeine_last=last,
            alcohol_drinks=self.alcohol.value(),
            note=self.note.text(),
        )

    # -- reacting ----------------------------------------------------------------------------------
    @Slot()
    def _on_kind_changed(self) -> None:
        if self._original is None and not self._touched:
            self._apply_template(self._kind())
        self._on_changed()

    @Slot()
    def _on_changed(self) -> None:
        self._touched = True
        self.caffeine_last.setEnabled(self.caffeine.value() > 0)
        p = self.period()
        issues = self._service.check(p)
        m = metrics(p)
        if m.time_in_bed > 0 and not issues:
            self.summary.setText(
                self.tr("{0} asleep of {1} in bed ({2:.0f}%)").format(
                    labels.duration(m.total_sleep), labels.duration(m.time_in_bed), m.efficiency
                )
            )
        else:
            self.summary.setText(self.tr("Check the times below"))
        self.span.setText(
            self.tr("From {0} to {1}").format(labels.when(p.into_bed), labels.when(p.out_of_bed))
        )
        self.problems.setText("\n".join(labels.sleep_message(i) for i in issues))
        self.problems.setVisible(bool(issues))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not issues)

    @Slot()
    def _on_save(self) -> None:
        from wellness_journal.services.sleep import SleepNotSaved

        try:
            self.saved, self.changes = self._service.save(self.period())
        except SleepNotSaved as exc:
            self.problems.setText("\n".join(labels.sleep_message(i) for i in exc.issues))
            self.problems.setVisible(True)
            return
        self.accept()

    # -- drafts -------------------------------------------------------------------------------------
    def draft(self) -> dict[str, Any]:
        t = self._times()
        return {
            "editing": self._original.id if self._original else None,
            "kind": self._kind().value,
            "out_day": t.out_day.isoformat(),
            "times": [
                x.strftime("%H:%M")
                for x in (t.into_bed, t.tried_to_sleep, t.final_awakening, t.out_of_bed)
            ],
            "latency": self.latency.value(),
            "awakenings": self.awakenings.value(),
            "waso": self.waso.value(),
            "quality": self.quality.value(),
            "caffeine": self.caffeine.value(),
            "caffeine_last": self.caffeine_last.time().toString(TIME_FORMAT),
            "alcohol": self.alcohol.value(),
            "note": self.note.text(),
        }

    def restore(self, data: dict[str, Any]) -> None:
        self.nap_kind.setChecked(get_str(data, "kind") == SleepKind.NAP.value)
        self.main_kind.setChecked(get_str(data, "kind") != SleepKind.NAP.value)
        with contextlib.suppress(ValueError):
            self.out_day.setDate(qdate(date.fromisoformat(get_str(data, "out_day"))))
        times = data.get("times")
        if isinstance(times, list) and len(times) == 4:
            for edit, text in zip(
                (self.into_bed, self.tried, self.final, self.out_of_bed), times, strict=True
            ):
                value = QTime.fromString(str(text), TIME_FORMAT)
                if value.isValid():
                    edit.setTime(value)
        for spin, key in (
            (self.latency, "latency"),
            (self.awakenings, "awakenings"),
            (self.waso, "waso"),
            (self.caffeine, "caffeine"),
            (self.alcohol, "alcohol"),
        ):
            spin.setValue(get_int(data, key, spin.value()) or 0)
        self.quality.set_value(get_int(data, "quality"))
        last = QTime.fromString(get_str(data, "caffeine_last"), TIME_FORMAT)
        if last.isValid():
            self.caffeine_last.setTime(last)
        self.note.setText(get_str(data, "note"))
        self._on_changed()
