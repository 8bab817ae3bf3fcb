"""One day of the calendar: what was logged on it, and buttons to fill in what is missing."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from wellness_journal.core.day_log import DayLog
from wellness_journal.ui.calendar.backfill import detail_for
from wellness_journal.ui.calendar.words import counted
from wellness_journal.ui.context import UiContext
from wellness_journal.ui.icons import icon
from wellness_journal.ui.theme import current_colors
from wellness_journal.ui.today import labels
from wellness_journal.ui.widgets.common import button, heading, paragraph

TODAY_PAGE = "today"


class DayPanel(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.day = date.today()
        self.title = heading("", 2)
        self.intro = paragraph("", muted=True)
        self.rows = QGridLayout()
        self.rows.setHorizontalSpacing(10)
        self.rows.setVerticalSpacing(6)
        self.rows.setColumnStretch(1, 1)
        colors = current_colors()
        self.texts: dict[str, QLabel] = {}
        for row, name in enumerate(("check", "sleep", "stress", "toolbox", "journal")):
            mark = QLabel()
            mark.setPixmap(icon(name, colors.muted, 18).pixmap(18, 18))
            self.rows.addWidget(mark, row, 0)
            text = paragraph("")
            self.rows.addWidget(text, row, 1)
            self.texts[name] = text
        self.checkin_button = button(self.tr("Check in for this day"))
        self.sleep_button = button(self.tr("Log sleep for this day"))
        self.stress_button = button(self.tr("Log stress for this day"))
        for kind, b in (
            ("checkin", self.checkin_button),
            ("sleep", self.sleep_button),
            ("stress", self.stress_button),
        ):
            b.clicked.connect(lambda _=False, k=kind: self._on_backfill(k))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(self.rows)
        layout.addSpacing(6)
        for b in (self.checkin_button, self.sleep_button, self.stress_button):
            layout.addWidget(b)
        layout.addStretch(1)
        self.setAccessibleName(self.tr("The chosen day"))

    def show_day(self, day: date, log: DayLog, first: date, today: date) -> None:
        self.day = day
        self.title.setText(
            QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")
        )
        self.title.setAccessibleName(self.title.text())
        can_fill = first <= day <= today
        if day > today:
            self.intro.setText(self.tr("This day is still to come."))
        elif day < first:
            self.intro.setText(self.tr("This is before your journal began."))
        elif not log.anything:
            self.intro.setText(self.tr("Nothing logged on this day. You can still fill it in."))
        else:
            self.intro.setText(self.tr("What you logged on this day:"))
        self.texts["check"].setText(self._checkin_text(day, log))
        self.texts["sleep"].setText(self._sleep_text(log))
        self.texts["stress"].setText(self._stress_text(log))
        self.texts["toolbox"].setText(
            counted("exercise", log.exercises) if log.exercises else self.tr("No exercises")
        )
        self.texts["journal"].setText(
            counted("journal", log.journal_entries)
            if log.journal_entries
            else self.tr("No journal entries")
        )
        self.checkin_button.setText(
            self.tr("Change this day's check-in")
            if log.checked_in
            else self.tr("Check in for this day")
        )
        self.checkin_button.setAccessibleName(self.checkin_button.text())
        for b in (self.checkin_button, self.sleep_button, self.stress_button):
            b.setVisible(can_fill)

    def _checkin_text(self, day: date, log: DayLog) -> str:
        if not log.checked_in:
            return self.tr("No check-in")
        checkin = self.ctx.session.today.checkins.for_day(day)
        if checkin is None:
            return self.tr("Checked in")
        parts = []
        if checkin.mood is not None:
            parts.append(self.tr("{0} mood").format(labels.mood_words()[checkin.mood]))
        if checkin.stress is not None:
            parts.append(self.tr("stress {0}").format(checkin.stress))
        if checkin.energy is not None:
            parts.append(self.tr("energy {0}").format(checkin.energy))
        if checkin.shift:
            parts.append(self.tr("shift: {0}").format(labels.item(checkin.shift)))
        return (
            self.tr("Checked in: {0}").format(", ".join(parts)) if parts else self.tr("Checked in")
        )

    def _sleep_text(self, log: DayLog) -> str:
        if not log.sleep_periods or log.sleep_minutes is None:
            return self.tr("No sleep logged")
        text = self.tr("{0} asleep").format(labels.duration(log.sleep_minutes))
        if log.sleep_periods > 1:
            text += " " + self.tr("({0}, naps included)").format(
                counted("sleep", log.sleep_periods)
            )
        return text

    def _stress_text(self, log: DayLog) -> str:
        if not log.stress_entries:
            return self.tr("No stress entries")
        return self.tr("{0}, highest {1}").format(
            counted("stress", log.stress_entries), log.stress_peak
        )

    def _on_backfill(self, kind: str) -> None:
        self.ctx.go_to(f"{TODAY_PAGE}/{detail_for(kind, self.day)}")
