"""Drive a modal dialog from a test without ever hanging: a failing step closes the dialog and
the error is raised again in the test once the dialog's event loop has returned."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog


@contextmanager
def when_modal_opens(kind: type, act: Callable[[Any], None]) -> Iterator[None]:
    """Inside the block, open a modal ``kind`` dialog; ``act(dialog)`` runs once it shows."""
    errors: list[BaseException] = []
    ran: list[bool] = []

    def step() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:  # not shown yet: look again shortly
            QTimer.singleShot(10, step)
            return
        ran.append(True)
        try:
            assert isinstance(dialog, kind), f"expected {kind.__name__}, got {dialog!r}"
            act(dialog)
        except BaseException as exc:  # noqa: BLE001 - re-raised by the caller
            errors.append(exc)
            if isinstance(dialog, QDialog) and dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, step)
    yield
    if errors:
        raise errors[0]
    assert ran, "no modal dialog opened"
