"""Helpers for driving the window in tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
    QWidget,
)


def own_texts(w: QWidget) -> list[str]:
    """The texts of ``w`` itself (not of its children)."""
    texts = []
    if isinstance(w, (QLabel, QLineEdit)):
        texts.append(w.text())
    elif isinstance(w, (QPlainTextEdit, QTextEdit)):
        texts.append(w.toPlainText())
    elif isinstance(w, QAbstractButton):
        texts.append(w.text())
    elif isinstance(w, QComboBox):
        texts += [w.itemText(i) for i in range(w.count())]
    return [*texts, w.accessibleName(), w.toolTip()]


def visible_texts(root: QWidget) -> list[str]:
    """Every text a person could read or that an editor holds, below ``root``."""
    return [text for w in [root, *root.findChildren(QWidget)] for text in own_texts(w)]


def open_sheet_of(kind: type) -> Any:
    """The newest open form of ``kind`` shown as a sheet inside a page (or None)."""
    found = [
        w
        for top in QApplication.topLevelWidgets()
        for w in top.findChildren(kind)
        if w.isVisible() and not w.isWindow()
    ]
    return found[-1] if found else None


def scrolled_into_view(widget: QWidget) -> None:
    """Scroll the page ``widget`` is on until it shows, as a person would before clicking it (a
    click goes to whatever is at that spot of the window)."""
    QApplication.sendPostedEvents()  # the layout settles first (a card may just have grown)
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if parent is not None:
        parent.ensureWidgetVisible(widget)
    assert not widget.visibleRegion().isEmpty(), "still out of sight"


def on_screen_texts() -> list[str]:
    """Like ``all_app_texts``, only of the widgets shown now."""
    return [
        text
        for top in QApplication.topLevelWidgets()
        for w in [top, *top.findChildren(QWidget)]
        if w.isVisible()
        for text in own_texts(w)
    ]


def taken_down(qtbot: Any, shell: Any) -> None:
    """After lock: wait until the locked journal's pages are deleted (one per pass of the event
    loop, ``shell/teardown.py``)."""
    qtbot.waitUntil(lambda: not shell.teardown.left, timeout=5000)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def all_app_texts() -> list[str]:
    texts = []
    for top in QApplication.topLevelWidgets():
        texts += visible_texts(top)
        texts.append(top.windowTitle())
    return texts


def when_modal(
    action: Callable[[Any], None],
    *,
    of_type: type = QWidget,
    delay_ms: int = 50,
    tries: int = 200,
) -> None:
    """Run ``action`` on the next modal dialog of ``of_type`` once it is open.

    Dialogs block in exec(), so the test schedules what to do with them before opening them.
    """

    def attempt(left: int) -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, of_type):
            action(modal)
        elif left > 0:
            QTimer.singleShot(delay_ms, lambda: attempt(left - 1))

    QTimer.singleShot(delay_ms, lambda: attempt(tries))


def click(box: QWidget, text: str) -> None:
    """Click the button in ``box`` that reads ``text`` (its mnemonic ampersand left out)."""
    buttons = box.findChildren(QAbstractButton)
    found = [b for b in buttons if b.text().replace("&", "") == text]
    assert found, f"no button {text!r} among {[b.text() for b in buttons]}"
    found[0].click()


def answer_questions(monkeypatch: Any, *replies: bool) -> list[tuple[str, str, str]]:
    """Answer the next questions asked through ``confirm.ask`` with ``replies`` in turn; the
    list it returns fills with each question asked as ``(question, do, keep)``."""
    from wellness_journal.ui.widgets import confirm

    asked: list[tuple[str, str, str]] = []
    left = list(replies)

    def ask(_parent: QWidget, _title: str, question: str, do: str, keep: str) -> bool:
        asked.append((question, do, keep))
        return left.pop(0)

    monkeypatch.setattr(confirm, "ask", ask)
    return asked
