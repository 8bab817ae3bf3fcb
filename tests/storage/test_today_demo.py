"""The demo's Today data: a believable rotation that passes every rule the app enforces."""

from __future__ import annotations

from datetime import date, datetime, time

from wellness_journal.app import make_demo_vault
from wellness_journal.core.incidents import Status
from wellness_journal.core.sleep import SleepKind, metrics, problems
from wellness_journal.services.exchange import export_document
from wellness_journal.services.today import TodayServices
from wellness_journal.storage.repositories import sleep as sleep_repo
from wellness_journal.storage.vault import Vault

TODAY = date(2024, 11, 10)


def open_demo(tmp_path, name: str = "data") -> Vault:  # type: ignore[no-untyped-def]
    paths = make_demo_vault(tmp_path / name, today=TODAY)
    return Vault.open_with_secret(paths, "demo")


def test_demo_rotation_is_valid_and_shift_shaped(tmp_path):
    vault = open_demo(tmp_path)
    try:
        periods = sleep_repo.list_all(vault.db)
        assert len(periods) > 70
        assert [p.uid for p in periods if problems(p, periods)] == []
        day_sleeps = [p for p in periods if p.kind is SleepKind.MAIN and 6 <= p.into_bed.hour <= 9]
        naps = [p for p in periods if p.kind is SleepKind.NAP]
        assert len(day_sleeps) >= 15
        assert len(naps) >= 10
        assert all(60 <= metrics(p).total_sleep <= 600 for p in periods if p.kind is SleepKind.MAIN)
        now = datetime.combine(TODAY, time(12, 0)).astimezone()
        today = TodayServices(vault.db, now=lambda: now)
        shifts = {c.shift for c in today.checkins.between(date(2024, 8, 1), TODAY)}
        assert {"day", "night", "off"} <= shifts
        assert today.checkins.for_today() is not None
        assert today.sleep.week() is not None
        assert len(today.stress.recent(500)) >= 10
        (due,) = today.incidents.due()
        assert due[1].status is Status.DUE
        statuses = [
            [s.status for s in today.incidents.schedule(i)] for i in today.incidents.incidents()
        ]
        assert statuses == [
            [Status.DONE, Status.DUE, Status.UPCOMING, Status.UPCOMING],
            [Status.DONE, Status.DONE, Status.DONE, Status.UPCOMING],
        ]
    finally:
        vault.close()


def test_demo_is_the_same_every_time(tmp_path):
    first, second = open_demo(tmp_path, "a"), open_demo(tmp_path, "b")
    try:
        a, b = export_document(first.db)["sections"], export_document(second.db)["sections"]
        for name in ("checkins", "stress_entries", "sleep_periods", "incident_followups"):
            assert a[name] == b[name]
    finally:
        first.close()
        second.close()
