"""The background runner: results come back on the GUI thread, and never to a destroyed owner."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from functools import partial

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThread
from PySide6.QtWidgets import QApplication, QDialog, QWidget

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


def test_a_dialog_kept_only_by_its_callbacks_is_deleted_once(qtbot, runner):
    """PySide hands a dialog to Python in ``exec()``: once the caller lets go, the callbacks the
    runner holds are its last references. Letting them go must delete it once, on the GUI thread,
    outside any destructor (it used to be let go inside the destructor of a child of the dialog,
    which then deleted that child a second time: a crash some time later)."""
    page = QWidget()
    seen: list[object] = []

    def ask() -> None:
        dialog = QDialog(page)

        def done(result: object) -> None:
            seen.append(result)
            dialog.reject()

        runner.submit(lambda: "new key", owner=dialog, on_done=done, on_error=seen.append)
        dialog.exec()
        assert shiboken6.ownedByPython(dialog)  # what makes the callbacks its last references

    ask()
    assert seen == ["new key"]
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
    assert page.findChildren(QDialog) == []  # deleted with its last reference, and only once


class _Marker:
    """Records the thread that lets go of it last."""

    def __init__(self, name: str, freed: dict[str, int]) -> None:
        self.name = name
        self.freed = freed

    def __del__(self) -> None:
        self.freed[self.name] = threading.get_ident()


def _make(result: _Marker, _captured: _Marker, *, fail: bool) -> _Marker:
    if fail:
        raise ValueError(result)
    return result


@pytest.mark.parametrize("fail", [False, True])
def test_the_work_and_its_outcome_are_let_go_on_the_gui_thread(qtbot, runner, fail):
    """What the work holds, its result and its exception are let go on the GUI thread: the last
    reference to a widget (a dialog's callbacks, a closure's ``self``) must never go on the
    pool thread, where deleting a widget is a crash."""
    freed: dict[str, int] = {}
    owner = QObject()
    arrived: list[object] = []
    runner.submit(
        partial(_make, _Marker("outcome", freed), _Marker("captured", freed), fail=fail),
        owner=owner,
        on_done=lambda _r: arrived.append("done"),
        on_error=lambda _e: arrived.append("error"),
    )
    assert runner.wait(5000)
    qtbot.waitUntil(lambda: len(freed) == 2, timeout=5000)
    assert arrived == ["error" if fail else "done"]
    gui = threading.get_ident()
    assert freed == {"outcome": gui, "captured": gui}
