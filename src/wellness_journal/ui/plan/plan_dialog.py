"""My plan: the goals, to add, change or take out. Goals that have ended are listed below the
current ones and still count in a summary for their days."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QFrame, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from wellness_journal.core.plan_goals import Goal
from wellness_journal.ui.context import UiContext
from wellness_journal.ui.plan import words
from wellness_journal.ui.plan.goal_dialog import GoalDialog
from wellness_journal.ui.widgets import confirm
from wellness_journal.ui.widgets.common import button, button_row, clear, column, heading, paragraph
from wellness_journal.ui.widgets.screen_room import fit_to_screen


class PlanDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("My plan"))
        self.setMinimumWidth(600)
        fit_to_screen(self, parent, 680, 620, least=(600, 360))
        col = column(self, spacing=10, margins=(22, 18, 22, 18))
        col.addWidget(heading(self.tr("My plan"), 2))
        col.addWidget(
            paragraph(
                self.tr(
                    "A few goals for the week, on your own or agreed with a counselor. Each is "
                    "counted from what you log, or ticked by hand. Today shows how each week is "
                    "going; a summary for a counselor can include it."
                ),
                muted=True,
            )
        )
        # The goals scroll, so that Close and Add stay in view however many there are and
        # however small the screen; each row takes the height its wrapped text needs.
        goals = QWidget()
        self.list = column(goals, spacing=6, margins=(0, 0, 4, 0))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(goals)
        col.addWidget(scroll, 1)
        self.add_button = button(self.tr("&Add a goal…"), primary=True, clicked=self._on_add)
        close = button(self.tr("Close"), clicked=self.accept)
        col.addLayout(button_row(close, self.add_button))
        self.add_button.setDefault(True)
        self.refresh()

    def refresh(self) -> None:
        clear(self.list)
        plan = self.ctx.session.plan
        today = plan.today()
        goals = plan.goals()
        current = [g for g in goals if not g.finished(today)]
        ended = [g for g in goals if g.finished(today)]
        if not goals:
            self.list.addWidget(paragraph(self.tr("No goals yet."), muted=True))
        for goal in current:
            self.list.addWidget(self._row(goal))
        if ended:
            self.list.addWidget(heading(self.tr("Ended"), 2))
            for goal in ended:
                self.list.addWidget(self._row(goal))
        self.list.addStretch(1)

    def _row(self, goal: Goal) -> QWidget:
        frame = QFrame()
        frame.setObjectName("card")
        row = QHBoxLayout(frame)
        row.setContentsMargins(14, 8, 10, 8)
        text = QVBoxLayout()
        title = paragraph(goal.text)
        text.addWidget(title)
        text.addWidget(paragraph(words.counted(goal), muted=True))
        row.addLayout(text, 1)
        edit = button(self.tr("Edit…"), accessible=self.tr("Edit: {0}").format(goal.text))
        edit.clicked.connect(lambda _=False, g=goal: self._on_edit(g))
        remove = button(self.tr("Remove"), accessible=self.tr("Remove: {0}").format(goal.text))
        remove.clicked.connect(lambda _=False, g=goal: self._on_remove(g))
        row.addWidget(edit)
        row.addWidget(remove)
        return frame

    def _save(self, dialog: GoalDialog) -> None:
        if dialog.exec() and dialog.result_goal is not None and self.ctx.session.is_open:
            goal = dialog.result_goal
            plan = self.ctx.session.plan
            if self.ctx.perform(lambda: plan.save(goal), self.tr("Not saved"), parent=self):
                self.refresh()

    @Slot()
    def _on_add(self) -> None:
        self._save(GoalDialog(None, self.ctx.session.plan.today(), self))

    def _on_edit(self, goal: Goal) -> None:
        self._save(GoalDialog(goal, self.ctx.session.plan.today(), self))

    def _on_remove(self, goal: Goal) -> None:
        if not confirm.ask(
            self,
            self.tr("Remove this goal?"),
            self.tr(
                "“{0}” leaves your plan, with the days you ticked for it. Everything you logged "
                "stays in your journal."
            ).format(goal.text),
            self.tr("Remove goal"),
            self.tr("Keep it"),
        ):
            return
        plan = self.ctx.session.plan
        if self.ctx.perform(lambda: plan.delete(goal), self.tr("Not removed"), parent=self):
            self.refresh()
