"""Keep what an open sheet holds when the journal locks, and bring it back after unlocking.

A sheet that can be kept has ``draft() -> dict`` (plain JSON data) and ``restore(dict)``. The page
calls ``keep()`` from its ``flush`` (before lock and quit: the page and its sheets are destroyed
then) and ``pending()`` when it is shown again; the draft lives in the vault (``today_drafts``, one
slot per ``name``) until the sheet it came back in closes.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtWidgets import QDialog, QWidget

from wellness_journal.ui.context import UiContext


class Keepable(Protocol):
    def draft(self) -> dict[str, Any]: ...

    def restore(self, data: dict[str, Any]) -> None: ...


class SheetDrafts:
    def __init__(self, ctx: UiContext, page: QWidget, name: str, kind: type[QDialog]) -> None:
        self.ctx = ctx
        self._page = page
        self.name = name
        self._kind = kind

    def open_sheet(self) -> QDialog | None:
        """The sheet of this kind open in the page (a closed one is hidden), if any."""
        found = [d for d in self._page.findChildren(self._kind) if not d.isHidden()]
        return found[-1] if found else None

    def keep(self) -> None:
        """Keep the open sheet's contents. Raises VaultError when they cannot be kept."""
        sheet = self.open_sheet()
        draft = getattr(sheet, "draft", None)
        if sheet is not None and callable(draft):
            self.ctx.session.today.drafts.keep(self.name, draft())

    def pending(self) -> dict[str, Any] | None:
        """A draft kept when the journal locked, unless its sheet is open already (or the journal
        has locked again)."""
        if not self.ctx.session.is_open or self.open_sheet() is not None:
            return None
        return self.ctx.session.today.drafts.get(self.name)

    def discard(self) -> None:
        drafts = self.ctx.session.today.drafts
        if self.ctx.session.is_open and drafts.get(self.name) is not None:
            self.ctx.perform(lambda: drafts.discard(self.name), self._page.tr("Not removed"))
