"""Clock times from the sleep form become real instants, across midnight and clock changes."""

from __future__ import annotations

import os
import time as time_mod
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from wellness_journal.core.localzone import (
    instant_text,
    is_zone_name,
    minutes_between,
    parse_instant,
    system_zone,
    utc_key,
    zone_name,
)
from wellness_journal.core.sleep import (
    SleepKind,
    SleepPeriod,
    WallTimes,
    at_local,
    latest_at_or_before,
    place,
    suggest,
)

NY = ZoneInfo("America/New_York")


def test_night_crosses_midnight():
    into, tried, final, out = place(
        WallTimes(date(2024, 5, 15), time(23, 0), time(23, 10), time(6, 30), time(7, 0)), NY
    )
    assert into == datetime(2024, 5, 14, 23, 0, tzinfo=NY)
    assert tried == datetime(2024, 5, 14, 23, 10, tzinfo=NY)
    assert final == datetime(2024, 5, 15, 6, 30, tzinfo=NY)
    assert out == datetime(2024, 5, 15, 7, 0, tzinfo=NY)


def test_day_sleep_stays_on_the_same_day():
    into, _, _, out = place(
        WallTimes(date(2024, 5, 15), time(8, 0), time(8, 0), time(14, 0), time(14, 30)), NY
    )
    assert into.date() == out.date() == date(2024, 5, 15)


def test_a_typo_shows_up_as_a_problem_not_a_silent_fix():
    # Final awakening typed after out of bed lands the day before: the check will catch it.
    _, tried, final, _ = place(
        WallTimes(date(2024, 5, 15), time(23, 0), time(23, 0), time(7, 30), time(7, 0)), NY
    )
    assert final < tried


def test_time_that_happens_twice_in_autumn_is_the_first():
    first = at_local(date(2024, 11, 3), time(1, 30), NY)
    assert instant_text(first) == "2024-11-03T01:30:00-04:00"


def test_time_that_never_happens_in_spring_moves_on():
    moved = at_local(date(2024, 3, 10), time(2, 30), NY)
    assert instant_text(moved) == "2024-03-10T03:30:00-04:00"


def test_latest_at_or_before_includes_the_anchor_itself():
    anchor = datetime(2024, 5, 15, 7, 0, tzinfo=NY)
    assert latest_at_or_before(anchor, time(7, 0), NY) == anchor
    assert latest_at_or_before(anchor, time(7, 1), NY) == anchor + timedelta(minutes=1, days=-1)


def test_minutes_between_ignores_wall_clock_arithmetic():
    a = datetime(2024, 11, 2, 23, 0, tzinfo=NY)
    b = datetime(2024, 11, 3, 7, 0, tzinfo=NY)
    assert (b - a) == timedelta(hours=8)  # Python's same-zone subtraction: wall clock
    assert minutes_between(a, b) == 540  # what really passed


def test_instant_text_round_trip_and_utc_key():
    moment = datetime(2024, 11, 3, 1, 30, tzinfo=NY, fold=1)
    text = instant_text(moment)
    assert text == "2024-11-03T01:30:00-05:00"
    assert utc_key(parse_instant(text)) == "2024-11-03T06:30:00Z"
    assert parse_instant("2024-11-03T06:30:00Z") == moment.astimezone(ZoneInfo("UTC"))
    with pytest.raises(ValueError):
        parse_instant("2024-11-03T06:30:00")
    with pytest.raises(ValueError):
        instant_text(datetime(2024, 1, 1))


def _period(out_day: date, into: time, out: time, kind: SleepKind) -> SleepPeriod:
    a, b, c, d = place(WallTimes(out_day, into, into, out, out), NY)
    return SleepPeriod(None, "", kind, a, b, c, d, latency_min=12, awakenings=2, waso_min=9)


def test_suggest_uses_the_entry_whose_wake_time_came_last():
    recent = [
        _period(date(2024, 5, 14), time(22, 0), time(5, 30), SleepKind.MAIN),  # day shifts
        _period(date(2024, 5, 13), time(8, 0), time(14, 45), SleepKind.MAIN),  # after nights
        _period(date(2024, 5, 13), time(16, 0), time(17, 0), SleepKind.NAP),
    ]
    after_day_sleep = suggest(recent, SleepKind.MAIN, datetime(2024, 5, 15, 15, 5, tzinfo=NY))
    assert after_day_sleep.times == WallTimes(
        date(2024, 5, 15), time(8, 0), time(8, 0), time(14, 45), time(14, 45)
    )
    assert (after_day_sleep.latency_min, after_day_sleep.awakenings) == (12, 2)
    morning = suggest(recent, SleepKind.MAIN, datetime(2024, 5, 15, 6, 0, tzinfo=NY))
    assert morning.times.into_bed == time(22, 0)
    assert morning.times.out_day == date(2024, 5, 15)
    # Before 05:30 today: the most recent getting up at 05:30 was yesterday.
    early = suggest(recent, SleepKind.MAIN, datetime(2024, 5, 15, 5, 0, tzinfo=NY))
    assert early.times.out_day == date(2024, 5, 14)


def test_suggest_without_history_gives_a_plain_night_or_nap():
    night = suggest([], SleepKind.MAIN, datetime(2024, 5, 15, 9, 0, tzinfo=NY))
    assert (night.times.into_bed, night.times.out_of_bed) == (time(23, 0), time(7, 0))
    assert night.times.out_day == date(2024, 5, 15)
    nap = suggest([], SleepKind.NAP, datetime(2024, 5, 15, 9, 0, tzinfo=NY))
    assert nap.times.out_day == date(2024, 5, 14)  # 15:30 has not come yet today


@pytest.mark.skipif(not hasattr(time_mod, "tzset"), reason="time.tzset is POSIX only")
def test_the_computers_zone_has_its_rules_and_its_name(monkeypatch):
    monkeypatch.setenv("TZ", "America/New_York")
    time_mod.tzset()
    try:
        local = system_zone()
        assert zone_name(local) == "America/New_York"
        into = at_local(date(2024, 11, 2), time(23, 0), local)
        out = at_local(date(2024, 11, 3), time(7, 0), local)
        assert minutes_between(into, out) == 540
        assert instant_text(at_local(date(2024, 3, 10), time(2, 30), local)).endswith(
            "03:30:00-04:00"
        )
        assert instant_text(at_local(date(2024, 11, 3), time(1, 30), local)).endswith("-04:00")
        second = datetime(2024, 11, 3, 6, 30, tzinfo=ZoneInfo("UTC")).astimezone(local)
        assert instant_text(second) == "2024-11-03T01:30:00-05:00"
        summer = datetime(2024, 7, 1, 12, 0, tzinfo=local)
        assert summer.utcoffset() == timedelta(hours=-4)
        # A change of zone (the laptop travelled) is seen at once.
        monkeypatch.setenv("TZ", "Europe/Berlin")
        time_mod.tzset()
        assert zone_name(system_zone()) == "Europe/Berlin"
        # A zone only the C library knows: the present offset, and no name to store.
        monkeypatch.setenv("TZ", "XYZ+3")
        time_mod.tzset()
        odd = system_zone()
        assert zone_name(odd) == ""
        assert datetime.now(odd).utcoffset() == timedelta(hours=-3)
    finally:
        monkeypatch.delenv("TZ")
        os.environ.pop("TZ", None)
        time_mod.tzset()


def test_zone_names_are_iana_names_only():
    assert is_zone_name("America/New_York")
    assert is_zone_name("UTC")
    for name in ("", "local", "Not/A_Zone", "../etc/passwd", "/etc/localtime", "=1+1", "a b"):
        assert not is_zone_name(name), name
    assert zone_name(ZoneInfo("Asia/Tokyo")) == "Asia/Tokyo"
    assert zone_name(timezone(timedelta(hours=2))) == ""
