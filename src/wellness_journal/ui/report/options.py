"""What goes into the summary: the days, the sections, the notes, and journal entries picked one
by one. Nothing free-text is ticked when it opens."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QWidget,
)

from wellness_journal.reports.summary import SectionBuilder, builders
from wellness_journal.services.report_data import MAX_DAYS, ReportRequest
from wellness_journal.ui.widgets.common import button, column, heading, paragraph

PERIODS = (14, 28, 91)  # days: 2 weeks, 4 weeks, 3 months
CUSTOM = 0


def section_title(builder: SectionBuilder) -> str:
    return builder.title(lambda text: QCoreApplication.translate("report", text))


class ReportOptions(QWidget):
    changed = Signal()
    pick_journal_requested = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.journal_ids: tuple[int, ...] = ()
        col = column(self, spacing=8)

        col.addWidget(heading(self.tr("Which days"), 2))
        row = QHBoxLayout()
        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Which days"))
        for days, label in zip(
            (*PERIODS, CUSTOM),
            (
                self.tr("The last 2 weeks"),
                self.tr("The last 4 weeks"),
                self.tr("The last 3 months"),
                self.tr("Choose the days…"),
            ),
            strict=True,
        ):
            self.period.addItem(label, days)
        self.period.currentIndexChanged.connect(self._on_period_changed)
        row.addWidget(self.period)
        self.first = self._date_edit(self.tr("First day"))
        self.last = self._date_edit(self.tr("Last day"))
        self.first_label = QLabel(self.tr("&from"))
        self.first_label.setBuddy(self.first)
        self.last_label = QLabel(self.tr("&to"))
        self.last_label.setBuddy(self.last)
        for w in (self.first_label, self.first, self.last_label, self.last):
            row.addWidget(w)
        row.addStretch(1)
        col.addLayout(row)
        self.days_note = paragraph("", muted=True)
        col.addWidget(self.days_note)

        col.addSpacing(6)
        col.addWidget(heading(self.tr("What goes in"), 2))
        hints = self._hints()
        self.boxes: dict[str, QCheckBox] = {}
        for builder in builders():
            if builder.id == "journal":
                continue
            box = QCheckBox(section_title(builder))
            box.setChecked(builder.default)
            box.setToolTip(hints.get(builder.id, ""))
            box.setAccessibleDescription(hints.get(builder.id, ""))
            box.toggled.connect(self.changed)
            self.boxes[builder.id] = box
            col.addWidget(box)
        self.notes = QCheckBox(self.tr("Add the &notes I wrote in these logs"))
        self.notes.setToolTip(
            self.tr("Your own words in check-ins, the stress log, the sleep diary and so on.")
        )
        self.notes.toggled.connect(self.changed)
        col.addSpacing(4)
        col.addWidget(self.notes)
        col.addWidget(
            paragraph(
                self.tr(
                    "Notes and journal entries stay out unless you add them here. Your counselor "
                    "sees only what you print or hand over."
                ),
                muted=True,
            )
        )
        journal = QHBoxLayout()
        self.journal_label = QLabel()
        self.journal_label.setWordWrap(True)
        self.journal_button = button(
            self.tr("Choose &journal entries…"), clicked=self.pick_journal_requested
        )
        journal.addWidget(self.journal_label, 1)
        journal.addWidget(self.journal_button)
        col.addLayout(journal)
        self.set_journal_ids(())
        self._on_period_changed(0)

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("d MMM yyyy")
        edit.setAccessibleName(name)
        edit.setMaximumDate(QDate(self.today.year, self.today.month, self.today.day))
        edit.dateChanged.connect(self._on_dates_changed)
        return edit

    def _hints(self) -> dict[str, str]:
        return {
            "checkins": self.tr("Your daily ratings, their averages and a chart."),
            "sleep": self.tr(
                "Every sleep with time in bed, total sleep, time to fall asleep, time awake "
                "and sleep efficiency; the averages, and sleep by shift."
            ),
            "stress": self.tr("Ratings, what set them off and where you felt it."),
            "incidents": self.tr(
                "The dates and kinds of incidents, and your answers in the check-ins after them."
            ),
            "exercises": self.tr("Which exercises you did and how your stress changed."),
            "self-checks": self.tr("Your scores and what they mean."),
            "plan": self.tr("Your goals and how each week went."),
        }

    # -- reading and setting ----------------------------------------------------------------------
    def days(self) -> tuple[date, date]:
        days = int(self.period.currentData())
        if days:
            return self.today - timedelta(days=days - 1), self.today
        return self.first.date().toPython(), self.last.date().toPython()  # type: ignore[return-value]

    def request(self) -> ReportRequest:
        first, last = self.days()
        chosen = [key for key, box in self.boxes.items() if box.isChecked()]
        if self.journal_ids:
            chosen.append("journal")
        return ReportRequest(
            first,
            last,
            tuple(b.id for b in builders() if b.id in chosen),
            notes=self.notes.isChecked(),
            journal_ids=self.journal_ids,
        )

    def problem(self) -> str:
        request = self.request()
        if request.last < request.first:
            return self.tr("The first day is after the last day.")
        if request.days > MAX_DAYS:
            return self.tr("Choose at most {0} days.").format(MAX_DAYS)
        if not request.sections:
            return self.tr("Tick at least one thing to put in the summary.")
        return ""

    def set_journal_ids(self, ids: tuple[int, ...]) -> None:
        self.journal_ids = ids
        if not ids:
            text = self.tr("Journal entries: none. Your journal stays out of the summary.")
        elif len(ids) == 1:
            text = self.tr("Journal entries: 1 chosen, to go in as written.")
        else:
            text = self.tr("Journal entries: {0} chosen, to go in as written.").format(len(ids))
        self.journal_label.setText(text)
        self.changed.emit()

    @Slot(int)
    def _on_period_changed(self, _: int) -> None:
        custom = int(self.period.currentData()) == CUSTOM
        for w in (self.first_label, self.first, self.last_label, self.last):
            w.setVisible(custom)
        if custom:
            first, last = self.today - timedelta(days=PERIODS[0] - 1), self.today
            self.first.setDate(QDate(first.year, first.month, first.day))
            self.last.setDate(QDate(last.year, last.month, last.day))
        self._on_dates_changed()

    @Slot()
    def _on_dates_changed(self) -> None:
        first, last = self.days()
        count = (last - first).days + 1
        locale = QLocale()
        self.days_note.setText(
            self.tr("{0} to {1}: {2} days").format(
                locale.toString(QDate(first.year, first.month, first.day), "d MMM yyyy"),
                locale.toString(QDate(last.year, last.month, last.day), "d MMM yyyy"),
                count,
            )
            if count > 0
            else ""
        )
        self.changed.emit()
