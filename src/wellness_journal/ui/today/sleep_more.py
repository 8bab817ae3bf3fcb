"""The second part of the sleep form: how well you slept, caffeine and alcohol, anything taken
to sleep (a sleep aid or medication, alcohol: Consensus Sleep Diary), and a note."""

from __future__ import annotations

from datetime import datetime, time, tzinfo
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QWidget

from wellness_journal.core.sleep import QUALITY_RANGE, SleepPeriod
from wellness_journal.ui.today import labels
from wellness_journal.ui.today.form import get_int, get_str
from wellness_journal.ui.today.rating import RatingScale
from wellness_journal.ui.today.sleep_when import spin
from wellness_journal.ui.today.time_field import TimeField, parse_time
from wellness_journal.ui.widgets.common import add_labelled, column


class SleepMore(QWidget):
    changed = Signal()  # caffeine or alcohol (the rating and the note change no figure)

    def __init__(self, spacing: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        low, high = QUALITY_RANGE
        self.quality = RatingScale(
            self.tr("How well did you sleep?"),
            low,
            high,
            words=labels.quality_words(),
            show_words_on_buttons=True,
        )
        self.caffeine = spin(self.tr("Caffeine drinks"), 30, self.tr(" drinks"))
        self.caffeine_last = TimeField(self.tr("Time of the last caffeine drink"))
        self.alcohol = spin(self.tr("Alcoholic drinks"), 30, self.tr(" drinks"))
        self.sleep_aid = QLineEdit()
        self.sleep_aid.setAccessibleName(self.tr("Sleep aid, medication or alcohol to sleep"))
        self.sleep_aid.setPlaceholderText(self.tr("Optional: what you took to sleep, and when"))
        self.sleep_aid.setMaxLength(2000)
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("Optional: noise, kids, pain, a bad dream…"))
        self.note.setMaxLength(2000)
        layout = column(self, spacing=spacing)
        add_labelled(layout, self.tr("How well did you sleep? (&1–5)"), self.quality)
        layout.addLayout(self._drinks())
        add_labelled(layout, self.tr("Sl&eep aid, medication or alcohol to sleep"), self.sleep_aid)
        add_labelled(layout, self.tr("&Note"), self.note)

    def _drinks(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        for text, widget in (
            (self.tr("&Caffeine"), self.caffeine),
            (self.tr("last at"), self.caffeine_last),
            (self.tr("Alco&hol"), self.alcohol),
        ):
            add_labelled(row, text, widget)
            row.addSpacing(10)
        row.addStretch(1)
        return row

    def watch(self) -> None:
        """Start telling about changes (after the form is filled)."""
        self.caffeine_last.time_changed.connect(self.changed)
        for box in (self.caffeine, self.alcohol):
            box.valueChanged.connect(self.changed)

    def caffeine_last_time(self) -> time | None:
        return self.caffeine_last.value()

    def show_period(self, p: SleepPeriod, zone: tzinfo) -> None:
        self.quality.set_value(p.quality)
        self.caffeine.setValue(p.caffeine_drinks)
        if p.caffeine_last is not None:
            last: datetime = p.caffeine_last.astimezone(zone)
            self.caffeine_last.set_value(time(last.hour, last.minute))
        self.alcohol.setValue(p.alcohol_drinks)
        self.sleep_aid.setText(p.sleep_aid)
        self.note.setText(p.note)

    def draft(self) -> dict[str, Any]:
        return {
            "quality": self.quality.value(),
            "caffeine": self.caffeine.value(),
            "caffeine_last": self.caffeine_last.text(),
            "alcohol": self.alcohol.value(),
            "sleep_aid": self.sleep_aid.text(),
            "note": self.note.text(),
        }

    def restore(self, data: dict[str, Any]) -> None:
        for box, key in ((self.caffeine, "caffeine"), (self.alcohol, "alcohol")):
            box.setValue(get_int(data, key, box.value()) or 0)
        self.quality.set_value(get_int(data, "quality"))
        self.caffeine_last.set_value(parse_time(get_str(data, "caffeine_last")))
        self.sleep_aid.setText(get_str(data, "sleep_aid"))
        self.note.setText(get_str(data, "note"))
