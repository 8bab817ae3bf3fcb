"""Lock takes the journal's pages down over the next passes: hidden at once, inert, then gone."""

from __future__ import annotations

import gc
import threading

import shiboken6
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QDialog

from tests.conftest import PASSPHRASE
from tests.ui.helpers import taken_down
from wellness_journal.storage.vault import Vault


def test_work_a_page_started_never_calls_back_after_lock(qtbot, unlocked_shell):
    shell = unlocked_shell
    page = shell.main_area.page("journal")
    release = threading.Event()
    called: list[object] = []
    shell.runner.submit(
        lambda: release.wait(10), owner=page, on_done=called.append, on_error=called.append
    )
    assert shell.lock()
    release.set()
    assert shell.runner.wait(10_000)
    QCoreApplication.sendPostedEvents()  # the outcome arrives while the page still lives
    assert shiboken6.isValid(page)
    assert called == []  # the vault is closed: nothing of the page may run now
    taken_down(qtbot, shell)
    assert not shiboken6.isValid(page)


def test_a_page_timer_stops_at_lock(qtbot, unlocked_shell):
    shell = unlocked_shell
    page = shell.main_area.page("today")
    timer = QTimer(page)
    timer.start(1)
    assert shell.lock()
    assert not timer.isActive()
    taken_down(qtbot, shell)


def test_pages_wait_while_a_window_is_open_over_the_lock_screen(qtbot, unlocked_shell):
    """A window opened after locking (restoring a backup) may have been opened by a page's own
    code: the pages outlive it."""
    shell = unlocked_shell
    page = shell.main_area.page("settings")
    assert shell.lock()
    dialog = QDialog(shell)
    dialog.setModal(True)
    dialog.show()
    qtbot.wait(300)
    assert shiboken6.isValid(page)
    dialog.close()
    taken_down(qtbot, shell)
    assert not shiboken6.isValid(page)


def test_collection_held_during_teardown_and_memory_flat_over_lock_cycles(qtbot, unlocked_shell):
    from wellness_journal.ui.trends import memory

    shell = unlocked_shell
    froze_here = not gc.get_freeze_count()
    memory.freeze_imports()  # as at the charts' first build: what survives a lock is frozen too
    counts = []
    try:
        for _ in range(4):
            for page_id in ("today", "journal", "support", "settings"):
                shell.main_area.show_page(page_id)
            assert shell.lock()
            assert not gc.isenabled()  # no full collection inside the teardown's passes
            qtbot.waitUntil(lambda: shell.teardown.done, timeout=10_000)
            assert gc.isenabled()
            counts.append(len(gc.get_objects()) + gc.get_freeze_count())
            shell.open_session(Vault.open_with_secret(shell.paths, PASSPHRASE))
        shell.lock()
        qtbot.waitUntil(lambda: shell.teardown.done, timeout=10_000)
    finally:
        if froze_here:
            gc.unfreeze()
    # What a locked app holds does not grow with each lock: the pages and their garbage go.
    assert counts[-1] - counts[1] < 100, counts  # 0 here; 388-682 with garbage kept


def test_the_collector_runs_again_when_the_window_goes_during_teardown(qtbot, unlocked_shell):
    from wellness_journal.ui.shell.teardown import Teardown

    shell = unlocked_shell
    qtbot.waitUntil(lambda: not shell.after_unlock.holding, timeout=10_000)  # the unlock's hold
    assert gc.isenabled()
    assert shell.lock()
    assert not gc.isenabled()
    shiboken6.delete(shell.teardown)  # as when a test (or Qt) deletes the window first
    assert gc.isenabled()
    shell.teardown = Teardown(shell.runner, shell)
