"""The unlocked window body: a sidebar of pages, Get support and Lock, and the pages."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from wellness_journal.core.errors import WellnessError
from wellness_journal.core.models import Changes
from wellness_journal.core.support_now import Reason
from wellness_journal.services import backup as backup_service
from wellness_journal.services.preferences import DISCREET_TOPIC
from wellness_journal.ui.context import UiContext
from wellness_journal.ui.icons import icon
from wellness_journal.ui.page import NEXT_PASS_MS, Page
from wellness_journal.ui.shell.keys_anywhere import KeysAnywhere
from wellness_journal.ui.shell.pages import page_classes, shortcut_numbers
from wellness_journal.ui.shell.privacy import app_name
from wellness_journal.ui.shell.sidebar_fit import SidebarFit
from wellness_journal.ui.support.support_now import SupportNowPanel, safety_plan_opener
from wellness_journal.ui.theme import current_colors
from wellness_journal.ui.toolbox.launcher import flush_running
from wellness_journal.ui.widgets.common import button, notice
from wellness_journal.ui.widgets.screen_room import fit_content

SUPPORT_PAGE = "support"
NEW_ENTRY = "journal/new"
SETTINGS_PAGE = "settings"


class MainArea(QWidget):
    lock_requested = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        # Pages are built the first time they are shown: unlocking stays quick however many
        # pages there are (each costs 30-90 ms to build and style).
        self._classes = page_classes()
        self._built: dict[int, Page] = {}
        colors = current_colors()

        sidebar = QFrame()
        sidebar.setObjectName("sidebar")
        sidebar.setFixedWidth(230)
        side = QVBoxLayout(sidebar)
        side.setContentsMargins(0, 18, 0, 14)
        side.setSpacing(6)
        name = QLabel(app_name(ctx.prefs))
        self.name_label = name
        name.setObjectName("h2")
        name.setContentsMargins(20, 0, 12, 8)
        side.addWidget(name)
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setAccessibleName(self.tr("Pages"))
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side.addWidget(self.nav, 1)

        # A small, calm note when the last backup to another drive is over 30 days old.
        self.backup_note = button(self.tr("Time for a backup"), name="flat")
        self.backup_note.setIcon(icon("shield", colors.accent))
        self.backup_note.setAccessibleName(self.tr("Backup reminder"))
        self.backup_note.clicked.connect(lambda: self.show_page(SETTINGS_PAGE))
        self.backup_note.setVisible(False)
        note_row = QHBoxLayout()
        note_row.setContentsMargins(14, 0, 14, 4)
        note_row.addWidget(self.backup_note)
        note_row.addStretch(1)
        side.addLayout(note_row)

        self.support_button = button(self.tr("Get support"), name="support")
        self.support_button.setIcon(icon("support", colors.accent_text))
        self.support_button.setToolTip(self.tr("Crisis lines and your people (F1)"))
        self.support_button.clicked.connect(self._on_support)
        self.lock_button = button(self.tr("Lock"))
        self.lock_button.setIcon(icon("lock", colors.text))
        self.lock_button.setToolTip(self.tr("Lock the journal now (Ctrl+L)"))
        self.lock_button.clicked.connect(self.lock_requested)
        for b in (self.support_button, self.lock_button):
            b.setMinimumHeight(40)
            wrap = QHBoxLayout()
            wrap.setContentsMargins(14, 0, 14, 0)
            wrap.addWidget(b)
            side.addLayout(wrap)

        self.stack = QStackedWidget()
        self.stack.setObjectName("content")
        content = QVBoxLayout()
        content.setContentsMargins(0, 0, 0, 0)
        content.setSpacing(0)
        if ctx.demo:
            banner = notice(
                self.tr(
                    "Demo journal: everything here is made up, and it is deleted "
                    "when you close the app."
                )
            )
            banner.setAccessibleName(self.tr("Demo notice"))
            content.addWidget(banner)
        content.addWidget(self.stack, 1)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(sidebar)
        layout.addLayout(content, 1)

        numbers = shortcut_numbers([cls.page_id for cls in self._classes])
        self._holders: list[QWidget] = []
        for cls in self._classes:
            holder = QWidget()  # the page goes in when it is first shown
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self.stack.addWidget(holder)
            self._holders.append(holder)
            item = QListWidgetItem(icon(cls.icon_name, colors.text), cls.title())
            item.setData(Qt.ItemDataRole.UserRole, cls.page_id)
            item.setSizeHint(QSize(0, 44))
            number = numbers.get(cls.page_id)
            if number is not None:
                item.setToolTip(self.tr("{0} (Ctrl+{1})").format(cls.title(), number))
                shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
                shortcut.activated.connect(lambda pid=cls.page_id: self._on_page_key(pid))
            self.nav.addItem(item)
        self.sidebar_fit = SidebarFit(sidebar, name, self.nav)
        QShortcut(QKeySequence("F1"), self).activated.connect(self._on_support)
        # A new journal entry from every page.
        QShortcut(QKeySequence("Ctrl+N"), self).activated.connect(lambda: self.show_page(NEW_ENTRY))
        # The shell hands it every key press (``IdleWatcher.key_hooks``).
        self.keys = KeysAnywhere(
            self, open_support=self._support_over, lock=self.lock_requested.emit
        )
        self.nav.currentRowChanged.connect(self._on_row_changed)
        ctx.bus.navigate_requested.connect(self.show_page)
        ctx.bus.support_now_requested.connect(self._on_support_now)
        ctx.bus.changed.connect(self._on_changes)
        self.refresh_backup_note()
        if self._classes:
            self.nav.setCurrentRow(0)

    def _page_at(self, row: int, *, show_now: bool = True) -> Page:
        """The page of ``row``, built now if it was not yet. Put on screen at once, or (with
        ``show_now`` False) over the next passes: building, filling (the first refresh),
        showing (styling, layout) and taking the keyboard are each a pass of their own, all
        shorter. (Left to the layout, the page was shown by a posted event, in the same pass.)"""
        page = self._built.get(row)
        holder = self._holders[row]
        if page is None:
            # Built in its holder: added afterwards, every widget of the page was styled again
            # (10-18 ms of the build pass for the Today and Self-checks pages).
            page = self._classes[row](self.ctx, holder)
            page.setHidden(True)  # shown below, or by the timer
            layout = holder.layout()
            assert layout is not None
            layout.addWidget(page)
            self._built[row] = page
            if not show_now:
                QTimer.singleShot(NEXT_PASS_MS, page, lambda: self._fill_built(page))
        if show_now and page.isHidden():
            page.show()  # on screen now if its holder is, else with it
        return page

    @property
    def pages(self) -> list[Page]:
        """Every page, in sidebar order (building any not shown yet)."""
        return [self._page_at(row) for row in range(len(self._classes))]

    def page(self, page_id: str) -> Page | None:
        for row, cls in enumerate(self._classes):
            if cls.page_id == page_id:
                return self._page_at(row)
        return None

    def current_page(self) -> Page | None:
        """The page on screen (built now, and given the keyboard, if it was about to be)."""
        row = self.stack.currentIndex()
        if not 0 <= row < len(self._classes):
            return None
        built = row in self._built
        page = self._page_at(row)
        if not built:
            page.setFocus()
        return page

    def _shown_page(self) -> Page | None:
        """The page on screen, if it is built (nothing is built here)."""
        return self._built.get(self.stack.currentIndex())

    def current_page_id(self) -> str:
        page = self.current_page()
        return page.page_id if page is not None else ""

    @Slot(str)
    def show_page(self, target: str) -> None:
        """Show a page by id, or a part of it: "learn/sleep" (see ``Page.open_detail``)."""
        self.open_target(target)

    def open_target(self, target: str) -> bool:
        """Like ``show_page``; False when no page or part of a page answers to ``target``."""
        page_id, _, detail = target.partition("/")
        for row, cls in enumerate(self._classes):
            if cls.page_id == page_id:
                self.nav.setCurrentRow(row)
                return self._page_at(row).open_detail(detail) if detail else True
        return False

    def _on_page_key(self, page_id: str) -> None:
        """Ctrl+1...9: the page, from its top (never left scrolled half-way down)."""
        self.show_page(page_id)
        page = self.current_page()
        if page is not None and page.page_id == page_id:
            page.show_top()

    @Slot(int)
    def _on_row_changed(self, row: int) -> None:
        if not 0 <= row < len(self._classes):
            return
        previous = self._shown_page()
        page = self._built.get(row)
        if previous is not None and previous is not page:
            previous.flush()
        self.stack.setCurrentIndex(row)
        if page is not None:
            page.setFocus()
        else:  # built in the next turn of the event loop: the sidebar answers at once
            QTimer.singleShot(NEXT_PASS_MS, self, self._on_build_due)

    @Slot()
    def _on_build_due(self) -> None:
        row = self.stack.currentIndex()
        if row == self.nav.currentRow() and 0 <= row < len(self._classes):
            self._page_at(row, show_now=False)

    def _fill_built(self, page: Page) -> None:
        """The pass after a page was built: its first refresh, while it is still hidden. Not
        once the window locked meanwhile (this area is hidden at once, its vault then closed)."""
        if page.isHidden() and self.isVisible():  # else filled when shown
            page.refresh_if_stale()
            QTimer.singleShot(NEXT_PASS_MS, page, lambda: self._show_built(page))

    def _show_built(self, page: Page) -> None:
        if page.isHidden():
            page.show()
        if page.isVisible():  # still the page on screen: it takes the keyboard next
            QTimer.singleShot(NEXT_PASS_MS, page, page.setFocus)

    @Slot()
    def _on_support(self) -> None:
        """The Support page on top. When a form is open over the Support page itself (adding a
        person), the lines and people come on top of that form instead."""
        self.show_page(SUPPORT_PAGE)
        page = self.current_page()
        if page is None or page.sheets.top() is None:
            return
        if not isinstance(page.sheets.top(), SupportNowPanel):
            panel = SupportNowPanel(self.ctx, None, plan=safety_plan_opener(self.ctx))
            page.sheets.open(panel, title=False)

    def _support_over(self, window: QWidget) -> QDialog:
        """Get support on top of ``window`` (one that holds the keyboard while open)."""
        panel = SupportNowPanel(self.ctx, None, plan=safety_plan_opener(self.ctx), parent=window)
        panel.setWindowModality(Qt.WindowModality.ApplicationModal)
        panel.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        panel.column.setContentsMargins(24, 20, 24, 20)
        fit_content(panel, window, 620)
        panel.show()
        return panel

    @Slot(str)
    def _on_support_now(self, reason: str) -> None:
        """The support-now panel, over the page being shown (``support_now.offer_support_now``)."""
        page = self.current_page()
        if page is None:
            return
        panel = SupportNowPanel(self.ctx, Reason(reason), plan=safety_plan_opener(self.ctx))
        page.sheets.open(panel, title=False)

    @Slot(object)
    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(backup_service.TOPIC):
            self.refresh_backup_note()
        if changes.touches(DISCREET_TOPIC):
            self.name_label.setText(app_name(self.ctx.prefs))

    def refresh_backup_note(self) -> None:
        if self.ctx.demo:
            return
        try:
            status = self.ctx.session.backups.status()
        except WellnessError:
            return
        self.backup_note.setVisible(status.reminder_due)
        if status.days_since_manual is None:
            tip = self.tr("No backup on another drive yet. Settings has a Back up button.")
        else:
            tip = self.tr(
                "Your last backup to another drive was {0} days ago. Settings has a Back up button."
            ).format(status.days_since_manual)
        self.backup_note.setToolTip(tip)

    def detach(self) -> list[Page]:
        """At lock, with this area hidden: stop listening to the change bus (its pages too); the
        pages built, for the shell to take down."""
        bus = self.ctx.bus
        bus.navigate_requested.disconnect(self.show_page)
        bus.support_now_requested.disconnect(self._on_support_now)
        bus.changed.disconnect(self._on_changes)
        pages = list(self._built.values())
        for page in pages:
            page.stop_listening()
        return pages

    def flush_all(self) -> None:
        """Save every page's unsaved typing, and stop and save any exercise that is running.
        Raises if something could not be saved."""
        for page in list(self._built.values()):
            page.flush()
        flush_running(self)
