"""A check-in for another day (back-fill): the same ratings as Today's check-in, under a day.

Opened by Today's forms runner (``FormsRunner.checkin``), so it is kept as a draft when the
journal locks, like the other Today forms."""

from __future__ import annotations

import contextlib
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QLocale, Slot
from PySide6.QtWidgets import QDateEdit, QDialogButtonBox, QHBoxLayout, QWidget

from wellness_journal.core.checkin import Checkin, is_blank
from wellness_journal.core.models import NOTHING, Changes
from wellness_journal.services.checkins import CheckinService
from wellness_journal.ui.calendar.backfill import limit_dates
from wellness_journal.ui.today.checkin_card import CheckinCard
from wellness_journal.ui.today.form import TodayForm, get_int, get_str, py_date, qdate
from wellness_journal.ui.widgets.common import add_labelled, column, paragraph


class CheckinForm(TodayForm):
    form_name = "checkin"
    topic = "checkins"

    def __init__(
        self,
        service: CheckinService,
        day: date,
        first: date,
        shifts: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self.saved: Checkin | None = None
        self.changes: Changes = NOTHING
        self.setWindowTitle(self.tr("Check in for another day"))
        self.day_edit = QDateEdit(qdate(day))
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("ddd d MMM yyyy")
        self.day_edit.setAccessibleName(self.tr("Day of the check-in"))
        limit_dates(self.day_edit, first, service.today())
        self.card = CheckinCard()
        self.card.edit_shifts.hide()  # the list of shifts is edited on Today
        self.card.note.setPlaceholderText(
            self.tr("Optional: anything you want to remember about that day")
        )
        self.card.set_shifts(shifts)
        self.card.save_requested.connect(self._on_save)
        self.already = paragraph("", muted=True)
        self.already.hide()
        row = QHBoxLayout()
        add_labelled(row, self.tr("&Day"), self.day_edit)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        layout = column(self, spacing=12, margins=(22, 18, 22, 18))
        layout.addLayout(row)
        layout.addWidget(self.already)
        layout.addWidget(self.card)
        layout.addWidget(buttons)
        self._load(day)
        self.day_edit.dateChanged.connect(self._on_day_changed)
        self.setFocusProxy(self.card)

    def day(self) -> date:
        return py_date(self.day_edit.date())

    def _load(self, day: date) -> None:
        existing = self._service.for_day(day)
        self.card.load(existing, day)
        self._show_heading(day, existing is not None)

    def _show_heading(self, day: date, exists: bool) -> None:
        when = QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM")
        self.card.title_label.setText(self.tr("How were you on {0}?").format(when))
        self.card.title_label.setAccessibleName(self.card.title_label.text())
        self.already.setText(
            self.tr("This day has a check-in: saving updates it with what you see here.")
        )
        self.already.setVisible(exists)

    @Slot()
    def _on_day_changed(self) -> None:
        day = self.day()
        if not self.card.is_dirty():
            self._load(day)
            return
        # Keep what was typed; it will be saved for the new day.
        typed = self.card.current()
        existing = self._service.for_day(day)
        self.card.load(existing, day)
        self._put(typed)
        self._show_heading(day, existing is not None)

    def _put(self, c: Checkin) -> None:
        self.card.mood.set_value(c.mood)
        self.card.stress.set_value(c.stress)
        self.card.energy.set_value(c.energy)
        index = self.card.shift.findData(c.shift)
        if index >= 0:
            self.card.shift.setCurrentIndex(index)
        self.card.note.setText(c.note)

    @Slot()
    def _on_save(self) -> None:
        checkin = self.card.current()
        if is_blank(checkin) and self._service.for_day(checkin.day) is None:
            self.already.setText(self.tr("Nothing to save yet: choose a mood or a rating first."))
            self.already.setVisible(True)
            return

        def save() -> None:
            self.saved, changes = self._service.save(checkin)
            self.changes = self.changes | changes

        if self.guarded(save):
            self.accept()

    # -- drafts -------------------------------------------------------------------------------------
    def draft(self) -> dict[str, Any]:
        c = self.card.current()
        return {
            "day": self.day().isoformat(),
            "mood": c.mood,
            "stress": c.stress,
            "energy": c.energy,
            "shift": c.shift,
            "note": c.note,
        }

    def restore(self, data: dict[str, Any]) -> None:
        with contextlib.suppress(ValueError):
            self.day_edit.setDate(qdate(date.fromisoformat(get_str(data, "day"))))
        self._put(
            Checkin(
                None,
                "",
                self.day(),
                mood=get_int(data, "mood"),
                stress=get_int(data, "stress"),
                energy=get_int(data, "energy"),
                shift=get_str(data, "shift"),
                note=get_str(data, "note"),
            )
        )
