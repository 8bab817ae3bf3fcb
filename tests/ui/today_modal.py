"""Drive a form from a test without ever hanging, whether it opens as a sheet inside its page
(Today's forms, exercises, the contact form) or as a modal window (exec()): a failing step closes
it and the error is raised again in the test once the form is done."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from tests.ui.helpers import open_sheet_of


@contextmanager
def when_modal_opens(kind: type, act: Callable[[Any], None]) -> Iterator[None]:
    """Inside the block, open a ``kind`` form; ``act(form)`` runs once it shows (during the
    block for a modal window, right after it for a sheet)."""
    errors: list[BaseException] = []
    ran: list[bool] = []

    def find() -> Any:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, kind) and modal.isVisible():
            return modal
        return open_sheet_of(kind)

    def step() -> None:
        dialog = find()
        if dialog is None:  # not shown yet: look again shortly
            QTimer.singleShot(10, step)
            return
        ran.append(True)
        try:
            act(dialog)
        except BaseException as exc:  # noqa: BLE001 - re-raised by the caller
            errors.append(exc)
            if isinstance(dialog, QDialog) and dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, step)
    yield
    deadline = time.monotonic() + 10
    while not ran and time.monotonic() < deadline:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
    if errors:
        raise errors[0]
    assert ran, "no form opened"
