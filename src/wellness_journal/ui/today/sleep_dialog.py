"""Log or edit one sleep: any time of day, crossing midnight, checked as you type.

The form is two parts: ``SleepWhen`` (kind, day, times, the night, and under them the live
``SleepCheck``: what the times add up to, what is still to fill in, or what does not fit) and
``SleepMore`` (rating, drinks, anything taken to sleep, note). A new sleep starts empty: the
times and the night's numbers are only what the person gives ("Same times as last time" fills in
the four times on request).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from wellness_journal.core.localzone import zone_named
from wellness_journal.core.models import NOTHING, Changes
from wellness_journal.core.sleep import SleepKind, SleepPeriod, Template, latest_at_or_before
from wellness_journal.services.sleep import SleepService
from wellness_journal.ui.today.form import TodayForm, qdate
from wellness_journal.ui.today.sleep_more import SleepMore
from wellness_journal.ui.today.sleep_when import SleepWhen
from wellness_journal.ui.widgets.common import column

SPACING = 12


class SleepDialog(TodayForm):
    form_name = "sleep"
    topic = "sleep"

    def __init__(
        self,
        service: SleepService,
        period: SleepPeriod | None = None,
        kind: SleepKind = SleepKind.MAIN,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._original = period
        self.saved: SleepPeriod | None = None
        self.changes: Changes = NOTHING
        self._zone = (zone_named(period.zone) if period else None) or service.zone
        self.setWindowTitle(self.tr("Edit sleep") if period else self.tr("Log sleep"))
        self.when = SleepWhen(SPACING)
        self.check = self.when.check
        self.more = SleepMore(SPACING)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.same_button = self.when.same_button
        self.same_button.clicked.connect(self._on_same_times)
        self.buttons.accepted.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)
        layout = column(self, spacing=SPACING, margins=(22, 18, 22, 18))
        for part in (self.when, self.more, self.buttons):
            layout.addWidget(part)
        self._fill(period, kind)
        self.when.watch()
        self.more.watch()
        self.when.changed.connect(self._on_changed)
        self.more.changed.connect(self._on_changed)
        self.when.kind_changed.connect(self._on_kind_changed)
        self._on_kind_changed()
        self.setFocusProxy(self.when.into_bed)
        self.setMinimumWidth(600)  # fits a sheet in the smallest window

    # -- filling the form -----------------------------------------------------------------------
    def _fill(self, period: SleepPeriod | None, kind: SleepKind) -> None:
        if period is None:
            self.when.set_kind(kind)
            self.when.out_day.setDate(qdate(self._service.today()))
        else:
            self.when.show_period(period, self._zone)
            self.more.show_period(period, self._zone)

    def _last_times(self) -> Template | None:
        return None if self._original else self._service.last_times(self.when.kind())

    @Slot()
    def _on_same_times(self) -> None:
        template = self._last_times()
        if template is not None:
            self.when.show_times(template)
            self.when.latency.setFocus()

    # -- reading the form ------------------------------------------------------------------------
    def period(self) -> SleepPeriod | None:
        """The sleep as entered; None while a time or a number of the night is missing."""
        times, night = self.when.times(), self.when.night()
        latency, awakenings, waso = night["latency"], night["awakenings"], night["waso"]
        if times is None or latency is None or awakenings is None or waso is None:
            return None
        kind = self.when.kind()
        into, tried, final, out = self._service.place(times, self._zone)
        caffeine = self.more.caffeine.value()
        last, last_wall = None, self.more.caffeine_last_time()
        if caffeine and last_wall is not None:
            last = latest_at_or_before(into, last_wall, self._zone)
        base = self._original or SleepPeriod(None, "", kind, into, tried, final, out)
        return replace(
            base,
            kind=kind,
            into_bed=into,
            tried_to_sleep=tried,
            final_awakening=final,
            out_of_bed=out,
            zone=base.zone if self._original else self._service.zone_label,
            latency_min=latency,
            awakenings=awakenings,
            waso_min=waso,
            quality=self.more.quality.value(),
            caffeine_drinks=caffeine,
            caffeine_last=last,
            alcohol_drinks=self.more.alcohol.value(),
            sleep_aid=self.more.sleep_aid.text(),
            note=self.more.note.text(),
        )

    # -- reacting ----------------------------------------------------------------------------------
    @Slot()
    def _on_kind_changed(self) -> None:
        template = self._last_times()
        self.same_button.setVisible(template is not None)
        if template is not None:
            t = template.times
            self.same_button.setToolTip(
                self.tr("Fill in {0}–{1}, as last time").format(
                    t.into_bed.strftime("%H:%M"), t.out_of_bed.strftime("%H:%M")
                )
            )
        self._on_changed()

    @Slot()
    def _on_changed(self) -> None:
        self.more.caffeine_last.setEnabled(self.more.caffeine.value() > 0)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        p = self.period()
        if p is None:
            missing = self.when.missing()
            self.check.show_missing(
                missing, self.when.bad_times(), started=len(missing) < self.when.field_count
            )
            save.setEnabled(False)
            return
        issues = self._service.check(p)
        self.check.show_check(p, issues)
        save.setEnabled(not issues)

    @Slot()
    def _on_save(self) -> None:
        from wellness_journal.services.sleep import SleepNotSaved

        period = self.period()
        if period is None:
            return

        def save() -> None:
            self.saved, self.changes = self._service.save(period)

        try:
            if not self.guarded(save):
                return
        except SleepNotSaved as exc:
            self.check.show_problems(exc.issues)
            return
        self.accept()

    # -- drafts -------------------------------------------------------------------------------------
    def draft(self) -> dict[str, Any]:
        return {
            "editing": self._original.id if self._original else None,
            **self.when.draft(),
            **self.more.draft(),
        }

    def restore(self, data: dict[str, Any]) -> None:
        self.when.restore(data)
        self.more.restore(data)
        self._on_changed()
