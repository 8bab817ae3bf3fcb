"""When to remind: pure rules, driven by the clock and by whether the person is at the computer.

Reminders come only from the running app (nothing is scheduled on the computer itself), and they
follow the person rather than the clock, which suits shift work:

- the check-in at a chosen time; if the screen is locked or the computer asleep then (on shift,
  asleep), it waits and comes when the person is back, the same day;
- the sleep diary "within an hour of getting up": a few minutes after coming back to the computer
  from a long break (the screen locked, the computer asleep or off for ``away_hours`` or more),
  or after the app started with the computer;
- things due on Today (a follow-up after a hard call, a self-check the person asked for): only
  while the journal is unlocked, because only then may the app look inside it.

Each comes at most once a day (a due thing once), never when it is known to be done already.
The times live beside the journal, readable while it is locked: they say nothing about what is
in it. What is due is read from the journal only while it is unlocked.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import Enum
from typing import Any


class Reminder(str, Enum):
    CHECKIN = "checkin"
    SLEEP = "sleep"
    DUE = "due"  # a follow-up or a self-check is ready on Today (only while unlocked)


AWAY_HOURS_RANGE = (2, 12)
DEFAULT_CHECKIN_AT = time(20, 0)
DEFAULT_AWAY_HOURS = 4
SLEEP_DELAY = timedelta(minutes=5)  # settle in first; well within the hour after getting up
SLEEP_WINDOW = timedelta(hours=1)  # after that, the morning's reminder lapses


@dataclass(frozen=True)
class ReminderTimes:
    """The reminders that may come while the journal is locked (kept in the preferences)."""

    checkin: bool = False
    checkin_at: time = DEFAULT_CHECKIN_AT
    sleep: bool = False
    away_hours: int = DEFAULT_AWAY_HOURS

    def any(self) -> bool:
        return self.checkin or self.sleep

    def to_json(self) -> dict[str, Any]:
        return {
            "checkin": self.checkin,
            "checkin_at": self.checkin_at.strftime("%H:%M"),
            "sleep": self.sleep,
            "away_hours": self.away_hours,
        }

    @staticmethod
    def from_json(raw: object) -> ReminderTimes:
        """Read back what ``to_json`` wrote; anything missing or wrong takes its default."""
        data = raw if isinstance(raw, dict) else {}
        at = DEFAULT_CHECKIN_AT
        text = data.get("checkin_at")
        if isinstance(text, str):
            try:
                at = time.fromisoformat(text).replace(second=0, microsecond=0)
            except ValueError:
                at = DEFAULT_CHECKIN_AT
        hours = data.get("away_hours")
        low, high = AWAY_HOURS_RANGE
        if not isinstance(hours, int) or isinstance(hours, bool) or not low <= hours <= high:
            hours = DEFAULT_AWAY_HOURS
        return ReminderTimes(
            checkin=data.get("checkin") is True,
            checkin_at=at,
            sleep=data.get("sleep") is True,
            away_hours=hours,
        )


@dataclass
class Planner:
    """Which reminders to show now. Call ``due`` on a timer; tell it when the person goes away
    and comes back (``set_away``) and what is known to be done (``mark_done``)."""

    times: ReminderTimes = field(default_factory=ReminderTimes)
    shown: dict[Reminder, date] = field(default_factory=dict)
    done: dict[Reminder, date] = field(default_factory=dict)
    away: set[str] = field(default_factory=set)  # why: "screen", "sleep"
    away_since: datetime | None = None
    sleep_from: datetime | None = None  # the sleep diary reminder waits until then
    announced: set[str] = field(default_factory=set)  # due things already reminded of

    @property
    def present(self) -> bool:
        return not self.away

    def set_times(self, times: ReminderTimes, now: datetime) -> None:
        """New times. A check-in time already past today does not fire at once."""
        changed = not self.times.checkin or times.checkin_at != self.times.checkin_at
        if times.checkin and changed and now.time() >= times.checkin_at:
            self.shown[Reminder.CHECKIN] = now.date()
        self.times = times

    def set_away(self, reason: str, away: bool, now: datetime) -> None:
        """The screen locked or unlocked, the computer went to sleep or woke up."""
        was_present = self.present
        if away:
            self.away.add(reason)
            if was_present:
                self.away_since = now
            return
        self.away.discard(reason)
        if self.present and not was_present:
            since, self.away_since = self.away_since, None
            if since is not None and now - since >= timedelta(hours=self.times.away_hours):
                self.sleep_from = now + SLEEP_DELAY

    def started_with_computer(self, now: datetime) -> None:
        """The app started when the person logged in: that counts as getting up."""
        self.sleep_from = now + SLEEP_DELAY

    def mark_done(self, reminder: Reminder, day: date) -> None:
        """Learned while the journal was unlocked: today's check-in or sleep is in."""
        self.done[reminder] = day

    def due(self, now: datetime, due_things: Iterable[str] | None = None) -> list[Reminder]:
        """The reminders to show now (each is then counted as shown). ``due_things`` names what
        is due on Today; None while the journal is locked (nothing inside it is read)."""
        today = now.date()
        found: list[Reminder] = []
        if self._sleep_due(now):
            found.append(Reminder.SLEEP)
        if (
            self.present
            and self.times.checkin
            and now.time() >= self.times.checkin_at
            and self.shown.get(Reminder.CHECKIN) != today
            and self.done.get(Reminder.CHECKIN) != today
        ):
            found.append(Reminder.CHECKIN)
        if due_things is not None and self.present:
            fresh = set(due_things) - self.announced
            if fresh:
                self.announced |= fresh
                found.append(Reminder.DUE)
        for reminder in found:
            self.shown[reminder] = today
        return found

    def _sleep_due(self, now: datetime) -> bool:
        start = self.sleep_from
        if start is None or now < start:
            return False
        if now > start + SLEEP_WINDOW or not self.times.sleep:
            self.sleep_from = None
            return False
        if not self.present:
            return False
        self.sleep_from = None
        today = now.date()
        return self.shown.get(Reminder.SLEEP) != today and self.done.get(Reminder.SLEEP) != today
