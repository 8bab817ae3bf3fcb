"""The journal page as a user meets it: write, autosave, lock, find, delete and undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from tests.conftest import PASSPHRASE
from tests.ui.helpers import answer_questions
from wellness_journal.core.journal import EntryFilter
from wellness_journal.storage.vault import Vault
from wellness_journal.ui.journal.entry_list import EntryRole


def journal_page(shell):
    shell.main_area.show_page("journal")
    page = shell.main_area.page("journal")
    assert page is not None
    assert page.isVisible()
    return page


def test_typing_is_saved_about_a_second_later(qtbot, unlocked_shell):
    page = journal_page(unlocked_shell)
    qtbot.mouseClick(page.side.new_button, Qt.MouseButton.LeftButton)
    assert page.editor.body.hasFocus()
    qtbot.keyClicks(page.editor.body, "After the shift, tired but ok.")
    journal = unlocked_shell.session.journal
    assert journal.count() == 0  # not on every keystroke
    qtbot.waitUntil(lambda: journal.count() == 1, timeout=3000)
    entry = journal.get(journal.find(EntryFilter())[0])
    assert entry.body == "After the shift, tired but ok."
    assert page.status.text() == "Saved"
    assert page.model.rowCount() == 1


def test_lock_saves_what_was_just_typed(qtbot, unlocked_shell, paths):
    page = journal_page(unlocked_shell)
    page.new_entry()
    page.editor.title.setText("Night")
    qtbot.keyClicks(page.editor.title, " notes")
    qtbot.keyClicks(page.editor.body, "typed just before locking")
    assert unlocked_shell.lock()
    vault = Vault.open_with_secret(paths, PASSPHRASE)
    try:
        from wellness_journal.services.journal import JournalService

        entries = list(JournalService(vault.db).all_entries())
        assert [(e.title, e.body) for e in entries] == [
            ("Night notes", "typed just before locking")
        ]
    finally:
        vault.close()


def test_page_change_saves_and_editing_an_entry_updates_it(qtbot, unlocked_shell):
    page = journal_page(unlocked_shell)
    page.new_entry()
    qtbot.keyClicks(page.editor.body, "first")
    unlocked_shell.main_area.show_page("support")
    journal = unlocked_shell.session.journal
    assert journal.count() == 1
    unlocked_shell.main_area.show_page("journal")
    assert (
        page.panels.currentWidget() is page.panels.writing
    )  # still writing where the user left off
    page.finish_editing()
    page.list.setCurrentIndex(page.model.index(0, 0))
    assert page.panels.currentWidget() is page.panels.reading
    assert "first" in page.viewer.body.toPlainText()
    page.edit_current()
    page.editor.body.moveCursor(page.editor.body.textCursor().MoveOperation.End)
    qtbot.keyClicks(page.editor.body, " and second")
    page.editor.mood.buttons[4].click()
    page.finish_editing()
    entry = journal.get(journal.find(EntryFilter())[0])
    assert entry.body == "first and second"
    assert entry.mood == 4
    assert journal.count() == 1
    assert page.panels.currentWidget() is page.panels.reading


def test_markdown_is_shown_formatted_and_stored_as_typed(qtbot, unlocked_shell):
    page = journal_page(unlocked_shell)
    page.new_entry()
    typed = "# Tonight\n\n- walked the dog\n- **slept** early\n\n<b>not html</b>"
    page.editor.body.setPlainText(typed)
    page.finish_editing()
    journal = unlocked_shell.session.journal
    assert journal.get(journal.find(EntryFilter())[0]).body == typed
    shown = page.viewer.body.toPlainText()
    assert "# Tonight" not in shown
    assert "Tonight" in shown
    assert "**" not in shown
    html = page.viewer.body.toHtml()
    assert "<b>not html</b>" not in html  # raw HTML is shown as text, never run


def test_search_as_you_type_filters_and_marks_matches(qtbot, unlocked_shell):
    journal = unlocked_shell.session.journal
    from dataclasses import replace

    for body in ("tight shoulders after shift", "slept well", "tired, tight schedule"):
        journal.save(replace(journal.new_entry(), body=body))
    page = journal_page(unlocked_shell)
    page.refresh()
    assert page.model.rowCount() == 3
    qtbot.keyClicks(page.filters.search, "tig")
    assert page.model.rowCount() == 2
    row = page.model.index(0, 0).data(EntryRole)
    assert "\x02tight\x03" in row.snippet
    qtbot.waitUntil(lambda: page.side.count_label.text() == "2 found", timeout=2000)
    page.filters.search.setText('NEAR( "unclosed OR *')  # never an error
    assert page.model.rowCount() == 0
    qtbot.waitUntil(lambda: page.side.count_label.text() == "Nothing found.", timeout=2000)
    page.filters.search.clear()
    assert page.model.rowCount() == 3


def test_delete_asks_first_and_can_be_undone(qtbot, unlocked_shell, monkeypatch):
    journal = unlocked_shell.session.journal
    from dataclasses import replace

    saved, _ = journal.save(replace(journal.new_entry(), body="keep me safe", tags=("x",)))
    page = journal_page(unlocked_shell)
    page.refresh()
    page.list.setCurrentIndex(page.model.index(0, 0))
    asked = answer_questions(monkeypatch, False, True)
    page.delete_current()
    assert journal.count() == 1  # said no
    page.delete_current()
    # deleted in the background (its words leave the index securely): the undo offer follows
    qtbot.waitUntil(page.side.undo_bar.isVisible, timeout=5000)
    assert journal.count() == 0
    assert [(do, keep) for _q, do, keep in asked] == [("Delete entry", "Keep it")] * 2
    assert page.side.undo_bar.isVisible()
    assert page.model.rowCount() == 0
    qtbot.mouseClick(page.side.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    assert journal.count() == 1
    assert journal.get(saved.id).body == "keep me safe"
    assert not page.side.undo_bar.isVisible()
    assert page.model.rowCount() == 1
    qtbot.waitUntil(lambda: journal.find(EntryFilter(query="safe")) == [saved.id], timeout=5000)


def test_undo_ends_after_a_few_seconds(qtbot, unlocked_shell, monkeypatch):
    journal = unlocked_shell.session.journal
    from dataclasses import replace

    journal.save(replace(journal.new_entry(), body="gone soon"))
    page = journal_page(unlocked_shell)
    page.refresh()
    page.list.setCurrentIndex(page.model.index(0, 0))
    answer_questions(monkeypatch, True)
    page.side.undo_bar.timer.setInterval(50)
    page.delete_current()
    qtbot.waitUntil(lambda: page.side.undo_bar.held is not None, timeout=5000)
    qtbot.waitUntil(lambda: not page.side.undo_bar.isVisible(), timeout=2000)
    page.undo_delete()
    assert journal.count() == 0
    assert page.side.undo_bar.held is None


def test_starting_from_a_prompt(qtbot, unlocked_shell):
    page = journal_page(unlocked_shell)
    actions = [a for a in page.side.prompt_menu.actions() if a.text()]
    assert actions[0].text() == "After a hard call"
    actions[0].trigger()
    assert page.editor.title.text() == "After a hard call"
    assert page.editor.prompt_label.isVisibleTo(page)
    assert "no need" in page.editor.prompt_label.text()
    qtbot.keyClicks(page.editor.body, "Steadier now.")
    page.finish_editing()
    journal = unlocked_shell.session.journal
    entry = journal.get(journal.find(EntryFilter())[0])
    assert entry.prompt.startswith("There is no need")
    assert entry.body == "Steadier now."


def test_a_new_entry_left_empty_is_not_kept(qtbot, unlocked_shell):
    page = journal_page(unlocked_shell)
    page.new_entry()
    qtbot.keyClicks(page.editor.body, "x")
    page.save_now()
    page.editor.body.clear()
    page.finish_editing()
    assert unlocked_shell.session.journal.count() == 0
    assert page.panels.currentWidget() is page.panels.empty


def test_list_stays_lazy_with_many_entries(qtbot, unlocked_shell):
    from datetime import datetime, timedelta, timezone

    from wellness_journal.core.journal import ImportedEntry

    journal = unlocked_shell.session.journal
    start = datetime(2000, 1, 1, tzinfo=timezone.utc)
    items = [
        ImportedEntry(written_at=start + timedelta(hours=i), title=f"t{i}", body=f"body {i}")
        for i in range(3000)
    ]
    with unlocked_shell.session.db.transaction():
        journal.add_imported(items)
    calls = []
    page = journal_page(unlocked_shell)
    original = page.model._fetch
    page.model._fetch = lambda ids, q: calls.append(len(ids)) or original(ids, q)
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=2000)
    assert page.model.rowCount() == 200  # a first page of ids; the rest as the list scrolls
    assert sum(calls) < 200  # and only the rows on screen were read
    qtbot.waitUntil(lambda: page.side.count_label.text() == "3000 entries", timeout=2000)
    page.list.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() >= 400, timeout=2000)
    while page.model.canFetchMore():
        page.model.fetchMore()
    ids = page.model.ids()
    assert len(ids) == 3000
    assert len(set(ids)) == 3000
    last = page.model.index(2999, 0).data(EntryRole)
    assert last.title == "t0"  # the oldest is last


def test_editing_an_old_entry_leaves_search_until_done(qtbot, unlocked_shell):
    from dataclasses import replace

    journal = unlocked_shell.session.journal
    saved, _ = journal.save(replace(journal.new_entry(), body="harbor walk at dawn"))
    page = journal_page(unlocked_shell)
    page.refresh()
    page.list.setCurrentIndex(page.model.index(0, 0))
    assert journal.find(EntryFilter(query="harbor ")) == [saved.id]
    page.edit_current()
    # Once the editor is open, its old words have left the index (securely, once).
    qtbot.waitUntil(lambda: journal.find(EntryFilter(query="harbor ")) == [], timeout=2000)
    qtbot.keyClicks(page.editor.body, " and coffee")
    page.save_now()  # an autosave: the entry in the editor stays out of the search
    page.upkeep.request(0)
    qtbot.waitUntil(lambda: not page.upkeep.busy, timeout=5000)
    assert journal.find(EntryFilter(query="coffee ")) == []
    page.finish_editing()
    # Done saves the entry only; its words join the search in the background, a moment later.
    qtbot.waitUntil(lambda: journal.find(EntryFilter(query="coffee ")) == [saved.id], timeout=5000)
    assert journal.find(EntryFilter(query="harbor ")) == [saved.id]
    assert journal.get(saved.id).body == "harbor walk at dawn and coffee"


def test_hiding_a_prompt_takes_it_out_of_the_menu_at_once(qtbot, unlocked_shell):
    from wellness_journal.ui.journal.prompts_dialog import PromptsDialog

    page = journal_page(unlocked_shell)
    first = unlocked_shell.session.journal.prompts()[0]
    assert first.title in [a.text() for a in page.side.prompt_menu.actions()]
    dialog = PromptsDialog(unlocked_shell.ctx, page)
    dialog.list.setCurrentRow(0)
    dialog.hide_button.click()
    assert dialog.changed
    assert first.title not in [a.text() for a in page.side.prompt_menu.actions()]
    dialog.close()


def test_after_done_the_entry_reads_from_its_first_line(qtbot, unlocked_shell):
    unlocked_shell.resize(1024, 600)
    page = journal_page(unlocked_shell)
    page.new_entry()
    page.editor.body.setPlainText("\n\n".join(f"Part {n} of a long night." for n in range(60)))
    page.editor.body.moveCursor(QTextCursor.MoveOperation.End)  # writing at the end
    page.finish_editing()
    assert page.panels.currentWidget() is page.panels.reading
    bar = page.panels.viewer.body.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    qtbot.wait(50)
    assert bar.value() == 0


def test_search_says_how_to_search_and_text_keeps_a_readable_measure(qtbot, unlocked_shell):
    from wellness_journal.ui.widgets.common import reading_width

    unlocked_shell.resize(1920, 1040)
    page = journal_page(unlocked_shell)
    assert page.filters.search.placeholderText() == 'word, start of a word*, or "a phrase"'
    page.new_entry()
    qtbot.wait(50)
    body = page.editor.body
    # About 75 characters a line, however wide the window: never the whole screen's width.
    assert body.width() <= reading_width(body) + 40
    assert body.width() >= reading_width(body) * 0.9
