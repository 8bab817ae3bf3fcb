"""Sleep over time, sleep by shift, and sleep against the next day's stress."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from wellness_journal.core import sleep_trends as sleepy
from wellness_journal.core import trends as maths
from wellness_journal.core.sleep_trends import ShiftSleep, SleepBar, SleepPoint
from wellness_journal.core.trends import MIN_POINTS, Bucket, Period, Relation, Span, Strength
from wellness_journal.services.trends import TrendsService
from wellness_journal.ui.trends import words
from wellness_journal.ui.trends.specs import CHART_HEIGHT, Spec, _t

if TYPE_CHECKING:
    from wellness_journal.charts.style import Chart, ChartTheme

NAMED_SHIFTS = ("day", "evening", "night", "off")  # the ones with their own colour


@dataclass
class SleepData:
    points: list[SleepPoint]
    shifts: dict[date, str]
    bars: list[SleepBar]
    bucket: Bucket


class SleepSpec(Spec):
    id = "sleep"

    def title(self) -> str:
        return _t("Sleep")

    def empty_text(self) -> str:
        return _t(
            "Add your sleep in the sleep diary on the Today page, naps included, and you will see "
            "how much you sleep and how it changes with your shifts."
        )

    def load(self, svc: TrendsService, period: Period) -> SleepData:
        points = svc.sleep(period)
        bucket = maths.bucket_for(period)
        return SleepData(points, svc.shifts(period), sleepy.sleep_bars(points, bucket), bucket)

    def is_empty(self, data: Any) -> bool:
        return not data.points

    def draw(self, data: Any, period: Period, theme: ChartTheme, width: float) -> Chart:
        from wellness_journal.charts import sleep

        return sleep.timeline(
            data.points,
            data.shifts,
            period,
            theme,
            {
                "hours": _t("Hours\nasleep"),
                "main": _t("Main sleep"),
                "nap": _t("Naps"),
                "guide": _t("7 hours"),
                "efficiency": _t("Efficiency"),
                "shift": _t("Shift"),
            },
            {key: words.item(key) for key in NAMED_SHIFTS},
            width=width,
            height=CHART_HEIGHT + 0.3,
        )

    def caption(self, data: Any, period: Period, span: Span) -> str:
        summary = sleepy.sleep_summary(data.points)
        if summary is None:
            return ""
        text = _t(
            "On the {0} days with sleep logged you slept {1} a day on average, naps included; "
            "{2} of them reached 7 hours."
        ).format(summary.days, words.duration(summary.average), summary.at_least_guide)
        text += " " + _t(
            "Sleep efficiency, the share of time in bed spent asleep, was {0}."
        ).format(words.percent(summary.efficiency))
        if data.bucket is Bucket.WEEK:
            text += " " + _t("Each bar is a week's average.")
        elif data.bucket is Bucket.MONTH:
            text += " " + _t("Each bar is a month's average.")
        return text

    def describe(self, data: Any, period: Period, key: str, index: int) -> str:
        bar: SleepBar = data.bars[index]
        head = words.bucket_label(bar.start, data.bucket)
        if data.bucket is Bucket.DAY:
            line = _t("{0} asleep").format(words.duration(bar.total))
            if bar.nap:
                line += " " + _t("(naps {0})").format(words.duration(bar.nap))
            lines = [head, line, _t("Efficiency {0}").format(words.percent(bar.efficiency))]
            shift = data.shifts.get(bar.start)
            if shift:
                lines.append(_t("Shift: {0}").format(words.item(shift)))
            return "\n".join(lines)
        return "\n".join(
            [
                head,
                _t("{0} a day on average").format(words.duration(bar.total)),
                _t("Efficiency {0}").format(words.percent(bar.efficiency)),
                _t("{0} logged").format(words.days_count(bar.days)),
            ]
        )


class ByShiftSpec(Spec):
    id = "by_shift"

    def title(self) -> str:
        return _t("Sleep by shift")

    def empty_text(self) -> str:
        return _t(
            "To compare your sleep on different shifts, note the shift in your daily check-in on "
            "the days you log sleep."
        )

    def load(self, svc: TrendsService, period: Period) -> list[ShiftSleep]:
        return sleepy.by_shift(svc.sleep(period))

    def draw(self, data: Any, period: Period, theme: ChartTheme, width: float) -> Chart:
        from wellness_journal.charts import sleep

        rows: list[ShiftSleep] = data
        return sleep.by_shift(
            rows,
            [f"{words.item(r.shift)}\n{words.days_count(r.days)}" for r in rows],
            [words.duration(r.average) for r in rows],
            [words.percent(r.efficiency) for r in rows],
            theme,
            {
                "hours": _t("Average sleep, naps included"),
                "efficiency": _t("Efficiency"),
                "guide": _t("7 hours"),
            },
            width=width,
        )

    def caption(self, data: Any, period: Period, span: Span) -> str:
        rows: list[ShiftSleep] = data
        pair = sleepy.shortest_and_longest(rows)
        if pair is None:
            (row,) = rows
            return _t(
                "Your average sleep on {0} was {1} over {2}. Note your shift on other days too to "
                "compare them."
            ).format(
                words.shift_days(row.shift), words.duration(row.average), words.days_count(row.days)
            )
        least, most = pair
        return _t("Your average sleep on {0} was {1} over {2}; on {3} it was {4} over {5}.").format(
            words.shift_days(least.shift),
            words.duration(least.average),
            words.days_count(least.days),
            words.shift_days(most.shift),
            words.duration(most.average),
            words.days_count(most.days),
        )

    def describe(self, data: Any, period: Period, key: str, index: int) -> str:
        row: ShiftSleep = data[index]
        return _t("{0}\n{1} asleep on average, efficiency {2}\nOver {3}").format(
            words.item(row.shift),
            words.duration(row.average),
            words.percent(row.efficiency),
            words.days_count(row.days),
        )


class SleepStressSpec(Spec):
    id = "sleep_stress"

    def title(self) -> str:
        return _t("Sleep and the next day's stress")

    def empty_text(self) -> str:
        return _t(
            "This chart needs days with both a sleep entry and a check-in with a stress rating. "
            "Log your sleep and check in on the same days, and each such day adds a dot."
        )

    def load(self, svc: TrendsService, period: Period) -> Relation:
        return svc.sleep_and_stress(period)

    def is_empty(self, data: Any) -> bool:
        return bool(data.n == 0)

    def draw(self, data: Any, period: Period, theme: ChartTheme, width: float) -> Chart:
        from wellness_journal.charts import relations

        return relations.build(
            data,
            theme,
            {
                "x": _t("Hours asleep (naps included)"),
                "y": _t("Stress the next day"),
                "days": _t("A day"),
                "trend": _t("Trend"),
                "guide": _t("7 hours"),
            },
            width=width,
        )

    def caption(self, data: Any, period: Period, span: Span) -> str:
        rel: Relation = data
        if rel.enough and rel.fit is None:
            return _t(
                "Over {0} you slept the same length of time each day, so there is no trend to show."
            ).format(words.days_count(rel.n))
        if not rel.enough or rel.fit is None:
            return _t(
                "This rests on {0} so far. From {1} such days on, a trend line will show whether "
                "shorter sleep goes with more stress for you."
            ).format(words.days_count(rel.n), MIN_POINTS)
        fit = rel.fit
        strength = maths.strength(fit.r)
        if strength is Strength.NONE:
            return _t(
                "Over {0}, how long you slept made little difference to the stress you rated the "
                "next day."
            ).format(words.days_count(rel.n))
        per_hour = words.number(abs(fit.slope))
        if fit.slope < 0:
            text = _t(
                "Over {0}, shorter sleep went with more stress the next day: about {1} points more "
                "for each hour less."
            ).format(words.days_count(rel.n), per_hour)
        else:
            text = _t(
                "Over {0}, longer sleep went with a little more stress the next day: about {1} "
                "points for each extra hour."
            ).format(words.days_count(rel.n), per_hour)
        if strength is Strength.WEAK:
            text += " " + _t("The pattern is weak: many days do not follow it.")
        return text + " " + _t("It is a pattern in your own entries, not proof of a cause.")

    def describe(self, data: Any, period: Period, key: str, index: int) -> str:
        rel: Relation = data
        head = words.short_day(rel.days[index]) if rel.days else ""
        return _t("{0}\n{1} asleep, stress {2} of 10").format(
            head, words.duration(rel.xs[index] * 60), round(rel.ys[index])
        )
