"""The window as a user meets it: first run, unlock, lock, auto-lock."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QStyle

from tests.conftest import PASSPHRASE
from tests.fakes import FakeClock
from tests.ui.helpers import all_app_texts, on_screen_texts, taken_down, visible_texts, when_modal
from wellness_journal import APP_NAME
from wellness_journal.core import recovery
from wellness_journal.core.models import ContactKind, SupportContact
from wellness_journal.services.unlock import UnlockGate
from wellness_journal.storage.vault import Vault
from wellness_journal.ui.settings.security import ChangePassphraseDialog

MARKER = "Marker-Person-4471"


def unlock(qtbot, shell, secret: str = PASSPHRASE) -> None:
    screen = shell.unlock_screen
    assert shell.stack.currentWidget() is screen
    qtbot.keyClicks(screen.field, secret)
    qtbot.keyClick(screen.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shell.main_area is not None or not screen._busy, timeout=10_000)
    qtbot.waitUntil(lambda: not screen._busy, timeout=10_000)


def test_first_run_creates_vault_and_shows_recovery_key(qtbot, make_shell, paths):
    shell = make_shell()
    flow = shell.first_run
    assert flow is not None
    assert shell.stack.currentWidget() is flow
    texts = " ".join(visible_texts(flow.welcome))
    assert "never uses the internet" in texts
    assert str(paths.data_dir) in texts
    assert "It is not a diagnosis, therapy or an emergency service." in texts
    assert "If you are in danger, call 911, or call or text 988." in texts
    qtbot.mouseClick(flow.start_button, Qt.MouseButton.LeftButton)
    assert flow.currentWidget() is flow.choose
    # Nothing typed: the button says what is missing (it is not just greyed out).
    qtbot.mouseClick(flow.create_button, Qt.MouseButton.LeftButton)
    assert flow.fields.problem.isVisible()
    assert flow.fields.problem.text() == "Type a passphrase first."
    assert flow.key_step is None
    qtbot.keyClicks(flow.fields.first, "short")
    qtbot.keyClicks(flow.fields.second, "short")
    # Weak: a warning, and the user must say they understand before going on.
    assert flow.fields.accept_weak.isVisible()
    assert "shorter than 12" in flow.fields.hint.text()
    qtbot.mouseClick(flow.create_button, Qt.MouseButton.LeftButton)
    assert "I understand" in flow.fields.problem.text()
    assert flow.key_step is None
    flow.fields.accept_weak.setChecked(True)
    assert flow.fields.missing() == ""
    qtbot.mouseClick(flow.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: flow.key_step is not None, timeout=10_000)
    shown = flow.key_view.key_label.text()
    assert recovery.looks_like_recovery_key(shown.replace("\n", " "))
    assert not flow.open_button.isEnabled()
    flow.confirm_box.setChecked(True)
    qtbot.mouseClick(flow.open_button, Qt.MouseButton.LeftButton)
    assert shell.main_area is not None
    titles = [shell.main_area.nav.item(i).text() for i in range(shell.main_area.nav.count())]
    assert "Support" in titles
    assert "Settings" in titles
    assert shell.windowTitle() == APP_NAME
    assert paths.database.exists()
    # The recovery key really opens the vault.
    shell.lock()
    Vault.open_with_secret(paths, shown.replace("\n", " ")).close()


def test_unlock_wrong_then_right(qtbot, make_shell, created):
    created.vault.close()
    shell = make_shell()
    unlock(qtbot, shell, "not it")
    assert shell.main_area is None
    assert "did not open" in shell.unlock_screen.message.text()
    shell.unlock_screen.field.clear()
    unlock(qtbot, shell)
    assert shell.main_area is not None
    assert shell.session is not None


def test_waits_grow_after_three_wrong_tries_and_survive_restart(qtbot, make_shell, created, paths):
    created.vault.close()
    wall = FakeClock(start=1_700_000_000)
    shell = make_shell(start=False)
    shell.gate = UnlockGate(paths, clock=wall)
    shell.unlock_screen._gate = shell.gate
    shell.start()
    for _ in range(3):
        shell.unlock_screen.field.clear()
        unlock(qtbot, shell, "wrong")
    assert not shell.unlock_screen.unlock_button.isEnabled()
    assert "wait" in shell.unlock_screen.unlock_button.text().lower()
    # A restart keeps the count: a new gate reads it from the data folder.
    gate = UnlockGate(paths, clock=wall)
    first = gate.remaining_wait()
    assert first > 0
    wall.advance(first + 0.1)
    assert gate.remaining_wait() == 0
    import pytest

    from wellness_journal.core.errors import VaultError

    with pytest.raises(VaultError):
        gate.derive("wrong again")
    assert gate.remaining_wait() > first  # each wait is longer than the last
    wall.advance(3600)
    gate.derive(PASSPHRASE)
    assert gate.state().failures == 0


@pytest.mark.parametrize("between", [" ", "-"])  # as shown and printed, or with dashes
def test_recovery_key_unlock_then_choose_new_passphrase(qtbot, make_shell, created, paths, between):
    created.vault.close()
    shell = make_shell()
    screen = shell.unlock_screen
    qtbot.mouseClick(screen.mode_button, Qt.MouseButton.LeftButton)
    # The screen says what to type, and the empty field shows the key's shape, in full.
    assert "recovery key" in screen.prompt.text()
    assert "passphrase" not in screen.prompt.text()
    placeholder = screen.field.placeholderText()
    assert placeholder == " ".join(["XXXX"] * len(recovery.groups(created.recovery_key)))
    room = screen.field.width() - 2 * screen.field.style().pixelMetric(
        QStyle.PixelMetric.PM_DefaultFrameWidth
    )
    assert screen.field.fontMetrics().horizontalAdvance(placeholder) < room - 4

    confirmed = []

    def fill(dialog):
        dialog.fields.first.setText("my new passphrase words")
        dialog.fields.second.setText("my new passphrase words")
        dialog.ok_button.click()

    def confirm(box):
        confirmed.append(box.text())
        box.accept()

    when_modal(fill, of_type=ChangePassphraseDialog)
    when_modal(confirm, of_type=QMessageBox)  # the "changed" confirmation
    unlock(qtbot, shell, between.join(recovery.groups(created.recovery_key)))
    qtbot.waitUntil(lambda: shell.main_area is not None, timeout=10_000)
    # The dialog opens just after unlocking: wait for its confirmation, not only for no dialog.
    qtbot.waitUntil(
        lambda: bool(confirmed) and QApplication.activeModalWidget() is None, timeout=15_000
    )
    shell.lock()
    Vault.open_with_secret(paths, "my new passphrase words").close()


def test_lock_clears_every_view_and_returns_to_the_same_page(qtbot, unlocked_shell):
    shell = unlocked_shell
    session = shell.session
    _, changes = session.contacts.save(
        SupportContact(
            id=None, uid="", kind=ContactKind.PERSONAL, name=MARKER, note="note " + MARKER
        )
    )
    shell.ctx.announce(changes)
    shell.main_area.show_page("support")
    qtbot.waitUntil(lambda: any(MARKER in t for t in all_app_texts()))
    shell.main_area.show_page("settings")
    shell.main_area.show_page("support")
    assert shell.lock() is True
    # At once: the lock screen is up, the vault closed, nothing written left on screen.
    assert shell.session is None
    assert shell.main_area is None
    assert not session.is_open
    assert shell.stack.currentWidget() is shell.unlock_screen
    assert any(MARKER in t for t in all_app_texts())  # in the hidden pages, for a few passes
    assert not any(MARKER in t for t in on_screen_texts())
    taken_down(qtbot, shell)  # then the pages go, one per pass
    assert not any(MARKER in t for t in all_app_texts())
    assert shell.stack.currentWidget() is shell.unlock_screen
    unlock(qtbot, shell)
    assert shell.main_area.current_page_id() == "support"
    assert any(MARKER in t for t in all_app_texts())


def test_ctrl_l_locks(qtbot, unlocked_shell):
    shell = unlocked_shell
    shell.activateWindow()
    shell.lock_action.trigger()
    assert shell.session is None


def test_idle_lock_with_injected_clock(qtbot, unlocked_shell, clock):
    shell = unlocked_shell
    assert shell.session.settings.auto_lock_minutes() == 5
    clock.advance(4 * 60)
    shell.idle.check()
    assert shell.session is not None
    # Activity resets the idle time.
    qtbot.keyClick(shell.main_area.nav, Qt.Key.Key_Down)
    clock.advance(2 * 60)
    shell.idle.check()
    assert shell.session is not None
    clock.advance(3 * 60 + 1)
    shell.idle.check()
    assert shell.session is None
    assert shell.stack.currentWidget() is shell.unlock_screen


def test_auto_lock_minutes_setting_applies_at_once(qtbot, unlocked_shell, clock):
    shell = unlocked_shell
    shell.main_area.show_page("settings")
    page = shell.main_area.page("settings")
    page.auto_lock.setValue(1)
    assert shell.session.settings.auto_lock_minutes() == 1
    clock.advance(61)
    shell.idle.check()
    assert shell.session is None


def test_auto_lock_keeps_a_half_typed_contact_and_brings_it_back(
    qtbot, unlocked_shell, clock, paths
):
    from tests.ui.helpers import open_sheet_of
    from wellness_journal.ui.support.contact_dialog import ContactDialog

    shell = unlocked_shell
    shell.main_area.show_page("support")
    page = shell.main_area.page("support")
    page._on_add_person()
    open_sheet_of(ContactDialog).name.setText("half typed")
    clock.advance(6 * 60)
    shell.idle.check()
    taken_down(qtbot, shell)  # the old pages go
    assert shell.session is None
    assert QApplication.activeModalWidget() is None
    assert not any("half typed" in t for t in all_app_texts())
    shell.open_session(Vault.open_with_secret(paths, PASSPHRASE))
    qtbot.waitUntil(lambda: open_sheet_of(ContactDialog) is not None)
    dialog = open_sheet_of(ContactDialog)
    assert dialog.name.text() == "half typed"
    dialog.accept()
    assert [p.name for p in shell.session.contacts.personal()] == ["half typed"]
    assert shell.session.today.drafts.forms() == []


def test_about_box_says_what_the_app_is_and_is_not(qtbot, unlocked_shell):
    shell = unlocked_shell
    shell.main_area.show_page("settings")
    page = shell.main_area.page("settings")
    seen: list[str] = []

    def read(box: QMessageBox) -> None:
        seen.append(box.text() + "\n" + box.informativeText())
        box.close()

    when_modal(read, of_type=QMessageBox)
    page.about_button.click()
    (text,) = seen
    assert APP_NAME in text.splitlines()[0]
    assert "for self-care" in text
    assert "not a diagnosis, therapy or an emergency service" in text
    assert "call 911, or call or text 988" in text


def test_theme_choice_is_remembered(qtbot, unlocked_shell, paths):
    from wellness_journal.services.preferences import Preferences

    shell = unlocked_shell
    page = shell.main_area.page("settings")
    page.theme.setCurrentIndex(page.theme.findData("dark"))
    assert Preferences(paths).theme() == "dark"
    assert shell.main_area is not None


def test_second_app_on_the_same_vault_says_already_open(qtbot, paths, kdf, created):
    from wellness_journal import app as app_module
    from wellness_journal.storage.process_lock import ProcessLock

    created.vault.close()
    seen = []

    def read_and_close(box):
        seen.append(box.text())
        box.accept()

    with ProcessLock(paths.lockfile):
        when_modal(read_and_close, of_type=QMessageBox)
        code = app_module.run_gui(paths, kdf)
    assert code == 5
    assert "already open" in seen[0]


def test_window_title_never_changes(qtbot, unlocked_shell):
    shell = unlocked_shell
    for page in shell.main_area.pages:
        shell.main_area.show_page(page.page_id)
        assert shell.windowTitle() == APP_NAME


def test_copying_recovery_key_is_marked_secret_and_cleared(qtbot):
    from wellness_journal.ui.clipboard import SecretClipboard

    secrets = SecretClipboard(clear_after_ms=100)
    clipboard = QGuiApplication.clipboard()
    secrets.copy("AAAA-BBBB")
    assert clipboard.text() == "AAAA-BBBB"
    mime = clipboard.mimeData()
    assert bytes(mime.data("x-kde-passwordManagerHint")) == b"secret"
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=2000)
    # Something the user copied afterwards is never wiped.
    secrets.copy("CCCC")
    clipboard.setText("user's own text")
    secrets.clear()
    assert clipboard.text() == "user's own text"


def test_lock_screen_offers_crisis_lines(qtbot, make_shell, created):
    created.vault.close()
    shell = make_shell()
    seen = []

    def read(dialog):
        seen.extend(visible_texts(dialog))
        dialog.reject()

    when_modal(read)
    qtbot.mouseClick(shell.unlock_screen.support_button, Qt.MouseButton.LeftButton)
    joined = " ".join(seen)
    assert "988" in joined
    assert "1-800-267-5463" in joined
    assert "741741" in joined


def test_problem_screen_for_missing_database(qtbot, make_shell, created, paths):
    created.vault.close()
    for p in [paths.database, *paths.database_sidecars()]:
        p.unlink(missing_ok=True)
    shell = make_shell()
    assert shell.problem is not None
    assert "missing" in shell.problem.message.text()
    assert not paths.database.exists()


def test_quit_while_unlocked_closes_the_vault(qtbot, unlocked_shell):
    shell = unlocked_shell
    session = shell.session
    shell.close()
    assert not session.is_open


def test_pages_are_built_when_first_shown(qtbot, unlocked_shell):
    area = unlocked_shell.main_area
    assert [p.page_id for p in area._built.values()] == [area._classes[0].page_id]
    area.show_page("settings")
    assert area.current_page_id() == "settings"
    assert {p.page_id for p in area._built.values()} == {area._classes[0].page_id, "settings"}
    # Asking for every page builds the rest, in sidebar order.
    assert [p.page_id for p in area.pages] == [cls.page_id for cls in area._classes]
