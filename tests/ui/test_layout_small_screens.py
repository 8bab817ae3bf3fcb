"""Every page works on a small laptop: at 1024x600 (and in the 1024x540 a 600 px screen leaves
under a taskbar and title bar) nothing is cut off, nothing reaches outside the window, the
sidebar shows every page with Get support and Lock, and the window opens fitting the screen.

``layout_check.cut_off`` lists each visible label or button whose text does not fit, each
widget squeezed under its size or reaching outside the window, and each page that would scroll
sideways."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QRect

from tests.ui.layout_check import cut_off
from wellness_journal.services import demo
from wellness_journal.ui.shell.screen_fit import MINIMUM, PREFERRED, first_geometry

SIZES = [(1024, 600), (1024, 540), (960, 500)]  # the last: the window's minimum


@pytest.fixture
def themed(qapp):  # type: ignore[no-untyped-def]
    """The app's own look (Fusion, its palette, font and style sheet), as the app applies it:
    padding and fonts change what fits (the dark theme changes only colours). Put back as it
    was afterwards."""
    from PySide6.QtWidgets import QStyleFactory

    from wellness_journal.ui.theme import apply_theme

    kept = (qapp.style().name(), qapp.styleSheet(), qapp.palette(), qapp.font())
    apply_theme(qapp, "light")
    yield
    qapp.setStyleSheet(kept[1])
    qapp.setStyle(QStyleFactory.create(kept[0]))
    qapp.setPalette(kept[2])
    qapp.setFont(kept[3])


@pytest.fixture
def shell(themed, unlocked_shell, created, qtbot):  # type: ignore[no-untyped-def]
    """The window in the app's look, with the demo journal's made-up data (long lists,
    notices, charts)."""
    demo.populate(created.vault.db, today=date.today())
    return unlocked_shell


def _settle(qtbot: Any, shell: Any) -> None:
    qtbot.wait(50)
    shell.layout().activate()
    qtbot.wait(50)


def _show(qtbot: Any, shell: Any, page_id: str) -> Any:
    shell.main_area.show_page(page_id)
    page = shell.main_area.page(page_id)
    page.refresh()
    _settle(qtbot, shell)
    return page


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_every_page_fits(qtbot, shell, width, height):
    shell.resize(width, height)
    assert (shell.width(), shell.height()) == (width, height)  # the minimum size allows it
    found = []
    for cls in shell.main_area._classes:
        page = _show(qtbot, shell, cls.page_id)
        if cls.page_id == "trends":
            qtbot.waitUntil(lambda page=page: not page._pending, timeout=20_000)
            _settle(qtbot, shell)
        found += [f"{cls.page_id}: {p}" for p in cut_off(shell)]
    assert found == []


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_journal_reading_and_writing_fit(qtbot, shell, width, height):
    shell.resize(width, height)
    page = _show(qtbot, shell, "journal")
    page.list.setCurrentIndex(page.model.index(0, 0))
    _settle(qtbot, shell)
    assert page.panels.currentWidget() is page.panels.reading
    reading = cut_off(shell)
    page.edit_current()
    _settle(qtbot, shell)
    assert page.panels.currentWidget() is page.panels.writing
    assert reading + cut_off(shell) == []


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_todays_forms_fit(qtbot, shell, width, height):
    shell.resize(width, height)
    page = _show(qtbot, shell, "today")
    (incident, due), *_ = shell.session.today.incidents.due()  # the demo has one due
    found = []
    for opener in (
        page.quick.stress.click,
        page.quick.sleep.click,
        page.quick.incident.click,
        page.quick.breathe.click,  # the exercise, running
        page.stress_card.log_button_history.click,
        page.sleep_card.diary_button.click,
        lambda: page.forms.follow_up(incident, due.step),
    ):
        opener()
        _settle(qtbot, shell)
        sheet = page.sheets.top()
        assert sheet is not None
        found += [f"{sheet.windowTitle()}: {p}" for p in cut_off(shell)]
        sheet.reject()
        _settle(qtbot, shell)
    assert found == []


def test_sidebar_shows_every_page_support_and_lock_in_a_short_window(qtbot, shell):
    shell.resize(1024, 520)
    _settle(qtbot, shell)
    area = shell.main_area
    nav = area.nav
    assert nav.verticalScrollBar().maximum() == 0  # no page hidden below
    for row in range(nav.count()):
        assert nav.viewport().rect().contains(nav.visualItemRect(nav.item(row)))
    window = QRect(0, 0, shell.width(), shell.height())
    for button in (area.support_button, area.lock_button):
        box = QRect(button.mapTo(shell, button.rect().topLeft()), button.size())
        assert button.isVisible()
        assert window.contains(box)
    assert cut_off(shell) == []


@pytest.mark.parametrize(
    ("screen", "maximised"),
    [
        (QRect(0, 0, 1024, 600 - 40), True),  # a small laptop with a taskbar
        (QRect(0, 0, 1366, 768 - 48), True),
        (QRect(0, 0, 1920, 1080 - 48), False),
        (QRect(1920, 30, 2560, 1410), False),  # a second screen, with a top panel
    ],
)
def test_window_opens_fitting_the_screen(screen, maximised):
    box, should_maximise = first_geometry(screen)
    assert should_maximise is maximised
    assert screen.contains(box)
    assert box.width() >= min(MINIMUM.width(), screen.width())
    assert box.width() <= PREFERRED.width()
    assert box.height() <= PREFERRED.height()
    # The window's frame (title bar) fits too.
    assert box.top() - 24 >= screen.top()
    assert box.bottom() + 24 <= screen.bottom()


def test_every_page_has_one_content_width(qtbot, shell):
    """On a wide screen each page's column is as wide and sits where the others do: the heading
    does not jump sideways from page to page (the journal, a list beside the text, aside)."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QLabel

    shell.resize(1920, 1040)
    lefts = {}
    for cls in shell.main_area._classes:
        if cls.page_id == "journal":
            continue
        page = _show(qtbot, shell, cls.page_id)
        title = next(
            label
            for label in page.findChildren(QLabel)
            if label.objectName() == "h1" and label.isVisible()
        )
        lefts[cls.page_id] = title.mapTo(shell, QPoint(0, 0)).x()
    assert max(lefts.values()) - min(lefts.values()) <= 12, lefts


def test_my_plan_and_the_summary_fit_a_small_laptop(qtbot, shell):
    """The two dialogs Today opens for a counselor's session, at the room a 1024x600 screen
    leaves them (fit_to_screen: 60 px less each way): nothing cut off, buttons in view."""
    from wellness_journal.ui.plan.plan_dialog import PlanDialog
    from wellness_journal.ui.report.dialog import ReportDialog

    found = []
    for cls, size in ((PlanDialog, (680, 540)), (ReportDialog, (940, 540))):
        dialog = cls(shell.ctx, shell)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.resize(*size)
        qtbot.wait(50)
        dialog.layout().activate()
        qtbot.wait(50)
        found += [f"{cls.__name__}: {p}" for p in cut_off(dialog)]
        dialog.close()
    assert found == []
