"""No window title carries what the user wrote: titles reach the task bar, the window switcher,
screen readers' window lists and screenshots of the desktop. Every window shown while records
full of the user's words are opened for editing is checked (tests/e2e/test_no_leaks.py checks
every window of a whole session the same way)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from tests.ui.helpers import when_modal
from wellness_journal.core.models import ContactKind, SupportContact

MARK = "titlemark-3318"


class TitleWatch(QObject):
    """Records the title of every window when it shows and whenever its title changes."""

    def __init__(self) -> None:
        super().__init__()
        self.titles: list[tuple[str, str]] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kinds = (QEvent.Type.Show, QEvent.Type.WindowTitleChange)
        if isinstance(watched, QWidget) and watched.isWindow() and event.type() in kinds:
            self.titles.append((type(watched).__name__, watched.windowTitle()))
        return False


@pytest.fixture
def titles(qapp) -> Iterator[TitleWatch]:  # type: ignore[no-untyped-def]
    watch = TitleWatch()
    qapp.installEventFilter(watch)
    yield watch
    qapp.removeEventFilter(watch)


def close_it(dialog: QWidget) -> None:
    if isinstance(dialog, QDialog):
        dialog.reject()
    else:
        dialog.close()


def test_editing_and_removing_a_contact_shows_no_name_in_a_title(qtbot, unlocked_shell, titles):
    session = unlocked_shell.session
    for kind in (ContactKind.PERSONAL, ContactKind.CRISIS):
        session.contacts.save(
            SupportContact(id=None, uid="", kind=kind, name=f"{MARK} {kind.value}", note=MARK)
        )
    unlocked_shell.main_area.show_page("support")
    page = unlocked_shell.main_area.page("support")
    page.refresh()
    contacts = [*session.contacts.personal(), *session.contacts.crisis_lines()]
    assert len([c for c in contacts if MARK in c.name]) == 2
    for contact in (c for c in contacts if MARK in c.name):
        when_modal(close_it, of_type=QDialog)
        page._on_edit(contact)
        when_modal(lambda box: box.reject(), of_type=QMessageBox)
        page._on_delete(contact)
    shown = [title for kind, title in titles.titles if kind in ("ContactDialog", "QMessageBox")]
    assert len(shown) >= 4  # the walk saw the dialogs
    assert [t for _kind, t in titles.titles if MARK in t] == []
