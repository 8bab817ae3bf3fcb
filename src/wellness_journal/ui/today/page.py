"""Today: the daily check-in first, then sleep, stress and hard calls at a glance."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from wellness_journal.core.checkin import DEFAULT_SHIFTS, is_blank
from wellness_journal.core.incidents import Incident, Scheduled
from wellness_journal.core.sleep import SleepKind
from wellness_journal.core.stress import summarize
from wellness_journal.services.coping import TOPIC as COPING_TOPIC
from wellness_journal.services.plan_goals import TOPIC as PLAN_TOPIC
from wellness_journal.services.preferences import DISCREET_TOPIC
from wellness_journal.services.selfchecks import TOPIC as SELFCHECKS_TOPIC
from wellness_journal.services.today import TOPICS
from wellness_journal.ui.calendar import backfill
from wellness_journal.ui.calendar.sheet import calendar_button
from wellness_journal.ui.context import UiContext
from wellness_journal.ui.learn.links import LearnRow
from wellness_journal.ui.page import Page
from wellness_journal.ui.plan.today_card import PlanCard
from wellness_journal.ui.today import labels, links
from wellness_journal.ui.today.cards import IncidentsCard, SleepCard, StressCard
from wellness_journal.ui.today.checkin_card import CheckinCard
from wellness_journal.ui.today.forms_runner import TOPIC_OF, FormsRunner
from wellness_journal.ui.today.list_editor import ListEditDialog, keep_open_lists
from wellness_journal.ui.today.quick_actions import QuickActions
from wellness_journal.ui.today.style import today_stylesheet
from wellness_journal.ui.widgets.common import ScrollPage, button, card, clear, heading, paragraph
from wellness_journal.ui.widgets.draft_notice import draft_notice
from wellness_journal.ui.widgets.sheets import open_sheet
from wellness_journal.ui.widgets.toast import toast


class TodayPage(Page):
    page_id = "today"
    icon_name = "today"
    topics = (*TOPICS, "contacts", COPING_TOPIC, SELFCHECKS_TOPIC, PLAN_TOPIC, DISCREET_TOPIC)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("TodayPage", "Today")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setStyleSheet(today_stylesheet())
        self.forms = FormsRunner(ctx, self)
        scroll = ScrollPage()
        self.root.addWidget(scroll)
        col = scroll.column
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Today")), 1)
        self.date_label = QLabel()
        self.date_label.setObjectName("muted")
        top.addWidget(self.date_label)
        top.addWidget(calendar_button(ctx, self))
        col.addLayout(top)
        self.quick = QuickActions()
        self.quick.log_stress_requested.connect(lambda: self.forms.stress())
        self.quick.log_sleep_requested.connect(lambda: self.forms.sleep(kind=SleepKind.MAIN))
        self.quick.breathe_requested.connect(lambda: links.breathe_now(self.ctx, self))
        self.quick.record_incident_requested.connect(lambda: self.forms.incident())
        col.addWidget(self.quick)

        self.notices = QVBoxLayout()
        self.notices.setSpacing(10)
        col.addLayout(self.notices)

        self.checkin = CheckinCard()
        self.checkin.save_requested.connect(self._on_save_checkin)
        self.checkin.edit_shifts_requested.connect(self._on_edit_shifts)
        col.addWidget(self.checkin)

        self.plan_card = PlanCard(ctx)
        col.addWidget(self.plan_card)

        self.sleep_card = SleepCard()
        self.sleep_card.log_nap_requested.connect(lambda: self.forms.sleep(kind=SleepKind.NAP))
        self.sleep_card.diary_requested.connect(self.forms.sleep_diary)
        col.addWidget(self.sleep_card)

        self.stress_card = StressCard()
        self.stress_card.exercise_requested.connect(lambda: links.try_an_exercise(self.ctx, self))
        self.stress_card.history_requested.connect(self.forms.stress_log)
        col.addWidget(self.stress_card)

        self.incidents_card = IncidentsCard()
        self.incidents_card.edit_requested.connect(lambda i: self.forms.incident(i))
        self.incidents_card.check_in_requested.connect(self._on_check_in)
        self.incidents_card.support_requested.connect(lambda: links.get_support(self.ctx))
        self.incidents_card.pcl5_requested.connect(lambda: links.take_selfcheck(self.ctx, "pcl-5"))
        col.addWidget(self.incidents_card)
        self.learn_row = LearnRow(ctx)
        col.addWidget(self.learn_row)
        scroll.finish()
        self.setFocusProxy(self.checkin)

    # -- showing ---------------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        focused = QApplication.focusWidget()
        if focused is None or not self.isAncestorOf(focused):
            QTimer.singleShot(0, self, self._focus_check_in)  # not after the page is gone

    @Slot()
    def _focus_check_in(self) -> None:
        focused = QApplication.focusWidget()
        if self.sheets.top() is not None:
            return  # a form is open over the page: it has the keyboard
        if self.isVisible() and (focused is None or not self.isAncestorOf(focused)):
            self.checkin.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh(self) -> None:
        today = self.ctx.session.today
        day = today.checkins.today()
        self.date_label.setText(labels.long_day(day))
        incidents = today.incidents.overview()  # read once for the notices and the card
        self._show_notices(incidents.due)
        self.checkin.set_shifts(today.checkins.shifts())
        if not self.checkin.is_dirty():
            self.checkin.load(today.checkins.for_today(), day)
        self.sleep_card.show_data(today.sleep.last_day(), today.sleep.week(), day)
        self.stress_card.show_data(summarize(today.stress.today()))
        name = links.exercise_name(self.ctx, self)
        self.stress_card.exercise_button.setText(self.tr("Try {0}").format(name))
        self.stress_card.exercise_button.setAccessibleName(self.tr("Start {0}").format(name))
        self.stress_card.exercise_button.setShortcut("Alt+X")
        self.quick.set_breathing_name(links.breathing_name(self.ctx, self))
        self.plan_card.refresh()
        offered = self.ctx.session.selfchecks.after_incidents()
        self.incidents_card.discreet = self.ctx.prefs.discreet()
        self.incidents_card.show_data(
            incidents.listed,
            frozenset(d.incident.uid for d in offered if d.incident is not None),
        )

    def _show_notices(self, check_ins: list[tuple[Incident, Scheduled]]) -> None:
        clear(self.notices)
        today = self.ctx.session.today
        for incident, item in check_ins:
            self.notices.addWidget(self._due_notice(incident, item))
        for due in self.ctx.session.selfchecks.due():
            if due.incident is None:  # the PCL-5 after an incident sits with its incident
                self.notices.addWidget(links.selfcheck_notice(self.ctx, due))
        for form in today.drafts.forms():
            if form in TOPIC_OF:  # Today's own forms (other pages keep drafts there too)
                self.notices.addWidget(self._draft_notice(form))

    def _due_notice(self, incident: Incident, item: Scheduled) -> QWidget:
        box, inner = card(name="due")
        row = QHBoxLayout()
        text = paragraph(
            self.tr("A short check-in is ready. It takes about a minute.")
            if self.ctx.prefs.discreet()
            else self.tr(
                "A short check-in is ready: {0} after the hard call on {1}. It takes about a "
                "minute, and there is nothing to retell."
            ).format(labels.step_name(item.step), labels.short_day(incident.occurred_on))
        )
        row.addWidget(text, 1)
        go = button(self.tr("Check in"), primary=True)
        go.setAccessibleName(
            self.tr("Check in, {0} after the incident on {1}").format(
                labels.step_name(item.step), labels.short_day(incident.occurred_on)
            )
        )
        go.clicked.connect(lambda _=False, i=incident, s=item: self._on_check_in(i, s))
        row.addWidget(go)
        inner.addLayout(row)
        return box

    def _draft_notice(self, form: str) -> QWidget:
        names = {
            "sleep": self.tr("a sleep entry"),
            "stress": self.tr("a stress entry"),
            "incident": self.tr("an incident record"),
            "followup": self.tr("a check-in after a hard call"),
            "checkin": self.tr("a check-in for another day"),
        }
        return draft_notice(
            self.tr("You were part-way through {0} when the journal locked. It was kept.").format(
                names.get(form, form)
            ),
            lambda: self.forms.continue_draft(form),
            lambda: self.forms.discard_draft(form),
        )

    # -- actions ---------------------------------------------------------------------------------------
    @Slot()
    def _on_save_checkin(self) -> None:
        checkins = self.ctx.session.today.checkins
        current = self.checkin.current()
        if is_blank(current) and current.id is None:
            self.checkin.say_missing(
                self.tr("Nothing to save yet: pick a mood, stress or energy rating first.")
            )
            return
        if not self.checkin.is_dirty():
            toast(self, self.tr("Already saved: nothing has changed since."))
            return
        if self.ctx.perform(lambda: checkins.save(current), self.tr("Not saved")):
            self.checkin.load(checkins.for_day(self.checkin.day()), self.checkin.day())
            toast(self, self.tr("Check-in saved."))

    @Slot()
    def _on_edit_shifts(self) -> None:
        service = self.ctx.session.today.checkins
        dialog = ListEditDialog(self.tr("Shifts"), service.shifts(), DEFAULT_SHIFTS, self)

        def keep(items: list[str]) -> None:
            self.ctx.announce(service.set_shifts(items))
            self.checkin.set_shifts(service.shifts())

        dialog.keep = keep
        failed = self.tr("Not saved")
        dialog.accepted.connect(lambda: self.ctx.perform(lambda: keep(dialog.items()), failed))
        open_sheet(self, dialog)

    def _on_check_in(self, incident: Incident, item: Scheduled) -> None:
        self.forms.follow_up(incident, item.step)

    def open_detail(self, detail: str) -> bool:
        """Links from the Learn guides: "today/sleep" and "today/incident" open those forms;
        the calendar's "today/stress/2025-03-01" (or checkin, sleep) opens a form for that day."""
        if backfill.open_detail(self.forms, detail, SleepKind.MAIN):
            return True
        forms = {
            "sleep": lambda: self.forms.sleep(kind=SleepKind.MAIN),
            "incident": lambda: self.forms.incident(),
        }
        if detail not in forms:
            return False
        forms[detail]()
        return True

    # -- saving ------------------------------------------------------------------------------------------
    def flush(self) -> None:
        """Keep an open form as a draft, save an open list of shifts or triggers and a changed
        check-in; raise if the vault fails."""
        self.forms.keep_open_form()
        keep_open_lists(self)
        if self.checkin.is_dirty():
            _, changes = self.ctx.session.today.checkins.save(self.checkin.current())
            self.checkin.load(
                self.ctx.session.today.checkins.for_day(self.checkin.day()), self.checkin.day()
            )
            self.ctx.announce(changes)
