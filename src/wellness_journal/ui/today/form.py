"""What every Today dialog shares: the page can keep its contents as a draft when the journal
locks, and put them back later, so nothing typed is lost."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time
from typing import Any

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QDialog, QWidget

from wellness_journal.core.models import NOTHING, Changes
from wellness_journal.ui.today.style import today_stylesheet

Guard = Callable[[Callable[[], object]], bool]


def _unguarded(operation: Callable[[], object]) -> bool:
    operation()
    return True


class TodayForm(QDialog):
    form_name = ""  # the draft slot, e.g. "sleep"
    topic = ""  # the change topic of what it saves

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.changes: Changes = NOTHING  # what saving touched, announced by the page
        self.saved: object | None = None  # the saved record; None while nothing is saved
        # Runs a save; False when it failed (the page sets ``ctx.perform``: on a full disk the
        # form says why and stays open with everything typed).
        self.guard: Guard = _unguarded
        self.setStyleSheet(today_stylesheet())

    def guarded(self, operation: Callable[[], object]) -> bool:
        return self.guard(operation)

    def draft(self) -> dict[str, Any]:
        """Everything entered so far, as plain JSON data."""
        raise NotImplementedError

    def restore(self, data: dict[str, Any]) -> None:
        """Put a draft back into the fields (unknown or bad values are ignored)."""
        raise NotImplementedError


def get_int(data: dict[str, Any], key: str, default: int | None = None) -> int | None:
    value = data.get(key, default)
    return value if isinstance(value, int) and not isinstance(value, bool) else default


def get_str(data: dict[str, Any], key: str, default: str = "") -> str:
    value = data.get(key, default)
    return value if isinstance(value, str) else default


def get_strs(data: dict[str, Any], key: str) -> list[str]:
    value = data.get(key, [])
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def qtime(wall: time) -> QTime:
    return QTime(wall.hour, wall.minute)


def py_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def py_time(value: QTime) -> time:
    return time(value.hour(), value.minute())
