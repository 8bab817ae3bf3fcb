"""The Learn page as a reader meets it: every guide shows, every "try this now" link goes where it
says, nothing outside the app is opened or loaded, search finds guides by their words, and the
guides are reachable from Today, from a check-in after a hard call and by id."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QByteArray, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QTextDocument
from PySide6.QtWidgets import QApplication, QPushButton

from tests.fakes import FakeNow
from tests.ui.today_modal import when_modal_opens
from wellness_journal.core.guides import Guide, paragraphs, plain_text
from wellness_journal.core.incidents import Incident
from wellness_journal.services.today import TodayServices
from wellness_journal.ui.learn.links import GUIDE_IDS, load_guides
from wellness_journal.ui.learn.page import LearnPage
from wellness_journal.ui.learn.reader import GuideView
from wellness_journal.ui.shell.pages import shortcut_numbers
from wellness_journal.ui.today.followup_dialog import FollowUpDialog
from wellness_journal.ui.today.incident_dialogs import IncidentDialog
from wellness_journal.ui.today.page import TodayPage
from wellness_journal.ui.today.sleep_dialog import SleepDialog
from wellness_journal.ui.toolbox.exercise_dialog import ExerciseDialog
from wellness_journal.ui.trends.page import TrendsPage

GUIDES, _ = load_guides()


def open_learn(shell) -> LearnPage:  # type: ignore[no-untyped-def]
    shell.main_area.show_page("learn")
    page = shell.main_area.current_page()
    assert isinstance(page, LearnPage)
    return page


def fragments(view: GuideView):  # type: ignore[no-untyped-def]
    block = view.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            yield it.fragment()
            it += 1
        block = block.next()


def test_the_guides_named_in_code_exist():
    assert {g.id for g in GUIDES} == set(GUIDE_IDS)


@pytest.mark.parametrize("guide", GUIDES, ids=lambda g: g.id)
def test_every_guide_renders_with_its_links_and_plain_sources(qtbot, unlocked_shell, guide):
    page = open_learn(unlocked_shell)
    unlocked_shell.main_area.show_page(f"learn/{guide.id}")
    assert page.stack.currentWidget() is page.reader_page
    assert page.current_guide() == guide.id
    guide = page.guides[guide.id]  # with the region's numbers (test_learn_regions.py)
    view = page.view
    shown = " ".join(view.toPlainText().split())
    assert shown.startswith(guide.title)
    for paragraph in paragraphs(plain_text(f"{guide.body}\n\n{guide.try_this}")):
        assert paragraph.removeprefix("Try this now: ")[:60] in shown, paragraph
    sources_at = shown.index("Sources")
    for source in guide.sources:
        assert source in shown[sources_at:]
    # Exactly the guide's own links are clickable, all into the app; nothing in the Sources.
    assert view.link_targets() == [f"app:{t}" for t in guide.links]
    assert not any(f.charFormat().isImageFormat() for f in fragments(view))
    assert view.isVisible()
    assert view.document().size().height() > view.viewport().height()


@pytest.mark.parametrize("guide", GUIDES, ids=lambda g: g.id)
def test_every_link_in_a_guide_goes_where_it_says(qtbot, unlocked_shell, guide):
    area = unlocked_shell.main_area
    page = open_learn(unlocked_shell)
    for target in guide.links:
        area.show_page(f"learn/{guide.id}")
        page_id, _, detail = target.partition("/")
        url = QUrl(f"app:{target}")
        forms = {"today/sleep": SleepDialog, "today/incident": IncidentDialog}
        if target in forms:
            seen: list[bool] = []

            def close(dialog, seen=seen):  # type: ignore[no-untyped-def]
                seen.append(True)
                dialog.reject()

            with when_modal_opens(forms[target], close):
                page.view.anchorClicked.emit(url)
                qtbot.waitUntil(lambda seen=seen: bool(seen), timeout=5_000)
        else:
            page.view.anchorClicked.emit(url)
        if page_id == "learn":
            assert area.current_page() is page
            assert page.current_guide() == detail
            continue
        assert area.current_page_id() == page_id, target
        if page_id == "toolbox" and detail:
            dialog = area.current_page().last_dialog
            assert isinstance(dialog, ExerciseDialog)
            assert dialog.isVisible()
            assert dialog.ex.id == detail
            dialog.reject()
        if page_id == "trends" and detail:
            trends = area.current_page()
            assert isinstance(trends, TrendsPage)
            assert trends.section.id == detail
            qtbot.waitUntil(lambda trends=trends: not trends.pending, timeout=20_000)


def test_links_out_of_the_app_open_nothing(qtbot, unlocked_shell, monkeypatch):
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    page = open_learn(unlocked_shell)
    unlocked_shell.main_area.show_page("learn/sleep")
    assert not page.view.openLinks()
    assert not page.view.openExternalLinks()
    for url in ("https://example.com", "file:///etc/passwd", "mailto:a@b.c", "app:../x"):
        page.view.anchorClicked.emit(QUrl(url))
    assert opened == []
    assert unlocked_shell.main_area.current_page() is page
    assert page.current_guide() == "sleep"
    assert unlocked_shell.main_area.open_target("learn/no-such-guide") is False
    assert unlocked_shell.main_area.open_target("nowhere") is False


def test_a_guide_loads_no_file_and_keeps_no_outside_link(qtbot, tmp_path: Path):
    """Even a guide that slipped past the checks shows no image and no link out of the app."""
    picture = tmp_path / "photo.png"
    image = QImage(40, 40, QImage.Format.Format_RGB32)
    image.fill(0xFF0000)
    assert image.save(str(picture))
    url = QUrl.fromLocalFile(str(picture))
    body = (
        f"Before ![photo]({url.toString()}) after.\n\n"
        f"![relative](photo.png)\n\n"
        "A [web link](https://example.com), www.example.com and <https://example.org>.\n\n"
    )
    guide = Guide("x", "Title", "Officers", "Summary", 1, body, "**Try this now:** rest.", ("S",))
    view = GuideView()
    qtbot.addWidget(view)
    view.resize(700, 500)
    view.show()
    view.show_guide(guide)
    view.grab()  # lay out and paint everything
    assert not any(f.charFormat().isImageFormat() for f in fragments(view))
    assert view.link_targets() == []
    assert "web link" in view.toPlainText()
    for name in (url, QUrl("photo.png")):
        loaded = view.loadResource(int(QTextDocument.ResourceType.ImageResource.value), name)
        assert loaded == QByteArray()
        cached = view.document().resource(int(QTextDocument.ResourceType.ImageResource.value), name)
        assert not isinstance(cached, QImage) or cached.isNull()


def test_search_as_you_type(qtbot, unlocked_shell):
    page = open_learn(unlocked_shell)
    assert len(page.list.cards) == len(GUIDES)
    qtbot.keyClicks(page.search, "drinking")
    QApplication.processEvents()  # new cards show on the next turn of the event loop
    assert page.list.cards[0].guide.id == "alcohol"
    assert page.list.cards[0].snippet.isVisibleTo(page)
    assert "drink" in page.list.cards[0].snippet.text().lower()
    page.search.clear()
    qtbot.keyClicks(page.search, "xyzzy")
    assert page.list.cards == []
    assert page.list.empty.isVisibleTo(page)
    assert "xyzzy" in page.list.empty.text()
    page.search.clear()
    assert [c.guide.id for c in page.list.cards] == [g.id for g in GUIDES]
    qtbot.keyClicks(page.search, "apnea")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.current_guide() == "sleep"


def test_keyboard_open_and_back(qtbot, unlocked_shell):
    page = open_learn(unlocked_shell)
    page.search.setFocus()
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert page.list.cards[0].hasFocus()
    qtbot.keyClick(page.list.cards[0], Qt.Key.Key_Down)
    assert page.list.cards[1].hasFocus()
    qtbot.keyClick(page.list.cards[1], Qt.Key.Key_Up)
    qtbot.keyClick(page.list.cards[0], Qt.Key.Key_Up)
    assert page.search.hasFocus()
    card = page.list.card_for("families")
    assert card is not None
    card.setFocus()
    qtbot.keyClick(card, Qt.Key.Key_Return)
    assert page.current_guide() == "families"
    assert page.view.hasFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Escape)
    assert page.current_guide() == ""
    assert page.list.card_for("families").hasFocus()
    qtbot.mouseClick(page.list.card_for("sleep"), Qt.MouseButton.LeftButton)
    assert page.current_guide() == "sleep"
    page.back_button.click()
    assert page.current_guide() == ""


def test_links_work_from_the_keyboard(qtbot, unlocked_shell):
    area = unlocked_shell.main_area
    area.show_page("learn/moral-injury")
    view = area.current_page().view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert view.textCursor().selectedText() == "add someone you trust to My people"
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert area.current_page_id() == "support"


def test_shortcuts_keep_ctrl_1_to_6_and_learn_is_ctrl_7(qtbot, unlocked_shell):
    area = unlocked_shell.main_area
    unlocked_shell.activateWindow()
    qtbot.waitUntil(unlocked_shell.isActiveWindow, timeout=5000)
    ids = [area.nav.item(i).data(Qt.ItemDataRole.UserRole) for i in range(area.nav.count())]
    assert ids == [
        "today",
        "journal",
        "toolbox",
        "trends",
        "selfchecks",
        "support",
        "safety-plan",
        "learn",
        "settings",
    ]
    tips = {
        area.nav.item(i).data(Qt.ItemDataRole.UserRole): area.nav.item(i).toolTip()
        for i in range(area.nav.count())
    }
    assert tips["settings"] == "Settings (Ctrl+6)"
    assert tips["learn"] == "Learn (Ctrl+7)"
    assert tips["safety-plan"] == "Safety plan (Ctrl+8)"
    assert tips["selfchecks"] == "Self-checks (Ctrl+9)"
    for key, page_id in (
        (Qt.Key.Key_9, "selfchecks"),
        (Qt.Key.Key_8, "safety-plan"),
        (Qt.Key.Key_7, "learn"),
        (Qt.Key.Key_6, "settings"),
        (Qt.Key.Key_5, "support"),
    ):
        qtbot.keyClick(area, key, Qt.KeyboardModifier.ControlModifier)
        assert area.current_page_id() == page_id
    assert "later" not in shortcut_numbers([*ids, "later"])  # Ctrl+1 to Ctrl+9 are all taken


def test_today_has_a_learn_row(qtbot, unlocked_shell):
    today = unlocked_shell.main_area.current_page()
    assert isinstance(today, TodayPage)
    today.learn_row.open_button.click()
    page = unlocked_shell.main_area.current_page()
    assert isinstance(page, LearnPage)
    assert page.current_guide() == ""


def test_a_check_in_after_a_hard_call_links_to_the_guide(qtbot, unlocked_shell):
    tz = ZoneInfo("America/Denver")
    now = FakeNow(datetime(2024, 1, 29, 12, 0, tzinfo=tz))
    shell = unlocked_shell
    shell.session.today = TodayServices(shell.session.db, now=now, zone=tz)
    shell.session.today.incidents.save(Incident(None, "", date(2024, 1, 1), "death"))
    today = shell.main_area.current_page()
    today.refresh()
    QApplication.processEvents()
    (go,) = [
        b
        for b in today.findChildren(QPushButton)
        if b.text() == "Check in" and b.isVisibleTo(today)
    ]

    def fill(dialog: FollowUpDialog) -> None:
        for scale in dialog.answers.values():
            scale.set_value(1)
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
        assert dialog.guide_button.isVisible()
        dialog.guide_button.click()

    with when_modal_opens(FollowUpDialog, fill):
        go.click()
    page = shell.main_area.current_page()
    assert isinstance(page, LearnPage)
    assert page.current_guide() == "after-incident"


def test_a_broken_guide_file_is_left_out_and_named(tmp_path: Path):
    good = (Path(__file__).resolve().parents[2] / "assets" / "guides" / "3-sleep.md").read_text()
    (tmp_path / "1-good.md").write_text(good)
    (tmp_path / "2-twin.md").write_text(good)
    (tmp_path / "3-broken.md").write_text("no front matter")
    (tmp_path / "4-binary.md").write_bytes(b"\xff\xfe\x00bad")
    guides, problems = load_guides(tmp_path)
    assert [g.id for g in guides] == ["sleep"]
    assert [p.split(":")[0] for p in problems] == ["2-twin.md", "3-broken.md", "4-binary.md"]
