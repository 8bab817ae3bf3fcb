"""What each chart is: where its data comes from, how it is drawn, what its caption says, what
its empty state asks for, and what hovering over it shows. ``build`` runs off the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage

from wellness_journal.core.trends import Period, Span
from wellness_journal.services.trends import TrendsService

if TYPE_CHECKING:
    from wellness_journal.charts.render import Picture
    from wellness_journal.charts.style import Chart, ChartTheme

CHART_HEIGHT = 4.6  # inches, for charts that do not size themselves to their rows


def _t(text: str) -> str:
    return QCoreApplication.translate("trends", text)


@dataclass
class Built:
    """A chart ready to show: its data, the figure (None when there is nothing to show), and
    the caption worked out from the data. ``with_picture`` draws it into ``picture`` and
    ``image`` and drops the figure."""

    spec_id: str
    span: Span
    period: Period
    data: Any
    chart: Chart | None
    caption: str
    picture: Picture | None = None
    image: QImage | None = None

    @property
    def shows_chart(self) -> bool:
        return self.chart is not None or self.picture is not None


def with_picture(built: Built, width: float, ratio: float) -> Built:
    """``built`` drawn ``width`` inches across into pixels, for a screen of ``ratio`` physical
    pixels per logical one. Runs on the runner's thread, never the GUI's (the image is made
    there too: a QImage, unlike a QPixmap, may be). The figure is dropped: hovering needs only
    the picture's maps, and drawing it again the data (so the figure is emptied once drawn)."""
    if built.chart is None:
        return built
    from wellness_journal.charts.render import render

    picture = render(built.chart, width, ratio)
    # Emptied here, the figure's parts go as their last reference does. Left whole, they are a
    # web of cycles only a collection frees, and that collection holds the GIL while it looks
    # at all of them: 12-14 ms for a 30-year check-in chart, 5-6 ms once emptied (measured).
    built.chart.figure.clear()
    raw = QImage(
        picture.rgba,
        picture.width,
        picture.height,
        picture.width * 4,
        QImage.Format.Format_RGBA8888,
    )
    image = raw.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)  # a copy
    image.setDevicePixelRatio(ratio)
    return replace(built, chart=None, picture=replace(picture, rgba=b""), image=image)


class Spec:
    id = ""
    optional: ClassVar[bool] = False  # with nothing to show: no card at all (not an empty state)

    def title(self) -> str:
        raise NotImplementedError

    def empty_text(self) -> str:
        """What to log to see this chart (shown instead of empty axes)."""
        raise NotImplementedError

    def load(self, svc: TrendsService, period: Period) -> Any:
        raise NotImplementedError

    def is_empty(self, data: Any) -> bool:
        return not data

    def draw(self, data: Any, period: Period, theme: ChartTheme, width: float) -> Chart:
        raise NotImplementedError

    def caption(self, data: Any, period: Period, span: Span) -> str:
        raise NotImplementedError

    def describe(self, data: Any, period: Period, key: str, index: int) -> str:
        """The words for a hovered point (``key`` and ``index`` from the chart's Hover)."""
        return ""

    def build(
        self, svc: TrendsService, span: Span, period: Period, theme: ChartTheme, width: float
    ) -> Built:
        data = self.load(svc, period)
        if self.is_empty(data):
            return Built(self.id, span, period, data, None, "")
        chart = self.draw(data, period, theme, width)
        return Built(self.id, span, period, data, chart, self.caption(data, period, span))


@dataclass(frozen=True)
class Section:
    id: str
    specs: tuple[Spec, ...]

    def title(self) -> str:
        return {
            "checkins": _t("&Mood and stress"),
            "sleep": _t("S&leep"),
            "events": _t("Stress log and &incidents"),
            "coping": _t("&Coping"),
            "selfchecks": _t("Self-chec&ks"),
        }[self.id]

    def empty_text(self) -> str:
        """What the section says when every one of its charts is optional and has nothing."""
        return {
            "selfchecks": _t(
                "Nothing in this time. Each self-check you take on the Self-checks page shows "
                "here, one chart per questionnaire, with its bands shaded lightly."
            ),
        }.get(self.id, "")


def sections() -> list[Section]:
    from wellness_journal.ui.trends.specs_checkins import CalendarSpec, CheckinsSpec
    from wellness_journal.ui.trends.specs_coping import PracticeSpec, RatingsSpec
    from wellness_journal.ui.trends.specs_events import EventsSpec
    from wellness_journal.ui.trends.specs_selfchecks import selfcheck_specs
    from wellness_journal.ui.trends.specs_sleep import ByShiftSpec, SleepSpec, SleepStressSpec

    return [
        Section("checkins", (CheckinsSpec(), CalendarSpec())),
        Section("sleep", (SleepSpec(), ByShiftSpec(), SleepStressSpec())),
        Section("events", (EventsSpec(),)),
        Section("coping", (RatingsSpec(), PracticeSpec())),
        Section("selfchecks", selfcheck_specs()),
    ]
