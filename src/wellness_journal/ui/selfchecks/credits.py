"""Credits: the questionnaires' owners and notices, exactly as each asks to be credited (from
assets/selfchecks/forms.json), and where the rest of the app's content comes from. Reached from
the Self-checks page and from Settings."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from wellness_journal.core.selfchecks import Instrument
from wellness_journal.ui.selfchecks import words
from wellness_journal.ui.selfchecks.forms import load_forms, problem
from wellness_journal.ui.widgets.common import ScrollPage, card, heading, paragraph
from wellness_journal.ui.widgets.screen_room import fit_to_screen

# The PHQ-2 shares the PHQ-9's form, source and notice: credited once, with it.
CREDITED = (Instrument.PHQ9, Instrument.GAD7, Instrument.PCL5, Instrument.AUDITC, Instrument.WHO5)


class CreditsView(ScrollPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        col = self.column
        col.addWidget(heading(self.tr("Credits")))
        col.addWidget(heading(self.tr("Self-check questionnaires"), 2))
        col.addWidget(
            paragraph(
                self.tr(
                    "The questions and answers are the owners' own words, unchanged, and the "
                    "scoring follows what each owner publishes. A self-check is not a diagnosis."
                ),
                muted=True,
            )
        )
        forms = load_forms()
        self.notices: dict[Instrument, str] = {}
        for instrument in CREDITED:
            form = forms.get(instrument)
            frame, inner = card()
            names = (
                self.tr("{0} and the PHQ-2 (its first two questions)").format(form.name)
                if form is not None and instrument is Instrument.PHQ9
                else (form.name if form is not None else instrument.value)
            )
            inner.addWidget(heading(names, 2))
            inner.addWidget(paragraph(words.about(instrument), muted=True))
            if form is not None:
                inner.addWidget(paragraph(form.notice))
                inner.addWidget(paragraph(self.tr("Wording: {0}").format(form.source), muted=True))
                self.notices[instrument] = form.notice
            col.addWidget(frame)
        if problem():
            col.addWidget(
                paragraph(self.tr("The questionnaires could not be read: {0}").format(problem()))
            )
        col.addWidget(heading(self.tr("The rest of the app"), 2))
        col.addWidget(
            paragraph(
                self.tr(
                    "Each Learn guide lists its own sources at its end. The exercises and sleep "
                    "figures follow published sources, named in the guides and in the app's "
                    "documentation. The icons were drawn for Wellness Journal (MIT licence)."
                )
            )
        )
        self.finish()


class CreditsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Credits"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 12)
        self.view = CreditsView()
        layout.addWidget(self.view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.setContentsMargins(0, 0, 20, 0)
        layout.addWidget(buttons)
        fit_to_screen(self, parent, 760, 640)
