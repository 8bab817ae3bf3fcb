"""The at-a-glance cards of the Today page: sleep, stress, and hard calls with their check-ins."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from wellness_journal.core.incidents import FollowUp, Incident, Scheduled, Status
from wellness_journal.core.sleep import SleepDay, SleepKind, WeekSummary, metrics
from wellness_journal.core.stress import DaySummary
from wellness_journal.ui.today import labels
from wellness_journal.ui.widgets.common import button, card, clear, heading, paragraph

ENOUGH_SLEEP_MINUTES = 7 * 60  # adults need 7 hours or more, regularly (AASM/SRS 2015)


def _figure(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("figure")
    label.setWordWrap(True)
    return label


def _framed(owner: QFrame, title: str) -> QVBoxLayout:
    """Put a titled card inside ``owner`` and return the card's column."""
    frame, inner = card()
    outer = QVBoxLayout(owner)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(frame)
    inner.addWidget(heading(title, 2))
    return inner


class SleepCard(QFrame):
    """Last sleep and the past week (logging a sleep is in Today's quick actions)."""

    log_nap_requested = Signal()
    diary_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        inner = _framed(self, self.tr("Sleep"))
        self.last = _figure("")
        self.last_detail = paragraph("", muted=True)
        self.week = paragraph("")
        self.tip = paragraph("", muted=True)
        for w in (self.last, self.last_detail, self.week, self.tip):
            inner.addWidget(w)
        self.nap_button = button(self.tr("Log a n&ap"))
        self.diary_button = button(self.tr("Sleep &diary"))
        self.nap_button.clicked.connect(self.log_nap_requested)
        self.diary_button.clicked.connect(self.diary_requested)
        row = QHBoxLayout()
        row.addWidget(self.nap_button)
        row.addStretch(1)
        row.addWidget(self.diary_button)
        inner.addLayout(row)

    def show_data(self, last: SleepDay | None, week: WeekSummary | None, today: date) -> None:
        if last is None:
            self.last.setText(self.tr("No sleep logged this week"))
            self.last_detail.setText(
                self.tr("Log it soon after you get up, whatever the time of day.")
            )
        else:
            when = (
                self.tr("Woke today")
                if last.day == today
                else self.tr("Woke {0}").format(labels.short_day(last.day))
            )
            self.last.setText(
                self.tr("{0}: {1} asleep").format(when, labels.duration(last.total_sleep))
            )
            parts = []
            for p in last.periods:
                kind = self.tr("nap") if p.kind is SleepKind.NAP else self.tr("in bed")
                parts.append(
                    self.tr("{0} {1}–{2}, {3} asleep").format(
                        kind,
                        labels.clock(p.into_bed),
                        labels.clock(p.out_of_bed),
                        labels.duration(metrics(p).total_sleep),
                    )
                )
            if last.shift:
                parts.append(self.tr("shift: {0}").format(labels.item(last.shift)))
            self.last_detail.setText(" · ".join(parts))
        if week is None:
            self.week.setText("")
            self.tip.setText("")
            return
        text = self.tr(
            "Past 7 days: {0} a day on average ({1} of 7 days logged) · {2:.0f}% of time in bed asleep"
        ).format(labels.duration(week.average_sleep), week.days_logged, week.efficiency)
        if week.naps:
            text += " · " + (
                self.tr("1 nap") if week.naps == 1 else self.tr("{0} naps").format(week.naps)
            )
        if week.average_quality is not None:
            text += " · " + self.tr("quality {0:.1f} of 5").format(week.average_quality)
        self.week.setText(text)
        self.tip.setText(
            self.tr(
                "Most adults need 7 hours or more. Before a night shift, a nap of 1½ to 3 hours "
                "helps; after nights, sleep soon in a dark, quiet room."
            )
            if week.average_sleep < ENOUGH_SLEEP_MINUTES
            else ""
        )
        self.tip.setVisible(bool(self.tip.text()))


class StressCard(QFrame):
    """Today's stress entries (logging one is in Today's quick actions)."""

    exercise_requested = Signal()
    history_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        inner = _framed(self, self.tr("Stress"))
        self.summary = _figure("")
        self.detail = paragraph("", muted=True)
        inner.addWidget(self.summary)
        inner.addWidget(self.detail)
        self.exercise_button = button(self.tr("Try an e&xercise"))
        self.exercise_button.setToolTip(self.tr("Breathing and grounding exercises"))
        self.log_button_history = button(self.tr("Stress lo&g"))
        self.exercise_button.clicked.connect(self.exercise_requested)
        self.log_button_history.clicked.connect(self.history_requested)
        row = QHBoxLayout()
        row.addWidget(self.exercise_button)
        row.addStretch(1)
        row.addWidget(self.log_button_history)
        inner.addLayout(row)

    def show_data(self, today: DaySummary) -> None:
        if today.entries == 0 or today.latest is None:
            self.summary.setText(self.tr("Nothing logged today"))
            self.detail.setText(
                self.tr("When something gets to you, rate it 0 to 10 and note what set it off.")
            )
            return
        count = (
            self.tr("1 entry")
            if today.entries == 1
            else self.tr("{0} entries").format(today.entries)
        )
        self.summary.setText(self.tr("Today: {0}, highest {1} of 10").format(count, today.highest))
        e = today.latest
        level = str(e.suds) if e.suds_after is None else f"{e.suds} → {e.suds_after}"
        text = self.tr("Last at {0}: {1}").format(labels.clock(e.at), level)
        if e.helped:
            text += " · " + self.tr("helped: {0}").format(e.helped)
        self.detail.setText(text)


class IncidentsCard(QFrame):
    """Hard calls with their check-ins (recording one is in Today's quick actions)."""

    edit_requested = Signal(object)  # Incident
    check_in_requested = Signal(object, object)  # Incident, Scheduled
    support_requested = Signal()
    pcl5_requested = Signal()  # the longer self-check, offered at week 4 and week 12

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        inner = _framed(self, self.tr("After a hard call"))
        inner.addWidget(
            paragraph(
                self.tr(
                    "A short private record of a critical incident, then a few quick check-ins "
                    "over the next weeks. Most reactions ease within weeks; the check-ins help "
                    "you notice if they don't."
                ),
                muted=True,
            )
        )
        self.rows = QVBoxLayout()
        self.rows.setSpacing(10)
        inner.addLayout(self.rows)
        self.discreet = False  # discreet mode: no questionnaire names, not even "hard call"

    def show_data(
        self,
        items: list[tuple[Incident, list[Scheduled], FollowUp | None]],
        pcl5_for: frozenset[str] = frozenset(),
    ) -> None:
        """``items``: each incident, its check-ins, and the month check-in that stayed high;
        ``pcl5_for``: the incidents (uids) whose week-4 or week-12 PCL-5 is offered now."""
        clear(self.rows)
        for incident, schedule, high in items:
            self.rows.addWidget(self._row(incident, schedule, high, incident.uid in pcl5_for))

    def _row(
        self,
        incident: Incident,
        schedule: list[Scheduled],
        high: FollowUp | None,
        pcl5: bool = False,
    ) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        top = QHBoxLayout()
        # The date and "a hard call" only (in discreet mode "an entry"): its kind and role are
        # on its own page (Edit).
        what = self.tr("an entry") if self.discreet else self.tr("a hard call")
        name = QLabel(f"{labels.short_day(incident.occurred_on)} · {what}")
        name.setTextFormat(Qt.TextFormat.PlainText)  # never read as HTML
        name.setStyleSheet("font-weight: 600;")
        top.addWidget(name, 1)
        due = next((s for s in schedule if s.status is Status.DUE), None)
        if due is not None:
            go = button(
                self.tr("Check in now"),
                primary=True,
                accessible=self.tr("Check in now, {0} after the incident on {1}").format(
                    labels.step_name(due.step), labels.short_day(incident.occurred_on)
                ),
            )
            go.clicked.connect(
                lambda _=False, i=incident, s=due: self.check_in_requested.emit(i, s)
            )
            top.addWidget(go)
        if pcl5:
            longer = button(
                self.tr("Longer check") if self.discreet else self.tr("Longer check (PCL-5)"),
                accessible=(
                    self.tr("Take a longer check")
                    if self.discreet
                    else self.tr("Take the PCL-5, a longer self-check, after the incident on {0}")
                ).format(labels.short_day(incident.occurred_on)),
            )
            longer.setToolTip(
                self.tr("20 questions about the past month, about 5 minutes. Only if you want it.")
            )
            longer.clicked.connect(self.pcl5_requested)
            top.addWidget(longer)
        edit = button(
            self.tr("Edit"),
            accessible=self.tr("Edit the incident on {0}").format(
                labels.short_day(incident.occurred_on)
            ),
        )
        edit.clicked.connect(lambda _=False, i=incident: self.edit_requested.emit(i))
        top.addWidget(edit)
        layout.addLayout(top)
        steps = []
        for s in schedule:
            name_ = labels.step_name(s.step)
            if s.status is Status.DONE:
                steps.append(self.tr("{0} ✓").format(name_))
            elif s.status is Status.DUE:
                steps.append(self.tr("{0}: ready now").format(name_))
            elif s.status is Status.UPCOMING:
                steps.append(self.tr("{0}: {1}").format(name_, labels.short_day(s.opens)))
            else:
                steps.append(self.tr("{0}: passed").format(name_))
        layout.addWidget(paragraph(self.tr("Check-ins: ") + " · ".join(steps), muted=True))
        if high is not None:
            line = QHBoxLayout()
            line.addWidget(
                paragraph(
                    self.tr(
                        "Your {0} check-in says this is still weighing on you. Reactions that last "
                        "beyond a month are a good reason to talk with a counselor or peer supporter."
                    ).format(labels.step_name(high.step)),
                ),
                1,
            )
            support = button(self.tr("Get support"))
            support.clicked.connect(self.support_requested)
            line.addWidget(support)
            layout.addLayout(line)
        return box
