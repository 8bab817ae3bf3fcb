"""The Support and Settings pages."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from tests.conftest import PASSPHRASE
from tests.ui.helpers import click, open_sheet_of, visible_texts, when_modal
from wellness_journal.core.models import ContactKind, SupportContact
from wellness_journal.storage.vault import Vault
from wellness_journal.ui.settings.security import ChangePassphraseDialog, NewRecoveryKeyDialog
from wellness_journal.ui.support.contact_dialog import ContactDialog


def support_page(shell):
    shell.main_area.show_page("support")
    return shell.main_area.page("support")


def test_support_page_shows_default_crisis_lines(qtbot, unlocked_shell):
    page = support_page(unlocked_shell)
    texts = " ".join(visible_texts(page))
    assert "988" in texts
    assert "Copline" in texts
    assert "741741" in texts
    assert "911" in texts
    assert "No one added yet" in texts


def test_add_edit_remove_a_person(qtbot, unlocked_shell):
    shell = unlocked_shell
    page = support_page(shell)

    page.add_person_button.click()  # the form opens over the page
    dialog = open_sheet_of(ContactDialog)
    dialog.name.setText("Sam R.")
    dialog.role.setCurrentText("peer supporter")
    dialog.phone.setText("555-0142")
    dialog.accept()
    people = shell.session.contacts.personal()
    assert [(p.name, p.phone) for p in people] == [("Sam R.", "555-0142")]
    assert "Sam R." in " ".join(visible_texts(page))

    page._on_edit(people[0])
    dialog = open_sheet_of(ContactDialog)
    assert dialog.name.text() == "Sam R."
    dialog.name.setText("Sam Rivera")
    dialog.accept()
    assert shell.session.contacts.personal()[0].name == "Sam Rivera"
    assert open_sheet_of(ContactDialog) is None

    when_modal(lambda box: click(box, "Keep it"), of_type=QMessageBox)
    page._on_delete(shell.session.contacts.personal()[0])
    assert len(shell.session.contacts.personal()) == 1  # asked first; said no

    when_modal(lambda box: click(box, "Remove contact"), of_type=QMessageBox)
    page._on_delete(shell.session.contacts.personal()[0])
    assert shell.session.contacts.personal() == []
    assert "Sam Rivera" not in " ".join(visible_texts(page))


def test_the_default_lines_are_called_free_and_open_day_and_night_and_no_other(
    qtbot, unlocked_shell
):
    shell = unlocked_shell
    page = support_page(shell)
    texts = " ".join(visible_texts(page))
    assert "The lines that come with the app are free, confidential" in texts
    assert "Independent: not connected to any agency." in texts  # Copline's note
    contacts = shell.session.contacts
    for line in contacts.crisis_lines():
        shell.ctx.perform(lambda line=line: contacts.delete(line.id), "x")
    shell.ctx.perform(
        lambda: contacts.save(SupportContact(None, "", ContactKind.CRISIS, "My EAP", "", "555")),
        "x",
    )
    assert page.lines_note.isHidden()  # said of the lines that came with the app only
    shell.ctx.perform(contacts.restore_default_lines, "x")
    assert not page.lines_note.isHidden()


def test_contact_needs_a_name(qtbot, unlocked_shell):
    from wellness_journal.core.models import ContactKind

    dialog = ContactDialog(None, ContactKind.PERSONAL)
    qtbot.addWidget(dialog)
    save = dialog.buttons.buttons()[0]
    assert not save.isEnabled()
    dialog.name.setText("  ")
    assert not save.isEnabled()
    dialog.name.setText("Jo")
    assert save.isEnabled()


def test_edit_and_restore_crisis_lines(qtbot, unlocked_shell):
    shell = unlocked_shell
    page = support_page(shell)
    lines = shell.session.contacts.crisis_lines()
    when_modal(lambda box: click(box, "Remove contact"), of_type=QMessageBox)
    page._on_delete(lines[1])
    assert len(shell.session.contacts.crisis_lines()) == 2
    page.restore_button.click()
    assert [c.name for c in shell.session.contacts.crisis_lines()] == [c.name for c in lines]


def test_get_support_button_on_every_page(qtbot, unlocked_shell):
    area = unlocked_shell.main_area
    area.show_page("settings")
    assert area.support_button.isVisible()
    area.support_button.click()
    assert area.current_page_id() == "support"


def test_change_passphrase_from_settings(qtbot, unlocked_shell, paths):
    shell = unlocked_shell
    shell.main_area.show_page("settings")
    page = shell.main_area.page("settings")

    def fill(dialog):
        dialog.current.setText("wrong current")
        dialog.fields.first.setText("a fresh passphrase here")
        dialog.fields.second.setText("a fresh passphrase here")
        dialog.ok_button.click()
        qtbot.waitUntil(lambda: "did not open" in dialog.message.text(), timeout=10_000)
        dialog.current.setText(PASSPHRASE)
        dialog.ok_button.click()

    when_modal(fill, of_type=ChangePassphraseDialog)
    when_modal(lambda box: box.accept(), of_type=QMessageBox)
    page.change_pass_button.click()
    shell.lock()
    Vault.open_with_secret(paths, "a fresh passphrase here").close()


def test_new_recovery_key_from_settings(qtbot, unlocked_shell, paths, created):
    shell = unlocked_shell
    shell.main_area.show_page("settings")
    page = shell.main_area.page("settings")
    seen = []

    def fill(dialog):
        dialog.current.setText(PASSPHRASE)
        dialog.ok_button.click()
        qtbot.waitUntil(lambda: dialog.key_view is not None, timeout=10_000)
        seen.append(dialog.key_view._key)
        dialog.ok_button.click()

    when_modal(fill, of_type=NewRecoveryKeyDialog)
    page.recovery_button.click()
    assert seen
    assert seen[0] != created.recovery_key
    shell.lock()
    Vault.open_with_secret(paths, seen[0]).close()


def test_data_folder_is_shown(qtbot, unlocked_shell, paths):
    page = unlocked_shell.main_area.page("settings")
    assert page.folder_label.text() == str(paths.data_dir)
