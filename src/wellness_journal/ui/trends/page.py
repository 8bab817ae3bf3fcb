"""Trends: charts that answer "what is happening to me?", from the check-ins, the sleep diary,
the stress log, critical incidents and the toolbox.

The page is cheap to make: matplotlib is imported by the first build, on the runner's thread.
Charts are built and drawn into pictures off the GUI thread, on a connection of their own, one
section at a time, so switching the range never freezes the window; the old charts stay up until
the new ones are in. The GUI thread only copies the pictures to the screen.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from wellness_journal.charts.style import DARK, DPI, LIGHT, ChartTheme
from wellness_journal.core.errors import WellnessError
from wellness_journal.core.trends import Span
from wellness_journal.services.export_files import check_place
from wellness_journal.services.trends import TOPICS
from wellness_journal.storage.connection import Database
from wellness_journal.ui.calendar.sheet import calendar_button
from wellness_journal.ui.context import UiContext
from wellness_journal.ui.messages import error_text
from wellness_journal.ui.page import NEXT_PASS_MS, Page
from wellness_journal.ui.theme import current_colors
from wellness_journal.ui.trends import memory, save_png, words
from wellness_journal.ui.trends.chart_card import ChartCard
from wellness_journal.ui.trends.range_bar import RangeBar
from wellness_journal.ui.trends.specs import Built, Section, sections, with_picture
from wellness_journal.ui.widgets.common import (
    PAGE_WIDTH,
    PageHeader,
    ScrollPage,
    button,
    flat_tab_bar,
    heading,
    paragraph,
)

CARD_PADDING = 40  # the card's left and right margins


def chart_theme() -> ChartTheme:
    """The chart colours for the app's current theme, on the cards' background."""
    colors = current_colors()
    base = DARK if colors.dark else LIGHT
    return replace(base, background=colors.surface, text=colors.text, muted=colors.muted)


class TrendsPage(Page):
    page_id = "trends"
    icon_name = "trends"
    topics = TOPICS

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("TrendsPage", "Trends")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.sections: list[Section] = sections()
        self.cards: dict[str, ChartCard] = {}
        self._version = 0  # goes up whenever the data may have changed
        self._shown: dict[str, tuple[Span, int]] = {}  # section -> what its charts show
        self._generation: dict[str, int] = {}  # section -> latest build asked for
        self._pending: set[str] = set()
        self.last_saved: Path | None = None

        self.header = PageHeader(spacing=10)
        head = self.header.column
        title_row = QHBoxLayout()
        title_row.addWidget(heading(self.tr("Trends")), 1)
        self.busy = QLabel("")
        self.busy.setObjectName("muted")
        title_row.addWidget(self.busy)
        title_row.addSpacing(12)
        self.range_bar = RangeBar(Span.MONTHS_3)
        self.range_bar.span_chosen.connect(self._on_span)
        title_row.addWidget(self.range_bar, 0, Qt.AlignmentFlag.AlignVCenter)
        head.addLayout(title_row)
        intro = QHBoxLayout()
        intro.addWidget(
            paragraph(
                self.tr(
                    "Your entries over time. Rest the pointer on a chart, or Tab to it and use "
                    "the arrow keys, to see each day."
                ),
                muted=True,
            ),
            1,
        )
        self.report_button = button(self.tr("Summary for a &counselor…"), clicked=self._on_report)
        # The calendar here, not beside the range buttons: that row is full in a small window.
        intro.addWidget(calendar_button(ctx, self), 0, Qt.AlignmentFlag.AlignTop)
        intro.addWidget(self.report_button, 0, Qt.AlignmentFlag.AlignTop)
        head.addLayout(intro)
        self.tabs = flat_tab_bar(
            self.tr("Trends sections"), [section.title() for section in self.sections]
        )
        head.addWidget(self.tabs)
        self.status = QLabel("")
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # it shows the file name chosen
        self.status.setObjectName("muted")
        self.status.setAccessibleName(self.tr("Chart status"))
        self.status.setWordWrap(True)
        self.status.setVisible(False)
        head.addWidget(self.status)
        self.future = paragraph("", muted=True)
        self.future.setAccessibleName(self.tr("Entries dated after today"))
        self.future.setVisible(False)
        head.addWidget(self.future)
        self.root.addWidget(self.header)

        self.stack = QStackedWidget()
        self.root.addWidget(self.stack, 1)
        self.scrolls: list[ScrollPage] = []
        self.section_empty: dict[str, QLabel] = {}
        for _section in self.sections:
            scroll = ScrollPage(width=PAGE_WIDTH)
            scroll.verticalScrollBar().rangeChanged.connect(self._on_layout_changed)
            self.scrolls.append(scroll)
            self.stack.addWidget(scroll)
        self._filled: set[str] = set()
        self._fill(self.sections[0])
        self.tabs.currentChanged.connect(self._on_tab)
        self.busy.setAccessibleName(self.tr("Charts being drawn"))

    def _fill(self, section: Section) -> None:
        """Put the section's chart cards in, the first time it is shown (building every
        section's cards with the page made opening Trends one long pass)."""
        if section.id in self._filled:
            return
        self._filled.add(section.id)
        scroll = self.scrolls[self.sections.index(section)]
        for spec in section.specs:
            card = ChartCard(spec)
            card.save_requested.connect(self._on_save)
            card.redraw_requested.connect(self._on_redraw_requested)
            self.cards[spec.id] = card
            scroll.column.addWidget(card)
        if all(spec.optional for spec in section.specs):
            empty = paragraph(section.empty_text(), muted=True)
            empty.setObjectName("emptyState")
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            empty.setMinimumHeight(110)
            empty.setVisible(False)
            self.section_empty[section.id] = empty
            scroll.column.addWidget(empty)
        scroll.finish()

    @Slot()
    def _on_layout_changed(self) -> None:
        """Keep the heading, range and tabs right above the cards, scroll bar or not."""
        self.header.follow(self.scrolls[self.tabs.currentIndex()])

    @Slot()
    def _on_report(self) -> None:
        from wellness_journal.ui.report.dialog import open_report_dialog  # loaded when used

        open_report_dialog(self.ctx, self)

    # -- what to build ---------------------------------------------------------------------------
    @property
    def span(self) -> Span:
        return self.range_bar.span

    @property
    def section(self) -> Section:
        return self.sections[self.tabs.currentIndex()]

    @property
    def pending(self) -> bool:
        """A build is running (tests wait for this to end)."""
        return bool(self._pending)

    def refresh(self) -> None:
        self._version += 1
        text = words.after_today(self.ctx.session.trends.after_today())
        self.future.setText(text)
        self.future.setVisible(bool(text))
        self._update_current()

    def open_detail(self, detail: str) -> bool:
        """Links from the Learn guides: "trends/sleep" shows that section."""
        if not any(s.id == detail for s in self.sections):
            return False
        self.show_section(detail)
        return True

    def show_section(self, section_id: str) -> None:
        self.tabs.setCurrentIndex(
            next(i for i, s in enumerate(self.sections) if s.id == section_id)
        )

    @Slot(int)
    def _on_tab(self, index: int) -> None:
        self._fill(self.sections[index])
        self.stack.setCurrentIndex(index)
        self._on_layout_changed()
        self._update_current()

    def _on_span(self, _span: Span) -> None:
        self._update_current()

    def _update_current(self) -> None:
        section = self.section
        wanted = (self.span, self._version)
        if self._shown.get(section.id) != wanted:
            self._build(section, wanted)

    def _chart_width(self, section: Section) -> float:
        """Inches across the section's charts as they will be laid out: the cards' width in a
        body as wide as the page allows with a scroll bar (the charts fill more than a window).
        Worked out, not read from the layout: a first build starts while the page is still
        hidden and not laid out, and its charts came in too narrow and were all drawn again
        (524 pixels for 818)."""
        holder = self.parentWidget()
        page_width = holder.width() if holder is not None and not self.isVisible() else self.width()
        scroll = self.scrolls[self.sections.index(section)]
        pixels = scroll.body_width_when_scrolling(page_width) - CARD_PADDING
        return max(pixels, 320) / DPI

    # -- building off the GUI thread -----------------------------------------------------------------
    def _build(self, section: Section, wanted: tuple[Span, int]) -> None:
        generation = self._generation.get(section.id, 0) + 1
        self._generation[section.id] = generation
        self._pending.add(section.id)
        self.busy.setText(self.tr("Updating…"))
        for spec in section.specs:
            self.cards[spec.id].show_loading()
        span, theme, width = wanted[0], chart_theme(), self._chart_width(section)
        ratio = self.devicePixelRatioF()
        service = self.ctx.session.trends
        specs = section.specs

        def work(db: Database) -> list[Built]:
            from wellness_journal.charts.style import load_matplotlib

            svc = service.on(db)
            period = svc.period(span)
            with memory.collected_young():  # matplotlib's first import too: ~100,000 objects
                load_matplotlib()
                memory.freeze_imports()
            built = []
            for spec in specs:  # each chart's figure collected on its own: shorter GIL holds
                with memory.collected_young():
                    built.append(
                        with_picture(spec.build(svc, span, period, theme, width), width, ratio)
                    )
            return built

        def done(built: list[Built]) -> None:
            if self._generation.get(section.id) == generation:
                self._on_built(section, wanted, generation, built)

        def failed(exc: BaseException) -> None:
            if self._generation.get(section.id) == generation:
                self._on_failed(section, exc)

        self.ctx.perform_in_background(work, owner=self, on_done=done, on_failed=failed)

    def _on_built(
        self, section: Section, wanted: tuple[Span, int], generation: int, built: list[Built]
    ) -> None:
        """Put the new charts up, one per turn of the event loop (each a picture to show)."""
        if self._generation.get(section.id) != generation:
            return  # a newer build is on its way
        if built:
            item = built.pop(0)
            self.cards[item.spec_id].show_built(item)
            QTimer.singleShot(
                NEXT_PASS_MS, self, lambda: self._on_built(section, wanted, generation, built)
            )
            return
        self._pending.discard(section.id)
        self._shown[section.id] = wanted
        empty = self.section_empty.get(section.id)
        if empty is not None:  # every chart of the section is optional, and none has anything
            empty.setVisible(all(self.cards[s.id].isHidden() for s in section.specs))
        self.busy.setText("" if not self._pending else self.busy.text())
        if section is not self.section:  # the tab changed meanwhile
            self._update_current()

    @Slot(str, int)
    def _on_redraw_requested(self, spec_id: str, pixels: int) -> None:
        """A chart on screen got wider or narrower: draw it anew off the GUI thread (until then
        its old picture is stretched to fit)."""
        card = self.cards[spec_id]
        built = card.built
        if built is None or built.picture is None:
            return
        spec, theme, ratio, width = card.spec, chart_theme(), self.devicePixelRatioF(), pixels / DPI

        def redraw() -> Built:
            with memory.collected_young():
                chart = spec.draw(built.data, built.period, theme, width)
                return with_picture(replace(built, chart=chart), width, ratio)

        def done(new: Built) -> None:
            if card.built is built:  # no newer chart came in meanwhile
                card.show_redrawn(new)

        self.ctx.runner.submit(redraw, owner=card, on_done=done, on_error=lambda _exc: None)

    def _on_failed(self, section: Section, exc: BaseException) -> None:
        self._pending.discard(section.id)
        self.busy.setText("")
        reason = error_text(exc) if isinstance(exc, WellnessError) else ""
        self._say(self.tr("The charts could not be drawn. {0}").format(reason).strip())

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    # -- saving -------------------------------------------------------------------------------------
    @Slot(str)
    def _on_save(self, spec_id: str) -> None:
        card = self.cards[spec_id]
        if card.built is None or not card.built.shows_chart:
            return
        if not save_png.confirm(self):
            return
        folder = self.last_saved.parent if self.last_saved is not None else None
        chosen = save_png.ask_path(self, card.spec, date.today(), folder)
        if chosen is None:
            return
        self.save_chart(spec_id, chosen[0], replace=chosen[1])

    def save_chart(self, spec_id: str, path: Path, *, replace: bool = False) -> bool:
        """Write the chart as shown to ``path`` (light colours, with its title, dates and
        caption). Says so on the page; tells the user if it could not be written. Never inside
        the data folder; an existing file only with ``replace`` (Qt's dialog asked)."""
        card = self.cards[spec_id]
        if card.built is None or not card.built.shows_chart:
            return False
        try:
            check_place(path, self.ctx.paths.data_dir, replace=replace)
        except WellnessError as exc:
            self.ctx.show_failure(self.tr("Not saved"), exc, parent=self)
            return False
        try:
            save_png.write_png(card.spec, card.built, LIGHT, path)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Not saved"),
                self.tr("The image could not be saved there ({0}). Try another folder.").format(
                    exc.strerror or exc.__class__.__name__
                ),
            )
            return False
        self.last_saved = path
        self._say(self.tr("Saved the chart to {0}.").format(path))
        return True
