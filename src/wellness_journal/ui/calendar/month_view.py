"""A month of days as a grid: each day shows small marks for what was logged on it.

Keyboard: the grid is one Tab stop (the chosen day); the arrow keys move a day or a week, Page Up
and Page Down a month, Home goes to today. Screen readers hear each day's full name and what it
holds ("Friday 10 May: check-in, sleep, 3 stress entries"); the marks are shapes, not colours,
and a legend under the grid names them.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from wellness_journal.core.day_log import DayLog, add_months, clamp, month_grid
from wellness_journal.ui.calendar.words import counted
from wellness_journal.ui.icons import icon
from wellness_journal.ui.theme import current_colors
from wellness_journal.ui.widgets.common import button

MARKS = ("check", "sleep", "stress", "toolbox", "journal")  # the icons, in the legend's order
MARK_SIZE = 14


def marks_of(log: DayLog | None) -> list[str]:
    if log is None:
        return []
    found = [
        ("check", log.checked_in),
        ("sleep", log.sleep_periods > 0),
        ("stress", log.stress_entries > 0),
        ("toolbox", log.exercises > 0),
        ("journal", log.journal_entries > 0),
    ]
    return [name for name, present in found if present]


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class DayCell(QAbstractButton):
    """One day: its number, and a mark for each kind of thing logged on it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day = date.today()
        self.log: DayLog | None = None
        self.in_month = True
        self.is_today = False
        self.selectable = True
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setMinimumSize(QSize(44, 46))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def sizeHint(self) -> QSize:
        return QSize(60, 56)

    def paintEvent(self, event: QPaintEvent) -> None:
        c = current_colors()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        painter.setPen(Qt.PenStyle.NoPen)
        if self.isChecked():
            painter.setBrush(QColor(c.selection))
            painter.drawRoundedRect(rect, 7, 7)
        if self.hasFocus() or self.isChecked():
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor(c.accent), 2 if self.hasFocus() else 1))
            painter.drawRoundedRect(rect, 7, 7)
        font = QFont(self.font())
        font.setBold(self.is_today)
        painter.setFont(font)
        faint = not self.in_month or not self.selectable
        color = c.muted if faint else c.text
        painter.setPen(QColor(color))
        painter.drawText(
            rect.adjusted(7, 4, -4, -4),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            str(self.day.day),
        )
        if self.is_today:  # underlined, as well as bold: not by colour alone
            painter.setPen(QPen(QColor(c.accent), 2))
            left = int(rect.left() + 7)
            painter.drawLine(left, int(rect.top() + 24), left + 14, int(rect.top() + 24))
        x = rect.left() + 6
        y = rect.bottom() - MARK_SIZE - 4
        for name in marks_of(self.log):
            if x + MARK_SIZE > rect.right() - 2:
                break
            icon(name, color, MARK_SIZE).paint(painter, int(x), int(y), MARK_SIZE, MARK_SIZE)
            x += MARK_SIZE + 2
        painter.end()


class MonthView(QWidget):
    """Shows a month; ``day_chosen`` when the person picks a day (click, arrows, Home)."""

    day_chosen = Signal(object)  # date
    month_changed = Signal(object)  # the first of the month now shown

    def __init__(self, first: date, last: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first, self.last = first, last  # the days that can be picked
        locale = QLocale()
        self.first_weekday = locale.firstDayOfWeek().value - 1  # Qt: Monday 1 ... Sunday 7
        self.month = last.replace(day=1)
        self.chosen = last
        self.logs: dict[date, DayLog] = {}

        self.prev_button = button("‹", accessible=self.tr("Previous month"))
        self.next_button = button("›", accessible=self.tr("Next month"))
        self.today_button = button(self.tr("&Today"), accessible=self.tr("Go to today"))
        for b in (self.prev_button, self.next_button):
            b.setFixedWidth(44)
        self.prev_button.setToolTip(self.tr("Previous month (Page Up)"))
        self.next_button.setToolTip(self.tr("Next month (Page Down)"))
        self.prev_button.clicked.connect(lambda: self.show_month(add_months(self.month, -1)))
        self.next_button.clicked.connect(lambda: self.show_month(add_months(self.month, 1)))
        self.today_button.clicked.connect(lambda: self.choose(self.last))
        self.title = QLabel()
        self.title.setObjectName("h2")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        top = QHBoxLayout()
        top.addWidget(self.prev_button)
        top.addWidget(self.title, 1)
        top.addWidget(self.next_button)
        top.addSpacing(8)
        top.addWidget(self.today_button)

        self.grid = QGridLayout()
        self.grid.setSpacing(2)
        for col in range(7):
            weekday = (self.first_weekday + col) % 7 + 1
            name = QLabel(locale.dayName(weekday, QLocale.FormatType.ShortFormat))
            name.setObjectName("muted")
            name.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.grid.addWidget(name, 0, col)
        self.cells: list[DayCell] = []
        for index in range(42):
            cell = DayCell()
            cell.clicked.connect(lambda _=False, c=cell: self._on_cell(c))
            cell.installEventFilter(self)
            self.grid.addWidget(cell, 1 + index // 7, index % 7)
            self.cells.append(cell)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addLayout(self.grid)
        layout.addLayout(self._legend())
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Month calendar"))

    def _legend(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(6)
        muted = current_colors().muted
        words = {
            "check": self.tr("check-in"),
            "sleep": self.tr("sleep"),
            "stress": self.tr("stress"),
            "toolbox": self.tr("exercise"),
            "journal": self.tr("journal"),
        }
        for name in MARKS:
            mark = QLabel()
            mark.setPixmap(icon(name, muted, MARK_SIZE).pixmap(MARK_SIZE, MARK_SIZE))
            row.addWidget(mark)
            text = QLabel(words[name])
            text.setObjectName("muted")
            row.addWidget(text)
            row.addSpacing(8)
        row.addStretch(1)
        return row

    # -- showing ---------------------------------------------------------------------------------
    def set_logs(self, logs: dict[date, DayLog]) -> None:
        self.logs = logs
        self._fill()

    def show_month(self, month: date) -> None:
        month = month.replace(day=1)
        self.month = clamp(month, self.first.replace(day=1), self.last.replace(day=1))
        self.month_changed.emit(self.month)
        self._fill()

    def grid_days(self) -> list[date]:
        return [d for week in month_grid(self.month, self.first_weekday) for d in week]

    def _fill(self) -> None:
        locale = QLocale()
        self.title.setText(locale.toString(qdate(self.month), "MMMM yyyy"))
        self.prev_button.setEnabled(self.month > self.first.replace(day=1))
        self.next_button.setEnabled(self.month < self.last.replace(day=1))
        for cell, day in zip(self.cells, self.grid_days(), strict=True):
            cell.day = day
            cell.log = self.logs.get(day)
            cell.in_month = day.month == self.month.month
            cell.is_today = day == self.last
            cell.selectable = self.first <= day <= self.last
            cell.setEnabled(cell.selectable)
            cell.setChecked(day == self.chosen)
            cell.setAccessibleName(self.describe(day, cell.log))
            cell.setToolTip(cell.accessibleName())
            cell.update()
        self._focus_cell(keyboard=False)

    def describe(self, day: date, log: DayLog | None) -> str:
        name = QLocale().toString(qdate(day), "dddd d MMMM")
        parts = []
        if log is not None:
            if log.checked_in:
                parts.append(self.tr("check-in"))
            if log.sleep_periods:
                parts.append(self.tr("sleep"))
            if log.stress_entries:
                parts.append(counted("stress", log.stress_entries))
            if log.exercises:
                parts.append(counted("exercise", log.exercises))
            if log.journal_entries:
                parts.append(counted("journal", log.journal_entries))
        if day == self.last:
            name = self.tr("{0}, today").format(name)
        if not parts:
            return self.tr("{0}: nothing logged").format(name)
        return self.tr("{0}: {1}").format(name, ", ".join(parts))

    # -- choosing --------------------------------------------------------------------------------
    def choose(self, day: date) -> None:
        """Pick ``day`` (kept between the first day and today), showing its month."""
        day = clamp(day, self.first, self.last)
        self.chosen = day
        if day.replace(day=1) != self.month:
            self.show_month(day)
        else:
            self._fill()
        self.day_chosen.emit(day)

    def _on_cell(self, cell: DayCell) -> None:
        if cell.selectable:
            self.choose(cell.day)
            self._focus_cell(keyboard=True)

    def _focus_cell(self, *, keyboard: bool) -> None:
        for cell in self.cells:
            chosen = cell.day == self.chosen
            cell.setFocusPolicy(Qt.FocusPolicy.StrongFocus if chosen else Qt.FocusPolicy.ClickFocus)
            if chosen and keyboard:
                cell.setFocus(Qt.FocusReason.OtherFocusReason)
        chosen_cell = next((c for c in self.cells if c.day == self.chosen), None)
        if chosen_cell is not None:
            self.setFocusProxy(chosen_cell)

    @Slot()
    def focus_chosen(self) -> None:
        self._focus_cell(keyboard=True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._on_key(event)
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._on_key(event):
            super().keyPressEvent(event)

    def _on_key(self, event: QKeyEvent) -> bool:
        """Arrows, Page Up/Down and Home move the chosen day; True when the key was used."""
        plain = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        if event.modifiers() not in plain:
            return False
        key = Qt.Key(event.key())
        steps: dict[Qt.Key, int] = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Up: -7,
            Qt.Key.Key_Down: 7,
        }
        if key in steps:
            self.choose(self.chosen + timedelta(days=steps[key]))
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            months = -1 if key == Qt.Key.Key_PageUp else 1
            target = add_months(self.chosen, months)
            self.choose(target.replace(day=min(self.chosen.day, _days_in(target))))
        elif key == Qt.Key.Key_Home:
            self.choose(self.last)
        else:
            return False
        self._focus_cell(keyboard=True)
        event.accept()
        return True


def _days_in(month: date) -> int:
    import calendar

    return calendar.monthrange(month.year, month.month)[1]
