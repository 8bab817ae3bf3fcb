"""Learn: short guides for officers, their families and their leaders, read offline.

The list of guides, searchable as you type, and one guide at a time. Links in a guide lead into
the app ("try this now"): to another guide here, or to a page through ``ctx.go_to``. Other pages
open a guide with ``ctx.go_to("learn/<id>")`` (see ``ui/learn/links.py``). The guides' crisis
numbers are the user's region's (``ui/learn/region_words.py``), searched and shown alike, and
follow a change of region.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QStackedWidget, QWidget

from wellness_journal.core.guide_search import GuideIndex, Hit
from wellness_journal.core.guides import Guide
from wellness_journal.services.preferences import REGION_TOPIC
from wellness_journal.ui.context import UiContext
from wellness_journal.ui.icons import icon
from wellness_journal.ui.learn.guide_list import GuideList
from wellness_journal.ui.learn.links import LEARN_PAGE, load_guides
from wellness_journal.ui.learn.reader import GuideView
from wellness_journal.ui.learn.region_words import for_region
from wellness_journal.ui.page import Page
from wellness_journal.ui.support.emergency import region_for
from wellness_journal.ui.theme import current_colors
from wellness_journal.ui.widgets.common import ScrollPage, button, column, heading, paragraph


class LearnPage(Page):
    page_id = LEARN_PAGE
    icon_name = "learn"
    topics = (REGION_TOPIC,)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("LearnPage", "Learn")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.shipped, problems = load_guides()  # as written, with their region markers
        self.region = region_for(ctx.prefs)
        self.guides: dict[str, Guide] = {}
        self._index: GuideIndex | None = None  # made at the first search (15-20 ms)
        self._fill_in_region()
        self.stack = QStackedWidget()
        self.root.addWidget(self.stack)

        # The list of guides, with the search field.
        self.list_page = ScrollPage()
        col = self.list_page.column
        col.addWidget(heading(self.tr("Learn")))
        col.addWidget(
            paragraph(
                self.tr(
                    "Short reads on stress, sleep and the job, for you and the people close to "
                    "you. They work offline, and nobody sees what you read."
                ),
                muted=True,
            )
        )
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the guides, e.g. sleep, drinking, family"))
        self.search.setAccessibleName(self.tr("Search the guides"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(
            icon("search", current_colors().muted, 18), QLineEdit.ActionPosition.LeadingPosition
        )
        self.search.textChanged.connect(self._on_search)
        self.search.returnPressed.connect(self._on_search_entered)
        self.search.installEventFilter(self)
        col.addWidget(self.search)
        self.list = GuideList()
        self.list.guide_chosen.connect(self.show_guide)
        col.addWidget(self.list)
        if problems:
            note = paragraph(
                self.tr("Some guides could not be read and are left out: {0}").format(
                    "; ".join(problems)
                ),
                muted=True,
            )
            note.setAccessibleName(self.tr("Guides left out"))
            col.addWidget(note)
        self.list_page.finish()
        self.stack.addWidget(self.list_page)

        # One guide.
        self.reader_page = QWidget()
        self.reader_page.setObjectName("pageRoot")
        reader = column(self.reader_page, spacing=0, margins=(0, 10, 0, 0))
        bar = QHBoxLayout()
        self.reader_bar = bar
        self.back_button = button(self.tr("← All guides"), name="flat")
        self.back_button.setAccessibleName(self.tr("Back to all guides"))
        self.back_button.setToolTip(self.tr("Back to all guides (Alt+Left or Esc)"))
        self.back_button.clicked.connect(self.show_list)
        bar.addWidget(self.back_button)
        bar.addStretch(1)
        reader.addLayout(bar)
        self.view = GuideView()
        self.view.link_activated.connect(self._on_link)
        self.view.text_moved.connect(self._on_text_moved)
        reader.addWidget(self.view, 1)
        self.stack.addWidget(self.reader_page)
        for keys in (QKeySequence(QKeySequence.StandardKey.Back), QKeySequence("Esc")):
            back = QShortcut(keys, self.reader_page)
            back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            back.activated.connect(self.show_list)

        self._on_search("")
        self.setFocusProxy(self.search)

    # -- the region's numbers ------------------------------------------------------------------------
    def _fill_in_region(self) -> None:
        guides = for_region(self.shipped, self.region)
        self.guides = {g.id: g for g in guides}
        self._index = None  # made again at the next search

    def refresh(self) -> None:
        """After a change of region: the guides, the search and the guide on screen say its
        numbers."""
        place = region_for(self.ctx.prefs)
        if place.code == self.region.code:
            return
        self.region = place
        self._fill_in_region()
        self._on_search(self.search.text())
        shown = self.current_guide()
        if shown:
            self.view.show_guide(self.guides[shown])

    # -- what is shown -----------------------------------------------------------------------------
    def open_detail(self, detail: str) -> bool:
        """``learn/<guide id>`` opens that guide; ``learn`` alone the list."""
        if not detail:
            self.show_list()
            return True
        if detail not in self.guides:
            return False
        self.show_guide(detail)
        return True

    def current_guide(self) -> str:
        """The id of the guide on screen, or "" when the list is shown."""
        if self.stack.currentWidget() is self.reader_page and self.view.guide is not None:
            return self.view.guide.id
        return ""

    @Slot(str)
    def show_guide(self, guide_id: str) -> None:
        guide = self.guides.get(guide_id)
        if guide is None:
            return
        self.view.show_guide(guide)
        self.stack.setCurrentWidget(self.reader_page)
        self.setFocusProxy(self.view)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def show_list(self) -> None:
        was = self.current_guide()
        self.stack.setCurrentWidget(self.list_page)
        self.setFocusProxy(self.search)
        card = self.list.card_for(was) if was else None
        if card is not None:
            card.setFocus(Qt.FocusReason.OtherFocusReason)
            self.list_page.ensureWidgetVisible(card)
        else:
            self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot(int)
    def _on_text_moved(self, left: int) -> None:
        """Keep "All guides" above the start of the text (the flat button has its own padding)."""
        self.reader_bar.setContentsMargins(max(left - 6, 8), 0, 8, 0)

    # -- searching -----------------------------------------------------------------------------------
    @Slot(str)
    def _on_search(self, query: str) -> None:
        if not query.strip():  # every guide, in order: the index is not needed
            self.list.show_hits([Hit(g, 0, "") for g in self.guides.values()], query)
            return
        if self._index is None:
            self._index = GuideIndex(self.guides.values())
        self.list.show_hits(self._index.search(query), query)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down in the search field moves to the first guide (Up on it comes back)."""
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and self.list.cards
        ):
            self.list.cards[0].setFocus(Qt.FocusReason.TabFocusReason)
            self.list_page.ensureWidgetVisible(self.list.cards[0])
            return True
        return super().eventFilter(watched, event)

    @Slot()
    def _on_search_entered(self) -> None:
        if self.list.cards:
            self.show_guide(self.list.cards[0].guide.id)

    # -- links in a guide ------------------------------------------------------------------------------
    @Slot(str)
    def _on_link(self, target: str) -> None:
        page_id, _, detail = target.partition("/")
        if page_id == LEARN_PAGE:
            self.open_detail(detail)
        else:
            self.ctx.go_to(target)
