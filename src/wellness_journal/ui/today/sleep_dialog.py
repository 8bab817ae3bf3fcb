"""Log or edit one sleep: any time of day, crossing midnight, checked as you type.

The form is two parts: ``SleepWhen`` (kind, day, times, the night, and under them the live
``SleepCheck``: what the times add up to, or what does not fit) and ``SleepMore`` (rating,
drinks, note).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from wellness_journal.core.localzone import zone_named
from wellness_journal.core.models import NOTHING, Changes
from wellness_journal.core.sleep import SleepKind, SleepPeriod, latest_at_or_before
from wellness_journal.services.sleep import SleepService
from wellness_journal.ui.today.form import TodayForm, qtime
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
        self._on_changed()
        self._touched = False
        self.setMinimumWidth(700)

    # -- filling the form -----------------------------------------------------------------------
    def _fill(self, period: SleepPeriod | None, kind: SleepKind) -> None:
        if period is None:
            self.when.set_kind(kind)
            self._apply_template(kind)
        else:
            self.when.show_period(period, self._zone)
            self.more.show_period(period, self._zone)
        self._touched = False

    def _apply_template(self, kind: SleepKind) -> None:
        template = self._service.suggest(kind)
        self.when.show_template(template)
        self.more.caffeine_last.setTime(qtime(template.times.into_bed).addSecs(-6 * 3600))

    # -- reading the form ------------------------------------------------------------------------
    def period(self) -> SleepPeriod:
        kind = self.when.kind()
        into, tried, final, out = self._service.place(self.when.times(), self._zone)
        caffeine = self.more.caffeine.value()
        last = None
        if caffeine:
            last = latest_at_or_before(into, self.more.caffeine_last_time(), self._zone)
        base = self._original or SleepPeriod(None, "", kind, into, tried, final, out)
        night = self.when.night()
        return replace(
            base,
            kind=kind,
            into_bed=into,
            tried_to_sleep=tried,
            final_awakening=final,
            out_of_bed=out,
            zone=base.zone if self._original else self._service.zone_label,
            latency_min=night["latency"],
            awakenings=night["awakenings"],
            waso_min=night["waso"],
            quality=self.more.quality.value(),
            caffeine_drinks=caffeine,
            caffeine_last=last,
            alcohol_drinks=self.more.alcohol.value(),
            note=self.more.note.text(),
        )

    # -- reacting ----------------------------------------------------------------------------------
    @Slot()
    def _on_kind_changed(self) -> None:
        if self._original is None and not self._touched:
            self._apply_template(self.when.kind())
        self._on_changed()

    @Slot()
    def _on_changed(self) -> None:
        self._touched = True
        self.more.caffeine_last.setEnabled(self.more.caffeine.value() > 0)
        p = self.period()
        issues = self._service.check(p)
        self.check.show_check(p, issues)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not issues)

    @Slot()
    def _on_save(self) -> None:
        from wellness_journal.services.sleep import SleepNotSaved

        try:
            self.saved, self.changes = self._service.save(self.period())
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
