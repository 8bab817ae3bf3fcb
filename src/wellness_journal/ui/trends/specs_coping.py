"""Coping: stress before and after each exercise, and practice over time."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from wellness_journal.core import trends as maths
from wellness_journal.core.helps import MIN_RATED
from wellness_journal.core.trend_data import ExerciseRatings
from wellness_journal.core.trends import Bucket, CountBar, Period, Span
from wellness_journal.services.trends import TrendsService
from wellness_journal.ui.trends import words
from wellness_journal.ui.trends.specs import Spec, _t

if TYPE_CHECKING:
    from wellness_journal.charts.style import Chart, ChartTheme


def _enough(rows: list[ExerciseRatings]) -> list[ExerciseRatings]:
    """Exercises with enough rated sessions for a figure, the biggest drop in stress first."""
    kept = [r for r in rows if r.rated >= MIN_RATED and r.change is not None]
    return sorted(kept, key=lambda r: (r.change, -r.rated, r.exercise_id))


class RatingsSpec(Spec):
    id = "ratings"

    def title(self) -> str:
        return _t("Stress before and after each exercise")

    def empty_text(self) -> str:
        return _t(
            "Rate your stress before and after an exercise in the Toolbox. Once an exercise has "
            "{0} rated sessions, it shows here with your average before and after."
        ).format(MIN_RATED)

    def load(self, svc: TrendsService, period: Period) -> list[ExerciseRatings]:
        return svc.exercises(period)

    def is_empty(self, data: Any) -> bool:
        return not _enough(data)

    def draw(self, data: Any, period: Period, theme: ChartTheme, width: float) -> Chart:
        from wellness_journal.charts import coping

        rows = _enough(data)
        return coping.ratings(
            rows,
            [
                _t("{0}\n{1} rated").format(words.exercise_name(r.exercise_id), r.rated)
                for r in rows
            ],
            theme,
            {
                "before": _t("Before"),
                "after": _t("After"),
                "x": _t("Stress, from 0 (calm) to 10 (the worst you can imagine)"),
            },
            width=width,
        )

    def caption(self, data: Any, period: Period, span: Span) -> str:
        rows = _enough(data)
        best = rows[0]
        text = _t(
            "Your stress came down most with {0}: from {1} to {2} on average, over {3} rated "
            "sessions."
        ).format(
            words.exercise_name(best.exercise_id),
            words.number(best.before or 0.0),
            words.number(best.after or 0.0),
            best.rated,
        )
        if best.change is not None and best.change >= 0:
            text = _t("Your ratings after an exercise were about the same as before.")
        few = len(data) - len(rows)
        if few:
            text += " " + (
                _t("One more exercise needs {0} rated sessions to show here.").format(MIN_RATED)
                if few == 1
                else _t("{0} more exercises need {1} rated sessions to show here.").format(
                    few, MIN_RATED
                )
            )
        return text + " " + _t("These figures come only from your own ratings.")

    def describe(self, data: Any, period: Period, key: str, index: int) -> str:
        row = _enough(data)[index]
        return _t("{0}\nBefore {1}, after {2}\n{3} rated sessions").format(
            words.exercise_name(row.exercise_id),
            words.number(row.before or 0.0),
            words.number(row.after or 0.0),
            row.rated,
        )


@dataclass
class Practice:
    bars: list[CountBar]
    bucket: Bucket
    sessions: int
    days: int
    minutes: float


class PracticeSpec(Spec):
    id = "practice"

    def title(self) -> str:
        return _t("Practice over time")

    def empty_text(self) -> str:
        return _t(
            "Try an exercise in the Toolbox. Every one you do, finished or not, shows here, so "
            "you can see your practice grow."
        )

    def load(self, svc: TrendsService, period: Period) -> Practice:
        days = svc.practice(period)
        bucket = maths.bucket_for(period)
        return Practice(
            maths.count_bars(((d.day, d.sessions, d.minutes) for d in days), bucket),
            bucket,
            sum(d.sessions for d in days),
            len(days),
            sum(d.minutes for d in days),
        )

    def is_empty(self, data: Any) -> bool:
        return bool(data.sessions == 0)

    def draw(self, data: Any, period: Period, theme: ChartTheme, width: float) -> Chart:
        from wellness_journal.charts import coping

        return coping.practice(
            data.bars,
            data.bucket,
            period,
            theme,
            {"count": words.per_bucket(data.bucket)},
            width=width,
        )

    def caption(self, data: Any, period: Period, span: Span) -> str:
        times = _t("once") if data.sessions == 1 else _t("{0} times").format(data.sessions)
        text = _t("You practised {0} on {1} {2}, {3} in all").format(
            times,
            words.days_count(data.days),
            words.span_phrase(span),
            words.duration(data.minutes),
        )
        if period.days >= 14:
            text += _t(": about {0} times a week.").format(
                words.number(maths.per_week(data.sessions, period))
            )
        else:
            text += "."
        return text

    def describe(self, data: Any, period: Period, key: str, index: int) -> str:
        bar: CountBar = data.bars[index]
        count = _t("1 session") if bar.count == 1 else _t("{0} sessions").format(bar.count)
        return _t("{0}\n{1}, {2}").format(
            words.bucket_label(bar.start, data.bucket), count, words.duration(bar.minutes)
        )
