"""The notice for something left part-way when the journal locked (a form, a self-check)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, SignalInstance
from PySide6.QtWidgets import QFrame, QHBoxLayout

from wellness_journal.ui.widgets.common import button, card, paragraph

Action = Callable[[], object] | SignalInstance


def draft_notice(text: str, on_continue: Action, on_discard: Action) -> QFrame:
    """A card saying ``text`` ("You were part-way through ... It was kept."), with Continue
    and Discard beside it."""
    box, inner = card(name="due")
    row = QHBoxLayout()
    row.addWidget(paragraph(text), 1)
    tr = QCoreApplication.translate
    row.addWidget(button(tr("drafts", "Continue"), primary=True, clicked=on_continue))
    row.addWidget(button(tr("drafts", "Discard"), clicked=on_discard))
    inner.addLayout(row)
    return box
