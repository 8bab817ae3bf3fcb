"""Parts of the stress form: how strong and when (``StressLevel``), a grid of things to tick
(``CheckGrid``), and what set it off (``TriggerBox``: the ticks, the list editor, your words)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, tzinfo

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from wellness_journal.core.sleep import at_local
from wellness_journal.core.stress import SUDS_RANGE
from wellness_journal.ui.today import labels
from wellness_journal.ui.today.form import py_date, py_time, qdate, qtime
from wellness_journal.ui.today.rating import RatingScale
from wellness_journal.ui.widgets.common import button, column, steady


def stress_scale(name: str, high_hint: str) -> RatingScale:
    """A 0 to 10 stress scale (SUDS)."""
    low, high = SUDS_RANGE
    calm = QCoreApplication.translate("StressDialog", "0 calm")
    return RatingScale(name, low, high, low_hint=calm, high_hint=high_hint)


class StressLevel(QWidget):
    """ "How stressed are you, 0 to 10?", when (changeable), and the scale."""

    def __init__(self, at: datetime, zone: tzinfo, spacing: int) -> None:
        super().__init__()
        self._at, self._zone = at, zone
        self.suds = stress_scale(
            self.tr("How stressed, 0 to 10"), self.tr("10 the worst you can imagine")
        )
        shown = at.astimezone(zone)
        self.at = QDateTimeEdit(QDateTime(qdate(shown.date()), qtime(shown.time())))
        self.at.setDisplayFormat("ddd d MMM, HH:mm")
        self.at.setAccessibleName(self.tr("When"))
        steady(self.at)  # changed only on purpose: Tab or a click, then a key
        layout = column(self, spacing=spacing)
        top = QHBoxLayout()
        suds_label = QLabel(self.tr("How &stressed are you, 0 to 10?"))
        suds_label.setObjectName("h2")
        suds_label.setBuddy(self.suds)
        top.addWidget(suds_label, 1)
        top.addWidget(self.at)
        layout.addLayout(top)
        layout.addWidget(self.suds)
        self.problem = QLabel(self.tr("That time is still to come. Pick a time up to now."))
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)

    def moment(self) -> datetime:
        """When it was: as first shown (to the second) unless the user picked another minute."""
        qdt = self.at.dateTime()
        picked_day, picked_time = py_date(qdt.date()), py_time(qdt.time())
        shown = self._at.astimezone(self._zone)
        if (picked_day, picked_time.replace(second=0)) == (
            shown.date(),
            shown.time().replace(second=0, microsecond=0),
        ):
            return self._at
        return at_local(picked_day, picked_time, self._zone)


class CheckGrid(QWidget):
    """Check boxes in ``columns`` columns; each one's accessible name starts with ``name``."""

    def __init__(self, keys: Iterable[str], columns: int, name: str) -> None:
        super().__init__()
        self._columns, self._name = columns, name
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(16)
        self._grid.setVerticalSpacing(6)
        self.boxes: dict[str, QCheckBox] = {}
        for key in keys:
            self.add(key)

    def add(self, key: str) -> None:
        if key in self.boxes:
            return
        index = len(self.boxes)
        box = QCheckBox(labels.item(key))
        box.setAccessibleName(f"{self._name}: {labels.item(key)}")
        self._grid.addWidget(box, index // self._columns, index % self._columns)
        self.boxes[key] = box

    def chosen(self) -> tuple[str, ...]:
        return tuple(k for k, box in self.boxes.items() if box.isChecked())

    def set_chosen(self, keys: Iterable[str]) -> None:
        chosen = set(keys)
        for key, box in self.boxes.items():
            box.setChecked(key in chosen)


class TriggerBox(QWidget):
    """What set it off: the list to tick (which the user can change) and their own words."""

    edit_list_clicked = Signal()

    def __init__(self, triggers: Iterable[str], words: str, spacing: int) -> None:
        super().__init__()
        edit_list = button(
            self.tr("&Change the list…"),
            name="flat",
            accessible=self.tr("Change the list of triggers"),
        )
        edit_list.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        edit_list.clicked.connect(self.edit_list_clicked)
        self.checks = CheckGrid(triggers, 3, self.tr("What set it off"))
        self.text = QLineEdit(words)
        self.text.setAccessibleName(self.tr("What set it off, in your words"))
        self.text.setPlaceholderText(self.tr("Optional, in your own words"))
        self.text.setMaxLength(2000)
        layout = column(self, spacing=spacing)
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("What set it off?")), 1)
        head.addWidget(edit_list)
        layout.addLayout(head)
        layout.addWidget(self.checks)
        layout.addWidget(self.text)
