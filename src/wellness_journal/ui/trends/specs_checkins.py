"""Mood, stress and energy over time, and the check-in calendar."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wellness_journal.core import trends as maths
from wellness_journal.core.trend_data import CheckinDay
from wellness_journal.core.trends import MONTHLY_DAYS, BucketMean, Direction, Period, Span
from wellness_journal.services.trends import TrendsService
from wellness_journal.ui.today import labels as today_labels
from wellness_journal.ui.trends import words
from wellness_journal.ui.trends.specs import CHART_HEIGHT, Spec, _t

if TYPE_CHECKING:
    from wellness_journal.charts.style import Chart, ChartTheme

GOOD_MOOD = 4  # "Good" and "Very good"


def _checked(days: list[CheckinDay]) -> list[CheckinDay]:
    return [d for d in days if d.checked_in]


class CheckinsSpec(Spec):
    id = "checkins"

    def __init__(self) -> None:
        # the month averages a hover over years reads, worked out once per chart shown (on
        # the GUI thread: 9 ms for 30 years, too long for every move of the pointer)
        self._months: tuple[list[CheckinDay], dict[str, list[BucketMean]]] | None = None

    def title(self) -> str:
        return _t("Mood, stress and energy")

    def empty_text(self) -> str:
        return _t(
            "Nothing to show for this time yet. Check in on the Today page: rating your mood, "
            "stress and energy takes a few seconds, and each day you do adds a point here."
        )

    def load(self, svc: TrendsService, period: Period) -> list[CheckinDay]:
        return svc.checkins(period)

    def is_empty(self, data: Any) -> bool:
        return not any(d.mood is not None or d.stress is not None for d in data)

    def draw(self, data: Any, period: Period, theme: ChartTheme, width: float) -> Chart:
        from wellness_journal.charts import checkins

        return checkins.build(
            data,
            period,
            theme,
            {
                "mood": _t("Mood"),
                "stress": _t("Stress"),
                "energy": _t("Energy"),
                "daily": _t("Each day's rating"),
                "average": _t("7-day average"),
                "monthly": _t("Each month's average"),
            },
            width=width,
            height=CHART_HEIGHT,
        )

    def caption(self, data: Any, period: Period, span: Span) -> str:
        days: list[CheckinDay] = data
        parts = [
            _t("You checked in on {0} of these {1} days.").format(len(_checked(days)), period.days)
        ]
        parts.append(self._scale(_t("Stress"), [d.stress for d in days], _t("out of 10")))
        parts.append(self._scale(_t("Mood"), [d.mood for d in days], _t("out of 5")))
        if period.days > MONTHLY_DAYS:
            parts.append(_t("Each point is a month's average."))
        return " ".join(p for p in parts if p)

    @staticmethod
    def _scale(name: str, values: list[int | None], scale: str) -> str:
        average = maths.mean(values)
        if average is None:
            return ""
        text = _t("{0} averaged {1} {2}").format(name, words.number(average), scale)
        halves = maths.compare_halves([None if v is None else float(v) for v in values])
        if halves is None:
            return text + "."
        if halves.direction is Direction.STEADY:
            return text + _t(", about the same all through.")
        higher = halves.direction is Direction.UP
        return text + (
            _t(": higher in the second half of this time ({0}) than in the first ({1}).")
            if higher
            else _t(": lower in the second half of this time ({0}) than in the first ({1}).")
        ).format(words.number(halves.later), words.number(halves.earlier))

    def describe(self, data: Any, period: Period, key: str, index: int) -> str:
        if key.endswith("_month"):
            return self._month(data, key.removesuffix("_month"), index)
        day: CheckinDay = data[index]
        head = words.short_day(day.day)
        if not day.checked_in:
            return _t("{0}\nNo check-in").format(head)
        value = getattr(day, key)
        average = getattr(day, f"{key}_mean")
        name = {"mood": _t("Mood"), "stress": _t("Stress"), "energy": _t("Energy")}[key]
        if value is None:
            line = _t("{0} not rated").format(name)
        elif key == "mood":
            line = _t("{0}: {1} ({2} of 5)").format(name, today_labels.mood_words()[value], value)
        else:
            line = _t("{0}: {1} of 10").format(name, value)
        if average is not None:
            line += "\n" + _t("7-day average: {0}").format(words.number(average))
        return f"{head}\n{line}"

    def _month(self, days: list[CheckinDay], key: str, index: int) -> str:
        from wellness_journal.charts.checkins import month_means

        if self._months is None or self._months[0] is not days:
            self._months = (days, {})
        known = self._months[1]
        if key not in known:
            known[key] = month_means(days, key)
        month = known[key][index]
        name = {"mood": _t("Mood"), "stress": _t("Stress"), "energy": _t("Energy")}[key]
        scale = _t("of 5") if key == "mood" else _t("of 10")
        return _t("{0}\n{1} averaged {2} {3}, over {4}").format(
            words.month_year(month.start),
            name,
            words.number(month.mean),
            scale,
            words.days_count(month.days),
        )


class CalendarSpec(Spec):
    id = "calendar"

    def title(self) -> str:
        return _t("Check-in calendar")

    def empty_text(self) -> str:
        return _t(
            "Each day you check in on the Today page fills a square here, coloured by your mood, "
            "so a year fits at a glance."
        )

    def load(self, svc: TrendsService, period: Period) -> list[CheckinDay]:
        return svc.checkins(period)

    def is_empty(self, data: Any) -> bool:
        return not _checked(data)

    def draw(self, data: Any, period: Period, theme: ChartTheme, width: float) -> Chart:
        from wellness_journal.charts import calendar

        moods = today_labels.mood_words()
        return calendar.build(
            data,
            period,
            theme,
            {
                "checked": _t("Checked in, mood not rated"),
                "none": _t("No check-in"),
                "moods": _t("Mood: {0} … {1}").format(moods[1].lower(), moods[5].lower()),
            },
            [moods[n] for n in range(1, 6)],
            words.weekdays_short(),
            words.months_short(),
            width=width,
        )

    def caption(self, data: Any, period: Period, span: Span) -> str:
        checked = _checked(data)
        good = sum(1 for d in checked if d.mood is not None and d.mood >= GOOD_MOOD)
        text = _t("You checked in on {0} of these {1} days").format(len(checked), period.days)
        if good:
            text += _t(", and on {0} of them your mood was good or very good").format(good)
        text += "."
        run = maths.longest_run(d.day for d in checked)
        if run >= 3:
            text += " " + _t("Your longest run was {0} days in a row.").format(run)
        return text

    def describe(self, data: Any, period: Period, key: str, index: int) -> str:
        day: CheckinDay = data[index]
        head = words.short_day(day.day)
        if not day.checked_in:
            return _t("{0}\nNo check-in").format(head)
        if day.mood is None:
            return _t("{0}\nChecked in, mood not rated").format(head)
        return _t("{0}\nMood: {1}").format(head, today_labels.mood_words()[day.mood])
