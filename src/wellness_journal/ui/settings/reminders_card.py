"""Settings: reminders (local only, while the app runs) and starting with the computer.

Where each choice is kept: the check-in time and the sleep diary reminder in the preferences
beside the journal (they must work while it is locked, and say nothing about what is in it);
the follow-up and self-check reminders in the journal itself (what is due is read from inside
it, so those reminders exist only while it is unlocked)."""

from __future__ import annotations

from PySide6.QtCore import QTime, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QLabel,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from wellness_journal.core.models import Changes
from wellness_journal.core.reminders import AWAY_HOURS_RANGE, ReminderTimes
from wellness_journal.services.preferences import REMINDERS_TOPIC
from wellness_journal.ui.context import UiContext
from wellness_journal.ui.shell.privacy import app_name
from wellness_journal.ui.shell.tray import tray_available
from wellness_journal.ui.today.form import py_time, qtime
from wellness_journal.ui.widgets.common import button_row, card_in, paragraph


def add_choice(inner: QVBoxLayout, hint: str, *widgets: QWidget) -> None:
    """One choice: a little room, its controls on a row, then what it means in a quiet line."""
    inner.addSpacing(8)
    inner.addLayout(button_row(*widgets, stretch_first=False))
    inner.addWidget(paragraph(hint, muted=True))


class RemindersCard(QFrame):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        inner = card_in(self, self.tr("Reminders"))
        inner.addWidget(
            paragraph(
                self.tr(
                    "Reminders come from this app while it runs (when it is closed there are "
                    "none: nothing is scheduled on the computer itself). They never show what is "
                    "in your journal: “Time for your check-in”, or in discreet mode “A reminder "
                    "you set”."
                ),
                muted=True,
            )
        )
        self.checkin = QCheckBox(self.tr("&Remind me to check in at"))
        self.checkin.setAccessibleName(self.tr("Remind me to check in"))
        self.checkin_at = QTimeEdit()
        self.checkin_at.setDisplayFormat("HH:mm")
        self.checkin_at.setAccessibleName(self.tr("Check-in reminder time"))
        self.checkin_at.setFixedWidth(110)
        add_choice(
            inner,
            self.tr(
                "Screen locked or computer asleep at that time (on shift, asleep)? It comes "
                "when you are back, the same day. Not once you have checked in."
            ),
            self.checkin,
            self.checkin_at,
        )
        self.sleep = QCheckBox(self.tr("Remind me of the &sleep diary after"))
        self.sleep.setAccessibleName(self.tr("Remind me of the sleep diary after a long break"))
        self.away_hours = QSpinBox()
        self.away_hours.setRange(*AWAY_HOURS_RANGE)
        self.away_hours.setSuffix(self.tr(" hours"))
        self.away_hours.setAccessibleName(self.tr("Hours away that count as sleep"))
        self.away_hours.setFixedWidth(120)
        add_choice(
            inner,
            self.tr(
                "A few minutes after you come back to the computer from that long "
                "(screen locked, computer asleep or off), after day sleep too. The diary is "
                "best filled in within an hour of getting up."
            ),
            self.sleep,
            self.away_hours,
            QLabel(self.tr("away")),
        )
        self.due = QCheckBox(self.tr("Remind me of &follow-ups and self-checks when they are due"))
        self.due.setAccessibleName(self.tr("Remind me of follow-ups and self-checks"))
        add_choice(
            inner,
            self.tr(
                "Only while your journal is unlocked: locked, the app does not look inside it."
            ),
            self.due,
        )
        inner.addSpacing(8)
        self.where = paragraph("")
        self.where.setAccessibleName(self.tr("Where reminders appear"))
        inner.addSpacing(8)
        inner.addWidget(self.where)
        self.autostart = QCheckBox(self.tr("S&tart with the computer (locked, in the background)"))
        self.autostart.setAccessibleName(self.tr("Start with the computer"))
        inner.addWidget(self.autostart)
        self.autostart_note = paragraph("", muted=True)
        inner.addWidget(self.autostart_note)
        for box in (self.checkin, self.sleep):
            box.toggled.connect(self._on_times_changed)
        self.checkin_at.editingFinished.connect(self._on_times_changed)
        self.away_hours.editingFinished.connect(self._on_times_changed)
        self.due.toggled.connect(self._on_due_changed)
        self.autostart.toggled.connect(self._on_autostart_changed)

    # -- showing ------------------------------------------------------------------------------------
    def refresh(self) -> None:
        times = self.ctx.prefs.reminder_times()
        entry = self.ctx.start_with_computer
        widgets = (
            self.checkin,
            self.checkin_at,
            self.sleep,
            self.away_hours,
            self.due,
            self.autostart,
        )
        for w in widgets:
            w.blockSignals(True)
        self.checkin.setChecked(times.checkin)
        self.checkin_at.setTime(qtime(times.checkin_at))
        self.sleep.setChecked(times.sleep)
        self.away_hours.setValue(times.away_hours)
        self.due.setChecked(self.ctx.session.settings.due_reminders())
        self.autostart.setChecked(entry is not None and entry.enabled())
        for w in widgets:
            w.blockSignals(False)
        self.checkin_at.setEnabled(times.checkin)
        self.away_hours.setEnabled(times.sleep)
        self._explain(times)

    def _explain(self, times: ReminderTimes) -> None:
        if tray_available():
            where = self.tr(
                "They appear in the notification area. While any reminder is on, closing the "
                "window locks your journal and keeps the app there; choose Quit from its icon "
                "to stop it."
            )
        else:
            where = self.tr(
                "This desktop has no notification area the app can use, so a reminder makes "
                "the app's entry in the taskbar ask for your attention instead. Keep the app "
                "open (minimised is fine) to get them."
            )
        self.where.setText(where)
        entry = self.ctx.start_with_computer
        if entry is None or not entry.supported():
            self.autostart.setEnabled(False)
            self.autostart_note.setText(
                self.tr(
                    "Not available here: add the app to your desktop's startup programs "
                    "yourself if you want it."
                )
            )
            return
        self.autostart.setEnabled(True)
        self.autostart_note.setText(
            self.tr(
                "Your computer's list of startup programs will show “{0}”. The app starts "
                "locked; reminders need it running."
            ).format(app_name(self.ctx.prefs))
        )

    # -- changing -----------------------------------------------------------------------------------
    def _times(self) -> ReminderTimes:
        return ReminderTimes(
            checkin=self.checkin.isChecked(),
            checkin_at=py_time(
                self.checkin_at.time() if self.checkin_at.time().isValid() else QTime(20, 0)
            ),
            sleep=self.sleep.isChecked(),
            away_hours=self.away_hours.value(),
        )

    @Slot()
    def _on_times_changed(self) -> None:
        times = self._times()
        if times == self.ctx.prefs.reminder_times():
            return

        def keep() -> Changes:
            self.ctx.prefs.set_reminder_times(times)
            return Changes.of(REMINDERS_TOPIC)

        self.ctx.perform(keep, self.tr("Not changed"), parent=self)
        self.refresh()

    @Slot(bool)
    def _on_due_changed(self, on: bool) -> None:
        settings = self.ctx.session.settings
        self.ctx.perform(
            lambda: settings.set_due_reminders(on), self.tr("Not changed"), parent=self
        )
        self.refresh()

    @Slot(bool)
    def _on_autostart_changed(self, on: bool) -> None:
        entry = self.ctx.start_with_computer
        if entry is None:
            return
        name = app_name(self.ctx.prefs)
        self.ctx.perform(lambda: entry.set(on, name), self.tr("Not changed"), parent=self)
        self.refresh()
