"""A chart per self-check questionnaire: each result with a total, over the published bands
(shaded lightly) or cut-off. Only the questionnaires taken in the range are shown."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from wellness_journal.core.selfchecks import (
    AUDITC_CUTOFF,
    MEANINGFUL_CHANGE,
    PCL5_CUTOFF,
    PHQ2_CUTOFF,
    SCALES,
    WHO5_CUTOFF,
    Band,
    Instrument,
    Sex,
    band_for,
)
from wellness_journal.core.trend_data import SelfCheckPoint
from wellness_journal.core.trends import Period, Span
from wellness_journal.services import report_words
from wellness_journal.services.trends import TrendsService
from wellness_journal.ui.selfchecks import words as sc_words
from wellness_journal.ui.trends import words
from wellness_journal.ui.trends.specs import Spec, _t

if TYPE_CHECKING:
    from wellness_journal.charts.selfchecks import CutOff, Shade
    from wellness_journal.charts.style import Chart, ChartTheme

HEIGHT = 3.3  # inches
TICKS = {
    Instrument.PHQ9: (5, 10, 15, 20),
    Instrument.PHQ2: (3,),
    Instrument.GAD7: (5, 10, 15),
    Instrument.PCL5: (20, 31, 60),
    Instrument.AUDITC: (3, 4, 8),
    Instrument.WHO5: (25, 50, 75),
}


def _bands(instrument: Instrument) -> tuple[list[Shade], list[CutOff]]:
    """The lightly shaded bands and the dashed cut-offs of ``instrument``'s chart."""
    from wellness_journal.charts.selfchecks import CutOff, Shade

    top = float(SCALES[instrument].max_total)
    if instrument in (Instrument.PHQ9, Instrument.GAD7):
        edges = (0, 5, 10, 15, 20) if instrument is Instrument.PHQ9 else (0, 5, 10, 15)
        shades = []
        for level, low in enumerate(edges):
            high = edges[level + 1] - 0.5 if level + 1 < len(edges) else top
            band = band_for(instrument, low)
            shades.append(Shade(max(low - 0.5, 0.0), high, _band_word(band), level))
        return shades, []
    if instrument is Instrument.PHQ2:
        cut = PHQ2_CUTOFF
        return [Shade(cut, top, _t("3 or more"), 1)], [CutOff(cut, "")]
    if instrument is Instrument.PCL5:
        low, high = PCL5_CUTOFF
        return [
            Shade(low - 0.5, high + 0.5, _band_word(Band.PCL5_WITHIN), 2),
            Shade(high + 0.5, top, _band_word(Band.PCL5_ABOVE), 1),
        ], []
    if instrument is Instrument.AUDITC:
        women, men = AUDITC_CUTOFF[Sex.FEMALE], AUDITC_CUTOFF[Sex.MALE]
        return [Shade(women, top, "", 1)], [
            CutOff(women, _t("cut-off for women: {0}").format(women)),
            CutOff(men, _t("cut-off for men: {0}").format(men)),
        ]
    return [Shade(0.0, WHO5_CUTOFF, _band_word(Band.WHO5_LOW), 1)], []


def _band_word(band: Band) -> str:
    """The band's name as the summary for a counselor gives it: one text to translate."""
    return QCoreApplication.translate("report", report_words.BANDS[band.value])


class SelfCheckSpec(Spec):
    """One questionnaire's chart, e.g. ``selfcheck-phq-9``."""

    optional = True  # a questionnaire not taken in the range shows no card at all

    def __init__(self, instrument: Instrument) -> None:
        self.instrument = instrument
        self.id = f"selfcheck-{instrument.value.lower()}"

    def title(self) -> str:
        return sc_words.title(self.instrument)

    def empty_text(self) -> str:
        return _t(
            "Take the {0} on the Self-checks page, and each result shows here over time."
        ).format(self.instrument.value)

    def load(self, svc: TrendsService, period: Period) -> list[SelfCheckPoint]:
        return svc.selfchecks(self.instrument, period)

    def draw(self, data: Any, period: Period, theme: ChartTheme, width: float) -> Chart:
        from wellness_journal.charts import selfchecks

        shades, cutoffs = _bands(self.instrument)
        return selfchecks.build(
            data,
            period,
            theme,
            {"score": _t("Score")},
            top=float(SCALES[self.instrument].max_total),
            shades=shades,
            cutoffs=cutoffs,
            ticks=TICKS[self.instrument],
            width=width,
            height=HEIGHT,
        )

    def caption(self, data: Any, period: Period, span: Span) -> str:
        points: list[SelfCheckPoint] = data
        last = points[-1]
        parts = [
            (
                _t("You took the {0} once {1}, {2}.")
                if len(points) == 1
                else _t("You took the {0} {3} times {1}. The latest, {2}.")
            ).format(
                self.instrument.value, words.span_phrase(span), self._result(last), len(points)
            )
        ]
        if len(points) > 1:
            first = points[0]
            parts.append(_t("The first, {0}.").format(self._result(first)))
            size = MEANINGFUL_CHANGE.get(self.instrument)
            if size is not None:
                parts.append(
                    _t("A change of {0} points or more counts as a real change.").format(size)
                )
        if self.instrument is Instrument.WHO5:
            parts.append(_t("Higher means better well-being."))
        return " ".join(parts)

    def _result(self, point: SelfCheckPoint) -> str:
        named = sc_words.band_name(self.instrument, Band(point.band))
        return _t("on {0}: {1}, {2}").format(
            words.short_day(point.day), point.total, named[:1].lower() + named[1:]
        )

    def describe(self, data: Any, period: Period, key: str, index: int) -> str:
        point: SelfCheckPoint = data[index]
        return _t("{0}\n{1}: {2}").format(
            words.short_day(point.day), self.instrument.value, point.total
        )


def selfcheck_specs() -> tuple[Spec, ...]:
    return tuple(SelfCheckSpec(instrument) for instrument in Instrument)
