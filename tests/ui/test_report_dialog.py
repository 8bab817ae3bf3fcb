"""Summary for a counselor…: reached from Settings and Trends; nothing free-text is ticked to
start; a preview of every page (images in memory) before anything is saved; saving warns that
the file is not encrypted, writes it 0600 and never inside the journal's folder; journal
entries go in only when picked one by one."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from io import BytesIO
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtWidgets import QMessageBox

from tests.ui.helpers import when_modal
from wellness_journal.core.checkin import Checkin
from wellness_journal.core.journal import Entry
from wellness_journal.reports.summary import headless_ids
from wellness_journal.ui.report import output
from wellness_journal.ui.report.dialog import ReportDialog
from wellness_journal.ui.report.journal_pick import JournalPickDialog


def ctx_of(shell):  # type: ignore[no-untyped-def]
    return shell.main_area.page("settings").ctx


# The dialogs get the window as their parent, as in the app. A parentless dialog that ran work
# on the runner crashed now and then when the next test's events ran (the runner's delivery
# object, deleted later, outlived by a Python-owned dialog): seen with Export too.


def fill(shell) -> int:  # type: ignore[no-untyped-def]
    """A few check-ins with notes and a journal entry; returns the entry's id."""
    session = shell.session
    today = session.today.checkins.today()
    for back in range(5):
        session.today.checkins.save(
            Checkin(None, "", today - timedelta(days=back), mood=3, stress=back, note="checknote")
        )
    entry, _ = session.journal.save(
        Entry(
            None,
            "",
            datetime.combine(today, time(8, 0)).astimezone(),
            title="Entry title",
            body="journalwords here",
        )
    )
    assert entry.id is not None
    return entry.id


def make_preview(qtbot, dialog: ReportDialog) -> None:  # type: ignore[no-untyped-def]
    dialog.show()
    dialog.preview_button.click()
    qtbot.waitUntil(lambda: dialog.made is not None, timeout=60_000)


def pdf_text(data: bytes) -> str:
    return " ".join("\n".join(p.extract_text() for p in PdfReader(BytesIO(data)).pages).split())


def test_settings_and_trends_open_the_summary(qtbot, unlocked_shell):
    seen: list[str] = []

    def close(dialog):  # type: ignore[no-untyped-def]
        seen.append(dialog.windowTitle())
        dialog.reject()

    for page_id in ("settings", "trends"):
        unlocked_shell.main_area.show_page(page_id)
        when_modal(close, of_type=ReportDialog)
        unlocked_shell.main_area.page(page_id).report_button.click()
    assert seen == ["Summary for a counselor"] * 2


def test_it_opens_with_every_log_ticked_and_no_free_text(qtbot, unlocked_shell):
    dialog = ReportDialog(ctx_of(unlocked_shell), unlocked_shell)
    qtbot.addWidget(dialog)
    request = dialog.options.request()
    assert set(request.sections) == set(headless_ids())  # every log, never the journal
    assert {"checkins", "sleep", "stress", "incidents", "exercises", "plan"} <= set(
        request.sections
    )
    assert not request.notes
    assert request.journal_ids == ()
    assert request.days == 14


def test_the_preview_shows_every_page_of_the_pdf_that_is_saved(
    qtbot, unlocked_shell, tmp_path, monkeypatch
):
    fill(unlocked_shell)
    dialog = ReportDialog(ctx_of(unlocked_shell), unlocked_shell)
    qtbot.addWidget(dialog)
    make_preview(qtbot, dialog)
    assert dialog.made is not None
    pages = len(PdfReader(BytesIO(dialog.made.pdf)).pages)
    assert len(dialog.preview.pages) == pages >= 1
    assert dialog.save_button.isVisible()
    assert "checknote" not in pdf_text(dialog.made.pdf)
    out = tmp_path / "summary.pdf"
    monkeypatch.setattr(output, "ask_save_place", lambda *_a: (out, False))
    warned: list[str] = []

    def accept(box):  # type: ignore[no-untyped-def]
        warned.append(box.text())
        box.buttons()[0].click()

    when_modal(accept, of_type=QMessageBox)
    dialog.save_button.click()
    assert "NOT encrypted" in warned[0]
    assert out.read_bytes() == dialog.made.pdf
    assert out.stat().st_mode & 0o777 == 0o600
    assert dialog.saved == out


def test_cancelling_the_warning_writes_nothing_and_the_data_folder_is_refused(
    qtbot, unlocked_shell, paths, monkeypatch
):
    dialog = ReportDialog(ctx_of(unlocked_shell), unlocked_shell)
    qtbot.addWidget(dialog)
    make_preview(qtbot, dialog)
    asked: list[object] = []
    monkeypatch.setattr(output, "ask_save_place", lambda *a: asked.append(a))
    when_modal(lambda box: box.reject(), of_type=QMessageBox)
    dialog.save_button.click()
    assert asked == []
    inside = paths.data_dir / "summary.pdf"
    monkeypatch.setattr(output, "ask_save_place", lambda *_a: (inside, True))
    refused: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: refused.append(text))
    when_modal(lambda box: box.buttons()[0].click(), of_type=QMessageBox)
    dialog.save_button.click()
    assert not inside.exists()
    assert "outside" in refused[0]


def test_notes_and_picked_journal_entries_go_in_only_when_chosen(qtbot, unlocked_shell):
    entry_id = fill(unlocked_shell)
    ctx = ctx_of(unlocked_shell)
    dialog = ReportDialog(ctx, unlocked_shell)
    qtbot.addWidget(dialog)
    first, last = dialog.options.days()
    picker = JournalPickDialog(ctx.session.journal, first, last, (), dialog)
    qtbot.addWidget(picker)
    assert picker.chosen_ids() == ()
    assert picker.entries.count() == 1
    picker.entries.item(0).setCheckState(picker.entries.item(0).checkState().Checked)
    assert picker.chosen_ids() == (entry_id,)
    dialog.options.set_journal_ids(picker.chosen_ids())
    dialog.options.notes.setChecked(True)
    make_preview(qtbot, dialog)
    assert dialog.made is not None
    text = pdf_text(dialog.made.pdf)
    assert "journalwords here" in text
    assert "checknote" in text


def test_days_the_wrong_way_round_cannot_be_previewed(qtbot, unlocked_shell):
    dialog = ReportDialog(ctx_of(unlocked_shell), unlocked_shell)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.options.period.setCurrentIndex(dialog.options.period.count() - 1)  # choose the days
    dialog.options.first.setDate(dialog.options.last.date().addDays(3))
    dialog.options.last.setDate(dialog.options.last.date().addDays(-3))
    assert not dialog.preview_button.isEnabled()
    assert "after the last day" in dialog.message.text()
    for box in dialog.options.boxes.values():
        box.setChecked(False)
    dialog.options.period.setCurrentIndex(0)
    assert not dialog.preview_button.isEnabled()
    assert "Tick at least one" in dialog.message.text()


def test_nothing_is_written_while_previewing(qtbot, unlocked_shell, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    before = set(Path(tmp_path).rglob("*"))
    dialog = ReportDialog(ctx_of(unlocked_shell), unlocked_shell)
    qtbot.addWidget(dialog)
    make_preview(qtbot, dialog)
    assert set(Path(tmp_path).rglob("*")) == before
