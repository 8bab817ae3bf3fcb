"""``ctx.perform``: run a use case, announce what it changed, say what went wrong in plain words."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.ui.helpers import when_modal
from wellness_journal.core.errors import ErrorKind, VaultError
from wellness_journal.core.models import Changes


def _changes_seen(shell) -> list[Changes]:  # type: ignore[no-untyped-def]
    seen: list[Changes] = []
    shell.ctx.bus.changed.connect(seen.append)
    return seen


def _answer_warning(boxes: list[tuple[str, str]]) -> None:
    def read(box: QMessageBox) -> None:
        boxes.append((box.windowTitle(), box.text()))
        box.accept()

    when_modal(read, of_type=QMessageBox)


def test_success_announces_the_changes_alone_or_last_in_a_tuple(qtbot, unlocked_shell):
    ctx = unlocked_shell.ctx
    seen = _changes_seen(unlocked_shell)
    assert ctx.perform(lambda: Changes.of("journal"), "Not saved")
    assert ctx.perform(lambda: ("an entry", Changes.of("contacts")), "Not saved")
    assert ctx.perform(lambda: None, "Not saved")  # nothing to announce
    assert [c.topics for c in seen] == [frozenset({"journal"}), frozenset({"contacts"})]


def test_a_vault_error_is_told_in_plain_words_and_nothing_is_announced(qtbot, unlocked_shell):
    seen = _changes_seen(unlocked_shell)
    boxes: list[tuple[str, str]] = []
    _answer_warning(boxes)

    def full() -> Changes:
        raise VaultError(ErrorKind.DISK_FULL, "database or disk is full")

    assert not unlocked_shell.ctx.perform(full, "Not saved")
    assert seen == []
    assert len(boxes) == 1
    title, text = boxes[0]
    assert title == "Not saved"
    assert "disk is full" in text
    assert "Your text is still here" in text
    assert "database or disk is full" not in text  # no technical detail


def test_a_bug_is_not_swallowed(qtbot, unlocked_shell):
    def broken() -> None:
        raise KeyError("bug")

    with pytest.raises(KeyError):
        unlocked_shell.ctx.perform(broken, "Not saved")


def test_full_disk_on_the_check_in_keeps_what_was_typed(qtbot, unlocked_shell, monkeypatch):
    page = unlocked_shell.main_area.page("today")
    page.refresh()
    page.checkin.mood.set_value(2)
    page.checkin.note.setText("rough night, kept this")

    def full(_checkin: object) -> None:
        raise VaultError(ErrorKind.DISK_FULL, "disk I/O error")

    monkeypatch.setattr(unlocked_shell.session.today.checkins, "save", full)
    boxes: list[tuple[str, str]] = []
    _answer_warning(boxes)
    page.checkin.save_button.click()
    assert [title for title, _ in boxes] == ["Not saved"]
    assert "Your text is still here" in boxes[0][1]
    assert page.checkin.note.text() == "rough night, kept this"
    assert page.checkin.mood.value() == 2
    assert page.checkin.is_dirty()
    monkeypatch.undo()  # room again: the same words save
    page.checkin.save_button.click()
    assert not page.checkin.is_dirty()
    saved = unlocked_shell.session.today.checkins.for_day(page.checkin.day())
    assert saved is not None
    assert saved.note == "rough night, kept this"


def test_background_work_runs_on_a_connection_of_its_own(qtbot, unlocked_shell):
    ctx = unlocked_shell.ctx
    seen = _changes_seen(unlocked_shell)
    where: list[tuple[bool, bool]] = []
    results: list[object] = []
    owner = unlocked_shell.main_area

    def work(db):  # type: ignore[no-untyped-def]
        gui = QThread.currentThread() is QApplication.instance().thread()
        where.append((gui, db is ctx.session.db))
        return db.execute("SELECT count(*) FROM journal_entries").fetchone()[0], Changes.of("x")

    ctx.perform_in_background(work, owner=owner, on_done=results.append, on_failed=results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=10_000)
    assert where == [(False, False)]  # off the GUI thread, not the session's connection
    assert results == [(0, Changes.of("x"))]
    assert [c.topics for c in seen] == [frozenset({"x"})]


def test_background_failure_is_reported_on_the_gui_thread(qtbot, unlocked_shell):
    failures: list[tuple[BaseException, bool]] = []

    def work(db):  # type: ignore[no-untyped-def]
        raise VaultError(ErrorKind.IO, "boom")

    unlocked_shell.ctx.perform_in_background(
        work,
        owner=unlocked_shell.main_area,
        on_done=lambda _r: None,
        on_failed=lambda e: failures.append(
            (e, QThread.currentThread() is QApplication.instance().thread())
        ),
    )
    qtbot.waitUntil(lambda: bool(failures), timeout=10_000)
    assert isinstance(failures[0][0], VaultError)
    assert failures[0][1]
