"""The short check-in after a critical incident: a few 0-4 questions about the last few days,
"would talking to someone help?", then a calm word and, when answers are high or talking might
help, the support-now panel's people, plan and lines (``support_now``, given by the page).
No retelling of the event."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from wellness_journal.core.incidents import (
    ANSWER_RANGE,
    QUESTIONS,
    FollowUp,
    Incident,
    Step,
    beyond_a_month,
    is_high,
)
from wellness_journal.core.models import NOTHING, Changes
from wellness_journal.services.incidents import IncidentsService
from wellness_journal.ui.today import labels
from wellness_journal.ui.today.form import TodayForm, get_int, get_str
from wellness_journal.ui.today.rating import RatingScale
from wellness_journal.ui.widgets.common import button, heading, paragraph


class FollowUpDialog(TodayForm):
    """A few 0-4 questions about the last few days; then a calm word and, if it helps, people."""

    form_name = "followup"
    topic = "incidents"

    def __init__(
        self,
        service: IncidentsService,
        incident: Incident,
        step: Step,
        parent: QWidget | None = None,
        *,
        offer_pcl5: bool = False,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._offer_pcl5 = offer_pcl5  # week 4 and week 12: the longer self-check, if wanted
        self.pcl5_requested = False
        self.incident = incident
        self.step = step
        # The support-now panel's people, plan and lines after these answers, or None (not
        # needed, or shown for this reason today already).
        self.support_now: Callable[[FollowUp], QWidget | None] = lambda _answers: None
        self.support_panel: QWidget | None = None
        self.saved: FollowUp | None = None
        self.changes: Changes = NOTHING
        self.support_requested = False
        self.guide_requested = False  # "Read: after a critical incident" on the result page
        self.setWindowTitle(self.tr("Check-in after a hard call"))
        self.pages = QStackedWidget()
        self.pages.addWidget(self._questions_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 18)
        layout.addWidget(self.pages)
        self.setMinimumWidth(600)

    def _questions_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(heading(labels.step_title(self.step), 2))
        layout.addWidget(
            paragraph(
                self.tr(
                    "After the incident on {0}. There is nothing to retell here: just how the last "
                    "few days have been. 0 means not at all, 4 means a lot."
                ).format(labels.short_day(self.incident.occurred_on))
            )
        )
        texts = {
            "sleep": self.tr("Trouble falling asleep or staying asleep"),
            "intrusive": self.tr(
                "Memories or pictures of it coming back when you didn't want them"
            ),
            "avoidance": self.tr("Keeping away from reminders of it: places, calls, talk"),
            "irritability": self.tr("Feeling on edge, jumpy or quick to anger"),
            "mood": self.tr("Feeling down, numb or not like yourself"),
        }
        low, high = ANSWER_RANGE
        words = labels.answer_words()
        self.answers: dict[str, RatingScale] = {}
        for key in QUESTIONS:
            label = QLabel(texts[key])
            label.setWordWrap(True)
            scale = RatingScale(texts[key], low, high, words=words, show_words_on_buttons=True)
            scale.value_changed.connect(self._on_answered)
            label.setBuddy(scale)
            layout.addWidget(label)
            layout.addWidget(scale)
            self.answers[key] = scale
        layout.addWidget(QLabel(self.tr("Would talking to someone help?")))
        talk_row = QHBoxLayout()
        self.talk_group = QButtonGroup(self)
        self.talk: dict[str, QRadioButton] = {}
        for key, text in (
            ("yes", self.tr("Yes")),
            ("maybe", self.tr("Maybe")),
            ("no", self.tr("Not now")),
        ):
            radio = QRadioButton(text)
            radio.setAccessibleName(self.tr("Would talking to someone help? {0}").format(text))
            self.talk_group.addButton(radio)
            self.talk[key] = radio
            talk_row.addWidget(radio)
        talk_row.addStretch(1)
        layout.addLayout(talk_row)
        layout.addWidget(
            paragraph(self.tr("This is a check on how you are doing, not a diagnosis."), muted=True)
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save check-in"))
        self.buttons.accepted.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._on_answered()
        page.setFocusProxy(self.answers[QUESTIONS[0]])
        return page

    @Slot()
    def _on_answered(self) -> None:
        done = all(s.value() is not None for s in self.answers.values())
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(done)

    def _talk(self) -> str:
        return next((k for k, r in self.talk.items() if r.isChecked()), "")

    @Slot()
    def _on_save(self) -> None:
        values = {k: s.value() for k, s in self.answers.items()}
        if any(v is None for v in values.values()):
            return
        answers = {k: int(v) for k, v in values.items() if v is not None}

        def record() -> None:
            self.saved, self.changes = self._service.record(
                self.incident, self.step, answers, self._talk()
            )

        if not self.guarded(record) or self.saved is None:
            return
        questions = self.pages.currentWidget()
        result = self._result_page(self.saved)
        self.pages.addWidget(result)
        self.pages.setCurrentWidget(result)
        if questions is not None:
            self.pages.removeWidget(questions)  # kept (not deleted), no longer sizing the dialog
        self.adjustSize()
        result.setFocus()

    def _result_page(self, follow_up: FollowUp) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("Thank you for checking in"), 2))
        self.month_message = beyond_a_month(follow_up)
        wants_talk = follow_up.talk in ("yes", "maybe")
        show_people = self.month_message or wants_talk or is_high(follow_up)
        if self.month_message:
            layout.addWidget(
                paragraph(
                    self.tr(
                        "It has been a month or more, and some of this is still weighing on you. "
                        "Reactions that last beyond a month are a good reason to talk with a "
                        "counselor or a peer supporter. Reaching out is a strength, and it is how "
                        "many officers get back to feeling like themselves."
                    )
                )
            )
        elif wants_talk:
            layout.addWidget(
                paragraph(self.tr("You said talking might help. Here are your people."))
            )
        elif show_people:
            layout.addWidget(
                paragraph(
                    self.tr(
                        "Some of this is weighing on you right now. That is common after a hard "
                        "call, and talking it through with someone you trust helps."
                    )
                )
            )
        else:
            layout.addWidget(
                paragraph(
                    self.tr(
                        "Most reactions after a hard call ease over the following weeks. "
                        "Checking in like this helps you notice how you are doing."
                    )
                )
            )
        self.support_panel = self.support_now(follow_up)
        if self.support_panel is not None:
            layout.addWidget(self.support_panel)
        elif show_people:
            layout.addWidget(
                paragraph(
                    self.tr("Your people and the crisis lines are on the Support page."),
                    muted=True,
                )
            )
        if self._offer_pcl5:
            layout.addWidget(self._pcl5_offer())
        layout.addWidget(
            paragraph(self.tr("This is a check on how you are doing, not a diagnosis."), muted=True)
        )
        layout.addStretch(1)
        support = button(self.tr("Open the &Support page"), primary=show_people)
        support.clicked.connect(self._on_support)
        close = button(self.tr("Close"))
        close.clicked.connect(self.accept)
        self.guide_button = button(self.tr("&Read: after a critical incident"), name="flat")
        self.guide_button.setToolTip(self.tr("What is common in the weeks after a hard call"))
        self.guide_button.clicked.connect(self._on_guide)
        row = QHBoxLayout()
        row.addWidget(self.guide_button)
        row.addStretch(1)
        row.addWidget(support)
        row.addWidget(close)
        layout.addLayout(row)
        close.setDefault(not show_people)
        support.setDefault(show_people)
        page.setFocusProxy(support if show_people else close)
        return page

    def _pcl5_offer(self) -> QWidget:
        """At week 4 and week 12: the PCL-5, a longer self-check, if the person wants it."""
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(
            paragraph(
                self.tr(
                    "If you want a fuller picture, the PCL-5 on the Self-checks page asks 20 "
                    "questions about the past month. It takes about 5 minutes."
                )
            ),
            1,
        )
        self.pcl5_button = button(self.tr("Take the &PCL-5"))
        self.pcl5_button.clicked.connect(self._on_pcl5)
        row.addWidget(self.pcl5_button)
        return box

    @Slot()
    def _on_pcl5(self) -> None:
        self.pcl5_requested = True
        self.accept()

    @Slot()
    def _on_support(self) -> None:
        self.support_requested = True
        self.accept()

    @Slot()
    def _on_guide(self) -> None:
        self.guide_requested = True
        self.accept()

    def draft(self) -> dict[str, Any]:
        return {
            "incident": self.incident.uid,
            "step": self.step.value,
            "answers": {k: s.value() for k, s in self.answers.items()},
            "talk": self._talk(),
        }

    def restore(self, data: dict[str, Any]) -> None:
        answers = data.get("answers")
        if isinstance(answers, dict):
            for key, scale in self.answers.items():
                scale.set_value(get_int(answers, key))
        talk = get_str(data, "talk")
        if talk in self.talk:
            self.talk[talk].setChecked(True)
