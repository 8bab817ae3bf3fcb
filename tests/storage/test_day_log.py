"""The month calendar's reads on a real vault: what each day holds, counted, and the first day
that can be back-filled."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from tests.fakes import FakeNow
from wellness_journal.core.checkin import Checkin
from wellness_journal.core.coping import Outcome
from wellness_journal.core.journal import Entry
from wellness_journal.core.sleep import SleepKind, SleepPeriod, WallTimes
from wellness_journal.core.stress import StressEntry
from wellness_journal.services.coping import CopingService
from wellness_journal.services.day_log import DayLogService
from wellness_journal.services.journal import JournalService
from wellness_journal.services.today import TodayServices

TZ = ZoneInfo("America/Chicago")


@pytest.fixture
def now() -> FakeNow:
    return FakeNow(datetime(2024, 5, 15, 15, 20, tzinfo=TZ))


@pytest.fixture
def today(db, now) -> TodayServices:
    return TodayServices(db, now=now, zone=TZ)


@pytest.fixture
def log(db, now) -> DayLogService:
    return DayLogService(db, now, TZ)


def sleep_on(today: TodayServices, out_day: date, into: str, out: str) -> None:
    a, b, c, d = today.sleep.place(
        WallTimes(
            out_day,
            time.fromisoformat(into),
            time.fromisoformat(into),
            time.fromisoformat(out),
            time.fromisoformat(out),
        )
    )
    today.sleep.save(SleepPeriod(None, "", SleepKind.MAIN, a, b, c, d, zone=today.sleep.zone_label))


def test_each_day_counts_what_was_logged_on_it(db, today, log):
    day = date(2024, 5, 10)
    today.checkins.save(Checkin(None, "", day, mood=4, stress=3))
    sleep_on(today, day, "23:00", "07:00")  # crosses midnight: counts for the 10th
    for hour, rating in ((9, 3), (18, 8)):
        today.stress.save(StressEntry(None, "", datetime(2024, 5, 10, hour, tzinfo=TZ), rating))
    today.stress.save(StressEntry(None, "", datetime(2024, 5, 10, 23, 30, tzinfo=TZ), 2))
    CopingService(db).record_session(
        "box",
        started_at=datetime(
            2024, 5, 11, 4, 30, tzinfo=timezone.utc
        ),  # 23:30 on the 10th in Chicago
        seconds_done=120,
        outcome=Outcome.COMPLETED,
    )
    journal = JournalService(db)
    for n in range(2):
        journal.save(Entry(None, "", datetime(2024, 5, 10, 20, n, tzinfo=TZ), title=f"t{n}"))

    days = log.days(date(2024, 5, 9), date(2024, 5, 11))
    ten = days[date(2024, 5, 10)]
    assert (ten.checked_in, ten.mood) == (True, 4)
    assert ten.sleep_minutes == 480
    assert ten.sleep_periods == 1
    assert (ten.stress_entries, ten.stress_peak) == (3, 8)
    assert ten.exercises == 1
    assert ten.journal_entries == 2
    assert not days[date(2024, 5, 9)].anything
    assert not days[date(2024, 5, 11)].anything


def test_the_month_covers_six_whole_weeks(log):
    days = log.month(date(2024, 5, 1))
    assert len(days) == 42
    assert min(days) == date(2024, 4, 29)
    assert max(days) == date(2024, 6, 9)


def test_an_older_record_moves_the_first_day_back(db, log, today):
    db.execute(
        "UPDATE schema_migrations SET applied_at = ? WHERE id = '0001_foundation'",
        ("2024-05-02T15:00:00+00:00",),
    )
    assert log.first_day() == date(2024, 5, 2)
    older = date(2024, 5, 2) - timedelta(days=400)
    today.checkins.save(Checkin(None, "", older, mood=3))  # imported from another app, say
    assert log.first_day() == older


def test_the_creation_day_comes_from_the_first_migration(db, now):
    db.execute(
        "UPDATE schema_migrations SET applied_at = ? WHERE id = '0001_foundation'",
        ("2024-05-02T03:00:00+00:00",),  # 22:00 on the 1st in Chicago
    )
    assert DayLogService(db, now, TZ).first_day() == date(2024, 5, 1)
