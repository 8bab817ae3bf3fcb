"""Get support: crisis lines and the user's own people, one click from every page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from wellness_journal.core.crisis import is_unchanged_default
from wellness_journal.core.models import ContactKind, SupportContact
from wellness_journal.services.contacts import TOPIC
from wellness_journal.services.preferences import REGION_TOPIC
from wellness_journal.ui.context import UiContext
from wellness_journal.ui.page import Page
from wellness_journal.ui.sheet_drafts import SheetDrafts
from wellness_journal.ui.support.contact_dialog import ContactDialog
from wellness_journal.ui.support.crisis_strip import contact_lines
from wellness_journal.ui.widgets import confirm
from wellness_journal.ui.widgets.common import ScrollPage, button, card, heading, paragraph
from wellness_journal.ui.widgets.sheets import open_sheet


class SupportPage(Page):
    page_id = "support"
    icon_name = "support"
    topics = (TOPIC, REGION_TOPIC)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("SupportPage", "Support")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        scroll = ScrollPage()
        self.root.addWidget(scroll)
        col = scroll.column
        col.addWidget(heading(self.tr("Get support")))
        self.intro = paragraph("")
        col.addWidget(self.intro)
        plan_box, plan_inner = card()
        plan_inner.addWidget(heading(self.tr("My safety plan"), 2))
        plan_inner.addWidget(
            paragraph(
                self.tr(
                    "Your warning signs, what helps, who to reach and your reasons for living, "
                    "in your own words, for when things get hard."
                ),
                muted=True,
            )
        )
        self.plan_button = button(self.tr("Open my safety &plan"))
        self.plan_button.clicked.connect(lambda: self.ctx.go_to("safety-plan"))
        plan_row = QHBoxLayout()
        plan_row.addWidget(self.plan_button)
        plan_row.addStretch(1)
        plan_inner.addLayout(plan_row)
        col.addWidget(plan_box)
        col.addWidget(heading(self.tr("Crisis and peer-support lines"), 2))
        # Said of the lines that came with the app only: a line the person adds is theirs to know.
        self.lines_note = paragraph(
            self.tr(
                "The lines that come with the app are free, confidential and open day and night."
            ),
            muted=True,
        )
        col.addWidget(self.lines_note)
        self.crisis_box = QVBoxLayout()
        self.crisis_box.setSpacing(10)
        col.addLayout(self.crisis_box)
        col.addSpacing(10)
        col.addWidget(heading(self.tr("My people"), 2))
        col.addWidget(
            paragraph(
                self.tr(
                    "A peer supporter, counselor, chaplain, family member or friend you can call. "
                    "Only you can see this list."
                ),
                muted=True,
            )
        )
        self.people_box = QVBoxLayout()
        self.people_box.setSpacing(10)
        col.addLayout(self.people_box)
        self.add_person_button = button(self.tr("&Add a person"), primary=True)
        self.add_person_button.clicked.connect(self._on_add_person)
        self.add_line_button = button(self.tr("Add a support line"))
        self.add_line_button.clicked.connect(self._on_add_line)
        self.restore_button = button(self.tr("Restore the default lines"), name="flat")
        self.restore_button.clicked.connect(self._on_restore)
        row = QHBoxLayout()
        row.addWidget(self.add_person_button)
        row.addWidget(self.add_line_button)
        row.addStretch(1)
        row.addWidget(self.restore_button)
        col.addLayout(row)
        scroll.finish()
        self.drafts = SheetDrafts(ctx, self, "contact", ContactDialog)

    def refresh(self) -> None:
        self.intro.setText(
            self.tr(
                "You don't have to carry it alone. Reaching out is a strength, and these people "
                "want to hear from you. If you are in danger right now, call {0}."
            ).format(self.ctx.prefs.region().emergency)
        )
        for box in (self.crisis_box, self.people_box):
            while box.count():
                item = box.takeAt(0)
                widget = item.widget() if item is not None else None
                if widget is not None:
                    widget.setParent(None)
                    widget.deleteLater()
        contacts = self.ctx.session.contacts
        lines = contacts.crisis_lines()
        for line in lines:
            self.crisis_box.addWidget(self._contact_card(line))
        self.lines_note.setVisible(any(is_unchanged_default(line) for line in lines))
        QTimer.singleShot(0, self, self._continue_draft)
        people = contacts.personal()
        for person in people:
            self.people_box.addWidget(self._contact_card(person))
        if not people:
            self.people_box.addWidget(
                paragraph(
                    self.tr("No one added yet. Who would you call after a hard shift?"), muted=True
                )
            )

    def _contact_card(self, c: SupportContact) -> QWidget:
        frame, layout = card()
        top = QHBoxLayout()
        name = QLabel(c.name)
        name.setTextFormat(Qt.TextFormat.PlainText)  # user text: never read as HTML
        name.setObjectName("h2")
        name.setWordWrap(True)
        top.addWidget(name, 1)
        edit = button(self.tr("Edit"), name="flat", accessible=self.tr("Edit {0}").format(c.name))
        edit.clicked.connect(lambda _=False, contact=c: self._on_edit(contact))
        top.addWidget(edit)
        delete = button(
            self.tr("Remove"), name="flat", accessible=self.tr("Remove {0}").format(c.name)
        )
        delete.clicked.connect(lambda _=False, contact=c: self._on_delete(contact))
        top.addWidget(delete)
        layout.addLayout(top)
        how = contact_lines(c)
        if how:
            reach = QLabel("   ·   ".join(how))
            reach.setTextFormat(Qt.TextFormat.PlainText)
            reach.setStyleSheet("font-size: 14pt; font-weight: 600;")
            reach.setWordWrap(True)
            layout.addWidget(reach)
        for extra in (c.role, c.note):
            if extra:
                layout.addWidget(paragraph(extra, muted=True))
        frame.setAccessibleName(f"{c.name}. {', '.join(how)}. {c.role}. {c.note}")
        return frame

    def _save(self, contact: SupportContact) -> None:
        contacts = self.ctx.session.contacts
        self.ctx.perform(lambda: contacts.save(contact), self.tr("Not saved"))

    def _open_contact(self, dialog: ContactDialog) -> None:
        """The contact form over the page; saved when accepted, kept as a draft on lock."""
        dialog.accepted.connect(lambda: self._save(dialog.contact()))
        dialog.finished.connect(lambda _result: self.drafts.discard())
        open_sheet(self, dialog)

    @Slot()
    def _on_add_person(self) -> None:
        self._open_contact(ContactDialog(None, ContactKind.PERSONAL, self))

    @Slot()
    def _on_add_line(self) -> None:
        self._open_contact(ContactDialog(None, ContactKind.CRISIS, self))

    def _on_edit(self, contact: SupportContact) -> None:
        self._open_contact(ContactDialog(contact, contact.kind, self))

    def flush(self) -> None:
        """Keep a contact being typed as a draft (the journal is about to lock)."""
        self.drafts.keep()

    def _continue_draft(self) -> None:
        """After unlocking: the contact that was being typed when the journal locked, as it was."""
        data = self.drafts.pending()
        if data is None:
            return
        contacts = self.ctx.session.contacts
        editing = data.get("editing")
        kind = ContactKind.CRISIS if data.get("kind") == "crisis" else ContactKind.PERSONAL
        original = next(
            (c for c in contacts.crisis_lines() + contacts.personal() if c.id == editing), None
        )
        dialog = ContactDialog(original, original.kind if original else kind, self)
        dialog.restore(data)
        self._open_contact(dialog)

    def _on_delete(self, contact: SupportContact) -> None:
        if contact.id is None or not confirm.ask(
            self,
            self.tr("Remove contact"),
            self.tr("Remove {0} from your support list?").format(contact.name),
            self.tr("Remove contact"),
            self.tr("Keep it"),
        ):
            return
        contacts, contact_id = self.ctx.session.contacts, contact.id
        self.ctx.perform(lambda: contacts.delete(contact_id), self.tr("Not removed"))

    @Slot()
    def _on_restore(self) -> None:
        contacts, region = self.ctx.session.contacts, self.ctx.prefs.region()
        self.ctx.perform(lambda: contacts.restore_default_lines(region), self.tr("Not restored"))
