"""The support-now panel: it appears after a stress entry of 9 or 10 and after a check-in with
high answers or "Maybe"/"Yes" to talking, shows the person's people first, then their plan (when
the slot has one), the crisis lines and the emergency number; never blocks; at most once a day
for each reason (an injected clock); remembered only inside the vault."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from tests.fakes import FakeNow
from tests.ui.helpers import open_sheet_of
from wellness_journal.core.incidents import Incident, Step
from wellness_journal.core.models import ContactKind, SupportContact
from wellness_journal.core.support_now import Reason
from wellness_journal.services.support_now import SupportNowService
from wellness_journal.services.today import TodayServices
from wellness_journal.ui.support.support_now import (
    SupportNowPanel,
    SupportNowView,
    offer_support_now,
)
from wellness_journal.ui.today.followup_dialog import FollowUpDialog
from wellness_journal.ui.today.stress_dialog import StressDialog

TZ = ZoneInfo("America/Chicago")


@pytest.fixture
def now() -> FakeNow:
    return FakeNow(datetime(2024, 6, 3, 22, 15, tzinfo=TZ))


@pytest.fixture
def shell(unlocked_shell, now):  # type: ignore[no-untyped-def]
    shell = unlocked_shell
    session = shell.session
    session.today = TodayServices(session.db, now=now, zone=TZ)
    session.support_now = SupportNowService(session.db, now=now)
    session.contacts.save(
        SupportContact(None, "", ContactKind.PERSONAL, "Sam R.", "peer supporter", "555-0142")
    )
    shell.main_area.show_page("today")
    return shell


def texts(widget) -> list[str]:  # type: ignore[no-untyped-def]
    return [label.text() for label in widget.findChildren(QLabel)]


def log_stress(shell, suds: int) -> None:  # type: ignore[no-untyped-def]
    page = shell.main_area.page("today")
    page.forms.stress()
    form = open_sheet_of(StressDialog)
    form.suds.set_value(suds)
    form.buttons.button(form.buttons.StandardButton.Save).click()


def panel() -> SupportNowPanel | None:
    return open_sheet_of(SupportNowPanel)


def test_a_stress_entry_of_9_shows_the_panel_people_first_then_lines_then_911(shell):
    log_stress(shell, 9)
    shown = panel()
    assert shown is not None
    assert QApplication.activeModalWidget() is None  # over the page, never blocking
    assert shell.main_area.current_page_id() == "today"
    words = texts(shown)
    order = [
        next(i for i, t in enumerate(words) if t == heading)
        for heading in ("Your people", "Crisis and peer-support lines")
    ]
    assert order == sorted(order)
    sam = next(i for i, t in enumerate(words) if "Sam R." in t)
    lines = next(i for i, t in enumerate(words) if "988 Suicide &amp; Crisis Lifeline" in t)
    danger = next(i for i, t in enumerate(words) if "call 911" in t)
    assert order[0] < sam < order[1] < lines < danger
    assert "Call 555-0142" in words[sam]
    assert "That is a lot of stress to carry" in " ".join(words)
    assert shown.view.plan_button is None  # no safety plan yet: nothing said about one
    shown.close_button.click()
    assert panel() is None
    assert shell.main_area.page("today").stress_card.isVisible()


@pytest.mark.parametrize("suds", [0, 5, 8])
def test_lower_stress_shows_no_panel(shell, suds):
    log_stress(shell, suds)
    assert panel() is None


def test_once_a_day_for_the_same_reason(shell, now):
    log_stress(shell, 10)
    panel().close_button.click()
    now.value += timedelta(hours=1)
    log_stress(shell, 9)
    assert panel() is None  # not again today
    now.value = datetime(2024, 6, 4, 0, 5, tzinfo=TZ)  # the next day (just after midnight)
    log_stress(shell, 9)
    assert panel() is not None


def test_another_reason_the_same_day_still_shows_it(shell, now):
    assert offer_support_now(shell.ctx, Reason.STRESS_HIGH)
    panel().close_button.click()
    assert not offer_support_now(shell.ctx, Reason.STRESS_HIGH)
    assert offer_support_now(shell.ctx, Reason.SELF_CHECK)  # what the self-checks will call
    assert panel() is not None


def check_in(shell, now, days: int, step: Step, values, talk: str = ""):  # type: ignore[no-untyped-def]
    incident, _ = shell.session.today.incidents.save(
        Incident(None, "", now.value.date() - timedelta(days=days), "death")
    )
    page = shell.main_area.page("today")
    page.forms.follow_up(incident, step)
    form = open_sheet_of(FollowUpDialog)
    for scale, value in zip(form.answers.values(), values, strict=True):
        scale.set_value(value)
    if talk:
        form.talk[talk].setChecked(True)
    form.buttons.button(form.buttons.StandardButton.Save).click()
    return form


@pytest.mark.parametrize(
    ("days", "step", "values", "talk", "shown"),
    [
        (3, Step.DAY3, (3, 0, 0, 0, 0), "", True),  # high on day 3, not only from week 4
        (7, Step.WEEK1, (2, 2, 2, 2, 2), "no", True),
        (3, Step.DAY3, (1, 0, 0, 0, 0), "maybe", True),
        (3, Step.DAY3, (1, 0, 0, 0, 0), "yes", True),
        (3, Step.DAY3, (1, 1, 1, 1, 1), "no", False),
        (28, Step.WEEK4, (1, 1, 1, 1, 1), "", False),
    ],
)
def test_a_check_in_shows_people_lines_and_911_when_it_should(
    shell, now, days, step, values, talk, shown
):
    form = check_in(shell, now, days, step, values, talk)
    assert (form.support_panel is not None) is shown
    words = " ".join(texts(form))
    assert ("Sam R." in words) is shown
    assert ("If you are in danger right now, call 911." in words) is shown
    if shown:
        assert isinstance(form.support_panel, SupportNowView)


def test_a_second_check_in_the_same_day_does_not_repeat_it_but_keeps_a_way(shell, now):
    first = check_in(shell, now, 3, Step.DAY3, (1, 0, 0, 0, 0), "yes")
    assert first.support_panel is not None
    first.accept()
    second = check_in(shell, now, 7, Step.WEEK1, (1, 0, 0, 0, 0), "yes")
    assert second.support_panel is None
    words = " ".join(texts(second))
    assert "Your people and the crisis lines are on the Support page." in words
    second.accept()
    # High answers are their own reason: still shown once today.
    third = check_in(shell, now, 28, Step.WEEK4, (4, 4, 4, 4, 4), "no")
    assert third.support_panel is not None


def test_the_safety_plan_slot_shows_and_opens_the_plan_when_there_is_one(shell):
    opened: list[str] = []
    shell.main_area.show_page("today")
    shown = SupportNowPanel(shell.ctx, Reason.STRESS_HIGH, plan=lambda: opened.append("plan"))
    shell.main_area.current_page().sheets.open(shown, title=False)
    words = texts(shown)
    plan_at = words.index("Your safety plan")
    assert words.index("Your people") < plan_at < words.index("Crisis and peer-support lines")
    shown.view.plan_button.click()
    assert opened == ["plan"]
    assert panel() is None  # it steps aside for the plan


def test_remembered_only_inside_the_vault(shell, paths):
    before = {p: p.read_bytes() for p in paths.data_dir.rglob("*") if p.is_file()}
    log_stress(shell, 10)
    assert shell.session.support_now.offered_on(Reason.STRESS_HIGH) == "2024-06-03"
    after = {p: p.read_bytes() for p in paths.data_dir.rglob("*") if p.is_file()}
    changed = {p.name for p in after if before.get(p) != after[p]}
    assert changed <= {"vault.db", "vault.db-wal", "vault.db-shm"}
    for path, data in after.items():
        assert b"support_now" not in data, path
        assert b"stress_high" not in data, path
    # ...and not in exports either: it is the app's memory, not the person's writing.
    from wellness_journal.services.exchange import export_document

    assert not any(
        k.startswith("support_now")
        for k in export_document(shell.session.db)["sections"]["settings"]
    )


def test_with_a_safety_plan_the_panel_offers_it_between_people_and_lines(shell):
    from wellness_journal.core.safety_plan import PlanItem, PlanSection

    log_stress(shell, 9)
    assert panel().view.plan_button is None  # no plan: the panel says nothing about one
    panel().close_button.click()
    shell.ctx.perform(
        lambda: shell.session.safety_plan.save(
            {PlanSection.WARNING_SIGNS: [PlanItem("can't switch off after nights")]}
        ),
        "x",
    )
    assert offer_support_now(shell.ctx, Reason.SELF_CHECK)
    shown = panel()
    words = texts(shown)
    plan_at = words.index("Your safety plan")
    assert words.index("Your people") < plan_at < words.index("Crisis and peer-support lines")
    shown.view.plan_button.click()
    assert shell.main_area.current_page_id() == "safety-plan"
    assert panel() is None


def test_the_emergency_number_follows_the_region(shell):
    shell.ctx.prefs.set_region("uk-ie")
    log_stress(shell, 10)
    assert "If you are in danger right now, call 999 or 112." in texts(panel())
