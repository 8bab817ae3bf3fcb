"""What Today says after a form saved (a toast, never a dialog): the kind of record and its
numbers, never what the person wrote."""

from __future__ import annotations

from wellness_journal.core.sleep import SleepKind, SleepPeriod, metrics
from wellness_journal.core.stress import StressEntry
from wellness_journal.ui.today.labels import duration, translate


def stress_saved(entry: StressEntry, *, editing: bool) -> str:
    if editing:
        return translate("Stress entry updated.")
    return translate("Stress entry saved: {0} of 10.").format(entry.suds)


def sleep_saved(period: SleepPeriod, *, editing: bool) -> str:
    asleep = duration(metrics(period).total_sleep)
    if editing:
        return translate("Sleep diary updated: {0} asleep.").format(asleep)
    if period.kind is SleepKind.NAP:
        return translate("Nap saved: {0} asleep.").format(asleep)
    return translate("Sleep saved: {0} asleep.").format(asleep)


def incident_saved(removed: bool, *, editing: bool) -> str:
    if removed:
        return translate("The record of that hard call was removed.")
    if editing:
        return translate("Record updated.")
    return translate("Saved. Its check-ins will come up here on Today when they are due.")
