"""The Self-checks page's first view: what is due (only what the person asked for, and the PCL-5
after a critical incident), a self-check left part-way, each questionnaire with what it asks
about, how long it takes and when it was last taken, and the past results."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from wellness_journal.core.selfcheck_schedule import REMINDER_DAYS, Due
from wellness_journal.core.selfchecks import Instrument, SelfCheck
from wellness_journal.ui.selfchecks import words
from wellness_journal.ui.widgets.common import (
    button,
    card,
    clear,
    column,
    heading,
    inner_column,
    paragraph,
    spread_row,
)
from wellness_journal.ui.widgets.draft_notice import draft_notice

SHOWN_RESULTS = 8  # past results listed before "Show all"


def due_card(
    item: Due, take: Callable[[], object], *, discreet: bool = False
) -> tuple[QFrame, QPushButton]:
    """A gentle line saying a self-check is due, and its "Take it" button (which calls ``take``):
    on this page and on Today (where discreet mode leaves out the questionnaire's name)."""
    box, inner = card(name="due")
    row = QHBoxLayout()
    text = (
        QCoreApplication.translate("Overview", "A check you asked to be reminded of is ready.")
        if discreet
        else words.due_text(item)
    )
    row.addWidget(paragraph(text), 1)
    go = button(
        QCoreApplication.translate("Overview", "Take it"),
        primary=True,
        accessible=QCoreApplication.translate("Overview", "Take the check")
        if discreet
        else QCoreApplication.translate("Overview", "Take the {0}").format(item.instrument.value),
    )
    go.clicked.connect(lambda: take())
    row.addWidget(go, 0, Qt.AlignmentFlag.AlignVCenter)
    inner.addLayout(row)
    return box, go


class InstrumentCard(QFrame):
    start_requested = Signal(object)  # Instrument
    reminder_chosen = Signal(object, int)  # Instrument, days

    def __init__(self, instrument: Instrument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.instrument = instrument
        self.setObjectName("card")
        layout = column(self, spacing=6, margins=(20, 14, 20, 14))
        top = QHBoxLayout()
        top.addWidget(heading(words.title(instrument), 2), 1)
        self.start_button = button(
            self.tr("Start"), accessible=self.tr("Start the {0}").format(instrument.value)
        )
        self.start_button.clicked.connect(lambda: self.start_requested.emit(instrument))
        top.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        layout.addWidget(paragraph(words.about(instrument)))
        meta = QHBoxLayout()
        self.last = QLabel()
        self.last.setObjectName("muted")
        self.last.setWordWrap(True)
        meta.addWidget(self.last, 1)
        self.reminder = QComboBox()
        for days in REMINDER_DAYS:
            self.reminder.addItem(words.reminder_choice(days), days)
        self.reminder.setAccessibleName(self.tr("Reminder for the {0}").format(instrument.value))
        self.reminder.setToolTip(
            self.tr("Only if you want one: a quiet line on Today when it is due")
        )
        self.reminder.setFixedWidth(170)
        self.reminder.currentIndexChanged.connect(
            lambda _: self.reminder_chosen.emit(instrument, int(self.reminder.currentData()))
        )
        meta.addWidget(self.reminder, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(meta)

    def show_data(self, last: SelfCheck | None, reminder_days: int, due: bool) -> None:
        length = words.length(self.instrument)
        if last is None:
            self.last.setText(self.tr("{0} · Not taken yet").format(length))
        else:
            self.last.setText(
                self.tr("{0} · Last taken {1}: {2}").format(
                    length, words.short_day(last.taken_at.date()), words.result_words(last)
                )
            )
        self.reminder.blockSignals(True)
        self.reminder.setCurrentIndex(max(0, self.reminder.findData(reminder_days)))
        self.reminder.blockSignals(False)
        self.start_button.setObjectName("primary" if due else "")
        self.start_button.style().unpolish(self.start_button)
        self.start_button.style().polish(self.start_button)


class Overview(QWidget):
    start_requested = Signal(object)  # Instrument
    reminder_chosen = Signal(object, int)
    open_requested = Signal(int)  # a result's id
    continue_requested = Signal()
    discard_requested = Signal()
    credits_requested = Signal()
    chart_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._show_all = False
        self._results: list[SelfCheck] = []
        layout = column(self, spacing=14)
        layout.addWidget(heading(self.tr("Self-checks")))
        layout.addWidget(
            paragraph(
                self.tr(
                    "Short questionnaires that counselors and doctors use too. Taking one now and "
                    "then shows how you are doing over time. Your answers stay in your journal, "
                    "and nobody else sees them. A self-check is not a diagnosis."
                ),
                muted=True,
            )
        )
        self.notices = inner_column(layout, spacing=10)
        self.cards = {i: InstrumentCard(i) for i in Instrument}
        for instrument_card in self.cards.values():
            instrument_card.start_requested.connect(self.start_requested)
            instrument_card.reminder_chosen.connect(self.reminder_chosen)
            layout.addWidget(instrument_card)
        self.results_box, inner = card()
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Past results"), 2), 1)
        chart = button(self.tr("See them on a chart"), name="flat", clicked=self.chart_requested)
        top.addWidget(chart)
        inner.addLayout(top)
        self.rows = inner_column(inner, spacing=2)
        self.more_button = button("", name="flat", clicked=self._on_more)
        inner.addLayout(spread_row([self.more_button]))
        layout.addWidget(self.results_box)
        credits = button(
            self.tr("About these questionnaires and credits"),
            name="flat",
            clicked=self.credits_requested,
        )
        layout.addLayout(spread_row([credits]))

    def show_data(
        self,
        latest: dict[Instrument, SelfCheck],
        due: list[Due],
        reminders: dict[Instrument, int],
        results: list[SelfCheck],
        draft: dict[str, Any] | None,
    ) -> None:
        clear(self.notices)
        if draft is not None:
            self.notices.addWidget(self._draft_notice(draft))
        due_now = {d.instrument for d in due}
        first: QWidget = self.cards[Instrument.PHQ9].start_button
        for number, item in enumerate(due):
            notice, go = due_card(item, self._starter(item.instrument))
            self.notices.addWidget(notice)
            first = go if number == 0 else first
        self.setFocusProxy(first)  # Enter on the page starts what is due, or the PHQ-9
        for instrument, instrument_card in self.cards.items():
            instrument_card.show_data(
                latest.get(instrument), reminders.get(instrument, 0), instrument in due_now
            )
        self._results = results
        self._show_results()

    def _starter(self, instrument: Instrument) -> Callable[[], None]:
        return lambda: self.start_requested.emit(instrument)

    def _show_results(self) -> None:
        clear(self.rows)
        shown = self._results if self._show_all else self._results[:SHOWN_RESULTS]
        for check in shown:
            text = self.tr("{0} · {1} · {2}").format(
                words.short_day(check.taken_at.date()),
                words.title(check.instrument),
                words.result_words(check),
            )
            row = button(text, name="resultRow")
            row.setToolTip(self.tr("Open this result"))
            if check.id is not None:
                row.clicked.connect(lambda _=False, i=check.id: self.open_requested.emit(i))
            self.rows.addWidget(row)
        if not self._results:
            self.rows.addWidget(
                paragraph(self.tr("Nothing yet. Your results will be listed here."), muted=True)
            )
        hidden = len(self._results) - len(shown)
        self.more_button.setText(self.tr("Show all {0}").format(len(self._results)))
        self.more_button.setVisible(hidden > 0)

    def _on_more(self) -> None:
        self._show_all = True
        self._show_results()

    def _draft_notice(self, draft: dict[str, Any]) -> QWidget:
        try:
            name = words.title(Instrument(draft.get("instrument")))
        except ValueError:
            name = self.tr("a self-check")
        return draft_notice(
            self.tr(
                "You were part-way through the {0} when the journal locked. It was kept."
            ).format(name),
            self.continue_requested,
            self.discard_requested,
        )
