"""The Trends page: where it sits, charts from the demo in both themes, friendly empty states,
Save as PNG, hover and keyboard values, builds off the GUI thread, refresh on new entries."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox, QToolTip

from tests.ui.helpers import when_modal
from wellness_journal.app import make_demo_vault
from wellness_journal.core.checkin import Checkin
from wellness_journal.core.trends import Span
from wellness_journal.services.trends import TrendsService
from wellness_journal.storage.vault import Vault
from wellness_journal.ui.shell.pages import page_classes
from wellness_journal.ui.theme import DARK, LIGHT
from wellness_journal.ui.trends import words
from wellness_journal.ui.trends.canvas import RESIZE_SLACK
from wellness_journal.ui.trends.chart_card import REDRAW_MS

BUILD_MS = 30_000


def trends_page(shell):  # type: ignore[no-untyped-def]
    shell.main_area.show_page("trends")
    return shell.main_area.page("trends")


def settle(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not page.pending, timeout=BUILD_MS)


def each_section(qtbot, page):  # type: ignore[no-untyped-def]
    for section in page.sections:
        page.show_section(section.id)
        settle(qtbot, page)
        yield section


@pytest.fixture
def demo_shell(make_shell, paths, tmp_path):  # type: ignore[no-untyped-def]
    make_demo_vault(tmp_path / "data", today=date.today())
    shell = make_shell(start=False, demo=True)
    shell.open_session(Vault.open_with_secret(paths, "demo"))
    return shell


def test_trends_sits_after_the_toolbox_and_ctrl_4_opens_it(qtbot, unlocked_shell):
    ids = [cls.page_id for cls in page_classes()]
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
    shell = unlocked_shell
    nav = shell.main_area.nav
    assert nav.item(3).text() == "Trends"
    shell.activateWindow()
    qtbot.waitUntil(shell.isActiveWindow, timeout=5000)
    qtbot.keyClick(shell.main_area, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert shell.main_area.current_page_id() == "trends"
    settle(qtbot, shell.main_area.page("trends"))


def test_empty_journal_says_what_to_log_instead_of_blank_axes(qtbot, unlocked_shell):
    page = trends_page(unlocked_shell)
    hints = {
        "checkins": "Today page",
        "calendar": "check in",
        "sleep": "sleep diary",
        "by_shift": "shift",
        "sleep_stress": "sleep entry",
        "events": "Today page",
        "ratings": "Toolbox",
        "practice": "Toolbox",
    }
    seen = set()
    for section in each_section(qtbot, page):
        if section.id == "selfchecks":
            # Only the questionnaires taken show a card; with none, the section says what to do.
            assert all(page.cards[spec.id].isHidden() for spec in section.specs)
            assert page.section_empty["selfchecks"].isVisible()
            assert "Self-checks page" in page.section_empty["selfchecks"].text()
            continue
        for spec in section.specs:
            card = page.cards[spec.id]
            assert card.showing() == "empty", spec.id
            assert card.canvas is None
            assert not card.save_button.isEnabled()
            assert not card.save_button.isVisible()  # nothing to save, nothing offered
            assert hints[spec.id] in card.empty.text()
            assert card.empty.isVisible()
            assert not card.caption.isVisible()
            seen.add(spec.id)
    assert seen == set(hints)


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_demo_charts_render_with_captions_in_both_themes(qtbot, make_shell, paths, tmp_path, dark):
    app = QApplication.instance()
    app.setProperty("wj_colors_dark", dark)
    try:
        make_demo_vault(tmp_path / "data", today=date.today())
        shell = make_shell(start=False, demo=True)
        shell.open_session(Vault.open_with_secret(paths, "demo"))
        page = trends_page(shell)
        surface = (DARK if dark else LIGHT).surface
        for section in each_section(qtbot, page):
            for spec in section.specs:
                card = page.cards[spec.id]
                assert card.showing() == "chart", spec.id
                assert card.caption.text().strip(), spec.id
                assert card.save_button.isEnabled()
                picture = card.canvas.image  # drawn off the GUI thread, in the theme's colours
                assert picture.pixelColor(3, 3).name() == surface.lower()
                assert picture.width() > 300
                assert picture.height() > 100
                colours = {
                    picture.pixel(x, y)
                    for x in range(0, picture.width(), 5)
                    for y in range(0, picture.height(), 5)
                }
                assert len(colours) > 3, spec.id  # a chart, not an empty card
                image = card.canvas.grab().toImage()  # and on screen
                assert image.width() > 300
                assert image.height() > 100
    finally:
        app.setProperty("wj_colors_dark", False)


def test_switching_range_builds_off_the_gui_thread(qtbot, demo_shell, monkeypatch):
    page = trends_page(demo_shell)
    settle(qtbot, page)
    threads = []
    original = TrendsService.on

    def spy(self, db):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        return original(self, db)

    monkeypatch.setattr(TrendsService, "on", spy)
    page.range_bar.choose(Span.YEAR)
    assert page.pending  # the window goes on while the charts are made
    settle(qtbot, page)
    assert threads
    assert all(t is not threading.main_thread() for t in threads)
    built = page.cards["checkins"].built
    assert built is not None
    assert built.span is Span.YEAR
    assert built.period.days == 365
    page.show_section("sleep")
    settle(qtbot, page)
    assert page.cards["sleep"].built.span is Span.YEAR


def test_save_as_png_warns_then_writes_a_valid_image(qtbot, demo_shell, tmp_path):
    page = trends_page(demo_shell)
    settle(qtbot, page)
    card = page.cards["checkins"]
    out = tmp_path / "exports" / "mood"
    out.parent.mkdir()
    seen: dict[str, object] = {}

    def accept_warning(box: QMessageBox) -> None:
        seen["warning"] = box.text()
        go = next(b for b in box.buttons() if "Choose" in b.text())
        go.click()

    def choose_file(dialog: QFileDialog) -> None:
        seen["native"] = not dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.findChild(QLineEdit, "fileNameEdit").setText(str(out))
        dialog.accept()

    when_modal(accept_warning, of_type=QMessageBox)
    when_modal(choose_file, of_type=QFileDialog, delay_ms=100)
    card.save_button.click()
    written = out.with_name("mood.png")  # ".png" is added when the name has none
    assert "not encrypted" in str(seen["warning"])
    assert seen["native"] is False
    data = written.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    image = QImage(str(written))
    assert not image.isNull()
    assert image.width() == 1500
    assert page.status.isVisible()
    assert str(written) in page.status.text()


def test_cancelling_the_warning_writes_nothing(qtbot, demo_shell, tmp_path, monkeypatch):
    page = trends_page(demo_shell)
    settle(qtbot, page)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: pytest.fail("asked"))
    when_modal(lambda box: box.reject(), of_type=QMessageBox)
    page.cards["checkins"].save_button.click()
    assert list(tmp_path.rglob("*.png")) == []


def test_a_chart_goes_neither_into_the_data_folder_nor_over_a_file_unasked(
    qtbot, demo_shell, paths, tmp_path, monkeypatch
):
    page = trends_page(demo_shell)
    settle(qtbot, page)
    seen: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: seen.append(text))
    inside = paths.data_dir / "mood.png"
    assert not page.save_chart("checkins", inside, replace=True)
    assert not inside.exists()
    assert "data folder" in seen[-1]
    mine = tmp_path / "mine.png"
    mine.write_bytes(b"mine")
    assert not page.save_chart("checkins", mine)  # e.g. ".png" added after the dialog closed
    assert mine.read_bytes() == b"mine"
    assert "nothing was replaced" in seen[-1]
    assert page.save_chart("checkins", mine, replace=True)  # Qt's dialog asked
    assert mine.read_bytes().startswith(b"\x89PNG")


def test_hover_and_arrow_keys_give_the_value_and_date(qtbot, demo_shell):
    page = trends_page(demo_shell)
    settle(qtbot, page)
    canvas = page.cards["checkins"].canvas
    hover = canvas.picture.hovers[1]  # stress
    last = len(hover.xs) - 1
    at = canvas.place_of(hover, hover.xs[last], 5)
    found = canvas.item_at(at.x(), at.y())
    assert found is not None
    assert found[0] is hover
    assert found[1] == last
    text = canvas.text_for(hover, last)
    assert words.short_day(date.today()) in text
    assert "Stress" in text
    qtbot.mouseMove(canvas, QPoint(2, 2))  # from somewhere else, so the move is a move
    qtbot.waitUntil(lambda: not QToolTip.isVisible(), timeout=3000)
    qtbot.mouseMove(canvas, at.toPoint())
    qtbot.waitUntil(lambda: QToolTip.isVisible() and QToolTip.text() == text, timeout=3000)
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_End)
    said = canvas.accessibleDescription()
    assert words.short_day(date.today()) in said
    assert "Mood" in said
    qtbot.keyClick(canvas, Qt.Key.Key_Left)
    assert canvas.accessibleDescription() != said


def test_a_new_check_in_updates_the_charts_on_screen(qtbot, unlocked_shell):
    shell = unlocked_shell
    page = trends_page(shell)
    settle(qtbot, page)
    assert page.cards["checkins"].showing() == "empty"
    session = shell.session
    _, changes = session.today.checkins.save(
        Checkin(None, "", session.today.checkins.today(), mood=4, stress=3, energy=6)
    )
    shell.ctx.announce(changes)
    settle(qtbot, page)
    card = page.cards["checkins"]
    assert card.showing() == "chart"
    assert "1 of these 91 days" in card.caption.text()


def test_locking_during_a_build_is_safe(qtbot, demo_shell):
    page = trends_page(demo_shell)
    page.range_bar.choose(Span.ALL)
    assert demo_shell.lock()
    demo_shell.runner.wait(BUILD_MS)
    # The late result arrives for a page that is gone, and is dropped.
    qtbot.waitUntil(lambda: not demo_shell.runner.busy, timeout=BUILD_MS)
    assert demo_shell.session is None
    assert demo_shell.main_area is None


SCRIPT = r"""
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from wellness_journal.app import make_demo_vault
from wellness_journal.services.preferences import Preferences
from wellness_journal.storage.keyslots import KdfParams
from wellness_journal.storage.vault import Vault
from wellness_journal.ui.shell.window import Shell
from pathlib import Path
paths = make_demo_vault(Path(sys.argv[1]))
shell = Shell(paths, KdfParams.fast_for_tests(), Preferences(paths), set_theme=lambda t: None, demo=True)
shell.show()
shell.open_session(Vault.open_with_secret(paths, "demo"))
app.processEvents()
print("before", "matplotlib" in sys.modules)
shell.main_area.show_page("trends")
page = shell.main_area.page("trends")
while page.pending or shell.runner.busy:
    app.processEvents()
print("after", "matplotlib" in sys.modules)
shell.lock()
"""


def test_matplotlib_is_imported_only_when_trends_is_first_shown(tmp_path: Path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", MPLCONFIGDIR=str(tmp_path / "mpl"))
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "data")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "before False" in result.stdout
    assert "after True" in result.stdout


def test_a_wider_or_narrower_chart_is_drawn_anew_off_the_gui_thread(qtbot, demo_shell):
    demo_shell.resize(1120, 780)
    demo_shell.show()
    page = trends_page(demo_shell)
    settle(qtbot, page)
    canvas = page.cards["checkins"].canvas
    qtbot.waitUntil(lambda: abs(canvas.picture.logical_width - canvas.width()) < 1, timeout=10_000)
    before = canvas.picture.logical_width
    threads = []
    original = canvas.set_picture

    def spy(picture, image):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        original(picture, image)

    canvas.set_picture = spy
    demo_shell.resize(880, 780)  # narrower: the page gives the chart less room
    qtbot.waitUntil(lambda: abs(canvas.picture.logical_width - canvas.width()) < 1, timeout=10_000)
    assert canvas.picture.logical_width < before
    assert canvas.image.width() == canvas.picture.width
    assert threads  # a new picture came in (drawn on the runner, shown here)
    hover = canvas.picture.hovers[1]  # and the pointer still finds the points on the new one
    last = len(hover.xs) - 1
    at = canvas.place_of(hover, hover.xs[last], 5)
    assert 0 < at.x() < canvas.width()
    assert canvas.item_at(at.x(), at.y()) == (hover, last)


def test_charts_are_never_written_to_disk(qtbot, demo_shell, tmp_path):
    before = {p for p in tmp_path.rglob("*") if p.is_file()}
    page = trends_page(demo_shell)
    for _section in each_section(qtbot, page):
        pass
    page.range_bar.choose(Span.ALL)
    settle(qtbot, page)
    written = {p for p in tmp_path.rglob("*") if p.is_file()} - before
    mpl = Path(os.environ["MPLCONFIGDIR"])
    images = [
        p for p in [*written, *mpl.rglob("*")] if p.suffix.lower() in (".png", ".svg", ".pdf")
    ]
    assert images == []


def test_records_dated_after_today_are_named_not_silently_left_out(qtbot, unlocked_shell):
    from datetime import datetime, timedelta

    from wellness_journal.core.localzone import utc_key
    from wellness_journal.core.stress import StressEntry
    from wellness_journal.storage.repositories import stress as stress_repo

    shell = unlocked_shell
    page = trends_page(shell)
    page.refresh()
    assert not page.future.isVisible()
    db = shell.session.db
    later = datetime.now().astimezone() + timedelta(days=2)
    with db.transaction():
        for n in range(2):
            stress_repo.insert(db, StressEntry(None, f"u{n}", later, suds=5), utc_key(later))
    page.refresh()
    assert page.future.isVisible()
    assert "2 stress entries" in page.future.text()
    assert "stress log" in page.future.text()  # where to find them, to correct them


@pytest.mark.parametrize("size", [(1024, 600), (1366, 768), (1920, 1080)])
def test_charts_come_in_at_the_width_they_are_shown(qtbot, demo_shell, size):
    """A chart drawn too narrow is stretched (blurred) until it has been drawn a second time."""
    demo_shell.resize(*size)
    demo_shell.show()
    page = trends_page(demo_shell)
    asked: list[str] = []
    for section in each_section(qtbot, page):
        for spec in section.specs:
            page.cards[spec.id].redraw_requested.connect(lambda spec_id, _px: asked.append(spec_id))
        shown = [page.cards[s.id] for s in section.specs if page.cards[s.id].canvas is not None]
        assert shown, section.id
        qtbot.wait(REDRAW_MS * 3)  # a chart laid out at another width asks for a new picture by now
        for card in shown:
            assert abs(card.canvas.picture.logical_width - card.canvas.width()) <= RESIZE_SLACK
    assert asked == []
