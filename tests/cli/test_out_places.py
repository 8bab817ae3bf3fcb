"""Where exports and backups may be written: never inside the journal's own data folder (a JSON
export could replace the encrypted database), never over an existing file unless asked (--force on
the command line; the file dialog's own question in the window)."""

from __future__ import annotations

import hashlib
import json

import pytest

from tests.cli.test_cli_files import run
from tests.conftest import PASSPHRASE
from tests.ui.helpers import visible_texts
from wellness_journal import cli
from wellness_journal.services.export_files import ExportKind
from wellness_journal.storage.vault import Vault


@pytest.fixture
def journal(paths, kdf):  # type: ignore[no-untyped-def]
    Vault.create(paths, PASSPHRASE, kdf=kdf).vault.close()
    return paths


def digest(folder) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Every file of the data folder and its SHA-256 (the lock file aside)."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != "app.lock"
    }


@pytest.mark.parametrize(
    "argv",
    [
        ["export", "--out", "{data}/vault.db"],
        ["export", "--out", "{data}/vault.keys", "--force"],
        ["export", "--out", "{data}/backups/../vault.keys.copy", "--force"],
        ["export", "--out", "{data}/new-export.json"],
        ["export", "--csv", "{data}/csv"],
        ["export", "--markdown", "entry", "--out", "{data}/markdown"],
        ["backup", "--out", "{data}/vault.db", "--force"],
        ["backup", "--out", "{data}"],
        ["backup", "--out", "{data}/backups/mine.wjbackup"],
    ],
)
def test_nothing_is_written_inside_the_data_folder(journal, kdf, argv):
    before = digest(journal.data_dir)
    code, out, err = run(journal, kdf, *[a.format(data=journal.data_dir) for a in argv])
    assert code == cli.EXIT_FAILED, err
    assert "data folder" in err
    assert out == ""
    assert digest(journal.data_dir) == before


def test_the_data_folder_reached_through_a_link_is_refused_too(journal, kdf, tmp_path):
    link = tmp_path / "innocent-looking"
    link.symlink_to(journal.data_dir, target_is_directory=True)
    before = digest(journal.data_dir)
    code, _out, err = run(journal, kdf, "export", "--out", str(link / "vault.db"), "--force")
    assert code == cli.EXIT_FAILED, err
    assert digest(journal.data_dir) == before


@pytest.mark.parametrize("command", ["export", "backup"])
def test_an_existing_file_is_replaced_only_with_force(journal, kdf, tmp_path, command):
    target = tmp_path / ("old.json" if command == "export" else "old.wjbackup")
    target.write_text("keep me", encoding="utf-8")
    code, _out, err = run(journal, kdf, command, "--out", str(target))
    assert code == cli.EXIT_FAILED
    assert "--force" in err
    assert target.read_text(encoding="utf-8") == "keep me"
    code, _out, err = run(journal, kdf, command, "--out", str(target), "--force")
    assert code == cli.EXIT_OK, err
    assert target.read_bytes() != b"keep me"
    if command == "export":
        assert json.loads(target.read_text(encoding="utf-8"))["format"]


def test_the_window_refuses_the_data_folder_for_an_export(qtbot, unlocked_shell, paths):
    from wellness_journal.ui.settings.export_dialog import ExportDialog

    before = digest(paths.data_dir)
    dialog = ExportDialog(unlocked_shell.ctx, unlocked_shell)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.export_to(ExportKind.JSON, paths.database, replace=True)  # "replace?" answered yes
    qtbot.waitUntil(lambda: not dialog.running)
    assert dialog.written is None
    assert any("data folder" in t for t in visible_texts(dialog))
    assert digest(paths.data_dir) == before


def test_the_window_refuses_the_data_folder_and_unasked_replacing_for_a_backup(
    qtbot, unlocked_shell, paths, tmp_path
):
    unlocked_shell.main_area.show_page("settings")
    card = unlocked_shell.main_area.page("settings").backups
    before = digest(paths.data_dir)
    card.back_up_to(paths.database)
    qtbot.waitUntil(lambda: card.backup_button.isEnabled())
    assert "data folder" in card.message.text()
    assert digest(paths.data_dir) == before
    # The file dialog asked about "usb", but the app adds .wjbackup: that file was never asked
    # about, so it is not replaced.
    taken = tmp_path / "usb.wjbackup"
    taken.write_text("someone else's file", encoding="utf-8")
    card.back_up_to(tmp_path / "usb")
    qtbot.waitUntil(lambda: card.backup_button.isEnabled())
    assert taken.read_text(encoding="utf-8") == "someone else's file"
    assert "already" in card.message.text()
