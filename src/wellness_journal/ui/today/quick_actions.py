"""The day's main jobs in one row at the top of Today: log stress, log sleep, breathe now (one
click: the breathing exercise runs at once), record a hard call."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal, SignalInstance
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QWidget

from wellness_journal.ui.icons import icon
from wellness_journal.ui.theme import current_colors
from wellness_journal.ui.widgets.common import button

ICON_SIZE = 18


class QuickActions(QWidget):
    log_stress_requested = Signal()
    log_sleep_requested = Signal()
    breathe_requested = Signal()
    record_incident_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Quick actions"))
        self.stress = self._add(self.tr("Log s&tress"), "pulse", self.log_stress_requested)
        self.sleep = self._add(self.tr("Log slee&p"), "sleep", self.log_sleep_requested)
        self.breathe = self._add(self.tr("&Breathe now"), "toolbox", self.breathe_requested)
        # No Alt key: every letter of it is taken on Today (Tab reaches it).
        self.incident = self._add(
            self.tr("Record a hard call"), "shield", self.record_incident_requested
        )
        self.incident.setToolTip(
            self.tr("A short private record of a critical incident, with check-ins after it")
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        for b in (self.stress, self.sleep, self.breathe, self.incident):
            row.addWidget(b)
        row.addStretch(1)

    def _add(self, text: str, icon_name: str, signal: SignalInstance) -> QPushButton:
        b = button(text)
        b.setIcon(icon(icon_name, current_colors().text, ICON_SIZE))
        b.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        b.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        b.clicked.connect(signal)
        return b

    def set_breathing_name(self, name: str) -> None:
        """Say which exercise "Breathe now" starts."""
        self.breathe.setToolTip(self.tr("Starts {0} at once").format(name))
        self.breathe.setAccessibleName(self.tr("Breathe now: start {0}").format(name))
