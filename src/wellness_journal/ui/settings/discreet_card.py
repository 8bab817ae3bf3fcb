"""Settings: discreet mode, the "hide now" key, and when the journal locks by itself."""

from __future__ import annotations

import sys

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QCheckBox, QFrame, QWidget

from wellness_journal.core.models import Changes
from wellness_journal.services.preferences import DISCREET_TOPIC
from wellness_journal.ui.context import UiContext
from wellness_journal.ui.widgets.common import card_in, paragraph


class DiscreetCard(QFrame):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        inner = card_in(self, self.tr("On a shared screen"))
        self.discreet = QCheckBox(self.tr("&Discreet mode"))
        self.discreet.setAccessibleName(self.tr("Discreet mode"))
        self.discreet.toggled.connect(self._on_discreet)
        inner.addWidget(self.discreet)
        what = self.tr(
            "The window, the lock screen, the notification area and reminders say “Notes”, with "
            "a plain notepad icon, and Today leaves out the names of hard calls and self-checks. "
            "The lock screen keeps its “Get support now” button (and F1) but does not show a "
            "crisis number."
        )
        if sys.platform in ("win32", "darwin"):
            what += " " + self.tr(
                "While your journal is open, the window is also left out of screenshots, "
                "screen recording and screen sharing."
            )
        what += " " + self.tr("The taskbar may show the old name until you restart the app.")
        inner.addWidget(paragraph(what, muted=True))
        inner.addSpacing(8)
        inner.addWidget(
            paragraph(
                self.tr(
                    "Ctrl+Shift+H hides the window and locks your journal at once, wherever you "
                    "are in the app."
                )
            )
        )
        self.minimised = QCheckBox(self.tr("Lock when the &window is minimised"))
        self.minimised.setAccessibleName(self.tr("Lock when the window is minimised"))
        self.minimised.toggled.connect(self._on_minimised)
        inner.addWidget(self.minimised)
        self.screen_note = paragraph("", muted=True)
        inner.addWidget(self.screen_note)

    def refresh(self) -> None:
        for box, value in (
            (self.discreet, self.ctx.prefs.discreet()),
            (self.minimised, self.ctx.session.settings.lock_when_minimised()),
        ):
            box.blockSignals(True)
            box.setChecked(value)
            box.blockSignals(False)
        if self.ctx.locks_with_screen():
            self.screen_note.setText(
                self.tr("It also locks when the screen locks or the computer goes to sleep.")
            )
        else:
            self.screen_note.setText(
                self.tr(
                    "This desktop does not tell the app when the screen locks, so the journal "
                    "locks when idle (see above) or when you press Ctrl+L."
                )
            )

    @Slot(bool)
    def _on_discreet(self, on: bool) -> None:
        def keep() -> Changes:
            self.ctx.prefs.set_discreet(on)
            return Changes.of(DISCREET_TOPIC)

        if not self.ctx.perform(keep, self.tr("Not changed"), parent=self):
            self.refresh()

    @Slot(bool)
    def _on_minimised(self, on: bool) -> None:
        settings = self.ctx.session.settings
        if not self.ctx.perform(
            lambda: settings.set_lock_when_minimised(on), self.tr("Not changed"), parent=self
        ):
            self.refresh()
