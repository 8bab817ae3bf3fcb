"""After unlock, Python's automatic collection waits until the journal has settled, then one
full collection runs in a pass of its own (``ui/shell/settle.py``): no collection lands inside
the unlock's page build."""

from __future__ import annotations

import gc
import threading

from tests.conftest import PASSPHRASE
from wellness_journal.storage.vault import Vault
from wellness_journal.ui import collector


def _collections(generation: int) -> tuple[list[int], object]:
    seen: list[int] = []

    def callback(phase: str, info: dict[str, int]) -> None:
        if phase == "stop" and info["generation"] == generation:
            seen.append(1)

    gc.callbacks.append(callback)
    return seen, callback


def test_unlock_holds_collection_until_settled_then_collects_once(qtbot, make_shell, created):
    shell = make_shell(start=False)
    assert gc.isenabled()
    full, callback = _collections(2)
    try:
        shell.open_session(created.vault)
        assert not gc.isenabled()  # the first page is built and filled without a collection
        assert full == []
        qtbot.waitUntil(lambda: not shell.after_unlock.holding, timeout=10_000)
        assert gc.isenabled()
        assert len(full) == 1  # one full collection, in a pass of its own
    finally:
        gc.callbacks.remove(callback)


def test_collection_waits_while_the_runner_works_but_not_forever(
    qtbot, make_shell, created, monkeypatch
):
    from wellness_journal.ui.shell import settle

    monkeypatch.setattr(settle, "MAX_HOLD_MS", 600)
    shell = make_shell(start=False)
    release = threading.Event()
    shell.runner.submit(
        lambda: release.wait(20), owner=shell, on_done=lambda _r: None, on_error=lambda _e: None
    )
    try:
        shell.open_session(created.vault)
        qtbot.wait(300)
        assert shell.after_unlock.holding
        assert not gc.isenabled()
        qtbot.waitUntil(lambda: not shell.after_unlock.holding, timeout=5000)  # overdue
        assert gc.isenabled()
    finally:
        release.set()
        shell.runner.wait(10_000)


def test_lock_during_the_hold_hands_over_to_the_teardown(qtbot, unlocked_shell):
    shell = unlocked_shell
    assert shell.after_unlock.holding
    assert shell.lock()
    assert not shell.after_unlock.holding
    assert collector.holds() == 1  # the teardown's, until the pages are gone
    qtbot.waitUntil(lambda: shell.teardown.done, timeout=10_000)
    assert collector.holds() == 0
    assert gc.isenabled()
    shell.open_session(Vault.open_with_secret(shell.paths, PASSPHRASE))
    assert not gc.isenabled()
    qtbot.waitUntil(lambda: not shell.after_unlock.holding, timeout=10_000)
    assert gc.isenabled()


def test_holds_are_counted():
    was = gc.isenabled()
    collector.hold()
    collector.hold()
    collector.release()
    assert not gc.isenabled()
    collector.release()
    assert gc.isenabled() == was
    collector.release()  # one too many changes nothing
    assert gc.isenabled() == was
