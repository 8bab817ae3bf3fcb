"""My plan in Settings: a line on how many goals there are and the button to the plan."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QFrame, QWidget

from wellness_journal.ui.context import UiContext
from wellness_journal.ui.widgets.common import button, button_row, card_in, paragraph


class PlanSettingsCard(QFrame):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        inner = card_in(self, self.tr("My plan"))
        self.line = paragraph("", muted=True)
        inner.addWidget(self.line)
        self.open_button = button(self.tr("Open &my plan…"), clicked=self._on_open)
        inner.addLayout(button_row(self.open_button, stretch_first=False))

    def refresh(self) -> None:
        count = len(self.ctx.session.plan.current())
        if count == 0:
            text = self.tr(
                "Set a few goals for the week, on your own or with a counselor. Today shows how "
                "each week is going."
            )
        elif count == 1:
            text = self.tr("1 goal in your plan. Today shows how this week is going.")
        else:
            text = self.tr("{0} goals in your plan. Today shows how this week is going.").format(
                count
            )
        self.line.setText(text)

    @Slot()
    def _on_open(self) -> None:
        from wellness_journal.ui.plan.plan_dialog import PlanDialog

        PlanDialog(self.ctx, self).exec()
