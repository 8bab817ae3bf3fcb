"""The default crisis lines, shown even while the journal is locked (they are public numbers)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from wellness_journal.core.crisis import DEFAULT_CRISIS_LINES
from wellness_journal.core.models import SupportContact
from wellness_journal.ui.widgets.common import card, heading, paragraph


def contact_lines(c: SupportContact) -> list[str]:
    parts = []
    if c.phone:
        parts.append(QCoreApplication.translate("support", "Call {0}").format(c.phone))
    if c.text:
        parts.append(c.text)
    return parts


def crisis_card(c: SupportContact) -> QWidget:
    frame, layout = card()
    name = QLabel(c.name)
    name.setTextFormat(Qt.TextFormat.PlainText)  # user text: never read as HTML
    name.setObjectName("h2")
    name.setWordWrap(True)
    layout.addWidget(name)
    how = QLabel("   ·   ".join(contact_lines(c)))
    how.setTextFormat(Qt.TextFormat.PlainText)
    how.setStyleSheet("font-size: 15pt; font-weight: 600;")
    how.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    how.setWordWrap(True)
    layout.addWidget(how)
    for extra in (c.role, c.note):
        if extra:
            layout.addWidget(paragraph(extra, muted=True))
    frame.setAccessibleName(f"{c.name}: {', '.join(contact_lines(c))}. {c.role} {c.note}")
    return frame


class CrisisLinesDialog(QDialog):
    """Opened from the lock screen: help is one click away even before unlocking."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Get support"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("You don't have to carry it alone")))
        layout.addWidget(
            paragraph(
                self.tr(
                    "These lines are free, confidential and open day and night. If you are in danger "
                    "right now, call 911."
                )
            )
        )
        for line in DEFAULT_CRISIS_LINES:
            layout.addWidget(crisis_card(line))
        layout.addWidget(
            paragraph(
                self.tr(
                    "Your own contacts and safety plan are inside your journal, on the Support page."
                ),
                muted=True,
            )
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 640)
