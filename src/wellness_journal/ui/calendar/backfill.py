"""Filling in a past day: check in, log sleep or stress for a day back to the one the journal
was created (or the oldest record, when an import is older).

Back-filling always happens on Today, where the forms live (one Today form at a time, kept as a
draft when the journal locks): the calendar, on Today or on Trends, asks for it with
``ctx.go_to("today/stress/2025-03-01")``; Today's ``open_detail`` hands such a detail to
``open_detail`` here.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit

from wellness_journal.ui.today.form import py_date, qdate, qtime

if TYPE_CHECKING:
    from wellness_journal.core.sleep import SleepKind
    from wellness_journal.ui.today.forms_runner import FormsRunner

KINDS = ("checkin", "sleep", "stress")


def detail_for(kind: str, day: date) -> str:
    """The part of Today that opens ``kind``'s form for ``day`` ("stress/2025-03-01")."""
    return f"{kind}/{day.isoformat()}"


def parse_detail(detail: str) -> tuple[str, date | None] | None:
    """("stress", day) for "stress/2025-03-01", ("calendar", None) for "calendar"; None for any
    other detail."""
    kind, _, rest = detail.partition("/")
    if kind == "calendar":
        try:
            return kind, date.fromisoformat(rest) if rest else None
        except ValueError:
            return None
    if kind not in KINDS or not rest:
        return None
    try:
        return kind, date.fromisoformat(rest)
    except ValueError:
        return None


def open_detail(forms: FormsRunner, detail: str, kind_main: SleepKind) -> bool:
    """Open the form a calendar asked for; False when ``detail`` is not one of ours."""
    parsed = parse_detail(detail)
    if parsed is None:
        return False
    kind, day = parsed
    if kind == "calendar":
        from wellness_journal.ui.calendar.sheet import open_calendar

        open_calendar(forms.ctx, forms.parent, day)
    elif kind == "checkin" and day is not None:
        forms.checkin(day)
    elif kind == "sleep":
        forms.sleep(kind=kind_main, day=day)
    elif kind == "stress":
        forms.stress(day=day)
    return True


def limit_dates(edit: QDateEdit | QDateTimeEdit, first: date, today: date) -> None:
    """Days from ``first`` to ``today`` only (and never hide the day already shown)."""
    shown = py_date(edit.date())
    edit.setMinimumDate(qdate(min(first, shown)))
    edit.setMaximumDate(qdate(max(today, shown)))


def move_to_day(edit: QDateTimeEdit, day: date, now: datetime) -> None:
    """Put a new stress entry on ``day``, at this time of day (today: now)."""
    wall = now.time().replace(second=0, microsecond=0)
    edit.setDateTime(QDateTime(qdate(day), qtime(wall)))
