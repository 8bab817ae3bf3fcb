"""The base of every page: refresh on the changes it shows, save what was typed on request."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from wellness_journal.core.models import Changes
from wellness_journal.ui.context import UiContext
from wellness_journal.ui.widgets.common import ScrollPage
from wellness_journal.ui.widgets.sheets import SheetStack

# Work split over passes of the event loop waits this long between parts, so key presses and
# painting get their turn. Not 0: Qt runs a zero timer as a posted event, in the same pass.
NEXT_PASS_MS = 1


class Page(QWidget):
    """Subclasses set ``page_id``, ``icon_name`` and ``topics`` and implement ``refresh``."""

    page_id: ClassVar[str] = ""
    icon_name: ClassVar[str] = ""
    topics: ClassVar[tuple[str, ...]] = ()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True
        self.root = QVBoxLayout(self)
        self.root.setContentsMargins(0, 0, 0, 0)
        # Forms and exercises open over the page's content (``widgets.sheets.open_sheet``).
        self.sheets = SheetStack(self, self.root)
        ctx.bus.changed.connect(self._on_changes)

    @classmethod
    def title(cls) -> str:
        """The name in the sidebar (translated)."""
        raise NotImplementedError

    def refresh(self) -> None:
        """Reload what the page shows from the services."""

    def flush(self) -> None:
        """Save anything typed but not saved yet (before lock, page change and quit)."""

    def open_detail(self, detail: str) -> bool:
        """Show the part of the page named by ``detail``: ``ctx.go_to("learn/sleep")`` shows
        this page and calls ``open_detail("sleep")``. False when the page has no such part."""
        return False

    def show_top(self) -> None:
        """Scroll the page (and an open form) back to its top and give it the keyboard."""
        for area in self.findChildren(ScrollPage):
            if area.isVisible():
                area.verticalScrollBar().setValue(0)
        top = self.sheets.top()
        (top or self).setFocus(Qt.FocusReason.ShortcutFocusReason)

    def stop_listening(self) -> None:
        """At lock: no change reaches this page any more (its vault is closing)."""
        self.ctx.bus.changed.disconnect(self._on_changes)

    @Slot(object)
    def _on_changes(self, changes: Changes) -> None:
        if not changes.touches(*self.topics):
            return
        if self.isVisible():
            self.refresh()
            self._stale = False
        else:
            self._stale = True

    def refresh_if_stale(self) -> None:
        """Refresh if a change it shows came since it last did (or it never did)."""
        if self._stale:
            self._stale = False
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh_if_stale()
        super().showEvent(event)
        if self.sheets.top() is not None:  # back to a form left open: the keyboard goes there
            QTimer.singleShot(0, self, self.sheets.focus_top)
