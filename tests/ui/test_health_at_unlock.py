"""Damage is said at unlock, not only at the next backup: after the journal opens, both integrity
checks run on a connection of their own in the background; if they find damage (or the
write-ahead log was found damaged while opening), the window says so calmly and offers the
newest good automatic backup."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialog

from tests.conftest import PASSPHRASE
from tests.ui.helpers import visible_texts, when_modal
from tests.ui.test_shell import unlock
from wellness_journal.core.models import ContactKind, SupportContact
from wellness_journal.services import backup
from wellness_journal.services.contacts import ContactsService
from wellness_journal.services.session import Session
from wellness_journal.ui.settings.restore_dialog import RestoreDialog


def health_dialog():  # type: ignore[no-untyped-def]
    """A window that speaks of damage, if one is showing."""
    return next(
        (
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QDialog)
            and w.isVisible()
            and any("damage" in t.lower() for t in visible_texts(w))
        ),
        None,
    )


def fill(created, kdf, paths) -> None:  # type: ignore[no-untyped-def]
    contacts = ContactsService(created.vault.db)
    for n in range(400):
        contacts.save(
            SupportContact(
                id=None, uid="", kind=ContactKind.PERSONAL, name=f"person {n}", note="x" * 300
            )
        )
    backup.run_automatic(paths, Session(created.vault, kdf).backups.source(), force=True)
    created.vault.close()


def damage_a_page_deep_in_the_file(paths) -> None:  # type: ignore[no-untyped-def]
    raw = bytearray(paths.database.read_bytes())
    at = len(raw) - 4096 * 3 + 1500  # a data page the open does not read
    raw[at : at + 16] = bytes(16)
    paths.database.write_bytes(bytes(raw))


def test_damage_found_after_unlock_is_said_and_a_backup_offered(
    qtbot, make_shell, created, kdf, paths
):
    fill(created, kdf, paths)
    damage_a_page_deep_in_the_file(paths)
    shell = make_shell()
    unlock(qtbot, shell, PASSPHRASE)
    assert shell.session is not None  # it opens: the damage is not where opening looks
    qtbot.waitUntil(lambda: health_dialog() is not None, timeout=20_000)
    dialog = health_dialog()
    assert "damage" in dialog.message.text().lower()
    assert "Nothing has been changed" in dialog.message.text()
    qtbot.waitUntil(lambda: dialog.offer.isVisible(), timeout=10_000)
    assert dialog.offer.found is not None
    assert dialog.offer.restore_button.isVisible()
    asked = []

    def answer(restore: RestoreDialog) -> None:
        asked.append(restore._backup)
        restore.reject()

    when_modal(answer, of_type=RestoreDialog)
    dialog.offer.restore_button.click()  # locks first, then asks the backup's passphrase
    qtbot.waitUntil(lambda: asked != [], timeout=10_000)
    assert asked == [dialog.offer.found.path]


def test_a_healthy_journal_says_nothing(qtbot, make_shell, created, paths):
    created.vault.close()
    shell = make_shell()
    unlock(qtbot, shell, PASSPHRASE)
    qtbot.waitUntil(lambda: shell.health_checked, timeout=20_000)
    assert health_dialog() is None
