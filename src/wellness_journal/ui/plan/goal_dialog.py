"""One goal of My plan: start from an example (box breathing, the sleep diary for two weeks, a
sleep window on days off, a daily check-in, a weekly call) or write your own, and say how it is
counted."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, time, timedelta

from PySide6.QtCore import QDate, QTime, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from wellness_journal.core.exercises import EXERCISES
from wellness_journal.core.plan_goals import (
    MAX_MINUTES,
    MAX_TEXT,
    Goal,
    GoalKind,
    WindowDays,
    problems,
)
from wellness_journal.ui.plan import words
from wellness_journal.ui.widgets.common import button, button_row, column, heading, paragraph
from wellness_journal.ui.widgets.screen_room import fit_content

LENGTHS = (0, 7, 14, 28, 56, 84)  # days; 0: no end


@dataclass(frozen=True)
class Example:
    text: str
    kind: GoalKind
    per_week: int = 7
    exercise_id: str = ""
    minutes: int = 0
    window: tuple[str, str] = ("", "")
    window_days: WindowDays = WindowDays.ALL
    days: int = 0  # how long, 0: no end


class GoalDialog(QDialog):
    def __init__(self, goal: Goal | None, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.original = goal
        self.result_goal: Goal | None = None
        self.setWindowTitle(self.tr("A goal for My plan"))
        self.setMinimumWidth(560)
        col = column(self, spacing=10, margins=(22, 18, 22, 18))
        col.addWidget(heading(self.tr("Edit the goal") if goal else self.tr("A new goal"), 2))
        form = QFormLayout()
        form.setSpacing(10)
        self.example = QComboBox()
        self.example.setAccessibleName(self.tr("Start from an example"))
        self.examples = self._examples()
        self.example.addItem(self.tr("Choose an example…"), -1)
        for index, example in enumerate(self.examples):
            self.example.addItem(example.text, index)
        self.example.activated.connect(self._on_example)
        if goal is None:
            form.addRow(self.tr("&Example"), self.example)
        else:
            self.example.hide()
        self.text = QLineEdit()
        self.text.setMaxLength(MAX_TEXT)
        self.text.setPlaceholderText(self.tr("In your own words"))
        form.addRow(self.tr("The &goal"), self.text)
        self.kind = QComboBox()
        for kind, label in (
            (GoalKind.EXERCISE, self.tr("From my exercise sessions")),
            (GoalKind.SLEEP_DIARY, self.tr("From my sleep diary: sleep logged that day")),
            (GoalKind.SLEEP_WINDOW, self.tr("From my sleep diary: in bed within set times")),
            (GoalKind.CHECKIN, self.tr("From my check-ins")),
            (GoalKind.BY_HAND, self.tr("I tick it by hand")),
        ):
            self.kind.addItem(label, kind.value)
        self.kind.currentIndexChanged.connect(self._on_kind)
        form.addRow(self.tr("&Counted"), self.kind)
        self.exercise = QComboBox()
        self.exercise.addItem(words.exercise_name(""), "")
        for ex in EXERCISES:
            self.exercise.addItem(words.exercise_name(ex.id), ex.id)
        form.addRow(self.tr("E&xercise"), self.exercise)
        self.minutes = QSpinBox()
        self.minutes.setRange(0, MAX_MINUTES)
        self.minutes.setSpecialValueText(self.tr("any length"))
        self.minutes.setSuffix(self.tr(" min or more a day"))
        form.addRow(self.tr("&Length"), self.minutes)
        self.window_start = QTimeEdit()
        self.window_end = QTimeEdit()
        for edit in (self.window_start, self.window_end):
            edit.setDisplayFormat("HH:mm")
        form.addRow(self.tr("&Into bed"), self.window_start)
        form.addRow(self.tr("&Out of bed"), self.window_end)
        self.window_days = QComboBox()
        for days, label in (
            (WindowDays.ALL, self.tr("Every day")),
            (WindowDays.OFF, self.tr("Days off (the shift in my check-in)")),
            (WindowDays.WORK, self.tr("Work days (the shift in my check-in)")),
        ):
            self.window_days.addItem(label, days.value)
        self.window_days.currentIndexChanged.connect(self._on_kind)
        form.addRow(self.tr("O&n"), self.window_days)
        self.per_week = QSpinBox()
        self.per_week.setRange(1, 7)
        self.per_week.setSuffix(self.tr(" days a week"))
        form.addRow(self.tr("How &often"), self.per_week)
        self.starts = QDateEdit()
        self.starts.setCalendarPopup(True)
        self.starts.setDisplayFormat("d MMM yyyy")
        form.addRow(self.tr("&Starts"), self.starts)
        self.length = QComboBox()
        for length, label in zip(
            LENGTHS,
            (
                self.tr("No end date"),
                self.tr("For 1 week"),
                self.tr("For 2 weeks"),
                self.tr("For 4 weeks"),
                self.tr("For 8 weeks"),
                self.tr("For 12 weeks"),
            ),
            strict=True,
        ):
            self.length.addItem(label, length)
        form.addRow(self.tr("&How long"), self.length)
        self.form = form
        col.addLayout(form)
        self.window_note = paragraph(
            self.tr(
                "A day counts when you went to bed and got up within half an hour of these "
                "times, for the sleep you got up from that day."
            ),
            muted=True,
        )
        col.addWidget(self.window_note)
        self.message = paragraph("")
        self.message.setVisible(False)
        col.addWidget(self.message)
        self.save_button = button(self.tr("&Save goal"), primary=True, clicked=self._on_save)
        self.save_button.setDefault(True)
        cancel = button(self.tr("Cancel"), clicked=self.reject)
        col.addLayout(button_row(cancel, self.save_button))
        self._load(goal)
        fit_content(self, parent)

    def _examples(self) -> list[Example]:
        return [
            Example(self.tr("Box breathing, 5 minutes a day"), GoalKind.EXERCISE, 7, "box", 5),
            Example(
                self.tr("Sleep diary every morning for 2 weeks"), GoalKind.SLEEP_DIARY, days=14
            ),
            Example(
                self.tr("In bed 23:30–06:30 on days off"),
                GoalKind.SLEEP_WINDOW,
                window=("23:30", "06:30"),
                window_days=WindowDays.OFF,
            ),
            Example(self.tr("Check in every day"), GoalKind.CHECKIN),
            Example(self.tr("Call my peer supporter once a week"), GoalKind.BY_HAND, per_week=1),
        ]

    # -- the form ------------------------------------------------------------------------------
    def _row_visible(self, field: QWidget, visible: bool) -> None:
        self.form.setRowVisible(field, visible)

    @Slot()
    def _on_kind(self) -> None:
        kind = self._kind()
        window = kind is GoalKind.SLEEP_WINDOW
        self._row_visible(self.exercise, kind is GoalKind.EXERCISE)
        self._row_visible(self.minutes, kind is GoalKind.EXERCISE)
        for field in (self.window_start, self.window_end, self.window_days):
            self._row_visible(field, window)
        self.window_note.setVisible(window)
        counts_shift = window and self._window_days() is not WindowDays.ALL
        self._row_visible(self.per_week, not counts_shift)

    @staticmethod
    def _qtime(text: str, fallback: time) -> QTime:
        try:
            hours, minutes = (int(p) for p in text.split(":"))
            return QTime(hours, minutes)
        except ValueError:
            return QTime(fallback.hour, fallback.minute)

    def _set_combo(self, combo: QComboBox, value: object) -> None:
        data = value.value if isinstance(value, GoalKind | WindowDays) else value
        combo.setCurrentIndex(max(0, combo.findData(data)))

    def _kind(self) -> GoalKind:
        return GoalKind(self.kind.currentData())

    def _window_days(self) -> WindowDays:
        return WindowDays(self.window_days.currentData())

    def _load(self, goal: Goal | None) -> None:
        start = goal.starts_on if goal else self.today
        self.starts.setDate(QDate(start.year, start.month, start.day))
        if goal is None:
            self._set_combo(self.kind, GoalKind.BY_HAND)
            self.per_week.setValue(7)
            self.window_start.setTime(QTime(23, 0))
            self.window_end.setTime(QTime(7, 0))
            self._on_kind()
            return
        self.text.setText(goal.text)
        self._set_combo(self.kind, goal.kind)
        self._set_combo(self.exercise, goal.exercise_id)
        self.minutes.setValue(goal.minutes)
        self.window_start.setTime(self._qtime(goal.window_start, time(23, 0)))
        self.window_end.setTime(self._qtime(goal.window_end, time(7, 0)))
        self._set_combo(self.window_days, goal.window_days)
        self.per_week.setValue(goal.per_week)
        if goal.ends_on is not None:
            days = (goal.ends_on - goal.starts_on).days + 1
            if days not in LENGTHS:
                self.length.addItem(
                    self.tr("Until {0}").format(words.short_day(goal.ends_on)), days
                )
            self._set_combo(self.length, days)
        self._on_kind()

    @Slot(int)
    def _on_example(self, index: int) -> None:
        number = self.example.itemData(index)
        if number is None or number < 0:
            return
        ex = self.examples[number]
        self.text.setText(ex.text)
        self._set_combo(self.kind, ex.kind)
        self._set_combo(self.exercise, ex.exercise_id)
        self.minutes.setValue(ex.minutes)
        if ex.window[0]:
            self.window_start.setTime(self._qtime(ex.window[0], time(23, 0)))
            self.window_end.setTime(self._qtime(ex.window[1], time(7, 0)))
        self._set_combo(self.window_days, ex.window_days)
        self.per_week.setValue(ex.per_week)
        self._set_combo(self.length, ex.days)
        self._on_kind()

    def goal(self) -> Goal:
        kind = self._kind()
        starts: date = self.starts.date().toPython()  # type: ignore[assignment]
        days = int(self.length.currentData())
        base = self.original or Goal(None, "", kind, "", starts)
        window = kind is GoalKind.SLEEP_WINDOW
        return replace(
            base,
            kind=kind,
            text=self.text.text().strip(),
            starts_on=starts,
            ends_on=starts + timedelta(days=days - 1) if days else None,
            per_week=self.per_week.value(),
            exercise_id=str(self.exercise.currentData()) if kind is GoalKind.EXERCISE else "",
            minutes=self.minutes.value() if kind is GoalKind.EXERCISE else 0,
            window_start=self.window_start.time().toString("HH:mm") if window else "",
            window_end=self.window_end.time().toString("HH:mm") if window else "",
            window_days=self._window_days() if window else WindowDays.ALL,
        )

    @Slot()
    def _on_save(self) -> None:
        goal = self.goal()
        bad = problems(goal)
        if bad:
            texts = {
                "text": self.tr("Write the goal in a few words."),
                "window_end": self.tr(
                    "Choose a time out of bed that differs from the time into bed."
                ),
            }
            self.message.setText(
                " ".join(texts.get(b, self.tr("Check “{0}”.").format(b)) for b in bad)
            )
            self.message.setVisible(True)
            return
        self.result_goal = goal
        self.accept()
