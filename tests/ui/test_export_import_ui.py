"""Export… and Import… from Settings, as a user meets them: the warning, the choice, Qt's own file
dialogs, the work off the GUI thread with progress, what was written, and the import report."""

from __future__ import annotations

import os
import stat
import sys
import threading
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from tests.conftest import PASSPHRASE
from tests.ui.helpers import visible_texts
from tests.ui.today_modal import when_modal_opens
from wellness_journal.core.errors import ErrorKind, VaultError
from wellness_journal.core.journal import EntryFilter
from wellness_journal.services import exchange, export_files
from wellness_journal.services.export_files import CSV_FILES, ExportKind
from wellness_journal.services.journal import JournalService
from wellness_journal.storage.vault import Vault
from wellness_journal.ui.settings.export_dialog import ExportDialog
from wellness_journal.ui.settings.import_dialog import ImportDialog

DAYLIO = Path(__file__).resolve().parents[1] / "fixtures" / "daylio"
JRNL = Path(__file__).resolve().parents[1] / "fixtures" / "jrnl"


def settings_page(shell):  # type: ignore[no-untyped-def]
    shell.main_area.show_page("settings")
    return shell.main_area.page("settings")


def export_dialog(shell, qtbot) -> ExportDialog:  # type: ignore[no-untyped-def]
    dialog = ExportDialog(shell.ctx, shell)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def import_dialog(shell, qtbot) -> ImportDialog:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(shell.ctx, shell)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_settings_open_export_and_import_with_a_warning_first(qtbot, unlocked_shell):
    page = settings_page(unlocked_shell)
    assert page.export_button.accessibleName() == "Export…"
    assert page.import_button.accessibleName() == "Import…"
    seen: list[str] = []

    def look(dialog: ExportDialog) -> None:
        seen.extend(visible_texts(dialog))
        assert dialog.radio[ExportKind.JSON].isChecked()
        assert all(radio.accessibleName() for radio in dialog.radio.values())
        dialog.reject()

    with when_modal_opens(ExportDialog, look):
        page.export_button.click()
    assert any("NOT encrypted" in t for t in seen)
    with when_modal_opens(ImportDialog, lambda d: d.reject()):
        page.import_button.click()


def test_csv_export_to_a_new_folder_off_the_gui_thread(
    qtbot, unlocked_shell, tmp_path, monkeypatch
):
    shell = unlocked_shell
    chosen = tmp_path / "documents"
    chosen.mkdir()
    asked: list[object] = []

    def fake_folder(parent, title, start, options):  # type: ignore[no-untyped-def]
        asked.append(options)
        return str(chosen)

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(fake_folder))
    threads: list[threading.Thread] = []
    real_export = export_files.export

    def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        return real_export(*args, **kwargs)

    monkeypatch.setattr(export_files, "export", spy)
    dialog = export_dialog(shell, qtbot)
    progress: list[tuple[int, int]] = []
    dialog.progressed.connect(lambda d, t: progress.append((d, t)))
    dialog.radio[ExportKind.CSV].setChecked(True)
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=20_000)

    assert asked
    assert asked[0] & QFileDialog.Option.DontUseNativeDialog
    assert threads
    assert threads[0] is not threading.main_thread()
    qtbot.waitUntil(lambda: progress[-1:] == [(len(CSV_FILES), len(CSV_FILES))])
    (folder,) = chosen.iterdir()  # a new folder inside the one chosen
    assert folder.name.startswith("wellness-journal-csv-")
    assert sorted(p.name for p in folder.iterdir()) == sorted(CSV_FILES)
    if sys.platform != "win32":
        assert stat.S_IMODE(os.stat(folder).st_mode) == 0o700
        assert all(stat.S_IMODE(os.stat(p).st_mode) == 0o600 for p in folder.iterdir())
    text = dialog.message.text()
    assert text.startswith(f"Done. {len(CSV_FILES)} files were written")
    assert str(folder) in text
    assert "not encrypted" in text
    assert dialog.export_button.isEnabled()
    assert not dialog.progress.isVisible()


def test_json_export_asks_for_a_file_with_qts_own_dialog(
    qtbot, unlocked_shell, tmp_path, monkeypatch
):
    shell = unlocked_shell
    target = tmp_path / "mine.json"
    asked: list[object] = []

    def fake_save(parent, title, start, filters, options):  # type: ignore[no-untyped-def]
        asked.append((Path(start).name, options))
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_save))
    dialog = export_dialog(shell, qtbot)
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=20_000)
    name, options = asked[0]
    assert name.startswith("wellness-journal-")
    assert name.endswith(".json")
    assert options & QFileDialog.Option.DontUseNativeDialog
    document = exchange.read_document(target)
    assert "journal_entries" in document["sections"]
    assert dialog.message.text().startswith(f"Done. Everything was written to\n{target}")


def test_a_failed_export_says_so_and_leaves_no_files(qtbot, unlocked_shell, tmp_path, monkeypatch):
    shell = unlocked_shell
    written: list[Path] = []
    real_write = export_files.atomic_write

    def full_after_two(path: Path, data: bytes) -> None:
        if len(written) == 2:
            raise VaultError(ErrorKind.DISK_FULL, "no space")
        real_write(path, data)
        written.append(path)

    monkeypatch.setattr(export_files, "atomic_write", full_after_two)
    dialog = export_dialog(shell, qtbot)
    place = tmp_path / "usb" / "export"
    (tmp_path / "usb").mkdir()
    dialog.export_to(ExportKind.CSV, place)
    qtbot.waitUntil(lambda: not dialog.running, timeout=20_000)
    assert "not enough space" in dialog.message.text()
    assert "Your journal has not changed" in dialog.message.text()
    assert len(written) == 2
    assert list((tmp_path / "usb").iterdir()) == []


@pytest.mark.parametrize(
    ("kind", "words"),
    [
        (ErrorKind.PERMISSION, "that place cannot be written to"),
        (ErrorKind.IO, "could not be written there"),
        (ErrorKind.DAMAGED, "damaged"),  # reading the journal failed: say that, calmly
    ],
)
def test_export_failures_say_what_happened(
    qtbot, unlocked_shell, tmp_path, monkeypatch, kind, words
):
    def refuse(path: Path, data: bytes) -> None:
        raise VaultError(kind, "refused")

    monkeypatch.setattr(export_files, "atomic_write", refuse)
    dialog = export_dialog(unlocked_shell, qtbot)
    dialog.export_to(ExportKind.CSV, tmp_path / "out")
    qtbot.waitUntil(lambda: not dialog.running, timeout=20_000)
    assert words in dialog.message.text()
    assert "Your journal has not changed" in dialog.message.text()
    assert not (tmp_path / "out").exists()


def test_import_a_daylio_export_and_read_the_report(qtbot, unlocked_shell, monkeypatch):
    shell = unlocked_shell
    asked: list[object] = []

    def fake_open(parent, title, start, filters, options):  # type: ignore[no-untyped-def]
        asked.append(options)
        return str(DAYLIO / "daylio_export_current.csv"), filters

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(fake_open))
    shell.main_area.show_page("journal")
    journal_page = shell.main_area.page("journal")
    settings_page(shell)
    dialog = import_dialog(shell, qtbot)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)
    assert asked[0] & QFileDialog.Option.DontUseNativeDialog
    text = dialog.message.text()
    assert text.startswith("Done. Added: 6 journal entries, 4 check-ins.")
    assert "“sad” (1 entry, tag mood-sad)" in text
    assert shell.session.journal.find(EntryFilter(tag="mood-sad"))
    # The journal page shows the new entries when the user goes there.
    shell.main_area.show_page("journal")
    qtbot.waitUntil(lambda: journal_page.model.rowCount() == 6)

    dialog.import_from(DAYLIO / "daylio_export_current.csv")
    qtbot.waitUntil(lambda: not dialog.running, timeout=20_000)
    assert dialog.message.text().startswith("Done. Nothing new: everything in this file is")


def test_a_bad_file_is_named_and_nothing_is_imported(qtbot, unlocked_shell, tmp_path):
    shell = unlocked_shell
    before = exchange.export_document(shell.session.db)["sections"]
    bad = tmp_path / "journal.txt"
    bad.write_text(
        (JRNL / "journal.txt").read_text(encoding="utf-8") + "\n[2024-13-45 10:00] broken\n",
        encoding="utf-8",
    )
    dialog = import_dialog(shell, qtbot)
    dialog.import_from(bad)
    qtbot.waitUntil(lambda: not dialog.running, timeout=20_000)
    text = dialog.message.text()
    assert "cannot be imported" in text
    assert "line" in text
    assert "Nothing was imported" in text
    assert exchange.export_document(shell.session.db)["sections"] == before


@pytest.mark.parametrize("kind", [ExportKind.MARKDOWN_ENTRY, ExportKind.MARKDOWN_YEAR])
def test_markdown_export_of_an_imported_journal(qtbot, unlocked_shell, tmp_path, kind):
    shell = unlocked_shell
    dialog = import_dialog(shell, qtbot)
    dialog.import_from(JRNL / "export.json")
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)
    out = export_dialog(shell, qtbot)
    out.export_to(kind, tmp_path / "md")
    qtbot.waitUntil(lambda: out.written is not None, timeout=20_000)
    files = sorted(p.name for p in (tmp_path / "md").iterdir())
    assert len(files) == (5 if kind is ExportKind.MARKDOWN_ENTRY else 2)
    assert f"Done. {len(files)} Markdown files were written" in out.message.text()


def test_locking_while_an_import_runs_lets_it_finish_whole(qtbot, unlocked_shell, tmp_path, paths):
    shell = unlocked_shell
    rows = [
        f'2020-01-01,x,x,{h % 12 + 1}:{m:02d} {"am" if h < 12 else "pm"},good,"walk","",'
        f'"entry {h}-{m}"'
        for h in range(24)
        for m in range(0, 60, 2)
    ]
    big = tmp_path / "daylio.csv"
    big.write_text(
        "full_date,date,weekday,time,mood,activities,note_title,note\n" + "\n".join(rows) + "\n",
        encoding="utf-8",
    )
    settings_page(shell)
    dialog = ImportDialog(shell.ctx, settings_page(shell))
    dialog.show()
    dialog.import_from(big)
    assert shell.lock()  # while the import is still running on its own connection
    shell.runner.wait(60_000)
    QApplication.processEvents()  # the finished import reports to a dialog that is gone
    reopened = Vault.open_with_secret(paths, PASSPHRASE)
    try:
        assert reopened.verify() == []
        count = JournalService(reopened.db).count()
    finally:
        reopened.close()
    assert count == len(rows)  # it ran to the end on its own connection, in one transaction


def test_an_export_goes_on_whole_when_its_dialog_is_gone(
    qtbot, unlocked_shell, tmp_path, monkeypatch
):
    """Locking closes the dialog; the export still reports progress from the pool thread. That
    progress must not reach a deleted object (it aborted the export, or worse, touched freed
    memory): the files are written whole."""
    dialog_gone = threading.Event()
    real_export = export_files.export

    def after_the_dialog(*args, **kwargs):  # type: ignore[no-untyped-def]
        assert dialog_gone.wait(20)
        return real_export(*args, **kwargs)

    monkeypatch.setattr(export_files, "export", after_the_dialog)
    dialog = ExportDialog(unlocked_shell.ctx, unlocked_shell)
    dialog.show()
    place = tmp_path / "out"
    dialog.export_to(ExportKind.CSV, place)
    dialog.close()  # as lock does: not the user's click, so it closes
    assert not dialog.isVisible()
    dialog.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog))
    dialog_gone.set()
    qtbot.waitUntil(lambda: not unlocked_shell.ctx.runner.busy, timeout=20_000)
    assert sorted(p.name for p in place.iterdir()) == sorted(CSV_FILES)


def test_escape_waits_while_the_export_is_written(qtbot, unlocked_shell, tmp_path, monkeypatch):
    release = threading.Event()
    real_export = export_files.export

    def held(*args, **kwargs):  # type: ignore[no-untyped-def]
        assert release.wait(20)
        return real_export(*args, **kwargs)

    monkeypatch.setattr(export_files, "export", held)
    dialog = export_dialog(unlocked_shell, qtbot)
    dialog.export_to(ExportKind.CSV, tmp_path / "out")
    assert not dialog.close_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    release.set()
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=20_000)
    assert dialog.close_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
