"""The words the Trends page and its charts use. Plain functions over
``QCoreApplication.translate`` (thread-safe), so charts built off the GUI thread can use them."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from wellness_journal.core.trends import Bucket, Span
from wellness_journal.ui.today import labels
from wellness_journal.ui.toolbox.words import Words


def _t(text: str) -> str:
    return QCoreApplication.translate("trends", text)


duration = labels.duration
short_day = labels.short_day
item = labels.item


def number(value: float, decimals: int = 1) -> str:
    return QLocale().toString(float(value), "f", decimals)


def percent(value: float) -> str:
    return _t("{0}%").format(round(value))


def _span_words(span: Span) -> tuple[str, str]:
    """A range's name on its button, and how a caption says it."""
    return {
        Span.WEEKS_2: (_t("2 weeks"), _t("in these 2 weeks")),
        Span.MONTHS_3: (_t("3 months"), _t("in these 3 months")),
        Span.YEAR: (_t("1 year"), _t("in the last year")),
        Span.ALL: (_t("All"), _t("since you started")),
    }[span]


def span_name(span: Span) -> str:
    return _span_words(span)[0]


def span_phrase(span: Span) -> str:
    """How a caption names the range: "in these 2 weeks"."""
    return _span_words(span)[1]


def month_year(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, 1), "MMMM yyyy")


def bucket_label(start: date, bucket: Bucket) -> str:
    if bucket is Bucket.WEEK:
        return _t("Week of {0}").format(short_day(start))
    if bucket is Bucket.MONTH:
        return month_year(start)
    return short_day(start)


def per_bucket(bucket: Bucket) -> str:
    return {
        Bucket.DAY: _t("Sessions a day"),
        Bucket.WEEK: _t("Sessions a week"),
        Bucket.MONTH: _t("Sessions a month"),
    }[bucket]


def shift_days(shift: str) -> str:
    """Days of a shift, as a caption says it: "night-shift days"."""
    known = {
        "day": _t("day-shift days"),
        "evening": _t("evening-shift days"),
        "night": _t("night-shift days"),
        "off": _t("days off"),
        "training": _t("training days"),
        "court": _t("court days"),
        "overtime": _t("overtime days"),
    }
    return known.get(shift, _t("“{0}” days").format(shift))


def days_count(n: int) -> str:
    return _t("1 day") if n == 1 else _t("{0} days").format(n)


def months_short() -> list[str]:
    locale = QLocale()
    return [locale.monthName(m, QLocale.FormatType.ShortFormat) for m in range(1, 13)]


def weekdays_short() -> list[str]:
    locale = QLocale()
    return [locale.dayName(d, QLocale.FormatType.ShortFormat) for d in range(1, 8)]


def exercise_name(exercise_id: str) -> str:
    """The toolbox's name for an exercise."""
    return Words().name(exercise_id)


def after_today(counts: dict[str, int]) -> str:
    """A line for records dated after today (no chart shows them yet); "" when there are none."""
    if not counts:
        return ""
    names = {
        "checkins": (_t("1 check-in"), _t("{0} check-ins")),
        "sleep": (_t("1 sleep"), _t("{0} sleeps")),
        "stress": (_t("1 stress entry"), _t("{0} stress entries")),
        "incidents": (_t("1 hard call"), _t("{0} hard calls")),
        "selfchecks": (_t("1 self-check"), _t("{0} self-checks")),
    }
    parts = [
        one if counts[key] == 1 else many.format(counts[key])
        for key, (one, many) in names.items()
        if counts.get(key)
    ]
    return _t(
        "Dated after today, so not in these charts yet: {0}. They are kept (perhaps a clock "
        "was wrong); the stress log and the sleep diary on Today list theirs, to correct."
    ).format(", ".join(parts))
