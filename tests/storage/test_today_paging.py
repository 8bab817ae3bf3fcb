"""The stress log and the sleep diary read a page at a time: every entry there is, newest
first, each once, however many share a minute."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from tests.fakes import FakeNow
from wellness_journal.core.sleep import SleepKind, SleepPeriod
from wellness_journal.core.stress import StressEntry
from wellness_journal.services.today import TodayServices

TZ = ZoneInfo("Europe/Berlin")
NOW = datetime(2024, 5, 15, 15, 20, tzinfo=TZ)


@pytest.fixture
def today(db) -> TodayServices:  # type: ignore[no-untyped-def]
    return TodayServices(db, now=FakeNow(NOW), zone=TZ)


def read_all(page, size: int) -> list:  # type: ignore[no-untyped-def,type-arg]
    found, last = [], None
    while True:
        chunk = page(last, size)
        found += chunk
        if len(chunk) < size:
            return found
        last = chunk[-1]


def test_the_stress_log_pages_through_everything_newest_first(today):
    stamps = [NOW - timedelta(days=3 * i, minutes=5) for i in range(25)]
    stamps += [stamps[3]] * 4  # several entries in one minute
    for i, at in enumerate(stamps):
        today.stress.save(StressEntry(None, "", at, suds=i % 11))
    found = read_all(today.stress.page, 7)
    assert len(found) == len(stamps)
    assert len({e.id for e in found}) == len(stamps)  # none twice, none left out
    keys = [(e.at, e.id) for e in found]
    assert keys == sorted(keys, reverse=True)
    assert found[-1].at == stamps[-5]  # reaches back more than two months


def test_the_sleep_diary_pages_through_everything_latest_first(today):
    periods = []
    for i in range(23):
        out = NOW.replace(hour=7, minute=0) - timedelta(days=2 * i + 1)
        periods.append((out - timedelta(hours=8), out))
    for into, out in periods:
        today.sleep.save(SleepPeriod(None, "", SleepKind.MAIN, into, into, out, out))
    found = read_all(today.sleep.page, 5)
    assert [p.out_of_bed for p in found] == [out for _into, out in periods]
    assert len({p.id for p in found}) == len(periods)
