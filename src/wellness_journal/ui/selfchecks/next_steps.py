"""The next step under a result: talking to someone (with the person's own contacts) when the
published guidance suggests it, the PHQ-9 after a PHQ-2 of 3 or more or a WHO-5 of 50 or below,
a Learn guide that fits, a note for oneself and a reminder to take it again."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLineEdit, QWidget

from wellness_journal.core.selfcheck_schedule import REMINDER_DAYS
from wellness_journal.core.selfchecks import Band, Instrument, Score, SelfCheck
from wellness_journal.services.selfchecks import NOTE_MAX
from wellness_journal.ui.context import UiContext
from wellness_journal.ui.learn.links import (
    AFTER_INCIDENT,
    ALCOHOL,
    LEARN_PAGE,
    PEER_SUPPORT,
    STRESS_CONTINUUM,
)
from wellness_journal.ui.selfchecks import words
from wellness_journal.ui.selfchecks.support_now import SUPPORT_PAGE, add_people
from wellness_journal.ui.widgets.common import (
    add_labelled,
    button,
    column,
    heading,
    paragraph,
    spread_row,
)

GUIDE_FOR = {
    Instrument.PHQ9: STRESS_CONTINUUM,
    Instrument.PHQ2: STRESS_CONTINUUM,
    Instrument.GAD7: STRESS_CONTINUUM,
    Instrument.WHO5: STRESS_CONTINUUM,
    Instrument.PCL5: AFTER_INCIDENT,
    Instrument.AUDITC: ALCOHOL,
}


def wants_phq9(score: Score) -> bool:
    return score.band in (Band.WHO5_LOW,) or (
        score.instrument is Instrument.PHQ2 and score.band is Band.AT_OR_ABOVE_CUTOFF
    )


class NextSteps(QFrame):
    page_requested = Signal(str)

    def __init__(
        self,
        ctx: UiContext,
        check: SelfCheck,
        score: Score,
        *,
        show_people: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        layout = column(self, spacing=10, margins=(20, 16, 20, 16))
        layout.addWidget(heading(self.tr("What could help"), 2))
        self.talk: QWidget | None = None
        if score.worth_a_talk and show_people:
            self.talk = self._people(ctx)
            layout.addWidget(self.talk)
        elif not score.worth_a_talk:
            layout.addWidget(
                paragraph(
                    self.tr(
                        "Keep doing what works for you. Taking it again in a few weeks shows how "
                        "things move; the chart on Trends keeps them side by side."
                    )
                )
            )
        row = QHBoxLayout()
        self.phq9_button = None
        if wants_phq9(score):
            self.phq9_button = button(self.tr("Take the &PHQ-9"), primary=not score.worth_a_talk)
            self.phq9_button.clicked.connect(
                lambda: self.page_requested.emit(f"selfchecks/{Instrument.PHQ9.slug}")
            )
            row.addWidget(self.phq9_button)
        self.guide_buttons = []
        guides = [GUIDE_FOR[check.instrument]]
        if score.worth_a_talk:
            guides.append(PEER_SUPPORT)
        for guide in guides:
            read = button(self._guide_title(guide), name="flat")
            read.clicked.connect(
                lambda _=False, g=guide: self.page_requested.emit(f"{LEARN_PAGE}/{g}")
            )
            self.guide_buttons.append(read)
            row.addWidget(read)
        row.addStretch(1)
        layout.addLayout(row)

        self.note = QLineEdit(check.note)
        self.note.setMaxLength(NOTE_MAX)
        self.note.setPlaceholderText(
            self.tr("What has been going on, in a few words. Only you see it.")
        )
        self.note.setAccessibleName(self.tr("A note for yourself"))
        add_labelled(layout, self.tr("A &note for yourself (optional)"), self.note)
        self.reminder = QComboBox()
        for days in REMINDER_DAYS:
            self.reminder.addItem(words.reminder_choice(days), days)
        self.reminder.setAccessibleName(
            self.tr("Remind me to take the {0} again").format(check.instrument.value)
        )
        self.reminder.setFixedWidth(220)
        remind = QHBoxLayout()
        add_labelled(remind, self.tr("&Remind me to take it again:"), self.reminder)
        remind.addStretch(1)
        layout.addLayout(remind)

    def set_reminder(self, days: int) -> None:
        self.reminder.blockSignals(True)
        self.reminder.setCurrentIndex(max(0, self.reminder.findData(days)))
        self.reminder.blockSignals(False)

    def _people(self, ctx: UiContext) -> QWidget:
        box = QWidget()
        layout = column(box, spacing=6)
        layout.addWidget(paragraph(self.tr("Talking to a peer supporter or counselor could help.")))
        add_people(
            layout,
            ctx.session.contacts.personal(),
            self.tr(
                "No one is listed yet. The Support page has room for your own people, and "
                "crisis lines that are open day and night."
            ),
        )
        support = button(self.tr("Open the &Support page"))
        support.clicked.connect(lambda: self.page_requested.emit(SUPPORT_PAGE))
        layout.addLayout(spread_row([support]))
        return box

    def _guide_title(self, guide: str) -> str:
        return {
            STRESS_CONTINUUM: self.tr("Read: the stress continuum"),
            AFTER_INCIDENT: self.tr("Read: after a critical incident"),
            ALCOHOL: self.tr("Read: alcohol"),
            PEER_SUPPORT: self.tr("Read: peer support and counseling"),
        }[guide]
