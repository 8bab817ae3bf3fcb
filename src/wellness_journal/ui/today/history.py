"""The stress log and the sleep diary: every entry there is, as a table (date with its year),
filtered as you type; a click or Enter opens an entry to edit, Delete removes it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QModelIndex, Qt, Slot
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from wellness_journal.core.sleep import SleepKind, SleepPeriod, metrics, sleep_day
from wellness_journal.core.stress import BODY_SIGNS, StressEntry
from wellness_journal.services.sleep import SleepService
from wellness_journal.services.stress import StressService
from wellness_journal.ui.today import labels
from wellness_journal.ui.today.log_table import Column, LogModel, log_view
from wellness_journal.ui.widgets.common import button, paragraph, steady

_t = labels.translate


def _after_today(day: date, today: date) -> str:
    return _t(" · after today") if day > today else ""


class LogDialog(QDialog):
    """A log over its page: a filter box (and more filters), the table, Edit, Remove, Close.
    ``edit(record)`` opens a record's form; ``delete(record)`` removes it (False: cancelled)."""

    def __init__(
        self,
        title: str,
        intro: str,
        model: LogModel,
        matches: Callable[[object, str, str], bool],
        edit: Callable[[object], None],
        delete: Callable[[object], bool],
        parent: QWidget | None = None,
        *,
        choices: list[tuple[str, str]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.model = model
        self._matches, self._edit, self._delete = matches, edit, delete
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Filter: a word"))
        self.search.setAccessibleName(self.tr("Filter {0}").format(title))
        self.search.textChanged.connect(self._on_filter_changed)
        self.choice = steady(QComboBox())
        self.choice.setAccessibleName(self.tr("Show only"))
        for text, key in choices or []:
            self.choice.addItem(text, key)
        self.choice.currentIndexChanged.connect(self._on_filter_changed)
        self.table = log_view(model, title)
        self.table.clicked.connect(self._on_clicked)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update())
        model.rowsInserted.connect(lambda *_: self._update())
        model.modelReset.connect(self._update)
        self.count = paragraph("", muted=True)
        self.count.setAccessibleName(self.tr("How many are shown"))
        self.edit_button = button(self.tr("&Edit…"))
        self.edit_button.clicked.connect(self._on_edit)
        self.delete_button = button(self.tr("&Remove…"))
        self.delete_button.clicked.connect(self._on_delete)
        close = button(self.tr("Close"))
        close.clicked.connect(self.accept)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.choice, 1)
        if not choices:
            self.choice.hide()  # (never show() a widget before it has a parent: a window)
        row = QHBoxLayout()
        row.addWidget(self.count, 1)
        row.addWidget(self.edit_button)
        row.addWidget(self.delete_button)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.addWidget(paragraph(intro, muted=True))
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        # Over its page the table takes the height there is (``sheets`` gives it the room).
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.resize(760, 560)
        self._filter_key: tuple[str, str] = ("", "")
        self.model.reload(self._current_filter())
        self.table.setFocus()

    # -- filters ---------------------------------------------------------------------------------
    def _current_filter(self) -> Callable[[object], bool]:
        text = self.search.text().strip().casefold()
        key = str(self.choice.currentData() or "")
        self._filter_key = (text, key)
        if not text and not key:
            return lambda _record: True
        return lambda record: self._matches(record, text, key)

    @Slot()
    def _on_filter_changed(self) -> None:
        self.model.reload(self._current_filter())
        if self.model.rowCount():
            self.table.selectRow(0)

    def _update(self) -> None:
        shown = self.model.rowCount()
        filtered = self._filter_key != ("", "")
        if not shown:
            text = self.tr("Nothing found.") if filtered else self.tr("Nothing here yet.")
        elif self.model.complete:
            text = (
                self.tr("{0} found").format(shown)
                if filtered
                else self.tr("{0} in all").format(shown)
            )
        else:
            text = self.tr("The latest {0}; scroll down for older ones").format(shown)
        self.count.setText(text)
        picked = self.current() is not None
        self.edit_button.setEnabled(picked)
        self.delete_button.setEnabled(picked)

    # -- acting on an entry ----------------------------------------------------------------------
    def current(self) -> object | None:
        index = self.table.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    @Slot(QModelIndex)
    def _on_clicked(self, index: QModelIndex) -> None:
        record = self.model.record(index.row())
        if record is not None:
            self._edit(record)

    @Slot()
    def _on_edit(self) -> None:
        record = self.current()
        if record is not None:
            self._edit(record)

    @Slot()
    def _on_delete(self) -> None:
        record = self.current()
        row = self.table.currentIndex().row()
        if record is not None and self._delete(record):
            self.model.reload(at_least=self.model.rowCount())
            if self.model.rowCount():
                self.table.selectRow(min(row, self.model.rowCount() - 1))

    def showEvent(self, event: QShowEvent) -> None:
        """Back from editing an entry: the table as it is now, on the same entry."""
        super().showEvent(event)
        keep = self.current()
        row = self.table.currentIndex().row()
        self.model.reload(at_least=self.model.rowCount())
        found = self.model.row_of(getattr(keep, "id", None)) if keep is not None else -1
        if found >= 0 or self.model.rowCount():
            self.table.selectRow(
                found if found >= 0 else min(max(row, 0), self.model.rowCount() - 1)
            )
        self.table.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.table.hasFocus() and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._on_edit()
            return
        if self.table.hasFocus() and event.key() == Qt.Key.Key_Delete:
            self._on_delete()
            return
        super().keyPressEvent(event)


# -- the stress log ----------------------------------------------------------------------------------
def stress_level(e: StressEntry) -> str:
    return str(e.suds) if e.suds_after is None else f"{e.suds} → {e.suds_after}"


def stress_causes(e: StressEntry) -> str:
    return ", ".join(
        [labels.item(t) for t in e.triggers] + ([e.trigger_text] if e.trigger_text else [])
    )


def stress_model(service: StressService) -> LogModel:
    today = service.now().at.astimezone(service.zone).date()

    def when(e: StressEntry) -> str:
        local = e.at.astimezone(service.zone)
        return (
            labels.day_with_year(local.date())
            + ", "
            + labels.clock(e.at)
            + _after_today(local.date(), today)
        )

    columns = [
        Column(_t("When"), when),
        Column(_t("Stress"), stress_level, number=True),
        Column(_t("What set it off"), stress_causes, wide=True),
        Column(_t("What helped"), lambda e: e.helped, wide=True),
    ]
    return LogModel(columns, lambda after, limit: service.page(after, limit), lambda e: e.id)


def stress_matches(entry: object, text: str, trigger: str) -> bool:
    e = entry if isinstance(entry, StressEntry) else None
    if e is None or (trigger and trigger not in e.triggers):
        return False
    if not text:
        return True
    words = [stress_causes(e), e.helped, e.note, *e.triggers]
    words += [labels.item(s) for s in e.body_signs if s in BODY_SIGNS]
    return any(text in w.casefold() for w in words)


# -- the sleep diary ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class SleepRow:
    period: SleepPeriod
    shift: str  # that day's shift from its check-in, or ""

    @property
    def id(self) -> int | None:
        return self.period.id


def sleep_model(service: SleepService) -> LogModel:
    today = service.today()

    def fetch(after: object, limit: int) -> list[SleepRow]:
        last = after.period if isinstance(after, SleepRow) else None
        periods = service.page(last, limit)
        if not periods:
            return []
        days = [sleep_day(p) for p in periods]
        shifts = service.shifts_between(min(days), max(days))
        return [SleepRow(p, shifts.get(sleep_day(p), "")) for p in periods]

    def woke(r: SleepRow) -> str:
        return labels.day_with_year(sleep_day(r.period)) + _after_today(sleep_day(r.period), today)

    def kind(r: SleepRow) -> str:
        return _t("Nap") if r.period.kind is SleepKind.NAP else _t("Sleep")

    def in_bed(r: SleepRow) -> str:
        return f"{labels.clock(r.period.into_bed)}–{labels.clock(r.period.out_of_bed)}"

    def quality(r: SleepRow) -> str:
        q = r.period.quality
        return labels.quality_words()[q] if q is not None else ""

    columns = [
        Column(_t("Woke on"), woke),
        Column(_t("Kind"), kind),
        Column(_t("In bed"), in_bed),
        Column(
            _t("Time in bed"), lambda r: labels.duration(metrics(r.period).time_in_bed), number=True
        ),
        Column(_t("Asleep"), lambda r: labels.duration(metrics(r.period).total_sleep), number=True),
        Column(_t("Efficiency"), lambda r: f"{metrics(r.period).efficiency:.0f}%", number=True),
        Column(_t("Quality"), quality),
        Column(_t("Shift"), lambda r: labels.item(r.shift) if r.shift else "", wide=True),
    ]
    return LogModel(columns, fetch, lambda r: r.period.id)


def sleep_matches(row: object, text: str, kind: str) -> bool:
    r = row if isinstance(row, SleepRow) else None
    if r is None or (kind and r.period.kind.value != kind):
        return False
    if not text:
        return True
    words = [r.period.note, r.period.sleep_aid, r.shift, labels.item(r.shift) if r.shift else ""]
    return any(text in w.casefold() for w in words)
