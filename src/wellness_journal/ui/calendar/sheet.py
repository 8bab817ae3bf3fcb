"""The month calendar, opened over Today or Trends: pick a day, see what was logged on it, fill
in what is missing (the forms open on Today)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QWidget

from wellness_journal.core.models import Changes
from wellness_journal.services.day_log import TOPICS
from wellness_journal.ui.calendar.day_panel import DayPanel
from wellness_journal.ui.calendar.month_view import MonthView
from wellness_journal.ui.context import UiContext
from wellness_journal.ui.icons import icon
from wellness_journal.ui.theme import current_colors
from wellness_journal.ui.widgets.common import button, button_row, column, paragraph
from wellness_journal.ui.widgets.sheets import open_sheet, sheet_host


class CalendarSheet(QDialog):
    def __init__(self, ctx: UiContext, day: date | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Calendar"))
        log = ctx.session.day_log
        self.first, self.today = log.first_day(), log.today()
        self.month = MonthView(self.first, self.today)
        self.panel = DayPanel(ctx)
        self.month.day_chosen.connect(self._on_day_chosen)
        self.month.month_changed.connect(lambda _m: self.reload())
        close = button(self.tr("Close"))
        close.clicked.connect(self.reject)
        body = QHBoxLayout()
        body.setSpacing(24)
        body.addWidget(self.month, 3)
        body.addWidget(self.panel, 2)
        layout = column(self, spacing=12, margins=(22, 18, 22, 18))
        layout.addWidget(
            paragraph(
                self.tr(
                    "Pick a day to see what you logged. Missed a day? You can still check in, "
                    "log sleep or log stress for it, back to the day your journal began."
                ),
                muted=True,
            )
        )
        layout.addLayout(body)
        layout.addLayout(button_row(close))
        ctx.bus.changed.connect(self._on_changes)
        self.month.chosen = min(max(day or self.today, self.first), self.today)
        self.month.month = self.month.chosen.replace(day=1)
        self.reload()
        self.setFocusProxy(self.month)

    def reload(self) -> None:
        if not self.ctx.session.is_open:
            return
        self.month.set_logs(
            self.ctx.session.day_log.month(self.month.month, self.month.first_weekday)
        )
        self._show_panel()

    def _show_panel(self) -> None:
        day = self.month.chosen
        log = self.month.logs.get(day) or self.ctx.session.day_log.day(day)
        self.panel.show_day(day, log, self.first, self.today)

    @Slot(object)
    def _on_day_chosen(self, day: date) -> None:
        if day.replace(day=1) == self.month.month and day in self.month.logs:
            self._show_panel()
        else:
            self.reload()

    @Slot(object)
    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(*TOPICS):
            self.reload()


def open_calendar(ctx: UiContext, anchor: QWidget, day: date | None = None) -> CalendarSheet:
    """Show the calendar over the page ``anchor`` is in (the one open there, if any)."""
    host = sheet_host(anchor)
    if host is not None:
        for sheet in host.sheets():
            if isinstance(sheet, CalendarSheet):
                if day is not None:
                    sheet.month.choose(day)
                return sheet
    sheet = CalendarSheet(ctx, day)
    open_sheet(anchor, sheet)
    return sheet


def calendar_button(ctx: UiContext, anchor: QWidget) -> QPushButton:
    """A quiet "Calendar" button for a page's header (Today, Trends)."""
    b = button(
        QCoreApplication.translate("Calendar", "Calendar"),
        name="flat",
        accessible=QCoreApplication.translate("Calendar", "Calendar: see and fill in past days"),
    )
    b.setIcon(icon("calendar", current_colors().accent))
    b.setToolTip(
        QCoreApplication.translate("Calendar", "See a month, open a day, fill in a missed day")
    )
    b.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    b.clicked.connect(lambda: open_calendar(ctx, anchor))
    return b
