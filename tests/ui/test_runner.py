"""The background runner: results come back on the GUI thread, and never to a destroyed owner."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QObject, QThread
from PySide6.QtWidgets import QApplication, QWidget

from wellness_journal.ui.runner import Runner


@pytest.fixture
def runner() -> Iterator[Runner]:
    made = Runner()
    yield made
    made.wait(5000)


def test_the_result_arrives_on_the_gui_thread(qtbot, runner):
    owner = QObject()
    seen: list[tuple[object, bool]] = []
    worker: list[bool] = []

    def work() -> int:
        worker.append(QThread.currentThread() is QApplication.instance().thread())
        return 42

    runner.submit(
        work,
        owner=owner,
        on_done=lambda r: seen.append((r, QThread.currentThread() is owner.thread())),
        on_error=lambda e: seen.append((e, False)),
    )
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert worker == [False]  # the work ran off the GUI thread
    assert seen == [(42, True)]  # the answer came back on it
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)


def test_a_failure_is_handed_to_on_error(qtbot, runner):
    owner = QObject()
    errors: list[BaseException] = []

    def work() -> None:
        raise OSError("no room")

    runner.submit(work, owner=owner, on_done=lambda _r: None, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], OSError)


def test_owner_destroyed_while_the_work_runs_gets_no_callback(qtbot, runner):
    owner = QWidget()
    release = threading.Event()
    called: list[object] = []
    runner.submit(
        lambda: release.wait(5) and "late",
        owner=owner,
        on_done=called.append,
        on_error=called.append,
    )
    shiboken6.delete(owner)  # e.g. the page is torn down on lock
    release.set()
    assert runner.wait(5000)
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)  # the runner itself is told
    QApplication.processEvents()
    assert called == []


def test_owner_destroyed_after_the_result_was_sent_gets_no_callback(qtbot, runner):
    """The result is already queued for the GUI thread when the owner goes: Qt drops it."""
    owner = QWidget()
    called: list[object] = []
    runner.submit(lambda: "done", owner=owner, on_done=called.append, on_error=called.append)
    runner.submit(
        lambda: 1 / 0, owner=owner, on_done=called.append, on_error=called.append
    )  # a failure too
    assert runner.wait(5000)  # both outcomes are posted, none delivered yet
    shiboken6.delete(owner)
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    QApplication.processEvents()
    assert called == []


def test_a_living_owner_is_called_once_and_keeps_no_leftovers(qtbot, runner):
    owner = QObject()
    called: list[object] = []
    for n in range(5):
        runner.submit(lambda n=n: n, owner=owner, on_done=called.append, on_error=called.append)
    qtbot.waitUntil(lambda: len(called) == 5 and not runner.busy, timeout=5000)
    QApplication.processEvents()
    assert sorted(called) == [0, 1, 2, 3, 4]  # type: ignore[type-var]
    qtbot.waitUntil(lambda: owner.children() == [], timeout=5000)  # deliveries clean up


def test_what_the_work_captured_is_let_go_on_the_gui_thread(qtbot, runner):
    """A closure often holds its owner: were its last reference dropped on a pool thread, a
    QObject would be deleted there (a crash seen as a lock's backup ran beside the GUI)."""
    let_go_on_gui: list[bool] = []

    class Held:
        def __del__(self) -> None:
            let_go_on_gui.append(threading.current_thread() is threading.main_thread())

    owner = QObject()
    done: list[object] = []
    held = Held()
    runner.submit(lambda h=held: None, owner=owner, on_done=done.append, on_error=done.append)
    del held
    assert runner.wait(5000)
    qtbot.waitUntil(lambda: bool(done) and not runner.busy, timeout=5000)
    qtbot.waitUntil(lambda: bool(let_go_on_gui), timeout=5000)
    assert let_go_on_gui == [True]
