"""Under the sleep times: what they add up to, their span, and what to check when they do not
fit (updated as you type)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from wellness_journal.core.sleep import LONG_SLEEP_MINUTES, Issue, SleepPeriod, long_sleep, metrics
from wellness_journal.ui.today import labels
from wellness_journal.ui.widgets.common import column


class SleepCheck(QWidget):
    """What the times add up to, their span, and what to check when they do not fit."""

    def __init__(self, spacing: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.summary.setWordWrap(True)
        self.span = QLabel()
        self.span.setObjectName("muted")
        self.span.setWordWrap(True)
        self.problems = QLabel()
        self.problems.setObjectName("problem")
        self.problems.setWordWrap(True)
        self.problems.setAccessibleName(self.tr("What to check"))
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setAccessibleName(self.tr("Is that right?"))
        self.warning.hide()
        layout = column(self, spacing=spacing)
        for label in (self.summary, self.span, self.problems, self.warning):
            layout.addWidget(label)

    def show_missing(self, missing: list[str], bad: list[str], *, started: bool) -> None:
        """Before every time and number is given: what is still to fill in (named once some
        are given: a list of all seven says nothing)."""
        self.summary.setText(self.tr("Fill in the times and how the night went"))
        named = started and bool(missing)
        self.span.setText(
            self.tr("Still to fill in: {0}.").format(", ".join(missing)) if named else ""
        )
        self.span.setVisible(named)
        self.warning.hide()
        self.problems.setText(
            "\n".join(self.tr("{0}: type a time like 23:30 or 0730.").format(b) for b in bad)
        )
        self.problems.setVisible(bool(bad))

    def show_check(self, p: SleepPeriod, issues: list[Issue]) -> None:
        m = metrics(p)
        if m.time_in_bed > 0 and not issues:
            self.summary.setText(
                self.tr("{0} asleep of {1} in bed ({2:.0f}%)").format(
                    labels.duration(m.total_sleep), labels.duration(m.time_in_bed), m.efficiency
                )
            )
        else:
            self.summary.setText(self.tr("Check the times below"))
        self.span.setText(
            self.tr("From {0} to {1}").format(labels.when(p.into_bed), labels.when(p.out_of_bed))
        )
        self.span.show()
        # More than 16 hours asleep can happen: ask, do not refuse.
        self.warning.setText(
            self.tr(
                "That is {0} asleep, more than {1} hours. If that is right, save it; if not, "
                "check the day you got up and the times."
            ).format(labels.duration(m.total_sleep), LONG_SLEEP_MINUTES // 60)
        )
        self.warning.setVisible(not issues and long_sleep(p))
        self.show_problems(issues)

    def show_problems(self, issues: list[Issue]) -> None:
        self.problems.setText("\n".join(labels.sleep_message(i) for i in issues))
        self.problems.setVisible(bool(issues))
