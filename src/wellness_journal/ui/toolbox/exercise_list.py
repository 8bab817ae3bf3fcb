"""The exercises as cards: favourites pinned on top, then by family, "start again" first."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from wellness_journal.core.exercises import EXERCISES, Exercise, Family, exercise
from wellness_journal.ui.icons import icon
from wellness_journal.ui.theme import current_colors
from wellness_journal.ui.toolbox.words import Words
from wellness_journal.ui.widgets.common import button, card, clear, column, heading

COLUMNS = 2


class ExerciseListView(QWidget):
    start_requested = Signal(str)  # exercise id
    favourite_toggled = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words = Words(self)
        self.start_buttons: dict[str, QPushButton] = {}
        self.star_buttons: dict[str, QPushButton] = {}
        self.col = column(self, spacing=14)

    def show_exercises(
        self, favourites: list[str], last_used: str | None, lengths: dict[str, float]
    ) -> None:
        clear(self.col)
        self.start_buttons, self.star_buttons = {}, {}
        if last_used is not None:
            self.col.addWidget(self._again(last_used))
        pinned = [exercise(i) for i in favourites]
        if pinned:
            self.col.addWidget(heading(self.tr("Your favourites"), 2))
            self.col.addLayout(self._grid(pinned, True, lengths))
        for family in Family:
            rest = [e for e in EXERCISES if e.family is family and e.id not in favourites]
            if rest:
                self.col.addWidget(heading(self.words.family(family), 2))
                self.col.addLayout(self._grid(rest, False, lengths))

    def _again(self, exercise_id: str) -> QWidget:
        frame, layout = card()
        row = QHBoxLayout()
        text = QLabel(self.tr("Last time: {0}").format(self.words.name(exercise_id)))
        text.setStyleSheet("font-weight: 600;")
        text.setWordWrap(True)
        row.addWidget(text, 1)
        again = button(
            self.tr("Start &again"),
            primary=True,
            accessible=self.tr("Start {0} again").format(self.words.name(exercise_id)),
        )
        again.clicked.connect(lambda: self.start_requested.emit(exercise_id))
        row.addWidget(again)
        layout.addLayout(row)
        self.again_button = again
        return frame

    def _grid(self, items: list[Exercise], pinned: bool, lengths: dict[str, float]) -> QGridLayout:
        grid = QGridLayout()
        grid.setSpacing(12)
        for n, ex in enumerate(items):
            grid.addWidget(
                self._card(ex, pinned, lengths.get(ex.id, 0.0)), n // COLUMNS, n % COLUMNS
            )
        for c in range(COLUMNS):
            grid.setColumnStretch(c, 1)
        return grid

    def _card(self, ex: Exercise, pinned: bool, seconds: float) -> QWidget:
        frame, layout = card()
        name = self.words.name(ex.id)
        top = QHBoxLayout()
        title = QLabel(name)
        title.setObjectName("h2")
        title.setWordWrap(True)
        top.addWidget(title, 1)
        colors = current_colors()
        star = button(
            "",
            name="flat",
            accessible=(
                self.tr("Unpin {0}").format(name)
                if pinned
                else self.tr("Pin {0} to the top").format(name)
            ),
        )
        star.setIcon(filled_star(colors.accent) if pinned else icon("star", colors.muted, 20))
        star.setIconSize(QSize(20, 20))
        star.setCheckable(True)
        star.setChecked(pinned)
        star.setToolTip(self.tr("Unpin") if pinned else self.tr("Pin to the top"))
        star.clicked.connect(lambda checked, i=ex.id: self.favourite_toggled.emit(i, checked))
        top.addWidget(star, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        summary = QLabel(self.words.summary(ex.id))
        summary.setObjectName("muted")
        summary.setWordWrap(True)
        summary.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(summary, 1)  # a card taller than its text keeps the text at its top
        bottom = QHBoxLayout()
        length = QLabel(self.words.length(seconds) if seconds else self.tr("At your own pace"))
        length.setObjectName("muted")
        bottom.addWidget(length, 1)
        start = button(self.tr("Start"), accessible=self.tr("Start {0}").format(name))
        start.clicked.connect(lambda _=False, i=ex.id: self.start_requested.emit(i))
        bottom.addWidget(start)
        layout.addLayout(bottom)
        frame.setAccessibleName(f"{name}. {summary.text()}")
        self.start_buttons[ex.id] = start
        self.star_buttons[ex.id] = star
        return frame


def filled_star(color: str, size: int = 20) -> QIcon:
    """The star icon, filled: a pinned exercise."""
    return icon("star", color, size, filled=True)
