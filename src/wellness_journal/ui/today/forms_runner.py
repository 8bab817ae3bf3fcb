"""Opens Today's forms over the page (sheets: the sidebar, Get support and Lock stay within
reach), announces what they changed, and keeps an open one as a draft when the journal locks (the
page's ``flush``), so nothing typed is lost."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from wellness_journal.core.incidents import Incident, Step
from wellness_journal.core.models import Changes
from wellness_journal.core.sleep import SleepKind, SleepPeriod
from wellness_journal.core.stress import StressEntry
from wellness_journal.services.today import TodayServices
from wellness_journal.ui.calendar import backfill
from wellness_journal.ui.context import UiContext
from wellness_journal.ui.learn.links import AFTER_INCIDENT, open_guide
from wellness_journal.ui.support.emergency import emergency_number
from wellness_journal.ui.support.support_now import offer_after_stress, panel_after_follow_up
from wellness_journal.ui.today import labels, links, saved_words
from wellness_journal.ui.today.followup_dialog import FollowUpDialog
from wellness_journal.ui.today.form import TodayForm, get_int, get_str, qdate
from wellness_journal.ui.today.history import (
    LogDialog,
    SleepRow,
    sleep_matches,
    sleep_model,
    stress_matches,
    stress_model,
)
from wellness_journal.ui.today.incident_dialogs import IncidentDialog
from wellness_journal.ui.today.sleep_dialog import SleepDialog
from wellness_journal.ui.today.stress_dialog import StressDialog
from wellness_journal.ui.widgets import confirm
from wellness_journal.ui.widgets.sheets import open_sheet
from wellness_journal.ui.widgets.toast import toast

Draft = dict[str, Any]
TOPIC_OF = {
    "sleep": "sleep",
    "stress": "stress",
    "incident": "incidents",
    "followup": "incidents",
    "checkin": "checkins",  # a check-in for another day (back-fill)
}


class FormsRunner:
    def __init__(self, ctx: UiContext, parent: QWidget) -> None:
        self.ctx = ctx
        self.parent = parent
        self.open_form: TodayForm | None = None

    @property
    def _today(self) -> TodayServices:
        return self.ctx.session.today

    # -- running a form -------------------------------------------------------------------------------
    def run(self, form: TodayForm, then: Callable[[bool], None] | None = None) -> bool:
        """Show ``form`` over the page; ``then(saved)`` runs when it closes. One Today form at a
        time: while one is open, another is not opened (False) and the open one is shown."""
        if self.open_form is not None:
            form.deleteLater()
            return False
        form.guard = lambda operation: self.ctx.perform(operation, form.tr("Not saved"))
        self.open_form = form
        form.finished.connect(lambda result: self._on_closed(form, result, then))
        open_sheet(self.parent, form)
        return True

    def _on_closed(self, form: TodayForm, result: int, then: Callable[[bool], None] | None) -> None:
        if self.open_form is form:
            self.open_form = None
        if not self.ctx.session.is_open:
            return
        drafts = self._today.drafts
        self.ctx.perform(
            lambda: form.changes | drafts.discard(form.form_name, TOPIC_OF[form.form_name]),
            form.tr("Not saved"),
        )
        if then is not None:
            then(result == QDialog.DialogCode.Accepted)

    def keep_open_form(self) -> None:
        """Called by the page's flush: keep what the open form holds (raises VaultError)."""
        form = self.open_form
        if form is None or getattr(form, "saved", None) is not None:
            return
        self._today.drafts.keep(form.form_name, form.draft())

    # -- the forms ------------------------------------------------------------------------------------------
    def sleep(
        self,
        period: SleepPeriod | None = None,
        kind: SleepKind = SleepKind.MAIN,
        draft: Draft | None = None,
        day: date | None = None,
    ) -> None:
        form = SleepDialog(self._today.sleep, period, kind, self.parent)
        if day is not None:  # back-fill: the day you got up
            form.when.out_day.setDate(qdate(day))
        if draft:
            form.restore(draft)
        backfill.limit_dates(form.when.out_day, self._first_day(), self._today.sleep.today())

        def then(saved: bool) -> None:
            if saved and form.saved is not None:
                self._say(saved_words.sleep_saved(form.saved, editing=period is not None))

        self.run(form, then)

    def stress(
        self, entry: StressEntry | None = None, draft: Draft | None = None, day: date | None = None
    ) -> None:
        emergency = emergency_number(self.ctx.prefs)
        form = StressDialog(self._today.stress, entry, self.parent, emergency=emergency)
        if day is not None and entry is None:  # back-fill
            backfill.move_to_day(form.level.at, day, self._today.now())
        if draft:
            form.restore(draft)
        backfill.limit_dates(form.level.at, self._first_day(), self._today.checkins.today())

        def then(saved: bool) -> None:
            if not saved or form.saved is None:
                return
            self._say(saved_words.stress_saved(form.saved, editing=entry is not None))
            offer_after_stress(self.ctx, form.saved)
            if form.wants_exercise:
                links.try_an_exercise(self.ctx, self.parent, form.saved.id)

        self.run(form, then)

    def checkin(self, day: date, draft: Draft | None = None) -> None:
        """A check-in for another day (back-fill; today's is on the page itself)."""
        from wellness_journal.ui.calendar.checkin_form import CheckinForm

        checkins = self._today.checkins
        form = CheckinForm(checkins, day, self._first_day(), checkins.shifts(), self.parent)
        if draft:
            form.restore(draft)
        self.run(form)

    def _first_day(self) -> date:
        return self.ctx.session.day_log.first_day()

    def incident(self, incident: Incident | None = None, draft: Draft | None = None) -> None:
        form = IncidentDialog(self._today.incidents, incident, self.parent)
        if draft:
            form.restore(draft)

        def then(saved: bool) -> None:
            if saved and form.saved is not None:
                self._say(saved_words.incident_saved(form.removed, editing=incident is not None))

        self.run(form, then)

    def follow_up(self, incident: Incident, step: Step, draft: Draft | None = None) -> None:
        offer = any(
            d.incident is not None and d.incident.uid == incident.uid and d.step is step
            for d in self.ctx.session.selfchecks.after_incidents()
        )
        form = FollowUpDialog(self._today.incidents, incident, step, self.parent, offer_pcl5=offer)
        if draft:
            form.restore(draft)

        def then(_saved: bool) -> None:
            if form.support_requested:
                links.get_support(self.ctx)
            elif form.pcl5_requested:
                links.take_selfcheck(self.ctx, "pcl-5")
            elif form.guide_requested:
                open_guide(self.ctx, AFTER_INCIDENT)

        form.support_now = lambda follow_up: panel_after_follow_up(self.ctx, follow_up)
        self.run(form, then)

    def _say(self, text: str) -> None:
        if self.ctx.session.is_open:
            toast(self.parent, text)

    # -- drafts -----------------------------------------------------------------------------------------------
    def continue_draft(self, name: str) -> None:
        today = self._today
        data = today.drafts.get(name) or {}
        editing = get_int(data, "editing")
        if name == "sleep":
            period = today.sleep.get(editing) if editing is not None else None
            self.sleep(period, draft=data)
        elif name == "stress":
            entry = today.stress.get(editing) if editing is not None else None
            self.stress(entry, draft=data)
        elif name == "incident":
            found = next((i for i in today.incidents.incidents() if i.id == editing), None)
            self.incident(found, draft=data)
        elif name == "followup":
            self._continue_follow_up(data)
        elif name == "checkin":
            self.checkin(self._today.checkins.today(), draft=data)
        else:
            self.discard_draft(name)

    def _continue_follow_up(self, data: Draft) -> None:
        today = self._today
        uid, step_text = get_str(data, "incident"), get_str(data, "step")
        for incident, item in today.incidents.due():
            if incident.uid == uid and item.step.value == step_text:
                self.follow_up(incident, item.step, draft=data)
                return
        QMessageBox.information(
            self.parent,
            self.parent.tr("Check-in"),
            self.parent.tr(
                "That check-in is no longer open, so the unfinished answers were set aside."
            ),
        )
        self.discard_draft("followup")

    def discard_draft(self, name: str) -> None:
        drafts = self._today.drafts
        self.ctx.perform(
            lambda: drafts.discard(name, TOPIC_OF.get(name, "sleep")), self.parent.tr("Not removed")
        )

    # -- lists ----------------------------------------------------------------------------------------------------
    def sleep_diary(self) -> LogDialog:
        today = self._today

        def edit(row: object) -> None:
            period = today.sleep.get(row.id) if isinstance(row, SleepRow) and row.id else None
            if period is not None:
                self.sleep(period)

        def delete(row: object) -> bool:
            if not isinstance(row, SleepRow) or row.id is None:
                return False
            key = row.id
            return self._confirm_delete(
                self.parent.tr("Remove this sleep from the diary?"),
                self.parent.tr("Remove sleep"),
                lambda: today.sleep.delete(key),
            )

        dialog = LogDialog(
            self.parent.tr("Sleep diary"),
            self.parent.tr(
                "Every night and nap, by the day you woke up, latest first: time in bed, time "
                "asleep and the share of it asleep (efficiency). Click one to change it."
            ),
            sleep_model(today.sleep),
            sleep_matches,
            edit,
            delete,
            self.parent,
            choices=[
                (self.parent.tr("Sleep and naps"), ""),
                (self.parent.tr("Main sleep only"), SleepKind.MAIN.value),
                (self.parent.tr("Naps only"), SleepKind.NAP.value),
            ],
        )
        dialog.search.setPlaceholderText(self.parent.tr("Filter: a word from a note or a shift"))
        open_sheet(self.parent, dialog)
        return dialog

    def stress_log(self) -> LogDialog:
        today = self._today

        def edit(entry: object) -> None:
            found = (
                today.stress.get(entry.id) if isinstance(entry, StressEntry) and entry.id else None
            )
            if found is not None:
                self.stress(found)

        def delete(entry: object) -> bool:
            if not isinstance(entry, StressEntry) or entry.id is None:
                return False
            key = entry.id
            return self._confirm_delete(
                self.parent.tr("Remove this stress entry?"),
                self.parent.tr("Remove entry"),
                lambda: today.stress.delete(key),
            )

        dialog = LogDialog(
            self.parent.tr("Stress log"),
            self.parent.tr(
                "Every entry, newest first. Click one, or pick it and press Enter, to change it "
                "or rate it again."
            ),
            stress_model(today.stress),
            stress_matches,
            edit,
            delete,
            self.parent,
            choices=[(self.parent.tr("Anything that set it off"), "")]
            + [(labels.item(t), t) for t in today.stress.triggers()],
        )
        dialog.search.setPlaceholderText(
            self.parent.tr("Filter: a word from what set it off, what helped or a note")
        )
        open_sheet(self.parent, dialog)
        return dialog

    def _confirm_delete(self, question: str, verb: str, action: Callable[[], Changes]) -> bool:
        if not confirm.ask(self.parent, verb, question, verb, self.parent.tr("Keep it")):
            return False
        if not self.ctx.session.is_open:
            return False
        return self.ctx.perform(action, self.parent.tr("Not removed"))
