"""The words Today shows: scale steps, list items, durations and the sleep-diary messages."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from wellness_journal.core.incidents import Step
from wellness_journal.core.sleep import Issue, Problem


def translate(text: str) -> str:
    return QCoreApplication.translate("today", text)


_t = translate


def mood_words() -> dict[int, str]:
    return {1: _t("Very low"), 2: _t("Low"), 3: _t("Okay"), 4: _t("Good"), 5: _t("Very good")}


def quality_words() -> dict[int, str]:
    return {1: _t("Very poor"), 2: _t("Poor"), 3: _t("Fair"), 4: _t("Good"), 5: _t("Very good")}


def answer_words() -> dict[int, str]:
    return {
        0: _t("Not at all"),
        1: _t("A little"),
        2: _t("Some"),
        3: _t("Quite a bit"),
        4: _t("A lot"),
    }


def item(key: str) -> str:
    """A stored list item (shift, trigger, body sign, category, role) in the user's language."""
    known = {
        # shifts
        "day": _t("Day"),
        "evening": _t("Evening"),
        "night": _t("Night"),
        "off": _t("Off"),
        "training": _t("Training"),
        "court": _t("Court"),
        "overtime": _t("Overtime"),
        # stress triggers
        "call for service": _t("Call for service"),
        "use of force": _t("Use of force"),
        "supervisor or administration": _t("Supervisor or administration"),
        "family": _t("Family"),
        "fatigue": _t("Fatigue"),
        "other": _t("Other"),
        # body signs
        "racing heart": _t("Racing heart"),
        "tight chest": _t("Tight chest"),
        "fast breathing": _t("Fast breathing"),
        "tense muscles": _t("Tense muscles"),
        "clenched jaw": _t("Clenched jaw"),
        "headache": _t("Headache"),
        "upset stomach": _t("Upset stomach"),
        "sweating": _t("Sweating"),
        "shaking": _t("Shaking"),
        "restless": _t("Restless"),
        "exhausted": _t("Exhausted"),
        # incident categories and roles
        "death": _t("Death"),
        "child victim": _t("Child victim"),
        "officer injured": _t("Officer injured"),
        "serious crash": _t("Serious crash"),
        "first on scene": _t("First on scene"),
        "backup": _t("Backup"),
        "supervisor": _t("Supervisor"),
        "investigator": _t("Investigator"),
    }
    return known.get(key, key)


def step_name(step: Step) -> str:
    return {
        Step.DAY3: _t("day 3"),
        Step.WEEK1: _t("week 1"),
        Step.WEEK4: _t("week 4"),
        Step.WEEK12: _t("week 12"),
    }[step]


def step_title(step: Step) -> str:
    return {
        Step.DAY3: _t("Three days on"),
        Step.WEEK1: _t("One week on"),
        Step.WEEK4: _t("Four weeks on"),
        Step.WEEK12: _t("Twelve weeks on"),
    }[step]


def duration(minutes: float) -> str:
    total = round(minutes)
    hours, mins = divmod(abs(total), 60)
    if hours and mins:
        return _t("{0} h {1:02d} min").format(hours, mins)
    if hours:
        return _t("{0} h").format(hours)
    return _t("{0} min").format(mins)


def clock(moment: datetime) -> str:
    return moment.strftime("%H:%M")


def short_day(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM")


def day_with_year(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM yyyy")


def long_day(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "dddd, d MMMM")


def when(moment: datetime) -> str:
    return f"{short_day(moment.date())} {clock(moment)}"


def field_name(field: str) -> str:
    return {
        "latency_min": _t("Minutes to fall asleep"),
        "awakenings": _t("Times you woke up"),
        "waso_min": _t("Minutes awake in the night"),
        "caffeine_drinks": _t("Caffeine drinks"),
        "alcohol_drinks": _t("Alcoholic drinks"),
    }.get(field, field)


def sleep_message(issue: Issue) -> str:
    """A calm sentence that says what does not fit and how to fix it."""
    p = issue.problem
    if p is Problem.OUT_NOT_AFTER_IN:
        return _t("Getting out of bed has to come after getting into bed. Check those two times.")
    if p is Problem.TOO_LONG:
        return _t(
            "That is {0} in bed, longer than 24 hours. Check the day you got up, or log it as "
            "separate sleeps."
        ).format(duration(issue.minutes))
    if p is Problem.TRIED_OUTSIDE:
        return _t(
            "The time you tried to fall asleep should be between getting into bed and getting up."
        )
    if p is Problem.FINAL_OUTSIDE:
        return _t(
            "The time you woke up for the last time should come after you fell asleep (the time "
            "you tried, plus the minutes it took) and no later than getting out of bed."
        )
    if p is Problem.AWAKE_TOO_LONG:
        return _t(
            "Minutes to fall asleep and minutes awake add up to {0}, but there are only {1} "
            "between trying to sleep and waking up for the last time."
        ).format(duration(issue.minutes), duration(issue.limit))
    if p is Problem.NEGATIVE:
        return _t("{0} can't be below zero.").format(field_name(issue.field))
    if p is Problem.QUALITY_RANGE:
        return _t("Sleep quality goes from 1 to 5.")
    if p is Problem.IN_FUTURE:
        return _t(
            "Getting out of bed is still to come. A sleep can be logged once you are up: check "
            "the day you got up and the times."
        )
    other = issue.other
    if other is None:
        return _t("This overlaps another sleep in your diary.")
    return _t(
        "This overlaps the sleep you logged from {0} to {1}. Change the times, or edit that "
        "entry in the sleep diary."
    ).format(when(other.into_bed), when(other.out_of_bed))
