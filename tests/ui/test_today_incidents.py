"""Critical incidents on the Today page: due check-ins with an injected clock, the "beyond a
month" message only when it should appear, and forms kept as drafts when the journal locks."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from tests.conftest import PASSPHRASE
from tests.fakes import FakeNow
from tests.ui.helpers import open_sheet_of
from tests.ui.today_modal import when_modal_opens
from wellness_journal.core.incidents import Incident, Step
from wellness_journal.core.models import ContactKind, SupportContact
from wellness_journal.services.today import TodayServices
from wellness_journal.storage.vault import Vault
from wellness_journal.ui.today.followup_dialog import FollowUpDialog
from wellness_journal.ui.today.incident_dialogs import IncidentDialog
from wellness_journal.ui.today.page import TodayPage
from wellness_journal.ui.today.sleep_dialog import SleepDialog

Now = FakeNow

TZ = ZoneInfo("America/Denver")


@pytest.fixture
def now() -> Now:
    return Now(datetime(2024, 3, 1, 21, 0, tzinfo=TZ))


def open_today(shell, now: Now) -> TodayPage:  # type: ignore[no-untyped-def]
    shell.session.today = TodayServices(shell.session.db, now=now, zone=TZ)
    page = shell.main_area.current_page()
    assert isinstance(page, TodayPage)
    page.refresh()
    return page


@pytest.fixture
def shell(make_shell, paths, kdf):  # type: ignore[no-untyped-def]
    created = Vault.create(paths, PASSPHRASE, kdf=kdf)
    shell = make_shell(start=False)
    shell.open_session(created.vault)
    shell.session.contacts.save(
        SupportContact(None, "", ContactKind.PERSONAL, "Sam R.", "peer supporter", "555-0142")
    )
    return shell


def texts(widget) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(label.text() for label in widget.findChildren(QLabel))


def notice_buttons(page: TodayPage) -> list[QPushButton]:
    QApplication.processEvents()  # newly added rows are shown on the next turn of the loop
    return [
        b for b in page.findChildren(QPushButton) if b.text() == "Check in" and b.isVisibleTo(page)
    ]


def answer(dialog: FollowUpDialog, values: tuple[int, ...], talk: str = "") -> None:
    for scale, value in zip(dialog.answers.values(), values, strict=True):
        scale.set_value(value)
    if talk:
        dialog.talk[talk].setChecked(True)
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()


def test_check_ins_appear_when_due_and_go_once_done(shell, now, qtbot):
    page = open_today(shell, now)
    _, changes = shell.session.today.incidents.save(
        Incident(None, "", date(2024, 3, 1), "serious crash", "first on scene")
    )
    shell.ctx.announce(changes)
    assert notice_buttons(page) == []
    assert "day 3: Mon 4 Mar" in texts(page.incidents_card)

    now.value = datetime(2024, 3, 4, 6, 0, tzinfo=TZ)  # three days on: the first check-in opens
    page.refresh()
    (go,) = notice_buttons(page)
    assert "day 3 after the hard call on Fri 1 Mar" in texts(page)

    def fill(dialog: FollowUpDialog) -> None:
        assert not dialog.buttons.button(dialog.buttons.StandardButton.Save).isEnabled()
        answer(dialog, (2, 3, 1, 2, 2))
        assert "beyond a month" not in texts(dialog)  # day 3: early reactions are common
        assert "not a diagnosis" in texts(dialog)
        dialog.accept()

    with when_modal_opens(FollowUpDialog, fill):
        go.click()
    assert notice_buttons(page) == []
    assert "day 3 ✓" in texts(page.incidents_card)
    (done,) = shell.session.today.incidents.follow_ups()
    assert (done.step, done.answers()) == (Step.DAY3, (2, 3, 1, 2, 2))

    now.value = datetime(2024, 3, 8, 6, 0, tzinfo=TZ)
    page.refresh()
    assert len(notice_buttons(page)) == 1
    assert "week 1 after the hard call" in texts(page)


@pytest.mark.parametrize(
    ("days", "step", "values", "talk", "month", "people"),
    [
        (28, Step.WEEK4, (3, 3, 2, 2, 2), "", True, True),
        (84, Step.WEEK12, (0, 3, 0, 0, 0), "no", True, True),
        (28, Step.WEEK4, (1, 1, 1, 1, 1), "", False, False),
        (7, Step.WEEK1, (4, 4, 4, 4, 4), "", False, True),  # high at any step: people
        (3, Step.DAY3, (1, 1, 1, 1, 1), "yes", False, True),
        (3, Step.DAY3, (1, 1, 1, 1, 1), "maybe", False, True),
        (3, Step.DAY3, (2, 2, 2, 2, 1), "no", False, False),
    ],
)
def test_beyond_a_month_message_only_when_it_should(
    shell, now, qtbot, days, step, values, talk, month, people
):
    incident, _ = shell.session.today.incidents.save(
        Incident(None, "", date(2024, 1, 1), "death", "backup")
    )
    now.value = datetime(2024, 1, 1, 12, 0, tzinfo=TZ) + timedelta(days=days)
    page = open_today(shell, now)
    page.forms.follow_up(incident, step)
    dialog = open_sheet_of(FollowUpDialog)
    answer(dialog, values, talk)
    shown = texts(dialog)
    assert ("beyond a month" in shown) is month
    assert ("Sam R." in shown and "Call 555-0142" in shown) is people
    assert ("If you are in danger right now, call 911." in shown) is people
    assert ("You said talking might help" in shown) is (talk in ("yes", "maybe") and not month)
    support = next(b for b in dialog.findChildren(QPushButton) if "Support page" in b.text())
    support.click()
    assert dialog.support_requested
    assert dialog.result() == dialog.DialogCode.Accepted
    assert shell.main_area.current_page_id() == "support"


def test_support_button_after_a_check_in_opens_the_support_page(shell, now, qtbot):
    shell.session.today.incidents.save(Incident(None, "", date(2024, 1, 1), "death"))
    now.value = datetime(2024, 1, 29, 12, 0, tzinfo=TZ)
    page = open_today(shell, now)

    (go,) = notice_buttons(page)

    def fill(dialog: FollowUpDialog) -> None:
        answer(dialog, (3, 3, 3, 3, 3))
        support = next(b for b in dialog.findChildren(QPushButton) if "Support page" in b.text())
        assert support.isDefault()
        support.click()

    with (
        when_modal_opens(FollowUpDialog, fill),
        qtbot.waitSignal(shell.bus.navigate_requested) as blocker,
    ):
        go.click()
    assert blocker.args == ["support"]
    assert shell.main_area.current_page_id() == "support"


def test_a_high_month_check_in_stays_visible_with_a_way_to_support(shell, now, qtbot):
    incident, _ = shell.session.today.incidents.save(Incident(None, "", date(2024, 1, 1), "other"))
    now.value = datetime(2024, 1, 29, 12, 0, tzinfo=TZ)
    page = open_today(shell, now)
    shell.session.today.incidents.record(
        incident,
        Step.WEEK4,
        {"sleep": 3, "intrusive": 3, "avoidance": 3, "irritability": 3, "mood": 3},
    )
    page.refresh()
    assert "Your week 4 check-in says this is still weighing on you" in texts(page.incidents_card)
    support = next(
        b for b in page.incidents_card.findChildren(QPushButton) if b.text() == "Get support"
    )
    with qtbot.waitSignal(shell.bus.navigate_requested) as blocker:
        support.click()
    assert blocker.args == ["support"]


def test_incident_form_shows_the_privacy_hint_and_no_future_dates(shell, now, qtbot):
    open_today(shell, now)
    dialog = IncidentDialog(shell.session.today.incidents)
    qtbot.addWidget(dialog)
    assert "leave out names, case numbers and operational detail" in texts(dialog)
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    dialog.occurred.setDate(QDate(2024, 3, 2))  # tomorrow
    assert not dialog.date_problem.isHidden()
    assert "still to come" in dialog.date_problem.text()
    assert not save.isEnabled()
    dialog.occurred.setDate(QDate(2024, 3, 1))
    assert dialog.date_problem.isHidden()
    dialog.category.setCurrentIndex(dialog.category.findData("officer injured"))
    dialog.role.setCurrentText("Backup")
    dialog.note.setPlainText("rough one")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    (saved,) = shell.session.today.incidents.incidents()
    assert (saved.category, saved.role, saved.note) == ("officer injured", "backup", "rough one")


def test_a_form_open_when_the_journal_locks_comes_back(shell, now, qtbot, paths):
    page = open_today(shell, now)

    def type_then_lock(dialog: SleepDialog) -> None:
        dialog.more.note.setText("woke at every siren")
        dialog.when.latency.setValue(42)
        assert shell.lock()

    with when_modal_opens(SleepDialog, type_then_lock):
        page.forms.sleep()
    assert shell.session is None

    shell.open_session(Vault.open_with_secret(paths, PASSPHRASE))
    page = open_today(shell, now)
    assert "part-way through a sleep entry" in texts(page)
    seen: list[tuple[str, int]] = []

    def check_and_cancel(dialog: SleepDialog) -> None:
        seen.append((dialog.more.note.text(), dialog.when.latency.value()))
        dialog.reject()

    go = next(b for b in page.findChildren(QPushButton) if b.text() == "Continue")
    with when_modal_opens(SleepDialog, check_and_cancel):
        go.click()
    assert seen == [("woke at every siren", 42)]
    assert shell.session.today.drafts.forms() == []  # cancelled: set aside on purpose
    assert "part-way through" not in texts(page)


def test_today_reads_the_check_ins_once_per_refresh(shell, now, qtbot, monkeypatch):
    """The notices and the incidents card come from one read (5 ms instead of 25 at 30 years)."""
    from wellness_journal.storage.repositories import incidents as repo

    page = open_today(shell, now)
    shell.session.today.incidents.save(
        Incident(None, "", date(2024, 2, 26), "serious crash", "first on scene")
    )
    reads: list[int] = []
    original = repo.list_follow_ups
    monkeypatch.setattr(repo, "list_follow_ups", lambda db: reads.append(1) or original(db))
    page.refresh()
    assert len(notice_buttons(page)) == 1  # day 3 is open: a notice, and the card lists it
    assert "day 3: ready now" in texts(page.incidents_card)
    assert len(reads) == 1
