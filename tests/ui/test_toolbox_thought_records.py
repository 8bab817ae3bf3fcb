"""Writing thought records on the Toolbox page; nothing typed is lost on lock or leaving."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel

from tests.conftest import PASSPHRASE
from tests.ui.helpers import answer_questions
from wellness_journal.services.coping import CopingService
from wellness_journal.storage.vault import Vault
from wellness_journal.ui.toolbox.page import EXERCISES_TAB, RECORDS_TAB, ToolboxPage


def records_page(shell) -> ToolboxPage:  # type: ignore[no-untyped-def]
    shell.main_area.show_page("toolbox")
    page = shell.main_area.page("toolbox")
    page.show_tab(RECORDS_TAB)
    return page


def fill(qtbot, editor) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(editor.situation, "Sergeant called me in")
    qtbot.keyClicks(editor.mood_rows[0].name, "Anxious")
    editor.mood_rows[0].before.setValue(70)
    qtbot.keyClicks(editor.thought_rows[0].text, "I messed up")
    qtbot.keyClicks(editor.thought_rows[1].text, "Everyone knows")
    editor.thought_rows[0].hot.setChecked(True)
    qtbot.keyClicks(editor.evidence_for, "Report was late")
    qtbot.keyClicks(editor.evidence_against, "Record is good")
    qtbot.keyClicks(editor.balanced, "Fixable")
    editor.mood_rows[0].after.setValue(30)


def test_write_save_and_reopen_a_thought_record(unlocked_shell, qtbot):
    page = records_page(unlocked_shell)
    view = page.records
    view.new_button.click()
    assert view.editing
    fill(qtbot, view.editor)
    assert view.editor.mood_rows[0].after_label.text() == "Anxious"
    qtbot.keyClick(view.editor.balanced, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    (stored,) = page.ctx.session.coping.thought_records()
    assert stored.situation == "Sergeant called me in"
    assert [(m.name, m.before, m.after) for m in stored.moods] == [("Anxious", 70, 30)]
    assert stored.hot_thought == "I messed up"
    assert [t.text for t in stored.thoughts] == ["I messed up", "Everyone knows"]
    assert (stored.evidence_for, stored.evidence_against, stored.balanced_thought) == (
        "Report was late",
        "Record is good",
        "Fixable",
    )
    view.editor.back_button.click()
    assert not view.editing
    view.open_record(stored)
    assert view.editor.situation.toPlainText() == "Sergeant called me in"
    assert view.editor.thought_rows[0].hot.isChecked()
    view.editor.balanced.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(view.editor.balanced, ", and I know how")
    view.editor.back_button.click()  # leaving saves
    (stored,) = page.ctx.session.coping.thought_records()
    assert stored.balanced_thought == "Fixable, and I know how"


def test_locking_while_writing_keeps_every_word(unlocked_shell, qtbot, paths):
    page = records_page(unlocked_shell)
    page.records.new_button.click()
    qtbot.keyClicks(page.records.editor.situation, "Half-written after a bad call")
    assert unlocked_shell.lock()
    reopened = Vault.open_with_secret(paths, PASSPHRASE)
    try:
        (stored,) = CopingService(reopened.db).thought_records()
    finally:
        reopened.close()
    assert stored.situation == "Half-written after a bad call"


def test_switching_tab_or_page_saves_the_draft(unlocked_shell, qtbot):
    page = records_page(unlocked_shell)
    page.records.new_button.click()
    qtbot.keyClicks(page.records.editor.situation, "Draft one")
    page.show_tab(EXERCISES_TAB)
    assert [r.situation for r in page.ctx.session.coping.thought_records()] == ["Draft one"]
    page.show_tab(RECORDS_TAB)
    qtbot.keyClicks(page.records.editor.evidence_for, "more")
    unlocked_shell.main_area.show_page("support")
    (stored,) = page.ctx.session.coping.thought_records()
    assert stored.evidence_for == "more"


def test_an_untouched_new_record_is_not_saved(unlocked_shell):
    page = records_page(unlocked_shell)
    page.records.new_button.click()
    page.records.editor.back_button.click()
    assert page.ctx.session.coping.thought_records() == []


def test_delete_asks_first(unlocked_shell, qtbot, monkeypatch):
    page = records_page(unlocked_shell)
    view = page.records
    view.new_button.click()
    qtbot.keyClicks(view.editor.situation, "To delete")
    view.save()
    asked = answer_questions(monkeypatch, False, True)
    view.editor.delete_button.click()
    assert len(page.ctx.session.coping.thought_records()) == 1
    view.editor.delete_button.click()
    assert page.ctx.session.coping.thought_records() == []
    assert not view.editing
    assert [(do, keep) for _q, do, keep in asked] == [("Delete record", "Keep it")] * 2


def test_the_situation_asks_for_where_and_when_without_names_or_case_details(unlocked_shell):
    page = records_page(unlocked_shell)
    page.records.new_button.click()
    shown = [label.text() for label in page.records.editor.findChildren(QLabel)]
    assert "Where and when, in a few words. Leave out names and case details." in shown
