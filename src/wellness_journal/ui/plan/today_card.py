"""My plan on Today: each goal with this week's seven days as dots and a kind word on how the
week is going. A goal ticked by hand gets a "Done today" button. No streak, no "missed": a day
not done is an empty dot, the same as any day not done yet.

Self-contained: the card takes the context, reads and ticks through ``ctx.session.plan``, and
opens the plan's editor itself; Today only places it and calls ``refresh``.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QRectF, QSize, Qt, Slot
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QWidget

from wellness_journal.core.plan_goals import GoalKind, Mark, WeekProgress
from wellness_journal.ui.context import UiContext
from wellness_journal.ui.plan import words
from wellness_journal.ui.theme import current_colors
from wellness_journal.ui.widgets.common import button, card_in, clear, heading, paragraph

MAX_SHOWN = 5
DOT = 11
GAP = 5


class WeekDots(QWidget):
    """Seven dots for the days of a week: filled when done, a ring when not (yet), faint for days
    to come, a short dash for days the goal does not count."""

    def __init__(self, week: WeekProgress, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.marks = [m.mark for m in week.days]
        self.setFixedSize(self.sizeHint())
        self.setAccessibleName(words.days_description(week))
        self.setToolTip(words.days_description(week))

    def sizeHint(self) -> QSize:
        return QSize(7 * DOT + 6 * GAP + 2, DOT + 2)

    def paintEvent(self, event: QPaintEvent) -> None:
        colors = current_colors()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        accent, muted = QColor(colors.accent), QColor(colors.muted)
        for i, mark in enumerate(self.marks):
            box = QRectF(1 + i * (DOT + GAP), 1, DOT, DOT)
            if mark is Mark.DONE:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(accent)
                painter.drawEllipse(box)
            elif mark in (Mark.SKIP, Mark.OUTSIDE):
                painter.setPen(QPen(muted, 1.5))
                y = box.center().y()
                painter.drawLine(int(box.left() + 3), int(y), int(box.right() - 3), int(y))
            else:
                faint = QColor(muted)
                faint.setAlphaF(0.45 if mark is Mark.LATER else 1.0)
                painter.setPen(QPen(faint, 1.4))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(box.adjusted(0.7, 0.7, -0.7, -0.7))
        painter.end()


class PlanCard(QFrame):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        inner = card_in(self)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("My plan"), 2), 1)
        self.edit_button = button(self.tr("&Open my plan…"), clicked=self._on_edit)
        top.addWidget(self.edit_button)
        inner.addLayout(top)
        self.empty = paragraph(
            self.tr(
                "A few goals for the week, set on your own or with a counselor: an exercise, "
                "your sleep diary, a regular bedtime, a call to your peer supporter."
            ),
            muted=True,
        )
        inner.addWidget(self.empty)
        self.rows = QGridLayout()
        self.rows.setHorizontalSpacing(14)
        self.rows.setVerticalSpacing(6)
        self.rows.setColumnStretch(0, 1)
        inner.addLayout(self.rows)
        self.more = paragraph("", muted=True)
        inner.addWidget(self.more)
        self.tick_buttons: dict[str, object] = {}
        self.weeks: list[WeekProgress] = []

    def refresh(self) -> None:
        first_day = (QLocale().firstDayOfWeek().value - 1) % 7  # Qt: 1 = Monday
        self.weeks = self.ctx.session.plan.this_week(first_day)
        clear(self.rows)
        self.tick_buttons = {}
        shown = self.weeks[:MAX_SHOWN]
        for row, week in enumerate(shown):
            self._add_row(row, week)
        self.empty.setVisible(not self.weeks)
        self.edit_button.setText(
            self.tr("&Open my plan…") if self.weeks else self.tr("Set &up my plan…")
        )
        hidden = len(self.weeks) - len(shown)
        self.more.setText(self.tr("{0} more in your plan.").format(hidden) if hidden else "")
        self.more.setVisible(bool(hidden))

    def _add_row(self, row: int, week: WeekProgress) -> None:
        goal = week.goal
        text = QLabel(goal.text)
        text.setWordWrap(True)
        text.setToolTip(words.counted(goal))
        self.rows.addWidget(text, row, 0)
        self.rows.addWidget(WeekDots(week), row, 1, Qt.AlignmentFlag.AlignVCenter)
        state = QLabel(words.progress(week))
        state.setObjectName("muted")
        self.rows.addWidget(state, row, 2)
        if goal.kind is GoalKind.BY_HAND:
            today = self.ctx.session.plan.today()
            done = today in goal.done_days
            tick = button(self.tr("Done today ✓") if done else self.tr("Done today"))
            tick.setCheckable(True)
            tick.setChecked(done)
            tick.setEnabled(goal.active_on(today))
            tick.setAccessibleName(self.tr("Done today: {0}").format(goal.text))
            tick.toggled.connect(lambda on, g=goal: self._on_tick(g.uid, on))
            self.rows.addWidget(tick, row, 3)
            self.tick_buttons[goal.uid] = tick

    def _on_tick(self, uid: str, on: bool) -> None:
        plan = self.ctx.session.plan
        goal = next((w.goal for w in self.weeks if w.goal.uid == uid), None)
        if goal is None:
            return
        today = plan.today()
        self.ctx.perform(lambda: plan.set_done(goal, today, on), self.tr("Not saved"), parent=self)

    @Slot()
    def _on_edit(self) -> None:
        from wellness_journal.ui.plan.plan_dialog import PlanDialog

        PlanDialog(self.ctx, self).exec()
