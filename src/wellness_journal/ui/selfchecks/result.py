"""A self-check's result: the support-now card first when PHQ-9 item 9 was above 0, then the
score and its band in plain words, the change since last time (with the size that counts, where
one is published), "this is not a diagnosis", and a next step that fits (``next_steps.py``)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from wellness_journal.core.selfcheck_forms import Form
from wellness_journal.core.selfchecks import Change, Instrument, SelfCheck
from wellness_journal.ui.context import UiContext
from wellness_journal.ui.selfchecks import words
from wellness_journal.ui.selfchecks.next_steps import NextSteps
from wellness_journal.ui.selfchecks.support_now import support_now_view
from wellness_journal.ui.today.labels import clock
from wellness_journal.ui.widgets.common import button, card, column, heading, paragraph


class ResultView(QWidget):
    """One result. ``page_requested`` carries an in-app target ("support", "learn/alcohol",
    "selfchecks/phq-9", "trends/selfchecks"); the page saves the note and the reminder."""

    done_requested = Signal()
    delete_requested = Signal()
    page_requested = Signal(str)

    def __init__(
        self,
        ctx: UiContext,
        check: SelfCheck,
        form: Form | None,
        found: Change | None,
        previous_day: str,
        reminder_days: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.check = check
        score = check.score()
        self.score = score
        layout = column(self, spacing=14)
        self.support_now: QWidget | None = None
        if score.safety:
            support = support_now_view(ctx)
            support.page_requested.connect(self.page_requested)
            self.support_now = support
            layout.addWidget(support)

        top = QHBoxLayout()
        top.addWidget(heading(words.title(check.instrument)), 1)
        taken = QLabel(
            self.tr("{0} at {1}").format(
                words.short_day(check.taken_at.date()), clock(check.taken_at)
            )
        )
        taken.setObjectName("muted")
        top.addWidget(taken, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(top)
        layout.addWidget(self._score_card(check, found, previous_day))
        layout.addWidget(paragraph(words.not_a_diagnosis(), muted=True))

        self.steps = NextSteps(ctx, check, score, show_people=not score.safety)
        self.steps.page_requested.connect(self.page_requested)
        layout.addWidget(self.steps)
        self.steps.set_reminder(reminder_days)
        self.note = self.steps.note
        self.reminder = self.steps.reminder

        row = QHBoxLayout()
        self.done_button = button(self.tr("&Done"), primary=True, clicked=self.done_requested)
        self.chart_button = button(self.tr("See it on a &chart"), name="flat")
        self.chart_button.clicked.connect(lambda: self.page_requested.emit("trends/selfchecks"))
        self.delete_button = button(
            self.tr("Delete this result…"), name="flat", clicked=self.delete_requested
        )
        row.addWidget(self.done_button)
        row.addWidget(self.chart_button)
        row.addStretch(1)
        row.addWidget(self.delete_button)
        layout.addLayout(row)
        if form is not None:
            notice = paragraph(form.notice, muted=True)
            notice.setObjectName("caption")
            layout.addWidget(notice)
        layout.addStretch(1)
        self.done_button.setDefault(True)

    def _score_card(self, check: SelfCheck, found: Change | None, previous_day: str) -> QWidget:
        score = self.score
        frame, inner = card()
        row = QHBoxLayout()
        row.setSpacing(16)
        self.total = QLabel("—" if score.total is None else str(score.total))
        self.total.setObjectName("bigScore")
        self.total.setStyleSheet("font-size: 30pt; font-weight: 600;")
        row.addWidget(self.total, 0, Qt.AlignmentFlag.AlignVCenter)
        words_col = QVBoxLayout()
        words_col.setSpacing(2)
        self.out_of = QLabel(words.out_of(score))
        self.out_of.setObjectName("muted")
        self.out_of.setVisible(score.complete)
        words_col.addWidget(self.out_of)
        self.band = heading(
            words.band_name(score.instrument, score.band) or self.tr("No total this time"), 2
        )
        words_col.addWidget(self.band)
        row.addLayout(words_col, 1)
        inner.addLayout(row)
        self.total.setAccessibleName(
            self.tr("Your score: {0}. {1}").format(
                words.score_line(score), words.band_name(score.instrument, score.band)
            )
        )
        if score.complete:
            self.meaning = paragraph(words.meaning(score))
        else:
            self.meaning = paragraph(words.skipped(score))
        inner.addWidget(self.meaning)
        if score.clusters:
            inner.addWidget(self._clusters())
        if found is not None:
            self.change = paragraph(words.change_line(check.instrument, found, previous_day))
        elif score.complete:
            self.change = paragraph(
                self.tr(
                    "This is your first {0} with a total. Next time, the change since this one "
                    "shows here."
                ).format(check.instrument.value),
                muted=True,
            )
        else:
            self.change = paragraph("")
            self.change.setVisible(False)
        self.change.setAccessibleName(self.tr("Change since last time"))
        inner.addWidget(self.change)
        return frame

    def _clusters(self) -> QWidget:
        box = QWidget()
        layout = column(box, spacing=2)
        layout.addWidget(paragraph(self.tr("The four parts of the PCL-5:"), muted=True))
        for part in self.score.clusters:
            line = QLabel(
                self.tr("{0}: {1} of {2}").format(
                    words.cluster_name(part.cluster), part.total, part.max_total
                )
            )
            line.setWordWrap(True)
            layout.addWidget(line)
        return box

    @property
    def instrument(self) -> Instrument:
        return self.check.instrument
