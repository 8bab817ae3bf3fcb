"""Backups as a user meets them: Settings, the reminder, Back up to…, automatic backups on lock,
restoring from Settings, the first run, the problem screen and the unlock screen."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.conftest import PASSPHRASE
from tests.ui.helpers import scrolled_into_view, visible_texts, when_modal
from tests.ui.test_shell import unlock
from wellness_journal.core.models import Changes, ContactKind, SupportContact
from wellness_journal.services import backup
from wellness_journal.services.session import Session
from wellness_journal.storage import backup as files
from wellness_journal.storage.paths import AppPaths
from wellness_journal.storage.vault import Vault
from wellness_journal.ui.settings.restore_dialog import RestoreDialog


def add_person(session: Session, name: str) -> None:
    session.contacts.save(SupportContact(id=None, uid="", kind=ContactKind.PERSONAL, name=name))


def people(shell) -> list[str]:  # type: ignore[no-untyped-def]
    return [c.name for c in shell.session.contacts.personal()]


def settings_card(shell):  # type: ignore[no-untyped-def]
    shell.main_area.show_page("settings")
    return shell.main_area.page("settings").backups


def age_the_journal(session: Session, days: int) -> None:
    old = (datetime.now(timezone.utc) - timedelta(days=days)).isoformat(timespec="seconds")
    with session.db.transaction():
        session.db.execute("UPDATE schema_migrations SET applied_at = ?", (old,))


def _topic() -> Changes:
    return Changes.of(backup.TOPIC)


def fill_restore(secret: str):  # type: ignore[no-untyped-def]
    def fill(dialog: RestoreDialog) -> None:
        dialog.secret.setText(secret)
        dialog.restore_button.click()

    return fill


def test_settings_show_backups_and_a_calm_reminder_after_30_days(qtbot, unlocked_shell):
    shell = unlocked_shell
    card = settings_card(shell)
    assert "Automatic: none yet" in card.automatic.text()
    assert "none yet" in card.manual.text()
    assert not card.reminder.isVisible()
    assert not shell.main_area.backup_note.isVisible()
    age_the_journal(shell.session, 40)
    shell.ctx.announce(_topic())
    qtbot.waitUntil(lambda: card.reminder.isVisible())
    assert "When you have a moment" in card.reminder_text.text()
    note = shell.main_area.backup_note
    assert note.isVisible()
    assert note.accessibleName() == "Backup reminder"
    shell.main_area.show_page("support")
    qtbot.mouseClick(note, Qt.MouseButton.LeftButton)
    assert shell.main_area.current_page_id() == "settings"


def test_back_up_to_writes_a_checked_file_and_settings_say_where(
    qtbot, unlocked_shell, tmp_path, monkeypatch
):
    shell = unlocked_shell
    age_the_journal(shell.session, 40)
    card = settings_card(shell)
    shell.ctx.announce(_topic())
    assert card.reminder.isVisible()
    usb = tmp_path / "usb"
    usb.mkdir()
    asked = {}

    def fake_dialog(parent, caption, directory, filter_, options=None):  # type: ignore[no-untyped-def]
        asked["options"] = options
        asked["suggested"] = directory
        return str(usb / "my journal"), filter_

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_dialog)
    scrolled_into_view(card.backup_button)
    qtbot.mouseClick(card.backup_button, Qt.MouseButton.LeftButton)
    assert asked["options"] & QFileDialog.Option.DontUseNativeDialog
    assert asked["suggested"].endswith(".wjbackup")
    qtbot.waitUntil(lambda: card.message.text().startswith("Done"), timeout=20_000)
    made = usb / "my journal.wjbackup"
    assert made.exists()
    qtbot.waitUntil(lambda: str(made) in card.manual.text(), timeout=5_000)
    assert not card.reminder.isVisible()
    assert not shell.main_area.backup_note.isVisible()


def test_locking_makes_the_days_automatic_backup_in_the_background(qtbot, unlocked_shell, paths):
    shell = unlocked_shell
    add_person(shell.session, "Sam")
    assert files.automatic_backups(paths.backups_dir) == []
    shell.lock()
    assert shell.session is None  # locked at once; the backup runs on after
    qtbot.waitUntil(lambda: len(files.automatic_backups(paths.backups_dir)) == 1, timeout=20_000)
    shell.runner.wait(20_000)
    unlock(qtbot, shell)
    card = settings_card(shell)
    assert "Automatic: last one" in card.automatic.text()
    # Locking again the same day makes no second one.
    shell.lock()
    shell.runner.wait(20_000)
    assert len(files.automatic_backups(paths.backups_dir)) == 1


def test_restore_from_settings_keeps_the_current_journal_aside(
    qtbot, unlocked_shell, paths, tmp_path
):
    shell = unlocked_shell
    add_person(shell.session, "In the backup")
    out = tmp_path / "b.wjbackup"
    backup.make_manual(paths, shell.session.backups.source(), out)
    add_person(shell.session, "Written later")
    seen = []
    when_modal(fill_restore(PASSPHRASE), of_type=RestoreDialog)
    when_modal(lambda box: (seen.append(box.text()), box.accept()), of_type=QMessageBox)
    shell.backups.restore_requested.emit(str(out))
    qtbot.waitUntil(lambda: shell.session is not None, timeout=20_000)
    assert people(shell) == ["In the backup"]
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert "kept, as it was" in seen[0]
    aside = next(paths.backups_dir.glob("before-restore-*"))
    old = Vault.open_with_secret(AppPaths.for_dir(aside), PASSPHRASE)
    try:
        assert [c.name for c in Session(old, shell.kdf).contacts.personal()] == [
            "In the backup",
            "Written later",
        ]
    finally:
        old.close()


def test_restore_with_a_wrong_passphrase_says_so_and_changes_nothing(
    qtbot, unlocked_shell, paths, tmp_path
):
    shell = unlocked_shell
    out = tmp_path / "b.wjbackup"
    backup.make_manual(paths, shell.session.backups.source(), out)
    texts = []

    def wrong_then_cancel(dialog: RestoreDialog) -> None:
        dialog.secret.setText("not the passphrase")
        dialog.restore_button.click()
        qtbot.waitUntil(lambda: "did not open this backup" in dialog.message.text(), timeout=10_000)
        texts.append(dialog.message.text())
        dialog.reject()

    when_modal(wrong_then_cancel, of_type=RestoreDialog)
    shell.restore_from(str(out))
    assert texts
    assert list(paths.backups_dir.glob("before-restore-*")) == []
    unlock(qtbot, shell)  # the journal was only locked
    assert shell.session is not None


def make_backed_up_vault(paths: AppPaths, created) -> None:  # type: ignore[no-untyped-def]
    session = Session(created.vault, None)  # type: ignore[arg-type]
    add_person(session, "Backed up")
    yesterday = datetime.now().astimezone() - timedelta(days=1)
    backup.run_automatic(paths, session.backups.source(), yesterday)
    created.vault.close()


def test_problem_screen_offers_the_newest_good_backup(qtbot, make_shell, created, paths):
    make_backed_up_vault(paths, created)
    paths.keyfile.unlink()
    paths.keyfile_copy.unlink()
    shell = make_shell()
    assert shell.problem is not None
    offer = shell.problem.backup_offer
    assert offer is not None
    qtbot.waitUntil(lambda: offer.isVisible() and offer.found is not None, timeout=10_000)
    assert "automatic backup from" in offer.text.text()
    when_modal(fill_restore(PASSPHRASE), of_type=RestoreDialog)
    when_modal(lambda box: box.accept(), of_type=QMessageBox)
    qtbot.mouseClick(offer.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shell.session is not None, timeout=20_000)
    assert people(shell) == ["Backed up"]
    assert shell.problem is None
    aside = next(paths.backups_dir.glob("before-restore-*"))
    assert (aside / "vault.db").exists()  # the keyless database is kept, not deleted


def test_unlock_screen_offers_a_backup_when_the_database_is_damaged(
    qtbot, make_shell, created, paths
):
    make_backed_up_vault(paths, created)
    raw = bytearray(paths.database.read_bytes())
    raw[0:4096] = bytes(4096)
    paths.database.write_bytes(bytes(raw))
    shell = make_shell()
    unlock(qtbot, shell)
    screen = shell.unlock_screen
    assert shell.session is None
    assert "damaged" in screen.message.text()
    offer = screen.backup_offer
    qtbot.waitUntil(lambda: offer.isVisible() and offer.found is not None, timeout=10_000)
    assert "Restore this backup" in " ".join(visible_texts(offer))
    when_modal(fill_restore(PASSPHRASE), of_type=RestoreDialog)
    when_modal(lambda box: box.accept(), of_type=QMessageBox)
    qtbot.mouseClick(offer.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shell.session is not None, timeout=20_000)
    assert people(shell) == ["Backed up"]
    assert shell.session.vault.verify() == []


def test_first_run_can_restore_a_backup_from_another_computer(
    qtbot, make_shell, paths, tmp_path, kdf, monkeypatch
):
    other = AppPaths.for_dir(tmp_path / "old-laptop")
    created = Vault.create(other, "old laptop passphrase", kdf=kdf)
    add_person(Session(created.vault, kdf), "From the old laptop")
    out = tmp_path / "usb.wjbackup"
    backup.make_manual(other, Session(created.vault, kdf).backups.source(), out)
    created.vault.close()
    shell = make_shell()
    assert shell.first_run is not None
    asked = {}

    def fake_open(parent, caption, directory, filter_, options=None):  # type: ignore[no-untyped-def]
        asked["options"] = options
        return str(out), filter_

    monkeypatch.setattr(QFileDialog, "getOpenFileName", fake_open)
    when_modal(fill_restore("old laptop passphrase"), of_type=RestoreDialog)
    when_modal(lambda box: box.accept(), of_type=QMessageBox)
    qtbot.mouseClick(shell.first_run.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shell.session is not None, timeout=20_000)
    assert asked["options"] & QFileDialog.Option.DontUseNativeDialog
    assert people(shell) == ["From the old laptop"]
    assert shell.first_run is None


def test_the_timer_backs_up_while_unlocked_off_the_gui_thread(
    qtbot, unlocked_shell, paths, monkeypatch
):
    import threading

    shell = unlocked_shell
    add_person(shell.session, "Sam")
    threads = []
    real = backup.run_automatic

    def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(backup, "run_automatic", spy)
    assert shell.backups._timer.isActive()  # the slow timer runs while the journal is open
    shell.backups._timer.timeout.emit()
    qtbot.waitUntil(lambda: len(files.automatic_backups(paths.backups_dir)) == 1, timeout=20_000)
    assert threads == [False]  # the work ran on the background runner, never the GUI thread
    assert shell.session is not None  # and the journal stayed open
    card = settings_card(shell)
    qtbot.waitUntil(lambda: "today at" in card.automatic.text(), timeout=5_000)
