"""The default crisis lines, shown even while the journal is locked (they are public numbers)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from wellness_journal.core.crisis import Region, region
from wellness_journal.core.models import SupportContact
from wellness_journal.services import plan_words
from wellness_journal.services.preferences import Preferences
from wellness_journal.storage.paths import AppPaths
from wellness_journal.ui.widgets.common import card, column, heading, paragraph
from wellness_journal.ui.widgets.screen_room import FitScroll, fit_content


def contact_lines(c: SupportContact) -> list[str]:
    return plan_words.contact_parts(c, lambda text: QCoreApplication.translate("safety_plan", text))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def contact_label(c: SupportContact) -> QLabel:
    """One person or line on one row: the name in bold, then how to reach them (a screen reader
    hears both)."""
    how = "   ·   ".join(contact_lines(c))
    name = f"<b>{_escape(c.name)}</b>"
    label = QLabel(f"{name} — {_escape(how)}" if how else name)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName(f"{c.name}. {how}")
    return label


def region_of(paths: AppPaths | None) -> Region:
    """The region chosen for this data folder (the United States when none was chosen)."""
    return Preferences(paths).region() if paths is not None else region(None)


def talk_sentence(place: Region) -> str:
    """One line under the lock screen's support button: the region's first default line."""
    line = place.lines[0]
    if line.text == f"Text {line.phone}":
        return QCoreApplication.translate(
            "support", "Need to talk to someone? Call or text {0}, any time."
        ).format(line.phone)
    return QCoreApplication.translate(
        "support", "Need to talk to someone? Call {0} on {1}, any time."
    ).format(line.name, line.phone)


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
    """Opened from the lock screen: help is one click away even before unlocking.

    It shows the region's default lines (public numbers) and never anything from inside the
    journal: its words are the same whether or not the journal holds a safety plan."""

    def __init__(self, parent: QWidget | None = None, place: Region | None = None) -> None:
        super().__init__(parent)
        place = place or region(None)
        self.setWindowTitle(self.tr("Get support"))
        self.setModal(True)
        layout = column(self, spacing=12, margins=(24, 20, 24, 20))
        layout.addWidget(heading(self.tr("You don't have to carry it alone")))
        layout.addWidget(
            paragraph(
                self.tr(
                    "These lines are open day and night. If you are in danger right now, call {0}."
                ).format(place.emergency)
            )
        )
        cards = QWidget()
        listed = column(cards, spacing=12)
        for line in place.lines:
            listed.addWidget(crisis_card(line))
        layout.addWidget(FitScroll(cards), 1)  # a short screen: the lines scroll, Close stays
        self.inside_note = paragraph(
            self.tr(
                "Your own people, and your safety plan if you made one, are inside your journal."
            ),
            muted=True,
        )
        layout.addWidget(self.inside_note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_content(self, parent, 560)
