"""Under the sleep times: what they add up to, their span, and what to check when they do not
fit (updated as you type)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from wellness_journal.core.sleep import Issue, SleepPeriod, metrics
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
        self.problems = QLabel()
        self.problems.setObjectName("problem")
        self.problems.setWordWrap(True)
        self.problems.setAccessibleName(self.tr("What to check"))
        layout = column(self, spacing=spacing)
        for label in (self.summary, self.span, self.problems):
            layout.addWidget(label)

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
        self.show_problems(issues)

    def show_problems(self, issues: list[Issue]) -> None:
        self.problems.setText("\n".join(labels.sleep_message(i) for i in issues))
        self.problems.setVisible(bool(issues))
