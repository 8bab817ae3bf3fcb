"""The trend charts' reads on a real encrypted vault, against figures worked out by hand."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from wellness_journal.app import make_demo_vault
from wellness_journal.core.checkin import Checkin
from wellness_journal.core.coping import Outcome
from wellness_journal.core.incidents import FollowUp, Incident, Step
from wellness_journal.core.sleep import SleepKind, SleepPeriod, WallTimes
from wellness_journal.core.sleep_trends import by_shift
from wellness_journal.core.stress import StressEntry
from wellness_journal.core.trends import MIN_POINTS, Period, Span
from wellness_journal.services.coping import CopingService
from wellness_journal.services.sleep import SleepService
from wellness_journal.services.today import TodayServices
from wellness_journal.services.trends import TrendsService
from wellness_journal.storage.repositories import incidents as incidents_repo
from wellness_journal.storage.vault import Vault

TZ = ZoneInfo("America/Chicago")
TODAY = date(2024, 5, 31)
NOW = datetime(2024, 5, 31, 18, 0, tzinfo=TZ)


@pytest.fixture
def today(db) -> TodayServices:
    return TodayServices(db, now=lambda: NOW, zone=TZ)


@pytest.fixture
def trends(db) -> TrendsService:
    return TrendsService(db, now=lambda: NOW, zone=TZ)


def check_in(today: TodayServices, day: date, **values: object) -> None:
    today.checkins.save(Checkin(None, "", day, **values))  # type: ignore[arg-type]


def sleep(
    today: TodayServices,
    out_day: date,
    into: str,
    out: str,
    *,
    kind: SleepKind = SleepKind.MAIN,
    latency: int = 0,
) -> None:
    wall = [time.fromisoformat(t) for t in (into, into, out, out)]
    instants = today.sleep.place(WallTimes(out_day, *wall))
    period = SleepPeriod(None, "", kind, *instants, latency_min=latency, note="slept badly")
    today.sleep.save(period)


def test_check_in_means_keep_gaps_as_gaps(today, trends):
    first = TODAY - timedelta(days=13)
    # Four days rated before the range's first day count for its first 7-day mean.
    for n, stress in zip(range(-4, 0), (2, 4, 6, 8), strict=True):
        check_in(today, first + timedelta(days=n), stress=stress, mood=3, note="private words")
    check_in(today, first, stress=10, shift="night")
    check_in(today, first + timedelta(days=12), stress=1)  # then a long pause, and one more
    days = trends.checkins(Period(first, TODAY))
    assert len(days) == 14
    assert days[0].day == first
    assert days[-1].day == TODAY
    assert days[0].checked_in
    assert days[0].stress == 10
    assert days[0].stress_mean == pytest.approx((2 + 4 + 6 + 8 + 10) / 5)
    assert days[0].mood_mean == pytest.approx(3.0)  # four moods in its week
    assert days[2].stress_mean == pytest.approx(6.0)  # its week still holds all five
    assert days[3].stress_mean == pytest.approx((4 + 6 + 8 + 10) / 4)
    assert days[4].stress_mean is None  # only 6, 8, 10 left in its week: a gap
    assert all(d.stress_mean is None for d in days[4:])  # nothing drawn across the pause
    assert [d.day for d in days if d.checked_in] == [first, first + timedelta(days=12)]
    assert not days[5].checked_in
    assert days[5].stress is None


def test_sleep_days_are_the_sleep_diarys_own(tmp_path):
    """The trends read sleep leaner than the diary does, but must agree with it to the minute."""
    paths = make_demo_vault(tmp_path / "demo", today=TODAY)
    vault = Vault.open_with_secret(paths, "demo")
    try:
        zone = ZoneInfo("UTC")
        now = datetime.combine(TODAY, time(12), zone)
        diary = SleepService(vault.db, lambda: now, zone)
        trends = TrendsService(vault.db, now=lambda: now, zone=zone)
        period = trends.period(Span.MONTHS_3)
        points = trends.sleep(period)
        days = sorted(diary.days(period.days, until=period.last), key=lambda d: d.day)
        assert len(points) == len(days) > 60
        for point, day in zip(points, days, strict=True):
            assert point.day == day.day
            assert point.shift == day.shift
            assert point.main == pytest.approx(day.main_sleep)
            assert point.nap == pytest.approx(day.nap_sleep)
            assert point.time_in_bed == pytest.approx(day.time_in_bed)
        assert {p.shift for p in points} >= {"day", "night", "off"}
    finally:
        vault.close()


def test_sleep_by_shift_by_hand(today, trends):
    d1, d2, d3 = TODAY - timedelta(days=3), TODAY - timedelta(days=2), TODAY - timedelta(days=1)
    sleep(today, d1, "08:00", "13:00")  # day sleep after a night: 5 h
    sleep(today, d2, "08:00", "13:30")  # 5 h 30
    sleep(today, d2, "16:00", "16:30", kind=SleepKind.NAP)  # + 30 min nap = 6 h
    sleep(today, d3, "23:00", "07:00", latency=30)  # 7 h 30 asleep of 8 h in bed
    for d, shift in ((d1, "night"), (d2, "night"), (d3, "off")):
        check_in(today, d, shift=shift)
    rows = by_shift(trends.sleep(trends.period(Span.WEEKS_2)))
    assert [(r.shift, r.days) for r in rows] == [("night", 2), ("off", 1)]
    assert rows[0].average == pytest.approx((300 + 360) / 2)
    assert rows[0].efficiency == pytest.approx(100.0)
    assert rows[1].average == pytest.approx(450.0)
    assert rows[1].efficiency == pytest.approx(450 / 480 * 100)


def test_sleep_and_stress_needs_fourteen_days_for_a_trend_line(today, trends):
    for n in range(MIN_POINTS):
        d = TODAY - timedelta(days=n)
        sleep(today, d, "23:00", f"0{5 + n % 4}:00")
        if n:  # leave the newest day without a stress rating for now
            check_in(today, d, stress=8 - n % 4 * 2)
    rel = trends.sleep_and_stress(trends.period(Span.MONTHS_3))
    assert rel.n == MIN_POINTS - 1
    assert rel.fit is None
    check_in(today, TODAY, stress=8)
    rel = trends.sleep_and_stress(trends.period(Span.MONTHS_3))
    assert rel.n == MIN_POINTS
    assert rel.fit is not None
    assert rel.fit.slope == pytest.approx(-2.0)  # each hour more, two points less
    assert rel.fit.r == pytest.approx(-1.0)


def test_stress_log_and_incidents_on_one_timeline(db, today, trends):
    def entry(at: datetime, suds: int) -> None:
        today.stress.save(StressEntry(None, "", at, suds, note="what happened"))

    late = datetime(2024, 5, 20, 23, 30, tzinfo=TZ)  # 04:30 UTC the next day
    entry(late, 8)
    entry(late.replace(hour=9), 3)
    entry(datetime(2024, 5, 22, 7, 0, tzinfo=TZ), 6)
    entry(datetime(2024, 1, 5, 7, 0, tzinfo=TZ), 9)  # outside the range
    older = Incident(None, "old", date(2024, 4, 20), "serious crash", note="never read")
    newer = Incident(None, "new", date(2024, 5, 25), "death")
    with db.transaction():
        for incident in (older, newer):
            incidents_repo.insert_incident(db, incident, "2024-05-31T00:00:00Z")
        for uid, step, when, answers in (
            ("old", Step.DAY3, datetime(2024, 4, 23, 19, 0, tzinfo=TZ), (3, 3, 2, 2, 1)),
            ("old", Step.WEEK4, datetime(2024, 5, 18, 19, 0, tzinfo=TZ), (1, 1, 0, 1, 0)),
            ("new", Step.DAY3, datetime(2024, 5, 28, 20, 0, tzinfo=TZ), (2, 2, 2, 2, 2)),
        ):
            sleep_, intrusive, avoidance, irritability, mood = answers
            incidents_repo.insert_follow_up(
                db,
                FollowUp(
                    None,
                    f"{uid}-{step.value}",
                    uid,
                    step,
                    when,
                    sleep=sleep_,
                    intrusive=intrusive,
                    avoidance=avoidance,
                    irritability=irritability,
                    mood=mood,
                ),
            )
    events = trends.events(Period(date(2024, 5, 3), TODAY))
    assert [(d.day, d.entries, d.highest, d.high) for d in events.stress] == [
        (date(2024, 5, 20), 2, 8, 1),
        (date(2024, 5, 22), 1, 6, 0),
    ]
    # The older incident is before the range, but its week-4 check-in is in it.
    assert [(m.uid, events.in_range(m)) for m in events.incidents] == [
        ("old", False),
        ("new", True),
    ]
    assert [(f.incident_uid, f.step, f.total) for f in events.follow_ups] == [
        ("new", Step.DAY3, 10),
        ("old", Step.WEEK4, 3),
    ]
    assert not events.empty
    assert trends.events(Period(date(2023, 1, 1), date(2023, 12, 31))).empty


def test_coping_ratings_average_only_sessions_rated_both_times(db, trends):
    coping = CopingService(db)
    noon = datetime(2024, 5, 30, 12, 0, tzinfo=timezone.utc)
    for before, after, day_back in ((8, 4, 0), (6, 3, 0), (7, None, 1), (None, 2, 1)):
        coping.record_session(
            "box",
            started_at=noon - timedelta(days=day_back),
            seconds_done=120,
            outcome=Outcome.COMPLETED,
            suds_before=before,
            suds_after=after,
        )
    coping.record_session(
        "sigh",
        started_at=noon - timedelta(days=40),
        seconds_done=300,
        outcome=Outcome.STOPPED,
    )
    (box,) = trends.exercises(Period(date(2024, 5, 18), TODAY))
    assert (box.exercise_id, box.sessions, box.rated) == ("box", 4, 2)
    assert box.before == pytest.approx(7.0)
    assert box.after == pytest.approx(3.5)
    assert box.change == pytest.approx(-3.5)
    practice = trends.practice(Period(date(2024, 4, 1), TODAY))
    assert [(p.day, p.sessions, p.minutes) for p in practice] == [
        (date(2024, 4, 20), 1, 5.0),
        (date(2024, 5, 29), 2, 4.0),
        (date(2024, 5, 30), 2, 4.0),
    ]


def test_all_starts_at_the_first_thing_logged(today, trends, db):
    assert trends.period(Span.ALL) == Period(TODAY, TODAY)  # nothing yet
    check_in(today, date(2024, 3, 2), mood=4)
    sleep(today, date(2024, 2, 10), "23:00", "07:00")
    assert trends.period(Span.ALL).first == date(2024, 2, 10)
    CopingService(db).record_session(
        "box",
        started_at=datetime(2023, 12, 24, 12, 0, tzinfo=timezone.utc),
        seconds_done=60,
        outcome=Outcome.COMPLETED,
    )
    assert trends.period(Span.ALL) == Period(date(2023, 12, 24), TODAY)
