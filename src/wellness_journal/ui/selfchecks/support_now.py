"""The support shown at once when PHQ-9 item 9 is above 0, whatever the total: calm words, the
person's own people, their safety plan, the crisis lines and the emergency number (the region's).

``support_now_view`` is the one place the self-checks ask for it. The app-wide "support now"
panel is being built for issue 11 (branch issue11-support: ``ui/support/support_now.py``,
``SupportNowView(ctx, plan=safety_plan_opener(ctx))`` and ``offer_support_now(ctx,
Reason.SELF_CHECK)``). Until it is merged this module shows its own card with the same parts;
once it is, ``support_now_view`` returns that panel's view instead (and nothing else changes).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from wellness_journal.core.models import SupportContact
from wellness_journal.ui.context import UiContext
from wellness_journal.ui.support.crisis_strip import contact_label
from wellness_journal.ui.support.emergency import emergency_number
from wellness_journal.ui.theme import current_colors
from wellness_journal.ui.widgets.common import button, column, heading, paragraph

SAFETY_PLAN_PAGE = "safety-plan"  # issue 11's safety plan page
SUPPORT_PAGE = "support"


def has_page(page_id: str) -> bool:
    from wellness_journal.ui.shell.pages import page_classes

    return any(cls.page_id == page_id for cls in page_classes())


def support_now_view(ctx: UiContext, parent: QWidget | None = None) -> SupportNowCard:
    """THE call site: the support-now panel's content, shown inside the self-check's result."""
    return SupportNowCard(ctx, parent)


def add_people(layout: QVBoxLayout, people: list[SupportContact], empty_text: str) -> None:
    """The person's own people, one a row, or ``empty_text`` (muted) when there is no one yet."""
    for person in people:
        layout.addWidget(contact_label(person))
    if not people:
        layout.addWidget(paragraph(empty_text, muted=True))


class SupportNowCard(QFrame):
    """Calm words, then the person's people, their safety plan, the crisis lines, 911."""

    page_requested = Signal(str)  # a page id: the support page or the safety plan

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("supportNow")
        colors = current_colors()
        self.setStyleSheet(
            f"QFrame#supportNow {{ background: {colors.surface}; border: 2px solid "
            f"{colors.accent}; border-radius: 10px; }}"
        )
        self.setAccessibleName(self.tr("Support now"))
        layout = column(self, spacing=10, margins=(20, 16, 20, 16))
        layout.addWidget(heading(self.tr("You don't have to carry this alone"), 2))
        layout.addWidget(
            paragraph(
                self.tr(
                    "Thank you for answering honestly. You said that thoughts of being better "
                    "off dead, or of hurting yourself, have come up. That matters, and it can get "
                    "better with help. Please talk to someone today: a person you trust, a "
                    "counselor, or a crisis line. They want to hear from you."
                )
            )
        )
        contacts = ctx.session.contacts
        layout.addWidget(heading(self.tr("Your people"), 2))
        add_people(
            layout,
            contacts.personal(),
            self.tr(
                "No one is listed yet. The Support page has room for a peer supporter, "
                "counselor, chaplain or someone close to you."
            ),
        )
        layout.addWidget(heading(self.tr("Crisis and peer-support lines"), 2))
        for line in contacts.crisis_lines():
            layout.addWidget(contact_label(line))
        self.emergency = paragraph(
            self.tr("If you are in danger right now, call {0}.").format(emergency_number(ctx.prefs))
        )
        self.emergency.setStyleSheet("font-weight: 600;")
        layout.addWidget(self.emergency)
        row = QHBoxLayout()
        self.plan_button = None
        if has_page(SAFETY_PLAN_PAGE):
            has_plan = ctx.session.safety_plan.exists()
            self.plan_button = button(
                self.tr("Open my &safety plan") if has_plan else self.tr("Make a &safety plan"),
                primary=has_plan,
            )
            self.plan_button.setToolTip(
                self.tr("The steps you wrote for hard moments")
                if has_plan
                else self.tr("A few steps for hard moments, written while things are calm")
            )
            self.plan_button.clicked.connect(lambda: self.page_requested.emit(SAFETY_PLAN_PAGE))
            row.addWidget(self.plan_button)
        self.support_button = button(
            self.tr("Open the Support page"),
            primary=self.plan_button is None or not self.plan_button.objectName(),
        )
        self.support_button.clicked.connect(lambda: self.page_requested.emit(SUPPORT_PAGE))
        row.addWidget(self.support_button)
        row.addStretch(1)
        layout.addLayout(row)
