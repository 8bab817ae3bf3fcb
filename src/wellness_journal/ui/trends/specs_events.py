"""Stress log entries and critical incidents on one timeline, with the follow-up scores."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wellness_journal.core import trends as maths
from wellness_journal.core.trend_data import FOLLOW_UP_MAX, Events, IncidentMark
from wellness_journal.core.trends import HIGH_SUDS, AfterIncident, Period, Span
from wellness_journal.services.trends import TrendsService
from wellness_journal.ui.today import labels as today_labels
from wellness_journal.ui.trends import words
from wellness_journal.ui.trends.specs import CHART_HEIGHT, Spec, _t

MAX_TOLD = 3  # hard calls a caption tells one by one; more: how many, and the latest

if TYPE_CHECKING:
    from wellness_journal.charts.style import Chart, ChartTheme


class EventsSpec(Spec):
    id = "events"

    def title(self) -> str:
        return _t("Stress log and critical incidents")

    def empty_text(self) -> str:
        return _t(
            "Nothing logged in this time. When you note a stressful moment or a critical incident "
            "on the Today page, it shows on this timeline, with how you were doing in the weeks "
            "after an incident."
        )

    def load(self, svc: TrendsService, period: Period) -> Events:
        return svc.events(period)

    def is_empty(self, data: Any) -> bool:
        return bool(data.empty)

    def draw(self, data: Any, period: Period, theme: ChartTheme, width: float) -> Chart:
        from wellness_journal.charts import events

        return events.build(
            data,
            period,
            theme,
            {
                "stress": _t("Stress\nlog"),
                "after": _t("After an\nincident"),
                "entries": _t("Highest stress that day"),
                "incident": _t("Critical incident"),
            },
            # Never the kind of incident on a chart someone may see over a shoulder.
            [_t("Hard call") for _m in data.incidents],
            width=width,
            height=CHART_HEIGHT,
        )

    def caption(self, data: Any, period: Period, span: Span) -> str:
        events: Events = data
        parts = []
        summary = maths.stress_summary(list(events.stress))
        if summary is not None:
            parts.append(
                _t(
                    "You logged {0} stressful moments on {1}, and rated {2} of them {3} or higher."
                ).format(summary.entries, words.days_count(summary.days), summary.high, HIGH_SUDS)
                if summary.entries != 1
                else _t("You logged one stressful moment {0}.").format(words.span_phrase(span))
            )
        told = maths.after_incidents(events, period)
        if len(told) <= MAX_TOLD:
            parts.extend(self._one(after) for after in told)
        else:  # years of hard calls: one line each would be a wall of text (and a long layout)
            parts.append(self._many(events, period, span, told))
        return " ".join(parts)

    @staticmethod
    def _one(after: AfterIncident) -> str:
        if after.first is None or after.last is None:
            return _t("You logged a hard call on {0}.").format(words.short_day(after.mark.day))
        return _t(
            "After the hard call on {0}, your check-in scores went from {1} at "
            "{2} to {3} at {4}, out of {5}: lower means fewer reactions."
        ).format(
            words.short_day(after.mark.day),
            after.first.total,
            today_labels.step_name(after.first.step),
            after.last.total,
            today_labels.step_name(after.last.step),
            FOLLOW_UP_MAX,
        )

    @staticmethod
    def _many(events: Events, period: Period, span: Span, told: list[AfterIncident]) -> str:
        """Many hard calls: how many, how many eased, and the latest told in full."""
        count = sum(1 for m in events.incidents if m.day in period)
        parts = []
        if count == 1:
            parts.append(_t("You logged one hard call {0}.").format(words.span_phrase(span)))
        elif count:
            parts.append(
                _t("You logged {0} hard calls {1}.").format(count, words.span_phrase(span))
            )
        scored = [a for a in told if a.first is not None]
        if len(scored) >= 2:
            parts.append(
                _t(
                    "For {0} of the {1} with two or more check-ins after them, the last score "
                    "was lower than the first."
                ).format(sum(1 for a in scored if a.lower), len(scored))
            )
        if scored:  # the latest told in full
            parts.append(EventsSpec._one(scored[-1]))
        return " ".join(parts)

    def describe(self, data: Any, period: Period, key: str, index: int) -> str:
        events: Events = data
        if key == "stress":
            day = events.stress[index]
            if day.entries == 1:
                return _t("{0}\nOne entry, stress {1} of 10").format(
                    words.short_day(day.day), day.highest
                )
            return _t("{0}\n{1} entries, highest {2} of 10").format(
                words.short_day(day.day), day.entries, day.highest
            )
        if key == "incident":
            shown = [m for m in events.incidents if m.day in period]
            mark = shown[index]
            return _t("{0}\nA hard call").format(words.short_day(mark.day))
        score = events.follow_ups[index]
        found = self._incident(events, score.incident_uid)
        when = words.short_day(found.day) if found is not None else ""
        return _t("{0}\nCheck-in at {1} after the hard call on {2}: {3} of {4}").format(
            words.short_day(score.day),
            today_labels.step_name(score.step),
            when,
            score.total,
            FOLLOW_UP_MAX,
        )

    @staticmethod
    def _incident(events: Events, uid: str) -> IncidentMark | None:
        return next((m for m in events.incidents if m.uid == uid), None)
