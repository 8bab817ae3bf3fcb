"""A whole GUI session in its own process that uses every feature, recording every network attempt.

Run by tests/e2e/test_no_network.py and tests/e2e/test_no_leaks.py as

    python gui_session.py DATA_DIR MARKER [OUT_DIR [IMPORT_FILE]]

It records audit events before the app starts, then drives the real entry point
(``wellness_journal.app.main``) the way a user would, through the real widgets and dialogs: first
run; a journal entry typed in the editor and autosaved, a prompt of one's own, a search; Today's
check-in (with a shift of one's own), a stress entry (with a trigger of one's own), a sleep
period, a critical incident and its day-3 check-in; a grounding exercise with ratings and kept
notes, a thought record; a support contact (added, then its edit dialog opened); the safety plan
(every section typed, a contact picked, the pocket card saved as PDF through Qt's file dialog); a
PHQ-9 by keyboard with a note on its result; a goal of My plan typed and ticked, and the summary
for a counselor (notes in) previewed and saved through Qt's file dialog; a search and two guides
in Learn; settings
(auto-lock, theme); with OUT_DIR: a manual backup, an export to JSON through Qt's file dialog and
one to CSV, and an import of IMPORT_FILE; lock and unlock; every page; quit. Every free-text
field gets its own marker text (MARKER-<field>). It prints one JSON line: exit code, network
events, steps done, open inet sockets, the markers (as stored), the files it was asked to write
and the title of every window it saw.
"""

from __future__ import annotations

import json
import os
import socket
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

EVENTS: list[list[str]] = []
_LOCAL = {getattr(socket, "AF_UNIX", -1)}
PASSPHRASE = "e2e session passphrase"


def _record(event: str, args: tuple) -> None:  # type: ignore[type-arg]
    if event == "socket.__new__" and len(args) > 1 and args[1] not in _LOCAL:
        EVENTS.append([event, str(args[1])])
    elif event in (
        "socket.getaddrinfo",
        "socket.gethostbyname",
        "socket.gethostbyname_ex",
        "socket.gethostbyaddr",
        "socket.getnameinfo",
    ):
        EVENTS.append([event, str(args[:1])])
    elif event in ("socket.connect", "socket.bind", "socket.sendto"):
        family = getattr(args[0], "family", None)
        if family not in _LOCAL:
            EVENTS.append([event, str(args[1:2])])


sys.addaudithook(_record)


def inet_socket_inodes() -> list[str]:
    """Open sockets of this process that the kernel lists as TCP or UDP (Linux only)."""
    if not os.path.isdir("/proc/self/fd"):
        return []
    mine = set()
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith("socket:["):
            mine.add(target[8:-1])
    found = []
    for table in ("tcp", "tcp6", "udp", "udp6", "raw", "raw6"):
        try:
            with open(f"/proc/self/net/{table}", encoding="ascii") as fh:
                rows = fh.read().splitlines()[1:]
        except OSError:
            continue
        for row in rows:
            parts = row.split()
            if len(parts) > 9 and parts[9] in mine:
                found.append(f"{table}:{parts[9]}")
    return found


class Session:
    """The scripted user. Runs inside the app's event loop; waits by processing events."""

    def __init__(self, marker: str, out_dir: Path | None, import_file: Path | None) -> None:
        self.marker = marker
        self.out_dir = out_dir
        self.import_file = import_file
        self.steps: list[str] = []
        self.markers: dict[str, str] = {}
        self.written: list[str] = []
        self.open_sockets: list[str] = []
        self.failure = ""
        self.titles: list[str] = []  # every window's title, as each window showed or retitled
        self.pending = 0  # on_modal actions still waiting for their window or sheet

    def watch_titles(self) -> None:
        from PySide6.QtCore import QEvent, QObject
        from PySide6.QtWidgets import QApplication, QWidget

        titles = self.titles

        class Watch(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                kinds = (QEvent.Type.Show, QEvent.Type.WindowTitleChange)
                if isinstance(watched, QWidget) and watched.isWindow() and event.type() in kinds:
                    titles.append(f"{type(watched).__name__}: {watched.windowTitle()}")
                return False

        self._watch = Watch()
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self._watch)
        titles += [f"{type(w).__name__}: {w.windowTitle()}" for w in app.topLevelWidgets()]

    # -- tools ------------------------------------------------------------------------------------
    def m(self, field: str, *, stored: Callable[[str], str] = str) -> str:
        """A marker for one free-text field; ``stored`` is how the app keeps it (tags: casefolded)."""
        text = f"{self.marker}-{field}"
        self.markers[field] = stored(text)
        return text

    @staticmethod
    def wait(condition: Callable[[], object], seconds: float = 60.0) -> None:
        from PySide6.QtCore import QEventLoop
        from PySide6.QtWidgets import QApplication

        deadline = time.monotonic() + seconds
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError("the window did not get there in time")
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            time.sleep(0.005)

    def on_modal(self, kind: type, act: Callable[[Any], None]) -> None:
        """Run ``act`` on the next ``kind`` once it shows: a modal dialog (which blocks) or a
        form shown as a sheet inside its page (``check`` waits for it)."""
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication, QDialog

        def find() -> Any:
            modal = QApplication.activeModalWidget()
            if isinstance(modal, kind) and modal.isVisible():
                return modal
            sheets = [
                w
                for top in QApplication.topLevelWidgets()
                for w in top.findChildren(kind)
                if w.isVisible() and not w.isWindow()
            ]
            return sheets[-1] if sheets else None

        def attempt(left: int) -> None:
            found = find()
            if found is not None:
                self.pending -= 1
                try:
                    act(found)
                except BaseException:  # noqa: BLE001 - recorded and reported by the test
                    self.failure = self.failure or traceback.format_exc()
                    if isinstance(found, QDialog):
                        found.reject()
            elif left > 0:
                QTimer.singleShot(20, lambda: attempt(left - 1))
            else:
                self.pending -= 1
                self.failure = self.failure or f"no {kind.__name__} opened"

        self.pending += 1
        QTimer.singleShot(20, lambda: attempt(1500))

    def check(self) -> None:
        self.wait(lambda: self.pending == 0)
        if self.failure:
            raise AssertionError(self.failure)

    def shell(self) -> Any:
        from PySide6.QtWidgets import QApplication

        from wellness_journal.ui.shell.window import Shell

        return next((w for w in QApplication.topLevelWidgets() if isinstance(w, Shell)), None)

    def page(self, page_id: str) -> Any:
        s = self.shell()
        s.main_area.show_page(page_id)
        return s.main_area.page(page_id)

    def visit_all_pages(self) -> None:
        from PySide6.QtWidgets import QApplication

        s = self.shell()
        for page in list(s.main_area.pages):
            s.main_area.show_page(page.page_id)
            QApplication.processEvents()
        self.steps.append("pages:" + ",".join(p.page_id for p in s.main_area.pages))

    # -- the session --------------------------------------------------------------------------------
    def run(self) -> None:
        self.watch_titles()
        self.wait(lambda: self.shell() is not None and self.shell().first_run is not None)
        self.first_run()
        self.visit_all_pages()
        self.journal()
        self.today()
        self.toolbox()
        self.support()
        self.safety_plan()
        self.selfcheck()
        self.plan_and_summary()
        self.learn()
        self.settings()
        if self.out_dir is not None:
            self.backup_export_import()
        self.lock_and_unlock()
        self.visit_all_pages()
        self.open_sockets = inet_socket_inodes()
        self.shell().close()
        self.steps.append("closed")

    def first_run(self) -> None:
        s = self.shell()
        flow = s.first_run
        flow.start_button.click()
        flow.fields.first.setText(PASSPHRASE)
        flow.fields.second.setText(PASSPHRASE)
        flow.create_button.click()
        self.wait(lambda: s.first_run is not None and s.first_run.key_step is not None)
        s.first_run.confirm_box.setChecked(True)
        s.first_run.open_button.click()
        self.wait(lambda: s.main_area is not None)

    def journal(self) -> None:
        from PySide6.QtTest import QTest

        from wellness_journal.core.journal import Prompt

        s = self.shell()
        page = self.page("journal")
        page.new_entry()
        QTest.keyClicks(page.editor.title, self.m("journal-title"))
        QTest.keyClicks(page.editor.body, self.m("journal-body") + " written at night. ")
        QTest.keyClicks(page.editor.tags, self.m("journal-tag", stored=str.casefold))
        self.wait(lambda: not page._dirty)  # the autosave, a moment after the last key
        self.steps.append("journal autosaved")
        page.finish_editing()
        _, changes = s.session.journal.save_prompt(
            Prompt(uid="", title=self.m("prompt-title"), text=self.m("prompt-text"))
        )
        s.ctx.announce(changes)
        search = page.filters.search
        QTest.keyClicks(search, self.m("search"))
        self.wait(lambda: page.side.count_label.text() == "Nothing found.")
        search.clear()
        QTest.keyClicks(search, self.markers["journal-body"])
        self.wait(lambda: page.side.count_label.text() == "1 found")
        search.clear()
        self.steps.append("journal searched")

    def today(self) -> None:
        from PySide6.QtCore import QDate
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QDialogButtonBox

        from wellness_journal.core.checkin import DEFAULT_SHIFTS
        from wellness_journal.core.incidents import Step
        from wellness_journal.core.stress import DEFAULT_TRIGGERS
        from wellness_journal.ui.today.followup_dialog import FollowUpDialog
        from wellness_journal.ui.today.incident_dialogs import IncidentDialog
        from wellness_journal.ui.today.sleep_dialog import SleepDialog
        from wellness_journal.ui.today.stress_dialog import StressDialog

        s = self.shell()
        today = s.session.today
        page = self.page("today")
        shift, trigger = self.m("shift"), self.m("stress-trigger")
        s.ctx.announce(today.checkins.set_shifts([*DEFAULT_SHIFTS, shift]))
        s.ctx.announce(today.stress.set_triggers([*DEFAULT_TRIGGERS, trigger]))
        page.refresh()
        card = page.checkin
        card.mood.set_value(4)
        card.stress.set_value(3)
        card.energy.set_value(6)
        card.shift.setCurrentIndex(card.shift.findText(shift))
        QTest.keyClicks(card.note, self.m("checkin-note"))
        card.save_button.click()
        saved = today.checkins.for_today()
        assert saved is not None
        assert saved.note == self.markers["checkin-note"], saved
        assert saved.shift == shift, saved
        self.steps.append("check-in")

        def stress(dialog: StressDialog) -> None:
            dialog.suds.set_value(7)
            dialog.set_off.checks.boxes[trigger].setChecked(True)
            QTest.keyClicks(dialog.set_off.text, self.m("stress-trigger-text"))
            QTest.keyClicks(dialog.helped, self.m("stress-helped"))
            QTest.keyClicks(dialog.note, self.m("stress-note"))
            dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

        self.on_modal(StressDialog, stress)
        page.forms.stress()
        self.check()
        assert [e.note for e in today.stress.recent()] == [self.markers["stress-note"]]
        self.steps.append("stress entry")

        from tests.helpers import journal_made_days_ago

        journal_made_days_ago(s.session.vault.db, 2)  # so yesterday can be back-filled at any hour

        def sleep(dialog: SleepDialog) -> None:
            dialog.when.out_day.setDate(QDate.currentDate().addDays(-1))
            for edit, text in (
                (dialog.when.into_bed, "23:00"),
                (dialog.when.tried, "23:10"),
                (dialog.when.final, "06:30"),
                (dialog.when.out_of_bed, "07:00"),
            ):
                QTest.keyClicks(edit, text)
            dialog.when.latency.setValue(15)
            dialog.when.awakenings.setValue(1)
            dialog.when.waso.setValue(20)
            dialog.more.quality.set_value(3)
            QTest.keyClicks(dialog.more.sleep_aid, self.m("sleep-aid"))
            QTest.keyClicks(dialog.more.note, self.m("sleep-note"))
            dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

        self.on_modal(SleepDialog, sleep)
        page.forms.sleep()
        self.check()
        assert [p.note for p in today.sleep.recent()] == [self.markers["sleep-note"]]
        assert [p.sleep_aid for p in today.sleep.recent()] == [self.markers["sleep-aid"]]
        self.steps.append("sleep period")

        def incident(dialog: IncidentDialog) -> None:
            dialog.occurred.setDate(QDate.currentDate().addDays(-3))
            dialog.category.setCurrentIndex(0)
            dialog.role.setCurrentText(self.m("incident-role"))
            QTest.keyClicks(dialog.note, self.m("incident-note"))
            dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

        self.on_modal(IncidentDialog, incident)
        page.forms.incident()
        self.check()
        (recorded,) = today.incidents.incidents()
        assert recorded.note == self.markers["incident-note"], recorded

        def follow_up(dialog: FollowUpDialog) -> None:
            for scale in dialog.answers.values():
                scale.set_value(1)
            dialog.talk["maybe"].setChecked(True)
            dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
            dialog.accept()

        self.on_modal(FollowUpDialog, follow_up)
        page.forms.follow_up(recorded, Step.DAY3)
        self.check()
        assert [f.step for f in today.incidents.follow_ups()] == [Step.DAY3]
        self.steps.append("incident and follow-up")

    def toolbox(self) -> None:
        from PySide6.QtTest import QTest

        from tests.fakes import FakeClock
        from wellness_journal.ui.toolbox.launcher import start_exercise
        from wellness_journal.ui.toolbox.page import RECORDS_TAB

        s = self.shell()
        page = self.page("toolbox")
        clock = FakeClock()
        dialog = start_exercise(s.ctx, page, "grounding", clock=clock)
        self.wait(dialog.isVisible)
        dialog.before.rating.set_value(7)
        dialog.before.start_button.click()
        for n, field in enumerate(dialog.grounding.fields, start=1):
            QTest.keyClicks(field, self.m(f"grounding-{n}"))
            clock.advance(20)
            dialog.grounding.next_button.click()
        dialog.after.rating.set_value(3)
        dialog.after.keep_notes.setChecked(True)
        dialog.after.done_button.click()
        (done,) = s.session.coping.sessions()
        assert (done.suds_before, done.suds_after) == (7, 3), done
        assert self.markers["grounding-1"] in done.note, done
        self.steps.append("exercise")

        page.show_tab(RECORDS_TAB)
        view = page.records
        view.new_button.click()
        editor = view.editor
        QTest.keyClicks(editor.situation, self.m("thought-situation"))
        QTest.keyClicks(editor.mood_rows[0].name, self.m("thought-mood"))
        editor.mood_rows[0].before.setValue(70)
        QTest.keyClicks(editor.thought_rows[0].text, self.m("thought-automatic"))
        editor.thought_rows[0].hot.setChecked(True)
        QTest.keyClicks(editor.evidence_for, self.m("thought-evidence-for"))
        QTest.keyClicks(editor.evidence_against, self.m("thought-evidence-against"))
        QTest.keyClicks(editor.balanced, self.m("thought-balanced"))
        editor.mood_rows[0].after.setValue(30)
        editor.back_button.click()  # leaving saves
        (record,) = s.session.coping.thought_records()
        assert record.balanced_thought == self.markers["thought-balanced"], record
        self.steps.append("thought record")

    def selfcheck(self) -> None:
        """A PHQ-9 taken by keyboard on the Self-checks page, with a note on the result."""
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        from wellness_journal.core.selfchecks import Instrument

        s = self.shell()
        page = self.page("selfchecks")
        page.start(Instrument.PHQ9)
        page.flow.start_button.click()
        for digit in (Qt.Key.Key_1, Qt.Key.Key_0) * 4 + (Qt.Key.Key_0,):
            QTest.keyClick(page.flow.choice, digit)  # number keys answer
        self.wait(lambda: page.showing() == "result")
        QTest.keyClicks(page.result.note, self.m("selfcheck-note"))
        page.result.done_button.click()  # leaving the result saves the note
        (check,) = s.session.selfchecks.all()
        assert check.answers == (1, 0, 1, 0, 1, 0, 1, 0, 0), check
        assert check.note == self.markers["selfcheck-note"], check
        self.steps.append("self-check")

    def learn(self) -> None:
        from PySide6.QtCore import Qt, QUrl
        from PySide6.QtTest import QTest

        page = self.page("learn")
        QTest.keyClicks(page.search, self.m("learn-search"))
        self.wait(lambda: page.list.empty.isVisible())
        page.search.clear()
        QTest.keyClicks(page.search, "sleep")
        QTest.keyClick(page.search, Qt.Key.Key_Return)
        self.wait(lambda: page.current_guide() == "sleep")
        page.view.anchorClicked.emit(QUrl("app:learn/stress-continuum"))
        self.wait(lambda: page.current_guide() == "stress-continuum")
        page.show_list()
        page.search.clear()
        self.steps.append("learn read")

    def support(self) -> None:
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QDialogButtonBox

        from wellness_journal.ui.support.contact_dialog import ContactDialog

        s = self.shell()
        page = self.page("support")

        def fill(dialog: ContactDialog) -> None:
            QTest.keyClicks(dialog.name, self.m("contact-name"))
            QTest.keyClicks(dialog.phone, self.m("contact-phone"))
            QTest.keyClicks(dialog.text, self.m("contact-text"))
            QTest.keyClicks(dialog.note, self.m("contact-note"))
            dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

        self.on_modal(ContactDialog, fill)
        page.add_person_button.click()
        self.check()
        (added,) = s.session.contacts.personal()
        assert added.note == self.markers["contact-note"], added
        self.on_modal(ContactDialog, lambda dialog: dialog.reject())
        page._on_edit(added)  # the Edit button of the contact's card
        self.check()
        self.steps.append("support contact")

    def safety_plan(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QFileDialog, QLineEdit, QMessageBox

        from wellness_journal.core.safety_plan import PlanSection

        s = self.shell()
        page = self.page("safety-plan")
        for section, part in page.sections.items():
            QTest.keyClicks(part.edit, self.m(f"plan-{section.value}"))
        page.sections[PlanSection.PEOPLE].pick(s.session.contacts.personal()[0])
        self.wait(lambda: not page._dirty)  # autosaved, about a second later
        plan = s.session.safety_plan.get()
        assert plan.texts(PlanSection.WARNING_SIGNS) == (self.markers["plan-warning_signs"],)
        assert len(plan.texts(PlanSection.PEOPLE)) == 2
        self.steps.append("safety plan autosaved")
        if self.out_dir is None:
            return
        card = self.out_dir / "pocket-card.pdf"

        def save_as(dialog: QFileDialog) -> None:
            name = dialog.findChild(QLineEdit, "fileNameEdit")
            name.setText(str(card))
            QTest.keyClick(name, Qt.Key.Key_Return)

        def warned(box: QMessageBox) -> None:
            self.on_modal(QFileDialog, save_as)
            box.buttons()[0].click()  # "Choose where to save…"

        self.on_modal(QMessageBox, warned)
        page.save_card_button.click()
        self.check()
        assert card.read_bytes().startswith(b"%PDF")
        self.written.append(str(card))
        self.steps.append("pocket card")

    def plan_and_summary(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QFileDialog, QLineEdit, QMessageBox

        from wellness_journal.ui.plan.goal_dialog import GoalDialog
        from wellness_journal.ui.plan.plan_dialog import PlanDialog
        from wellness_journal.ui.report.dialog import ReportDialog

        s = self.shell()
        card = self.page("today").plan_card

        def goal(dialog: GoalDialog) -> None:
            QTest.keyClicks(dialog.text, self.m("plan-goal"))
            dialog.save_button.click()

        def plan(dialog: PlanDialog) -> None:
            self.on_modal(GoalDialog, goal)
            dialog.add_button.click()
            dialog.accept()

        self.on_modal(PlanDialog, plan)
        card.edit_button.click()
        self.check()
        (stored,) = s.session.plan.goals()
        assert stored.text == self.markers["plan-goal"]
        card = self.page("today").plan_card
        card.tick_buttons[stored.uid].click()  # a goal ticked by hand: done today
        assert s.session.plan.this_week()[0].done == 1
        self.steps.append("my plan")
        if self.out_dir is None:
            return
        summary = self.out_dir / "summary.pdf"

        def save_as(dialog: QFileDialog) -> None:
            name = dialog.findChild(QLineEdit, "fileNameEdit")
            name.setText(str(summary))
            QTest.keyClick(name, Qt.Key.Key_Return)

        def warned(box: QMessageBox) -> None:
            self.on_modal(QFileDialog, save_as)
            box.buttons()[0].click()  # "Choose where to save…"

        def report(dialog: ReportDialog) -> None:
            dialog.options.notes.setChecked(True)
            dialog.preview_button.click()
            self.wait(lambda: dialog.made is not None)
            self.on_modal(QMessageBox, warned)
            dialog.save_button.click()
            assert dialog.saved == summary, dialog.message.text()
            dialog.reject()

        self.on_modal(ReportDialog, report)
        self.page("settings").report_button.click()
        self.check()
        assert summary.read_bytes().startswith(b"%PDF")
        self.written.append(str(summary))
        self.steps.append("summary for a counselor")

    def settings(self) -> None:
        s = self.shell()
        page = self.page("settings")
        page.auto_lock.setValue(9)
        page.theme.setCurrentIndex(page.theme.findData("dark"))
        assert s.session.settings.auto_lock_minutes() == 9
        self.steps.append("settings")

    def backup_export_import(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QFileDialog, QLineEdit

        from wellness_journal.services.export_files import ExportKind
        from wellness_journal.ui.settings.export_dialog import ExportDialog
        from wellness_journal.ui.settings.import_dialog import ImportDialog

        assert self.out_dir is not None
        page = self.page("settings")
        card = page.backups
        usb = self.out_dir / "session.wjbackup"
        card.back_up_to(usb)
        self.wait(lambda: card.message.text().startswith("Done"))
        self.written.append(str(usb))
        self.steps.append("manual backup")

        json_file = self.out_dir / "export.json"

        def save_as(dialog: QFileDialog) -> None:
            name = dialog.findChild(QLineEdit, "fileNameEdit")
            name.setText(str(json_file))
            QTest.keyClick(name, Qt.Key.Key_Return)

        def export(dialog: ExportDialog) -> None:
            dialog.radio[ExportKind.JSON].setChecked(True)
            self.on_modal(QFileDialog, save_as)
            dialog.export_button.click()  # Qt's own file dialog, answered by save_as
            self.wait(lambda: dialog.written is not None)
            self.written += [str(p) for p in dialog.written.files]
            dialog.export_to(ExportKind.CSV, self.out_dir / "csv")
            self.wait(lambda: dialog.written is not None and dialog.written.kind is ExportKind.CSV)
            self.written += [str(p) for p in dialog.written.files]
            assert dialog.message.text().startswith("Done."), dialog.message.text()
            dialog.reject()

        self.on_modal(ExportDialog, export)
        page.export_button.click()
        self.check()
        assert str(json_file) in self.written, self.written
        self.steps.append("export")

        if self.import_file is not None:

            def read(dialog: ImportDialog) -> None:
                dialog.import_from(self.import_file)
                self.wait(lambda: dialog.report is not None or "cannot" in dialog.message.text())
                assert dialog.report is not None, dialog.message.text()
                dialog.reject()

            self.on_modal(ImportDialog, read)
            page.import_button.click()
            self.check()
            self.steps.append("import")

    def lock_and_unlock(self) -> None:
        from PySide6.QtCore import QCoreApplication, QEvent

        s = self.shell()
        entries = s.session.journal.count()
        assert s.lock()
        # The old page widgets go at the next turn of the main loop; this script runs inside
        # one turn of it, so let them go now, as they would.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        self.steps.append("locked")
        s.unlock_screen.field.setText(PASSPHRASE)
        s.unlock_screen.unlock_button.click()
        self.wait(lambda: s.main_area is not None)
        assert s.session.journal.count() == entries
        self.steps.append("unlocked")


def main() -> int:
    data_dir, marker = sys.argv[1], sys.argv[2]
    out_dir = Path(sys.argv[3]) if len(sys.argv) > 3 else None
    import_file = Path(sys.argv[4]) if len(sys.argv) > 4 else None
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from wellness_journal import app
    from wellness_journal.storage.keyslots import KdfParams

    session = Session(marker, out_dir, import_file)

    def start() -> None:
        try:
            session.run()
        except BaseException:  # noqa: BLE001 - recorded and reported by the test
            session.failure = session.failure or traceback.format_exc()
            QApplication.exit(70)

    QTimer.singleShot(0, start)
    code = app.main(["--data-dir", data_dir], kdf=KdfParams.fast_for_tests())
    print(
        json.dumps(
            {
                "code": code,
                "events": EVENTS,
                "steps": session.steps,
                "inet_sockets": session.open_sockets,
                "markers": session.markers,
                "written": session.written,
                "titles": session.titles,
                "failure": session.failure,
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository: tests.fakes
    sys.exit(main())
