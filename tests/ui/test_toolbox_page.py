"""The Toolbox page: where it sits, favourites pinned on top, "start again", "What helps me"."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLabel

from wellness_journal.core.coping import Outcome
from wellness_journal.ui.toolbox.page import HELPS_TAB, ToolboxPage


def page_of(shell) -> ToolboxPage:  # type: ignore[no-untyped-def]
    shell.main_area.show_page("toolbox")
    page = shell.main_area.page("toolbox")
    assert isinstance(page, ToolboxPage)
    return page


def texts(widget) -> list[str]:  # type: ignore[no-untyped-def]
    """The labels a user can see now (after Qt has shown new widgets and dropped old ones)."""
    QCoreApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)]


def add_session(page, exercise_id, before, after):  # type: ignore[no-untyped-def]
    page.ctx.announce(
        page.ctx.session.coping.record_session(
            exercise_id,
            started_at=datetime(2025, 1, 1, tzinfo=timezone.utc),
            seconds_done=120,
            outcome=Outcome.COMPLETED,
            suds_before=before,
            suds_after=after,
        )[1]
    )


def test_toolbox_sits_before_support_in_the_sidebar(unlocked_shell):
    ids = [p.page_id for p in unlocked_shell.main_area.pages]
    assert ids.index("toolbox") < ids.index("support") < ids.index("settings")
    nav = unlocked_shell.main_area.nav
    assert nav.item(ids.index("toolbox")).text() == "Toolbox"


def test_every_exercise_is_offered_with_a_start_button(unlocked_shell):
    page = page_of(unlocked_shell)
    shown = texts(page.exercise_list)
    for name in (
        "Box breathing",
        "Physiological sigh",
        "Slow, even breathing",
        "4-7-8 breathing",
        "Muscle relaxation, short",
        "Muscle relaxation, full",
        "5-4-3-2-1 grounding",
    ):
        assert name in shown
    assert set(page.exercise_list.start_buttons) == {
        "box",
        "sigh",
        "resonance",
        "478",
        "pmr_short",
        "pmr_full",
        "grounding",
    }
    for start in page.exercise_list.start_buttons.values():
        assert start.accessibleName().startswith("Start ")


def test_pinning_moves_an_exercise_to_the_top(unlocked_shell, qtbot):
    page = page_of(unlocked_shell)
    assert "Your favourites" not in texts(page.exercise_list)
    page.exercise_list.star_buttons["pmr_short"].click()
    assert page.ctx.session.coping.favourites() == ["pmr_short"]
    shown = texts(page.exercise_list)
    assert shown.index("Your favourites") < shown.index("Muscle relaxation, short")
    assert shown.index("Muscle relaxation, short") < shown.index("Breathing")
    star = page.exercise_list.star_buttons["pmr_short"]
    assert star.accessibleName() == "Unpin Muscle relaxation, short"
    star.click()
    assert page.ctx.session.coping.favourites() == []
    assert "Your favourites" not in texts(page.exercise_list)


def test_the_last_used_exercise_is_one_click_away(unlocked_shell, qtbot):
    page = page_of(unlocked_shell)
    assert not any(t.startswith("Last time") for t in texts(page.exercise_list))
    add_session(page, "resonance", 6, 4)
    assert "Last time: Slow, even breathing" in texts(page.exercise_list)
    page.exercise_list.again_button.click()
    dialog = page.last_dialog
    assert dialog is not None
    assert dialog.ex.id == "resonance"
    dialog.reject()


def test_what_helps_me_shows_averages_and_the_under_three_rule(unlocked_shell):
    page = page_of(unlocked_shell)
    page.show_tab(HELPS_TAB)
    assert page.helps.empty.isVisibleTo(page.helps)
    add_session(page, "box", 7, 4)
    add_session(page, "box", 6, 4)
    add_session(page, "478", 8, 3)
    shown = texts(page.helps)
    assert shown.count("Not enough sessions yet") == 2
    assert any("rate it before and after 1 more time" in t for t in shown)
    add_session(page, "box", 8, 6)
    shown = texts(page.helps)
    assert "2.3 points lower" in shown  # (-3 - 2 - 2) / 3
    assert any("based on 3 sessions rated before and after" in t for t in shown)
    assert "What seems to help you most: Box breathing" in shown
    assert shown.count("Not enough sessions yet") == 1
    assert not page.helps.empty.isVisibleTo(page.helps)


def test_a_rise_is_shown_plainly(unlocked_shell):
    page = page_of(unlocked_shell)
    for before, after in [(2, 3), (2, 4), (3, 3)]:
        add_session(page, "sigh", before, after)
    shown = texts(page.helps)
    assert "1.0 points higher" in shown
    assert not any(t.startswith("What seems to help you most") for t in shown)
