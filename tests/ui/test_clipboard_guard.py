"""Text copied from the journal does not outlive the unlocked journal: the copy is marked
sensitive (clipboard managers and Windows' clipboard history skip it), and locking or quitting
takes it off the clipboard, unless something else was copied since."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtGui import QGuiApplication

from wellness_journal.core.journal import Entry

SECRET = "what I could not tell anyone tonight"


def copy_from_the_journal(qtbot, shell) -> None:  # type: ignore[no-untyped-def]
    _entry, changes = shell.session.journal.save(
        Entry(id=None, uid="", written_at=datetime.now(timezone.utc), title="Night", body=SECRET)
    )
    shell.ctx.announce(changes)
    shell.main_area.show_page("journal")
    page = shell.main_area.page("journal")
    page.refresh()
    qtbot.waitUntil(lambda: page.list.model().rowCount() == 1)
    page.list.setCurrentIndex(page.list.model().index(0, 0))
    qtbot.waitUntil(lambda: SECRET in page.viewer.body.toPlainText())
    page.viewer.body.selectAll()
    page.viewer.body.copy()


def clipboard_text() -> str:
    return QGuiApplication.clipboard().text()


def test_a_copy_from_an_entry_is_marked_sensitive(qtbot, unlocked_shell):
    copy_from_the_journal(qtbot, unlocked_shell)
    mime = QGuiApplication.clipboard().mimeData()
    assert SECRET in mime.text()
    assert bytes(mime.data("x-kde-passwordManagerHint")) == b"secret"
    assert mime.hasFormat("CanIncludeInClipboardHistory")


def test_locking_takes_journal_text_off_the_clipboard(qtbot, unlocked_shell):
    copy_from_the_journal(qtbot, unlocked_shell)
    assert SECRET in clipboard_text()
    assert unlocked_shell.lock()
    assert clipboard_text() == ""


def test_quitting_takes_journal_text_off_the_clipboard(qtbot, unlocked_shell):
    copy_from_the_journal(qtbot, unlocked_shell)
    unlocked_shell.close()
    assert clipboard_text() == ""


def test_what_was_copied_elsewhere_since_is_left_alone(qtbot, unlocked_shell):
    copy_from_the_journal(qtbot, unlocked_shell)
    guard = unlocked_shell.clipboard_guard
    guard.set_owner_check(lambda: False)  # as when another program owns the clipboard
    QGuiApplication.clipboard().setText("a phone number from the browser")
    assert unlocked_shell.lock()
    assert clipboard_text() == "a phone number from the browser"


def test_a_guard_marks_only_what_the_app_copied(qtbot):
    from wellness_journal.ui.clipboard import ClipboardGuard

    theirs = ClipboardGuard(owner_check=lambda: False)
    QGuiApplication.clipboard().setText("copied in another program")
    mime = QGuiApplication.clipboard().mimeData()
    assert not mime.hasFormat("x-kde-passwordManagerHint")
    theirs.clear()
    assert clipboard_text() == "copied in another program"
    theirs.deleteLater()
