"""Self-checks: validated questionnaires an officer can take privately, scored exactly as
published, with a plain next step, the history of results and reminders only if asked for.

Three views: the list (``overview.py``), one question per screen (``flow.py``) and the result
(``result.py``). ``ctx.go_to("selfchecks/audit-c")`` starts that questionnaire (links from the
Learn guides, Today and the check-ins after a critical incident).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPushButton, QStackedWidget, QWidget

from wellness_journal.core.selfchecks import Instrument, SelfCheck
from wellness_journal.services.selfchecks import SETTINGS_TOPIC, TOPIC
from wellness_journal.ui.context import UiContext
from wellness_journal.ui.page import Page
from wellness_journal.ui.selfchecks import words
from wellness_journal.ui.selfchecks.credits import CreditsDialog
from wellness_journal.ui.selfchecks.flow import QuestionFlow
from wellness_journal.ui.selfchecks.forms import load_forms, problem
from wellness_journal.ui.selfchecks.overview import Overview
from wellness_journal.ui.selfchecks.result import ResultView
from wellness_journal.ui.selfchecks.style import selfchecks_stylesheet
from wellness_journal.ui.widgets import confirm
from wellness_journal.ui.widgets.common import ScrollPage, paragraph

PAGE_ID = "selfchecks"
TRENDS_SECTION = "trends/selfchecks"


class SelfChecksPage(Page):
    page_id = PAGE_ID
    icon_name = "selfchecks"
    topics = (TOPIC, SETTINGS_TOPIC, "contacts", "incidents")

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("SelfChecksPage", "Self-checks")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setStyleSheet(selfchecks_stylesheet())
        self.forms = load_forms()
        self.stack = QStackedWidget()
        self.root.addWidget(self.stack)

        self.overview_page = ScrollPage()
        self.overview = Overview()
        self.overview.start_requested.connect(self.start)
        self.overview.reminder_chosen.connect(self._on_reminder)
        self.overview.open_requested.connect(self._on_open_result)
        self.overview.continue_requested.connect(self._on_continue_draft)
        self.overview.discard_requested.connect(self._on_discard_draft)
        self.overview.credits_requested.connect(self.show_credits)
        self.overview.chart_requested.connect(lambda: ctx.go_to(TRENDS_SECTION))
        self.overview_page.column.addWidget(self.overview)
        if problem():
            self.overview_page.column.addWidget(
                paragraph(
                    self.tr(
                        "The questionnaires could not be read, so none can be taken: {0}"
                    ).format(problem())
                )
            )
        self.overview_page.finish()
        self.stack.addWidget(self.overview_page)

        self.flow_page = ScrollPage()
        self.flow = QuestionFlow()
        self.flow.finished.connect(self._on_finished)
        self.flow.leave_requested.connect(self._on_leave_requested)
        self.flow_page.column.addWidget(self.flow)
        self.flow_page.finish()
        self.stack.addWidget(self.flow_page)

        self.result_page = ScrollPage()
        self.stack.addWidget(self.result_page)
        self.result: ResultView | None = None
        self.setFocusProxy(self.overview)

    # -- what is shown ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        service = self.ctx.session.selfchecks
        self.overview.show_data(
            service.latest(),
            service.due(),
            service.reminders(),
            service.all(),
            service.draft() if not self.flow.started else None,
        )

    def showing(self) -> str:
        """ "list", "question" or "result": what a person sees now."""
        return {0: "list", 1: "question", 2: "result"}[self.stack.currentIndex()]

    def open_detail(self, detail: str) -> bool:
        """``selfchecks/<id>`` (phq-9, phq-2, gad-7, pcl-5, audit-c, who-5) starts that one."""
        if not detail:
            self.show_list()
            return True
        instrument = Instrument.from_slug(detail)
        if instrument is None or instrument not in self.forms:
            return False
        self.start(instrument)
        return True

    @Slot()
    def show_list(self) -> None:
        self.stack.setCurrentWidget(self.overview_page)
        self.setFocusProxy(self.overview)
        self.overview.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def show_credits(self) -> None:
        CreditsDialog(self).exec()

    # -- taking one ------------------------------------------------------------------------------------
    @Slot(object)
    def start(self, instrument: Instrument) -> None:
        form = self.forms.get(instrument)
        if form is None:
            return
        if self.flow.started and self.flow.instrument is instrument:
            self._show_flow()  # carry on where it was
            return
        if self.flow.started and not self._may_leave_flow():
            self._show_flow()
            return
        self._flush_note()
        self.flow.begin(form, last_sex=self.ctx.session.selfchecks.last_sex())
        self._show_flow()

    def _show_flow(self) -> None:
        self.stack.setCurrentWidget(self.flow_page)
        self.setFocusProxy(self.flow)
        current = self.flow.currentWidget()
        focused = current.focusWidget() if current is not None else None
        (focused or self.flow).setFocus(Qt.FocusReason.OtherFocusReason)

    def _may_leave_flow(self) -> bool:
        instrument = self.flow.instrument
        return confirm.ask(
            self,
            self.tr("Leave this self-check?"),
            self.tr("Leave the {0}? The answers so far are not kept.").format(
                instrument.value if instrument else ""
            ),
            self.tr("Leave it"),
            self.tr("Go on answering"),
        )

    @Slot()
    def _on_leave_requested(self) -> None:
        if self.flow.started and not self._may_leave_flow():
            return
        self.flow.form = None
        service = self.ctx.session.selfchecks
        self.ctx.perform(service.discard_draft, self.tr("Not removed"))
        self.show_list()

    @Slot()
    def _on_finished(self) -> None:
        instrument = self.flow.instrument
        if instrument is None:
            return
        service = self.ctx.session.selfchecks
        answers, sex = list(self.flow.answers), self.flow.sex
        saved: list[SelfCheck] = []

        def save() -> object:
            check, changes = service.save(instrument, answers, sex)
            saved.append(check)
            return changes

        if not self.ctx.perform(save, self.tr("Not saved")):
            return  # the answers stay on screen; the person can try again
        self.flow.form = None
        self.show_result(saved[0])

    # -- a result --------------------------------------------------------------------------------------
    def show_result(self, check: SelfCheck) -> None:
        service = self.ctx.session.selfchecks
        previous = service.previous(check)
        found = service.change_since_last(check)
        old = self.result
        view = ResultView(
            self.ctx,
            check,
            self.forms.get(check.instrument),
            found,
            words.short_day(previous.taken_at.date()) if previous is not None else "",
            service.reminders().get(check.instrument, 0),
        )
        view.done_requested.connect(self._on_done)
        view.delete_requested.connect(self._on_delete)
        view.page_requested.connect(self._on_go)
        view.note.editingFinished.connect(self._flush_note)
        view.reminder.currentIndexChanged.connect(
            lambda _: self._on_reminder(check.instrument, int(view.reminder.currentData()))
        )
        self.result_page.column.insertWidget(0, view)
        if old is not None:
            old.hide()
            old.setParent(None)
            old.deleteLater()
        self.result = view
        self.stack.setCurrentWidget(self.result_page)
        self.result_page.verticalScrollBar().setValue(0)
        self.setFocusProxy(view)
        first = view.support_now.findChild(QWidget, "primary") if view.support_now else None
        (first or view.done_button).setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot(int)
    def _on_open_result(self, check_id: int) -> None:
        check = self.ctx.session.selfchecks.get(check_id)
        if check is not None:
            self.show_result(check)

    @Slot()
    def _on_done(self) -> None:
        self._flush_note()
        self.show_list()

    @Slot(str)
    def _on_go(self, target: str) -> None:
        self._flush_note()
        self.ctx.go_to(target)

    @Slot()
    def _flush_note(self) -> None:
        view = self.result
        if view is None or view.check.id is None or view.note.text().strip() == view.check.note:
            return
        service, check_id, text = self.ctx.session.selfchecks, view.check.id, view.note.text()
        if self.ctx.perform(lambda: service.set_note(check_id, text), self.tr("Not saved")):
            view.check = service.get(check_id) or view.check

    def _on_delete(self) -> None:
        view = self.result
        if view is None or view.check.id is None:
            return
        if (
            not confirm.ask(
                self,
                self.tr("Delete this result?"),
                self.tr("Delete the {0} of {1}? This cannot be undone.").format(
                    view.check.instrument.value, words.short_day(view.check.taken_at.date())
                ),
                self.tr("Delete result"),
                self.tr("Keep it"),
            )
            or not self.ctx.session.is_open
        ):
            return
        service, check_id = self.ctx.session.selfchecks, view.check.id
        if self.ctx.perform(lambda: service.delete(check_id), self.tr("Not deleted")):
            self.result = None
            view.hide()
            view.setParent(None)
            view.deleteLater()
            self.show_list()

    def _on_reminder(self, instrument: Instrument, days: int) -> None:
        service = self.ctx.session.selfchecks
        self.ctx.perform(lambda: service.set_reminder(instrument, days), self.tr("Not saved"))

    # -- a self-check left part-way ---------------------------------------------------------------------
    @Slot()
    def _on_continue_draft(self) -> None:
        service = self.ctx.session.selfchecks
        draft = service.draft() or {}
        try:
            form = self.forms[Instrument(draft.get("instrument"))]
        except (ValueError, KeyError):
            self._on_discard_draft()
            return
        self.flow.resume(form, draft, last_sex=service.last_sex())
        if self.flow.form is not None and self.stack.currentWidget() is not self.result_page:
            self._show_flow()

    @Slot()
    def _on_discard_draft(self) -> None:
        service = self.ctx.session.selfchecks
        self.ctx.perform(service.discard_draft, self.tr("Not removed"))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter presses the focused button, as in a dialog (a page's buttons ignore it)."""
        focused = QApplication.focusWidget()
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and isinstance(focused, QPushButton)
            and self.isAncestorOf(focused)
            and focused.isEnabled()
        ):
            focused.click()
            return
        super().keyPressEvent(event)

    # -- saving ----------------------------------------------------------------------------------------
    def flush(self) -> None:
        """Keep a self-check taken part-way, and a note typed but not saved (raises VaultError)."""
        service = self.ctx.session.selfchecks
        if self.flow.started:
            service.keep_draft(self.flow.draft())
        view = self.result
        if (
            view is not None
            and view.check.id is not None
            and view.note.text().strip() != view.check.note
        ):
            self.ctx.announce(service.set_note(view.check.id, view.note.text()))
            view.check = service.get(view.check.id) or view.check
