"""My safety plan: the six steps and one's reasons for living, in one's own words.

Typing is saved about half a second after the last keystroke and at the latest a second after
the first unsaved one, and again before lock, page change and quit (``flush`` raises when it
cannot save, so the window stays unlocked and keeps the words). Nothing is required; it is never
called a contract. The pocket card can be saved as a PDF (after a warning) or printed.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import QLabel, QMenu, QWidget

from wellness_journal.core.errors import WellnessError
from wellness_journal.core.safety_plan import PlanSection
from wellness_journal.services import preferences
from wellness_journal.services.safety_plan import TOPIC
from wellness_journal.ui.context import UiContext
from wellness_journal.ui.journal.autosave import Autosave
from wellness_journal.ui.messages import error_text
from wellness_journal.ui.page import Page
from wellness_journal.ui.support import pocket_card
from wellness_journal.ui.support.plan_section import Pick, PlanSectionCard
from wellness_journal.ui.support.plan_texts import example, firearms_guide, hint
from wellness_journal.ui.widgets.common import (
    ScrollPage,
    button,
    heading,
    notice,
    paragraph,
    spread_row,
)

AUTOSAVE_MS = 500  # after the last keystroke
AUTOSAVE_MAX_MS = 1000  # at the latest, while typing goes on


class SafetyPlanPage(Page):
    page_id = "safety-plan"
    icon_name = "plan"
    topics = (TOPIC, preferences.REGION_TOPIC)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("SafetyPlanPage", "Safety plan")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._dirty = False
        scroll = ScrollPage()
        self.body = scroll
        self.root.addWidget(scroll)
        col = scroll.column
        col.addWidget(heading(self.tr("My safety plan")))
        col.addWidget(
            paragraph(
                self.tr(
                    "A plan in your own words for when things get hard: the signs to watch for, "
                    "what helps, and who to reach. When you need it, go down the steps one at a "
                    "time until one helps. Fill in what you can, in any order: one thing a line. "
                    "It is saved as you type and only you can see it."
                )
            )
        )
        self.save_card_button = button(self.tr("Save pocket card (PDF)…"))
        self.save_card_button.setToolTip(
            self.tr("A one-page card with your steps and the crisis lines, to keep with you")
        )
        self.save_card_button.clicked.connect(self._on_save_card)
        self.print_button = button(self.tr("&Print pocket card…"), clicked=self._on_print)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # it shows the file name chosen
        self.status.setObjectName("muted")
        self.status.setAccessibleName(self.tr("Save status"))
        col.addLayout(spread_row([self.save_card_button, self.print_button], [self.status]))

        self.sections: dict[PlanSection, PlanSectionCard] = {}
        for section in PlanSection:
            part = PlanSectionCard(section, hint(section), example(section))
            part.edited.connect(self._on_edited)
            self.sections[section] = part
            col.addWidget(part)
        self.sections[PlanSection.SAFER_SURROUNDINGS].add_guide(firearms_guide())
        self.sections[PlanSection.PEOPLE].add_picker(
            self.tr("Add from My people"), self._fill_people
        )
        self.sections[PlanSection.PROFESSIONALS].add_picker(
            self.tr("Add from Support"), self._fill_professionals
        )
        self.danger = notice("")
        col.addWidget(self.danger)
        scroll.finish()

        self.autosave = Autosave(self, after_ms=AUTOSAVE_MS, at_most_ms=AUTOSAVE_MAX_MS)
        self.autosave.elapsed.connect(self._on_autosave_due)

    # -- showing -------------------------------------------------------------------------------
    def refresh(self) -> None:
        region = self.ctx.prefs.region()
        label = self.danger.findChild(QLabel)
        if label is not None:
            label.setText(
                self.tr("If you are in danger right now, call {0}.").format(region.emergency)
            )
        if self._dirty:
            return  # what is typed wins; it is saved in a moment
        plan = self.ctx.session.safety_plan.get()
        for section, part in self.sections.items():
            part.load(plan.items(section) if plan is not None else ())

    def open_detail(self, detail: str) -> bool:
        """``ctx.go_to("safety-plan/people")``: the page, scrolled to that section, typing there."""
        try:
            part = self.sections[PlanSection(detail)]
        except ValueError:
            return False
        self.body.ensureWidgetVisible(part)
        part.edit.setFocus()
        return True

    # -- picking contacts ----------------------------------------------------------------------
    def _fill_people(self, menu: QMenu, pick: Pick) -> None:
        people = self.ctx.session.contacts.personal()
        for person in people:
            menu.addAction(person.name).triggered.connect(lambda _=False, c=person: pick(c))
        if not people:
            menu.addAction(self.tr("No one in My people yet")).setEnabled(False)
        menu.addSeparator()
        menu.addAction(self.tr("Add someone on the Support page…")).triggered.connect(
            lambda: self.ctx.go_to("support")
        )

    def _fill_professionals(self, menu: QMenu, pick: Pick) -> None:
        contacts = self.ctx.session.contacts
        for line in contacts.crisis_lines():
            menu.addAction(line.name).triggered.connect(lambda _=False, c=line: pick(c))
        people = contacts.personal()
        if people:
            menu.addSeparator()
        for person in people:
            label = f"{person.name} ({person.role})" if person.role else person.name
            menu.addAction(label).triggered.connect(lambda _=False, c=person: pick(c))

    # -- saving --------------------------------------------------------------------------------
    @Slot()
    def _on_edited(self) -> None:
        self._dirty = True
        self.status.setText(self.tr("Saving…"))
        self.autosave.typed()

    @Slot()
    def _on_autosave_due(self) -> None:
        # On failure the status line says so; the next keystroke or flush tries again.
        with contextlib.suppress(WellnessError):
            self.save_now()

    def save_now(self) -> None:
        """Save what the page shows. Raises (and says so on the status line) when it cannot."""
        self.autosave.stop()
        if not self._dirty:
            return
        sections = {section: part.items() for section, part in self.sections.items()}
        try:
            changes = self.ctx.session.safety_plan.save(sections)
        except WellnessError as exc:
            self.status.setText(self.tr("Not saved yet: {0}").format(error_text(exc)))
            raise
        self._dirty = False
        self.status.setText(self.tr("Saved"))
        self.ctx.announce(changes)

    def flush(self) -> None:
        self.save_now()

    # -- the pocket card -----------------------------------------------------------------------
    def _saved_first(self) -> bool:
        try:
            self.save_now()
        except WellnessError as exc:
            self.ctx.show_failure(self.tr("Not saved yet"), exc, parent=self)
            return False
        return True

    @Slot()
    def _on_save_card(self) -> None:
        if not self._saved_first():
            return
        path = pocket_card.save_card(self, self.ctx)
        if path is not None:
            self.status.setText(self.tr("Pocket card saved to {0}").format(path))

    @Slot()
    def _on_print(self) -> None:
        if self._saved_first() and pocket_card.print_card(self, self.ctx):
            self.status.setText(self.tr("Pocket card sent to the printer."))
