"""Toolbox: guided exercises with before/after ratings, "What helps me", thought records."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from wellness_journal.core.exercises import EXERCISES, is_known
from wellness_journal.core.pacer import plan_for
from wellness_journal.services.coping import TOPIC
from wellness_journal.ui.context import UiContext
from wellness_journal.ui.icons import icon
from wellness_journal.ui.page import Page
from wellness_journal.ui.theme import current_colors
from wellness_journal.ui.toolbox.exercise_dialog import ExerciseDialog
from wellness_journal.ui.toolbox.exercise_list import ExerciseListView
from wellness_journal.ui.toolbox.helps_view import WhatHelpsView
from wellness_journal.ui.toolbox.launcher import breathe_now, breathing_to_start, start_exercise
from wellness_journal.ui.toolbox.thought_records import ThoughtRecordsView
from wellness_journal.ui.toolbox.words import Words
from wellness_journal.ui.widgets.common import (
    PageHeader,
    ScrollPage,
    button,
    flat_tab_bar,
    heading,
    paragraph,
)

EXERCISES_TAB, HELPS_TAB, RECORDS_TAB = range(3)


class ToolboxPage(Page):
    page_id = "toolbox"
    icon_name = "toolbox"
    topics = (TOPIC,)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("ToolboxPage", "Toolbox")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.last_dialog: ExerciseDialog | None = None
        self.header = PageHeader(spacing=8)
        head = self.header.column
        head.addWidget(heading(self.tr("Toolbox")))
        intro = QHBoxLayout()
        intro.setSpacing(16)
        intro.addWidget(
            paragraph(
                self.tr(
                    "Short exercises to settle body and mind. Rate your stress before and after, "
                    "and you will see which ones work for you."
                ),
                muted=True,
            ),
            1,
        )
        # One click: the breathing exercise used last, running at once.
        self.breathe_button = button(self.tr("&Breathe now"))
        self.breathe_button.setIcon(icon("toolbox", current_colors().text, 18))
        self.breathe_button.setIconSize(QSize(18, 18))
        self.breathe_button.clicked.connect(self._on_breathe_now)
        intro.addWidget(self.breathe_button, 0, Qt.AlignmentFlag.AlignTop)
        head.addLayout(intro)
        self.tabs = flat_tab_bar(
            self.tr("Toolbox sections"),
            [self.tr("&Exercises"), self.tr("&What helps me"), self.tr("&Thought records")],
        )
        head.addWidget(self.tabs)
        self.root.addWidget(self.header)

        self.stack = QStackedWidget()
        self.root.addWidget(self.stack, 1)
        self.exercises_page = ScrollPage()
        self.exercise_list = ExerciseListView()
        self.exercise_list.start_requested.connect(self.start)
        self.exercise_list.favourite_toggled.connect(self._on_favourite)
        self.exercises_page.column.addWidget(self.exercise_list)
        self.exercises_page.finish()
        self.helps_page = ScrollPage()
        self.helps = WhatHelpsView()
        self.helps_page.column.addWidget(self.helps)
        self.helps_page.finish()
        # The thought records (list and editor) are built when first needed: their tab, or
        # ``records`` read (12-20 ms less in the pass that builds the page).
        self._records: ThoughtRecordsView | None = None
        self.records_tab = QWidget()
        QVBoxLayout(self.records_tab).setContentsMargins(0, 0, 0, 0)
        for widget in (self.exercises_page, self.helps_page, self.records_tab):
            self.stack.addWidget(widget)
        self.tabs.currentChanged.connect(self._on_tab)
        for scroll in (self.exercises_page, self.helps_page):
            scroll.verticalScrollBar().rangeChanged.connect(self._on_layout_changed)

    @property
    def records(self) -> ThoughtRecordsView:
        """The thought records, built (and filled) the first time they are asked for."""
        if self._records is None:
            records = ThoughtRecordsView(self.ctx, self.records_tab)
            layout = self.records_tab.layout()
            assert layout is not None
            layout.addWidget(records)
            for scroll in (records.list_page, records.editor_page):
                scroll.verticalScrollBar().rangeChanged.connect(self._on_layout_changed)
            records.stack.currentChanged.connect(self._on_layout_changed)
            self._records = records
            records.refresh()
        return self._records

    @Slot()
    def _on_layout_changed(self) -> None:
        """Keep the heading and tabs centred over the content, scroll bar or not."""
        current = self.stack.currentWidget()
        if current is self.records_tab:
            current = self.records.stack.currentWidget()
        self.header.follow(current)

    def refresh(self) -> None:
        coping = self.ctx.session.coping
        lengths = {}
        for ex in EXERCISES:
            if ex.timed:
                lengths[ex.id] = plan_for(
                    ex, coping.chosen_length(ex.id), coping.chosen_rate(ex.id)
                ).total_seconds
        self.exercise_list.show_exercises(coping.favourites(), coping.last_used(), lengths)
        name = Words(self).name(breathing_to_start(self.ctx))
        self.breathe_button.setToolTip(self.tr("Starts {0} at once").format(name))
        self.breathe_button.setAccessibleName(self.tr("Breathe now: start {0}").format(name))
        self.helps.show_rows(coping.what_helps())
        if self._records is not None:
            self._records.refresh()

    def flush(self) -> None:
        """Save an open thought record (an exercise left running pauses; the window stops and
        saves it before locking)."""
        if self._records is not None:  # else nothing was typed there
            self._records.flush()

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)

    @Slot(int)
    def _on_tab(self, index: int) -> None:
        leaving_records = self.stack.currentWidget() is self.records_tab and index != RECORDS_TAB
        if leaving_records and not self.ctx.perform(self.records.flush, self.tr("Not saved")):
            self.tabs.setCurrentIndex(RECORDS_TAB)
            return
        if index == RECORDS_TAB:
            self.records  # noqa: B018 - built now, the first time
        self.stack.setCurrentIndex(index)
        self._on_layout_changed()

    def open_detail(self, detail: str) -> bool:
        """Links from the Learn guides: "toolbox/<exercise id>" starts that exercise."""
        if not is_known(detail):
            return False
        self.show_tab(EXERCISES_TAB)
        self.start(detail)
        return True

    @Slot()
    def _on_breathe_now(self) -> None:
        started = breathe_now(self.ctx, self)
        if started is not None:
            self.last_dialog = started

    @Slot(str)
    def start(self, exercise_id: str) -> None:
        """Start ``exercise_id`` over the page; one at a time (an open one is shown instead)."""
        if isinstance(self.sheets.top(), ExerciseDialog):
            return
        self.last_dialog = start_exercise(self.ctx, self, exercise_id)

    def _on_favourite(self, exercise_id: str, on: bool) -> None:
        coping = self.ctx.session.coping
        self.ctx.perform(lambda: coping.set_favourite(exercise_id, on), self.tr("Not saved"))
