"""Reminders while the app runs: the rules of ``core.reminders`` on a timer, shown through the
notification area (``tray.Tray``).

What each reminder says never names anything in the journal: "Time for your check-in", "How did
you sleep?", "Something you planned is ready on Today"; in discreet mode only "A reminder you set".
While the journal is locked nothing inside it is read: only the check-in and sleep diary
reminders can come, from their times in the preferences. While it is unlocked the app also
learns what is done today (no reminder for a check-in already made; this is kept in memory
only, for the day) and what is due on Today (follow-ups after a hard call, self-checks the
person asked for), if the person wants those reminders.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Slot

from wellness_journal.core.errors import WellnessError
from wellness_journal.core.reminders import Planner, Reminder
from wellness_journal.services.autostart import StartWithComputer
from wellness_journal.services.preferences import Preferences
from wellness_journal.ui.shell.privacy import app_name
from wellness_journal.ui.shell.tray import Tray

if TYPE_CHECKING:
    from wellness_journal.services.session import Session

TICK_MS = 30_000


def _t(text: str) -> str:
    return QCoreApplication.translate("Reminders", text)


def words(reminder: Reminder, discreet: bool) -> str:
    """What a reminder says (never anything from inside the journal)."""
    if discreet:
        return _t("A reminder you set.")
    return {
        Reminder.CHECKIN: _t("Time for your check-in. It takes about 15 seconds."),
        Reminder.SLEEP: _t("Good to see you. How did you sleep? Your sleep diary takes a minute."),
        Reminder.DUE: _t("Something you planned is ready on Today."),
    }[reminder]


def due_things(session: Session) -> set[str]:
    """What is due on Today, as opaque keys (follow-ups, self-checks); read only while unlocked."""
    keys = {
        f"follow-up:{incident.uid}:{item.step.value}"
        for incident, item in session.today.incidents.due()
    }
    keys |= {
        f"self-check:{d.instrument.value}:{d.since.isoformat()}" for d in session.selfchecks.due()
    }
    return keys


def rename_startup_entry(entry: StartWithComputer | None, prefs: Preferences) -> None:
    """Discreet mode changed: the startup entry (if any) takes the app's new name."""
    if entry is None:
        return
    with contextlib.suppress(OSError, WellnessError):
        if entry.enabled():
            entry.set(True, app_name(prefs))


class Reminders(QObject):
    def __init__(
        self,
        tray: Tray,
        prefs: Preferences,
        *,
        session: Callable[[], Session | None],
        now: Callable[[], datetime] = lambda: datetime.now().astimezone(),
        notify: Callable[[str, str], object] | None = None,
        looking: Callable[[], bool] = lambda: False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent or tray)
        self.tray = tray
        self._prefs = prefs
        self._session = session
        self._now = now
        self._notify = notify or tray.notify
        self._looking = looking  # the person is using the window right now
        self.shown: list[Reminder] = []  # what was shown, oldest first (for the curious: tests)
        self.planner = Planner(prefs.reminder_times())
        self.started_in_background = False
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.reload()

    # -- settings -------------------------------------------------------------------------------
    def wanted(self) -> bool:
        """Reminders are on (or the app started with the computer): the tray and timer run."""
        if self.planner.times.any() or self.started_in_background:
            return True
        session = self._session()
        return session is not None and session.is_open and self._due_wanted(session)

    def reload(self) -> None:
        """The times or discreet mode changed, or the journal was locked or unlocked."""
        self.planner.set_times(self._prefs.reminder_times(), self._now())
        on = self.wanted()
        self.tray.show(on)
        self.tray.refresh(unlocked=self._session() is not None)
        if on and not self.timer.isActive():
            self.timer.start()
        elif not on:
            self.timer.stop()

    def keeps_running(self) -> bool:
        """Closing the window only hides it: reminders are on and the tray icon is there to
        open it again or quit."""
        return self.wanted() and self.tray.shown

    # -- what happens -----------------------------------------------------------------------------
    def started_with_computer(self) -> None:
        self.started_in_background = True
        self.planner.started_with_computer(self._now())
        self.reload()

    @Slot(str, bool)
    def away_changed(self, reason: str, away: bool) -> None:
        self.planner.set_away(reason, away, self._now())
        if not away:
            self.tick()

    @Slot()
    def tick(self) -> None:
        now = self._now()
        things: set[str] | None = None
        session = self._session()
        if session is not None and session.is_open:
            try:
                self._learn_done(session, now)
                things = due_things(session) if self._due_wanted(session) else set()
            except WellnessError:
                things = None  # the journal cannot be read now: only the times count
            if things and self._looking():  # Today shows them; no need to say it twice
                self.planner.announced |= things
        discreet = self._prefs.discreet()
        for reminder in self.planner.due(now, things):
            self.shown.append(reminder)
            self._notify(app_name(self._prefs), words(reminder, discreet))

    def _learn_done(self, session: Session, now: datetime) -> None:
        today = now.date()
        if session.today.checkins.for_day(today) is not None:
            self.planner.mark_done(Reminder.CHECKIN, today)
        slept = session.today.sleep.days(1, until=today)
        if slept and slept[0].day == today:
            self.planner.mark_done(Reminder.SLEEP, today)

    @staticmethod
    def _due_wanted(session: Session) -> bool:
        try:
            return session.settings.due_reminders()
        except WellnessError:
            return False
