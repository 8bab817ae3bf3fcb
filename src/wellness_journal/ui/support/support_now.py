"""The "support now" panel: when things look bad, a calm word, the person's own people, their
safety plan, the crisis lines and the emergency number. Not an alarm: it opens over the page like
a form (never a window of its own, never blocking), closes with one key, and is offered at most
once a day for each reason (``services.support_now``). Nothing about it leaves the vault.

    offer_support_now(ctx, Reason.SELF_CHECK)   # shows it over the current page, or not (False)

``offer_after_stress`` and ``panel_after_follow_up`` apply the rules of ``core.support_now``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QWidget,
)

from wellness_journal.core.errors import WellnessError
from wellness_journal.core.incidents import FollowUp
from wellness_journal.core.models import SupportContact
from wellness_journal.core.stress import StressEntry
from wellness_journal.core.support_now import Reason, follow_up_reasons, stress_reason
from wellness_journal.ui.context import UiContext
from wellness_journal.ui.support.crisis_strip import contact_label
from wellness_journal.ui.support.emergency import emergency_number
from wellness_journal.ui.widgets.common import button, card, column, heading, paragraph, spread_row
from wellness_journal.ui.widgets.screen_room import FitScroll

SUPPORT_PAGE = "support"
SAFETY_PLAN_PAGE = "safety-plan"
PlanOpener = Callable[[], None]


def safety_plan_opener(ctx: UiContext) -> PlanOpener | None:
    """The panel's "your safety plan" slot: how to open the person's safety plan, or None when
    they have none (the panel then says nothing about a plan)."""
    if not ctx.session.safety_plan.exists():
        return None
    return lambda: ctx.go_to(SAFETY_PLAN_PAGE)


def claim(ctx: UiContext, reason: Reason) -> bool:
    """True when the panel may be shown for ``reason`` now (not shown for it today), and remember
    that it was. A vault that cannot remember it still shows the panel: better twice than never."""
    try:
        return ctx.session.support_now.claim(reason)
    except WellnessError:
        return True


def offer_support_now(ctx: UiContext, reason: Reason) -> bool:
    """Show the panel over the current page unless it was shown for ``reason`` today. True when
    it is shown. The one entry point for every trigger (stress, incident check-ins, self-checks)."""
    if not claim(ctx, reason):
        return False
    ctx.bus.support_now_requested.emit(reason.value)
    return True


def offer_after_stress(ctx: UiContext, entry: StressEntry) -> bool:
    reason = stress_reason(entry)
    return reason is not None and offer_support_now(ctx, reason)


def panel_after_follow_up(ctx: UiContext, follow_up: FollowUp) -> SupportNowView | None:
    """The panel's people, plan and lines to show inside the check-in's result (whose own words
    come first), or None."""
    for reason in follow_up_reasons(follow_up):
        if claim(ctx, reason):
            return SupportNowView(ctx, plan=safety_plan_opener(ctx))
    return None


class SupportNowView(QWidget):
    """The person's people first, then their safety plan (the slot: shown only when ``plan``
    is given), then the crisis lines, then the emergency number."""

    plan_opened = Signal()

    def __init__(
        self, ctx: UiContext, *, plan: PlanOpener | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._plan = plan
        layout = column(self, spacing=12)
        contacts = ctx.session.contacts
        layout.addWidget(self._people(contacts.personal()))
        self.plan_button: QPushButton | None = None
        if plan is not None:
            layout.addWidget(self._plan_part())
        layout.addWidget(self._lines(contacts.crisis_lines()))
        self.emergency = paragraph(
            self.tr("If you are in danger right now, call {0}.").format(emergency_number(ctx.prefs))
        )
        self.emergency.setObjectName("h2")
        layout.addWidget(self.emergency)

    def _people(self, people: list[SupportContact]) -> QWidget:
        frame, inner = card(self.tr("Your people"))
        for person in people:
            inner.addWidget(contact_label(person))
        if not people:
            inner.addWidget(
                paragraph(
                    self.tr(
                        "No one is listed yet. The Support page has room for a peer supporter, "
                        "counselor, chaplain or someone close to you."
                    ),
                    muted=True,
                )
            )
        frame.setAccessibleName(self.tr("Your people"))
        return frame

    def _plan_part(self) -> QWidget:
        frame, inner = card()
        row = QHBoxLayout()
        row.addWidget(heading(self.tr("Your safety plan"), 2), 1)
        self.plan_button = button(self.tr("Open my safety &plan"), clicked=self._on_plan)
        row.addWidget(self.plan_button)
        inner.addLayout(row)
        self.plan_button.setToolTip(self.tr("The steps you wrote for a moment like this"))
        frame.setAccessibleName(self.tr("Your safety plan"))
        return frame

    def _lines(self, lines: list[SupportContact]) -> QWidget:
        frame, inner = card(self.tr("Crisis and peer-support lines"))
        for line in lines:
            inner.addWidget(contact_label(line))
        frame.setAccessibleName(self.tr("Crisis and peer-support lines"))
        return frame

    @Slot()
    def _on_plan(self) -> None:
        if self._plan is not None:
            self._plan()
            self.plan_opened.emit()


class SupportNowPanel(QDialog):
    """The panel as it opens over a page: a warm word for ``reason``, the view, and buttons.
    ``reason`` None: asked for (F1 over a window that holds the keyboard)."""

    def __init__(
        self,
        ctx: UiContext,
        reason: Reason | None,
        *,
        plan: PlanOpener | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.reason = reason
        title = self.tr("Get support") if reason is None else self.tr("Support, now")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        layout = self.column = column(self, spacing=12)
        layout.addWidget(heading(self._warm_heading(), 1))
        layout.addWidget(paragraph(self._warm_line()))
        self.view = SupportNowView(ctx, plan=plan)
        self.view.plan_opened.connect(self.accept)
        layout.addWidget(FitScroll(self.view))  # over a window on a short screen: it scrolls,
        layout.addWidget(self.view.emergency)  # and the emergency number stays in view below it
        self.support_button = button(
            self.tr("Open the &Support page"), primary=True, clicked=self._on_support_page
        )
        self.close_button = button(
            self.tr("Close"), tip=self.tr("Close (Esc)"), clicked=self.accept
        )
        layout.addLayout(spread_row([self.support_button], [self.close_button]))
        layout.addStretch(1)
        self.setFocusProxy(self.support_button)

    def _warm_heading(self) -> str:
        if self.reason is None:
            return self.tr("Get support")
        if self.reason is Reason.FOLLOW_UP_TALK:
            return self.tr("Talking can help")
        return self.tr("You don't have to carry this alone")

    def _warm_line(self) -> str:
        if self.reason is None:
            return self.tr(
                "You don't have to carry it alone. Reaching out is a strength, and these people "
                "want to hear from you."
            )
        if self.reason is Reason.STRESS_HIGH:
            return self.tr(
                "That is a lot of stress to carry. Reaching out now is a strength, and the people "
                "below want to hear from you."
            )
        if self.reason is Reason.FOLLOW_UP_TALK:
            return self.tr("You said talking might help. Here are your people, and more.")
        return self.tr(
            "Some of this is weighing on you. Reaching out is a strength, and the people below "
            "want to hear from you."
        )

    @Slot()
    def _on_support_page(self) -> None:
        self.accept()
        self.ctx.go_to(SUPPORT_PAGE)
