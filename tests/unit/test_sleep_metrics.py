"""Sleep metrics against examples worked out by hand (Consensus Sleep Diary formulas)."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from wellness_journal.core.localzone import instant_text, parse_instant
from wellness_journal.core.sleep import (
    SleepKind,
    SleepPeriod,
    WallTimes,
    metrics,
    place,
    sleep_day,
    sleep_days,
    week_summary,
)

CHICAGO = ZoneInfo("America/Chicago")
NEW_YORK = ZoneInfo("America/New_York")


def period(
    out_day: date,
    into: str,
    tried: str,
    final: str,
    out: str,
    *,
    zone: ZoneInfo = CHICAGO,
    kind: SleepKind = SleepKind.MAIN,
    sol: int = 0,
    waso: int = 0,
    awakenings: int = 0,
    quality: int | None = None,
    uid: str = "",
) -> SleepPeriod:
    t = [time.fromisoformat(x) for x in (into, tried, final, out)]
    a, b, c, d = place(WallTimes(out_day, *t), zone)
    return SleepPeriod(
        id=None,
        uid=uid,
        kind=kind,
        into_bed=a,
        tried_to_sleep=b,
        final_awakening=c,
        out_of_bed=d,
        latency_min=sol,
        waso_min=waso,
        awakenings=awakenings,
        quality=quality,
        zone=zone.key,
    )


def test_night_sleep():
    # 22:30 into bed, tried 22:45, 20 min to fall asleep, 2 awakenings for 25 min,
    # woke 06:10, up 06:30.  TIB 480; TST = 480 - 20 - 25 - 20 - 15 = 400; SE 83.3 %.
    p = period(date(2024, 5, 15), "22:30", "22:45", "06:10", "06:30", sol=20, waso=25)
    assert p.into_bed == datetime(2024, 5, 14, 22, 30, tzinfo=CHICAGO)
    m = metrics(p)
    assert m.time_in_bed == 480
    assert m.total_sleep == 400
    assert m.latency == 20
    assert m.waso == 25
    assert m.efficiency == pytest.approx(83.333, abs=0.001)
    assert sleep_day(p) == date(2024, 5, 15)


def test_day_sleep_after_a_night_shift():
    # Home from nights: into bed 07:40, tried 07:45, 10 min to fall asleep, 35 min awake,
    # woke 14:05, up 14:20.  TIB 400; TST = 400 - 10 - 35 - 15 - 5 = 335; SE 83.75 %.
    p = period(date(2024, 5, 15), "07:40", "07:45", "14:05", "14:20", sol=10, waso=35)
    assert p.into_bed.date() == date(2024, 5, 15)  # same day: no midnight crossed
    m = metrics(p)
    assert (m.time_in_bed, m.total_sleep) == (400, 335)
    assert m.efficiency == pytest.approx(83.75)
    assert sleep_day(p) == date(2024, 5, 15)


def test_split_sleep_plus_nap_add_up_for_one_sleep_day():
    day = date(2024, 5, 15)
    first = period(day, "08:00", "08:00", "12:00", "12:00", sol=15)  # TIB 240, TST 225
    nap = period(day, "15:00", "15:00", "15:35", "15:40", kind=SleepKind.NAP, sol=5)  # 40 → 30
    second = period(day, "20:00", "20:00", "22:30", "22:30", sol=5)  # TIB 150, TST 145
    assert [metrics(p).total_sleep for p in (first, nap, second)] == [225, 30, 145]
    (summary,) = sleep_days([second, nap, first])
    assert summary.day == day
    assert summary.total_sleep == 400
    assert summary.main_sleep == 370
    assert summary.nap_sleep == 30
    assert summary.naps == 1
    assert summary.time_in_bed == 430
    assert [p.kind for p in summary.periods] == [SleepKind.MAIN, SleepKind.NAP, SleepKind.MAIN]


def test_spring_forward_night_is_an_hour_shorter():
    # 2024-03-10, New York: clocks jump from 02:00 to 03:00.  23:00 EST → 07:00 EDT is 7 h.
    p = period(date(2024, 3, 10), "23:00", "23:00", "06:45", "07:00", zone=NEW_YORK, sol=15)
    assert p.into_bed.utcoffset().total_seconds() == -5 * 3600
    assert p.out_of_bed.utcoffset().total_seconds() == -4 * 3600
    m = metrics(p)
    assert m.time_in_bed == 420
    assert m.total_sleep == 420 - 15 - 15  # 390
    assert m.efficiency == pytest.approx(390 / 420 * 100)


def test_autumn_back_night_is_an_hour_longer():
    # 2024-11-03, New York: clocks go back from 02:00 to 01:00.  23:00 EDT → 07:00 EST is 9 h.
    p = period(date(2024, 11, 3), "23:00", "23:00", "06:45", "07:00", zone=NEW_YORK, sol=15)
    m = metrics(p)
    assert m.time_in_bed == 540
    assert m.total_sleep == 510
    assert m.efficiency == pytest.approx(510 / 540 * 100)


def test_durations_survive_storage_as_offset_text():
    p = period(date(2024, 11, 3), "23:00", "23:00", "06:45", "07:00", zone=NEW_YORK, sol=15)
    texts = [instant_text(t) for t in (p.into_bed, p.out_of_bed)]
    assert texts == ["2024-11-02T23:00:00-04:00", "2024-11-03T07:00:00-05:00"]
    back = SleepPeriod(
        id=None,
        uid="",
        kind=p.kind,
        into_bed=parse_instant(texts[0]),
        tried_to_sleep=parse_instant(instant_text(p.tried_to_sleep)),
        final_awakening=parse_instant(instant_text(p.final_awakening)),
        out_of_bed=parse_instant(texts[1]),
        latency_min=15,
    )
    assert metrics(back) == metrics(p)
    assert back.out_of_bed.time() == time(7, 0)  # the wall time as lived


def test_travel_east_keeps_the_real_duration():
    # Into bed 23:00 in Chicago (CDT, -5), out of bed 08:00 in New York (EDT, -4): 8 h, not 9.
    into = datetime(2024, 5, 14, 23, 0, tzinfo=CHICAGO)
    out = datetime(2024, 5, 15, 8, 0, tzinfo=NEW_YORK)
    p = SleepPeriod(None, "", SleepKind.MAIN, into, into, out, out)
    assert metrics(p).time_in_bed == 480
    assert sleep_day(p) == date(2024, 5, 15)


def test_week_summary_averages_per_sleep_day():
    today = date(2024, 5, 20)
    periods = [
        period(date(2024, 5, 20), "23:00", "23:00", "07:00", "07:00", quality=4),  # 480
        period(date(2024, 5, 19), "08:00", "08:00", "14:00", "14:00", quality=2),  # 360
        period(
            date(2024, 5, 19), "16:00", "16:00", "17:00", "17:00", kind=SleepKind.NAP
        ),  # 60 → day 420
        period(date(2024, 5, 13), "23:00", "23:00", "06:00", "06:00"),  # 8 days back: left out
    ]
    week = week_summary(periods, today)
    assert week is not None
    assert week.first_day == date(2024, 5, 14)
    assert week.days_logged == 2
    assert week.average_sleep == (480 + 420) / 2
    assert week.efficiency == 100
    assert week.average_quality == 3
    assert week.naps == 1
    assert week_summary(periods[3:], today) is None
