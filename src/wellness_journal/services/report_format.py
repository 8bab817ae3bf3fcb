"""How the summary for a counselor writes dates, durations, figures, exercise names and the items
of the app's lists (shifts, triggers, body signs, categories, roles), through ``tr``.

Dates are written the same way everywhere ("Mon 3 Mar", "3 March 2025"): a summary read by
someone else should not depend on the computer's settings. No Qt here (see ``report_words``).
"""

from __future__ import annotations

from datetime import date, datetime

from wellness_journal.services.messages import QT_TRANSLATE_NOOP, Translate, as_written
from wellness_journal.services.report_words import ANY_EXERCISE, HOURS_MINUTES, MINUTES_ONLY, MOODS

EXERCISE_NAMES = {
    "box": QT_TRANSLATE_NOOP("report", "Box breathing"),
    "sigh": QT_TRANSLATE_NOOP("report", "Physiological sigh"),
    "resonance": QT_TRANSLATE_NOOP("report", "Slow, even breathing"),
    "478": QT_TRANSLATE_NOOP("report", "4-7-8 breathing"),
    "pmr_short": QT_TRANSLATE_NOOP("report", "Muscle relaxation, short"),
    "pmr_full": QT_TRANSLATE_NOOP("report", "Muscle relaxation, full"),
    "grounding": QT_TRANSLATE_NOOP("report", "5-4-3-2-1 grounding"),
}

# -- lists the app keeps (shifts, triggers, body signs, categories, roles) ----------------------
ITEMS = {
    "day": QT_TRANSLATE_NOOP("report", "Day"),
    "evening": QT_TRANSLATE_NOOP("report", "Evening"),
    "night": QT_TRANSLATE_NOOP("report", "Night"),
    "off": QT_TRANSLATE_NOOP("report", "Off"),
    "training": QT_TRANSLATE_NOOP("report", "Training"),
    "court": QT_TRANSLATE_NOOP("report", "Court"),
    "overtime": QT_TRANSLATE_NOOP("report", "Overtime"),
    "call for service": QT_TRANSLATE_NOOP("report", "Call for service"),
    "use of force": QT_TRANSLATE_NOOP("report", "Use of force"),
    "supervisor or administration": QT_TRANSLATE_NOOP("report", "Supervisor or administration"),
    "family": QT_TRANSLATE_NOOP("report", "Family"),
    "fatigue": QT_TRANSLATE_NOOP("report", "Fatigue"),
    "other": QT_TRANSLATE_NOOP("report", "Other"),
    "racing heart": QT_TRANSLATE_NOOP("report", "Racing heart"),
    "tight chest": QT_TRANSLATE_NOOP("report", "Tight chest"),
    "fast breathing": QT_TRANSLATE_NOOP("report", "Fast breathing"),
    "tense muscles": QT_TRANSLATE_NOOP("report", "Tense muscles"),
    "clenched jaw": QT_TRANSLATE_NOOP("report", "Clenched jaw"),
    "headache": QT_TRANSLATE_NOOP("report", "Headache"),
    "upset stomach": QT_TRANSLATE_NOOP("report", "Upset stomach"),
    "sweating": QT_TRANSLATE_NOOP("report", "Sweating"),
    "shaking": QT_TRANSLATE_NOOP("report", "Shaking"),
    "restless": QT_TRANSLATE_NOOP("report", "Restless"),
    "exhausted": QT_TRANSLATE_NOOP("report", "Exhausted"),
    "death": QT_TRANSLATE_NOOP("report", "Death"),
    "child victim": QT_TRANSLATE_NOOP("report", "Child victim"),
    "officer injured": QT_TRANSLATE_NOOP("report", "Officer injured"),
    "serious crash": QT_TRANSLATE_NOOP("report", "Serious crash"),
    "first on scene": QT_TRANSLATE_NOOP("report", "First on scene"),
    "backup": QT_TRANSLATE_NOOP("report", "Backup"),
    "supervisor": QT_TRANSLATE_NOOP("report", "Supervisor"),
    "investigator": QT_TRANSLATE_NOOP("report", "Investigator"),
}

_WEEKDAYS = (
    QT_TRANSLATE_NOOP("report", "Mon"),
    QT_TRANSLATE_NOOP("report", "Tue"),
    QT_TRANSLATE_NOOP("report", "Wed"),
    QT_TRANSLATE_NOOP("report", "Thu"),
    QT_TRANSLATE_NOOP("report", "Fri"),
    QT_TRANSLATE_NOOP("report", "Sat"),
    QT_TRANSLATE_NOOP("report", "Sun"),
)
_MONTHS = (
    QT_TRANSLATE_NOOP("report", "January"),
    QT_TRANSLATE_NOOP("report", "February"),
    QT_TRANSLATE_NOOP("report", "March"),
    QT_TRANSLATE_NOOP("report", "April"),
    QT_TRANSLATE_NOOP("report", "May"),
    QT_TRANSLATE_NOOP("report", "June"),
    QT_TRANSLATE_NOOP("report", "July"),
    QT_TRANSLATE_NOOP("report", "August"),
    QT_TRANSLATE_NOOP("report", "September"),
    QT_TRANSLATE_NOOP("report", "October"),
    QT_TRANSLATE_NOOP("report", "November"),
    QT_TRANSLATE_NOOP("report", "December"),
)
_MONTHS_SHORT = (
    QT_TRANSLATE_NOOP("report", "Jan"),
    QT_TRANSLATE_NOOP("report", "Feb"),
    QT_TRANSLATE_NOOP("report", "Mar"),
    QT_TRANSLATE_NOOP("report", "Apr"),
    QT_TRANSLATE_NOOP("report", "May"),
    QT_TRANSLATE_NOOP("report", "Jun"),
    QT_TRANSLATE_NOOP("report", "Jul"),
    QT_TRANSLATE_NOOP("report", "Aug"),
    QT_TRANSLATE_NOOP("report", "Sep"),
    QT_TRANSLATE_NOOP("report", "Oct"),
    QT_TRANSLATE_NOOP("report", "Nov"),
    QT_TRANSLATE_NOOP("report", "Dec"),
)


class Words:
    """The words and the ways of writing dates and figures, through ``tr``."""

    def __init__(self, tr: Translate = as_written) -> None:
        self.tr = tr

    def __call__(self, text: str) -> str:
        return self.tr(text)

    def item(self, key: str) -> str:
        """A stored list item; one the person added is shown as they wrote it."""
        return self.tr(ITEMS[key]) if key in ITEMS else key

    def items(self, keys: tuple[str, ...] | list[str]) -> str:
        return ", ".join(self.item(k) for k in keys)

    def exercise(self, exercise_id: str) -> str:
        if not exercise_id:
            return self.tr(ANY_EXERCISE)
        name = EXERCISE_NAMES.get(exercise_id)
        return self.tr(name) if name else exercise_id

    def month_short(self, month: int) -> str:
        return self.tr(_MONTHS_SHORT[month - 1])

    def day(self, day: date) -> str:
        """Mon 3 Mar"""
        return f"{self.tr(_WEEKDAYS[day.weekday()])} {day.day} {self.month_short(day.month)}"

    def day_month(self, day: date) -> str:
        """3 Mar"""
        return f"{day.day} {self.month_short(day.month)}"

    def long_day(self, day: date) -> str:
        """3 March 2025"""
        return f"{day.day} {self.tr(_MONTHS[day.month - 1])} {day.year}"

    def weekday(self, day: date) -> str:
        return self.tr(_WEEKDAYS[day.weekday()])

    @staticmethod
    def clock(moment: datetime) -> str:
        return moment.strftime("%H:%M")

    @staticmethod
    def hours_minutes(minutes: float) -> str:
        """7:05 (a duration, hours:minutes)."""
        total = round(minutes)
        return f"{total // 60}:{total % 60:02d}"

    def duration(self, minutes: float) -> str:
        """7 h 05 min"""
        total = round(minutes)
        hours, mins = divmod(total, 60)
        if hours:
            return self.tr(HOURS_MINUTES).format(hours, mins)
        return self.tr(MINUTES_ONLY).format(mins)

    @staticmethod
    def number(value: float, decimals: int = 1) -> str:
        return f"{value:.{decimals}f}"

    @staticmethod
    def percent(value: float) -> str:
        return f"{round(value)}%"

    def mood(self, value: int) -> str:
        return f"{value} {self.tr(MOODS[value - 1])}"
