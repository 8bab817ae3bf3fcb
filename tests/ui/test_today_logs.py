"""The stress log and the sleep diary as tables: every entry there is (read on as it is
scrolled), dates with their year, sleep with time in bed, time asleep and efficiency, filtered
as you type or by a trigger, and a click opens an entry to change it."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.conftest import PASSPHRASE
from tests.fakes import FakeNow
from tests.ui.helpers import open_sheet_of
from wellness_journal.core.checkin import Checkin
from wellness_journal.core.localzone import utc_key
from wellness_journal.core.sleep import SleepKind, SleepPeriod
from wellness_journal.core.stress import StressEntry
from wellness_journal.services.today import TodayServices
from wellness_journal.storage.repositories import stress as stress_repo
from wellness_journal.storage.vault import Vault
from wellness_journal.ui.today.history import LogDialog
from wellness_journal.ui.today.log_table import PAGE
from wellness_journal.ui.today.sleep_dialog import SleepDialog
from wellness_journal.ui.today.stress_dialog import StressDialog

TZ = ZoneInfo("America/Denver")
NOW = datetime(2024, 5, 15, 15, 10, tzinfo=TZ)
MANY = PAGE * 2 + 37  # more than two pages


@pytest.fixture
def shell(make_shell, paths, kdf):  # type: ignore[no-untyped-def]
    created = Vault.create(paths, PASSPHRASE, kdf=kdf)
    shell = make_shell(start=False)
    shell.open_session(created.vault)
    shell.session.today = TodayServices(shell.session.db, now=FakeNow(NOW), zone=TZ)
    shell.resize(1024, 600)
    return shell


def today_page(shell: Any) -> Any:
    shell.main_area.show_page("today")
    return shell.main_area.current_page()


def texts(dialog: LogDialog, row: int) -> list[str]:
    model = dialog.model
    return [model.index(row, c).data() for c in range(model.columnCount())]


def column(dialog: LogDialog, title: str) -> int:
    return [c.title for c in dialog.model.columns].index(title)


def scroll_to_the_end(qtbot: Any, dialog: LogDialog) -> None:
    bar = dialog.table.verticalScrollBar()
    before = dialog.model.rowCount()
    qtbot.waitUntil(lambda: bar.maximum() > bar.value())  # laid out, with more below
    bar.setValue(bar.maximum())  # the view asks the model for more at the bottom
    qtbot.waitUntil(lambda: dialog.model.rowCount() > before, timeout=5000)


@pytest.fixture
def stress_log(shell, qtbot):  # type: ignore[no-untyped-def]
    stress = shell.session.today.stress
    for i in range(MANY):
        at = NOW - timedelta(days=3 * i, hours=2)
        triggers = ("court",) if i % 10 == 0 else ("family",)
        note = "the oldest of them all" if i == MANY - 1 else ""
        stress.save(StressEntry(None, "", at, suds=i % 11, triggers=triggers, note=note))
    dialog = today_page(shell).forms.stress_log()
    qtbot.waitUntil(lambda: open_sheet_of(LogDialog) is dialog)
    return dialog


def test_the_stress_log_shows_the_whole_history_with_the_year(stress_log, qtbot):
    dialog = stress_log
    assert dialog.model.rowCount() == PAGE
    assert "scroll down for older" in dialog.count.text()
    assert [c.title for c in dialog.model.columns][:3] == ["When", "Stress", "What set it off"]
    when = column(dialog, "When")
    assert texts(dialog, 0)[when] == "Wed 15 May 2024, 13:10"
    scroll_to_the_end(qtbot, dialog)
    scroll_to_the_end(qtbot, dialog)
    assert dialog.model.rowCount() == MANY
    assert dialog.count.text() == f"{MANY} in all"
    oldest = NOW - timedelta(days=3 * (MANY - 1))
    assert texts(dialog, MANY - 1)[when].endswith(str(oldest.year) + ", 13:10")
    assert oldest.year == 2022  # two years back, and it is there


def test_the_stress_log_filters_by_words_and_by_trigger(stress_log, qtbot):
    dialog = stress_log
    qtbot.keyClicks(dialog.search, "oldest")
    assert dialog.model.rowCount() == 1  # found however far back it is
    assert dialog.count.text() == "1 found"
    dialog.search.clear()
    assert dialog.model.rowCount() == PAGE
    dialog.choice.setCurrentIndex(dialog.choice.findData("court"))
    qtbot.waitUntil(lambda: dialog.model.complete)
    shown = dialog.model.rowCount()
    assert shown == len(range(0, MANY, 10))
    causes = column(dialog, "What set it off")
    assert {texts(dialog, r)[causes] for r in range(shown)} == {"Court"}
    qtbot.keyClicks(dialog.search, "nothing like this")
    assert dialog.count.text() == "Nothing found."


def test_a_click_opens_the_entry_and_it_comes_back_changed(stress_log, qtbot, shell):
    dialog = stress_log
    table = dialog.table
    rect = table.visualRect(dialog.model.index(2, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    form = open_sheet_of(StressDialog)
    assert form is not None
    assert not dialog.isVisible()
    picked = dialog.model.record(2)
    assert form.suds.value() == picked.suds
    form.note.setText("changed from the log")
    form._on_save()
    qtbot.waitUntil(lambda: dialog.isVisible())
    assert dialog.current().id == picked.id  # back on the same entry
    assert shell.session.today.stress.get(picked.id).note == "changed from the log"
    assert QApplication.focusWidget() is table


def test_an_entry_dated_after_today_is_in_the_log_and_says_so(shell, qtbot):
    db = shell.session.db
    later = NOW + timedelta(days=3)
    with db.transaction():
        stress_repo.insert(db, StressEntry(None, "later", later, suds=4), utc_key(NOW))
    dialog = today_page(shell).forms.stress_log()
    assert dialog.model.rowCount() == 1
    assert texts(dialog, 0)[0] == "Sat 18 May 2024, 15:10 · after today"


def test_the_sleep_diary_shows_time_in_bed_time_asleep_and_efficiency(shell, qtbot):
    today = shell.session.today
    out = NOW.replace(hour=7, minute=0) - timedelta(days=1)
    into = out - timedelta(hours=8)
    today.sleep.save(
        SleepPeriod(
            None, "", SleepKind.MAIN, into, into, out - timedelta(minutes=30), out, latency_min=30
        )
    )
    nap_end = NOW.replace(hour=13, minute=0) - timedelta(days=1)
    today.sleep.save(
        SleepPeriod(None, "", SleepKind.NAP, nap_end - timedelta(minutes=40), *[nap_end] * 3)
    )
    today.checkins.save(Checkin(None, "", out.date(), mood=5, stress=5, energy=5, shift="night"))
    dialog = today_page(shell).forms.sleep_diary()
    heads = [c.title for c in dialog.model.columns]
    assert {"Woke on", "Time in bed", "Asleep", "Efficiency", "Shift"} <= set(heads)
    rows = [dict(zip(heads, texts(dialog, r), strict=True)) for r in range(2)]
    nap, night = rows
    assert night["Woke on"] == "Tue 14 May 2024"
    assert (night["Kind"], night["In bed"]) == ("Sleep", "23:00–07:00")
    assert (night["Time in bed"], night["Asleep"], night["Efficiency"]) == ("8 h", "7 h", "88%")
    assert night["Shift"] == "Night"
    assert nap["Kind"] == "Nap"

    dialog.choice.setCurrentIndex(dialog.choice.findData(SleepKind.NAP.value))
    assert dialog.model.rowCount() == 1
    assert texts(dialog, 0)[heads.index("Kind")] == "Nap"
    dialog.choice.setCurrentIndex(0)
    qtbot.keyClicks(dialog.search, "night")  # the shift's name
    assert dialog.model.rowCount() == 2

    dialog.table.selectRow(1)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    form = open_sheet_of(SleepDialog)
    assert form is not None
    assert form.when.out_of_bed.text() == "07:00"
