"""Today services on a real encrypted vault, with an injected clock and time zone."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from tests.conftest import PASSPHRASE
from tests.fakes import FakeNow
from tests.helpers import files_containing
from wellness_journal.core.checkin import DEFAULT_SHIFTS, Checkin
from wellness_journal.core.errors import ErrorKind, WellnessError
from wellness_journal.core.incidents import Incident, Status, Step
from wellness_journal.core.sleep import Problem, SleepKind, SleepPeriod, WallTimes
from wellness_journal.core.stress import DEFAULT_TRIGGERS, StressEntry
from wellness_journal.services.incidents import NotDue
from wellness_journal.services.sleep import SleepNotSaved
from wellness_journal.services.today import TodayServices
from wellness_journal.storage.vault import Vault

Now = FakeNow

TZ = ZoneInfo("America/Chicago")


@pytest.fixture
def now() -> Now:
    return Now(datetime(2024, 5, 15, 15, 20, tzinfo=TZ))


@pytest.fixture
def today(db, now) -> TodayServices:
    return TodayServices(db, now=now, zone=TZ)


# -- check-ins -----------------------------------------------------------------------------------


def test_one_check_in_per_day_a_second_save_updates_it(today, db):
    first, changes = today.checkins.save(
        Checkin(None, "", date(2024, 5, 15), mood=4, stress=3, energy=6, shift="night")
    )
    assert changes.touches("checkins")
    assert first.id is not None
    assert first.uid
    again, _ = today.checkins.save(
        Checkin(None, "", date(2024, 5, 15), mood=2, stress=7, energy=6, shift="night", note=" x ")
    )
    assert again.id == first.id
    assert again.uid == first.uid
    stored = today.checkins.for_today()
    assert stored == replace(again, note="x")
    assert db.scalar("SELECT count(*) FROM checkins") == 1


def test_blank_check_in_is_not_stored_and_same_values_change_nothing(today):
    _, changes = today.checkins.save(Checkin(None, "", date(2024, 5, 15)))
    assert not changes.topics
    assert today.checkins.for_today() is None
    saved, _ = today.checkins.save(Checkin(None, "", date(2024, 5, 15), stress=4))
    _, changes = today.checkins.save(saved)
    assert not changes.topics


def test_check_in_out_of_range_is_refused(today):
    with pytest.raises(ValueError):
        today.checkins.save(Checkin(None, "", date(2024, 5, 15), stress=11))


def test_shift_list_is_editable_and_kept(today):
    assert today.checkins.shifts() == list(DEFAULT_SHIFTS)
    today.checkins.set_shifts(["day", "night", " K9 detail ", "night", ""])
    assert today.checkins.shifts() == ["day", "night", "K9 detail"]
    today.checkins.set_shifts([])
    assert today.checkins.shifts() == list(DEFAULT_SHIFTS)


# -- stress ----------------------------------------------------------------------------------------


def test_stress_entries_belong_to_the_local_day(today, now):
    late = StressEntry(None, "", datetime(2024, 5, 15, 23, 30, tzinfo=TZ), 6, ("court",))
    early_next = StressEntry(None, "", datetime(2024, 5, 16, 0, 10, tzinfo=TZ), 2)
    morning = StressEntry(None, "", datetime(2024, 5, 15, 0, 0, tzinfo=TZ), 3)
    logged_at, now.value = now.value, datetime(2024, 5, 16, 1, 0, tzinfo=TZ)
    for entry in (late, early_next, morning):
        today.stress.save(entry)
    now.value = logged_at
    assert [e.suds for e in today.stress.today()] == [3, 6]
    assert [e.suds for e in today.stress.on_day(date(2024, 5, 16))] == [2]
    assert today.stress.today()[1].triggers == ("court",)


def test_rate_again_and_delete(today):
    entry, _ = today.stress.save(replace(today.stress.now(), suds=8))
    assert entry.at == datetime(2024, 5, 15, 15, 20, tzinfo=TZ)
    assert entry.id is not None
    today.stress.rate_again(entry.id, 4)
    assert today.stress.today()[0].suds_after == 4
    today.stress.delete(entry.id)
    assert today.stress.today() == []


def test_stress_triggers_editable(today):
    assert today.stress.triggers() == list(DEFAULT_TRIGGERS)
    today.stress.set_triggers(["court", "traffic stop"])
    assert today.stress.triggers() == ["court", "traffic stop"]


# -- incidents ------------------------------------------------------------------------------------

ANSWERS = {"sleep": 1, "intrusive": 2, "avoidance": 0, "irritability": 1, "mood": 1}


def test_follow_ups_become_due_as_the_clock_moves(today, now):
    now.value = datetime(2024, 3, 1, 22, 0, tzinfo=TZ)
    incident, changes = today.incidents.save(
        Incident(None, "", date(2024, 3, 1), "serious crash", "first on scene")
    )
    assert changes.touches("incidents")
    assert today.incidents.due() == []
    now.value = datetime(2024, 3, 3, 23, 59, tzinfo=TZ)
    assert today.incidents.due() == []
    with pytest.raises(NotDue):
        today.incidents.record(incident, Step.DAY3, ANSWERS)
    now.value = datetime(2024, 3, 4, 0, 1, tzinfo=TZ)
    ((found, item),) = today.incidents.due()
    assert (found.uid, item.step) == (incident.uid, Step.DAY3)
    follow_up, _ = today.incidents.record(incident, Step.DAY3, ANSWERS, talk="maybe")
    assert follow_up.done_at == now.value
    assert today.incidents.due() == []
    with pytest.raises(NotDue):
        today.incidents.record(incident, Step.DAY3, ANSWERS)
    now.value = datetime(2024, 3, 8, 7, 0, tzinfo=TZ)
    assert [s.step for _, s in today.incidents.due()] == [Step.WEEK1]
    statuses = [s.status for s in today.incidents.schedule(incident)]
    assert statuses == [Status.DONE, Status.DUE, Status.UPCOMING, Status.UPCOMING]
    (stored,) = today.incidents.follow_ups()
    assert (stored.intrusive, stored.talk, stored.step) == (2, "maybe", Step.DAY3)


def test_support_is_suggested_after_a_high_week_4(today, now):
    now.value = datetime(2024, 3, 1, 12, 0, tzinfo=TZ)
    incident, _ = today.incidents.save(Incident(None, "", date(2024, 3, 1), "death"))
    now.value = datetime(2024, 3, 29, 12, 0, tzinfo=TZ)
    assert today.incidents.support_suggested(incident) is None
    high = dict(ANSWERS, intrusive=3)
    follow_up, _ = today.incidents.record(incident, Step.WEEK4, high)
    assert today.incidents.support_suggested(incident) == follow_up


def test_incident_rules(today):
    with pytest.raises(WellnessError) as future:
        today.incidents.save(Incident(None, "", date(2024, 5, 16), "other"))
    assert future.value.kind is ErrorKind.IN_FUTURE
    with pytest.raises(ValueError):
        today.incidents.save(Incident(None, "", date(2024, 5, 10), "  "))
    incident, _ = today.incidents.save(Incident(None, "", date(2024, 5, 12), "other"))
    with pytest.raises(ValueError):
        today.incidents.record(incident, Step.DAY3, {"sleep": 1})
    today.incidents.record(incident, Step.DAY3, ANSWERS)
    today.incidents.delete(incident)
    assert today.incidents.incidents() == []
    assert today.incidents.follow_ups() == []


# -- sleep ------------------------------------------------------------------------------------------


def night(today: TodayServices, out_day: date, into: str, out: str, **fields) -> SleepPeriod:
    into_t, out_t = time.fromisoformat(into), time.fromisoformat(out)
    a, b, c, d = today.sleep.place(WallTimes(out_day, into_t, into_t, out_t, out_t))
    kind = fields.pop("kind", SleepKind.MAIN)
    return SleepPeriod(None, "", kind, a, b, c, d, zone=today.sleep.zone_label, **fields)


def test_sleep_is_saved_read_back_and_checked_against_the_diary(today):
    saved, changes = today.sleep.save(
        night(today, date(2024, 5, 15), "07:30", "14:30", latency_min=10, quality=3, note="  ok ")
    )
    assert changes.touches("sleep")
    (back,) = today.sleep.recent()
    assert back == replace(saved, note="ok")
    assert back.zone == "America/Chicago"
    with pytest.raises(SleepNotSaved) as info:
        today.sleep.save(night(today, date(2024, 5, 15), "13:00", "15:00", kind=SleepKind.NAP))
    assert [i.problem for i in info.value.issues] == [Problem.OVERLAP]
    assert info.value.issues[0].other == back
    # Editing the saved period does not collide with itself.
    moved = replace(back, out_of_bed=back.out_of_bed + timedelta(minutes=20))
    today.sleep.save(moved)
    assert today.sleep.recent()[0].out_of_bed == moved.out_of_bed
    today.sleep.delete(back.id)
    assert today.sleep.recent() == []


def test_sleep_days_carry_the_shift_and_the_week_average(today):
    today.checkins.save(Checkin(None, "", date(2024, 5, 15), shift="night"))
    today.sleep.save(night(today, date(2024, 5, 14), "22:00", "06:00"))  # 480
    today.sleep.save(night(today, date(2024, 5, 15), "08:00", "14:00"))  # 360
    today.sleep.save(night(today, date(2024, 5, 15), "14:10", "15:10", kind=SleepKind.NAP))
    days = today.sleep.days(7)
    assert [(d.day, d.total_sleep, d.naps, d.shift) for d in days] == [
        (date(2024, 5, 15), 420, 1, "night"),
        (date(2024, 5, 14), 480, 0, ""),
    ]
    last = today.sleep.last_day()
    assert last is not None
    assert last.day == date(2024, 5, 15)
    week = today.sleep.week()
    assert week is not None
    assert (week.days_logged, week.average_sleep, week.naps) == (2, 450, 1)


def test_quick_entry_defaults_come_from_the_diary(today):
    today.sleep.save(night(today, date(2024, 5, 14), "08:10", "14:50", latency_min=25))
    template = today.sleep.suggest(SleepKind.MAIN)
    assert template.times.into_bed == time(8, 10)
    assert template.times.out_day == date(2024, 5, 15)  # 14:50 has passed at 15:20
    assert template.latency_min == 25


# -- drafts and the vault ---------------------------------------------------------------------------


def test_drafts_keep_half_filled_forms(today):
    today.drafts.keep("stress", {"suds": 7, "note": "half a thought"})
    assert today.drafts.forms() == ["stress"]
    assert today.drafts.get("stress") == {"suds": 7, "note": "half a thought"}
    today.drafts.discard("stress")
    assert today.drafts.get("stress") is None


MARKER = "MARKER-today-5521 ünïcødé"


def test_today_data_is_encrypted_and_survives_reopening(created, paths, now):
    vault = created.vault
    services = TodayServices(vault.db, now=now, zone=TZ)
    services.checkins.save(Checkin(None, "", date(2024, 5, 15), mood=3, note=MARKER))
    services.stress.save(replace(services.stress.now(), helped=MARKER))
    services.sleep.save(night(services, date(2024, 5, 15), "23:00", "07:00", note=MARKER))
    services.incidents.save(Incident(None, "", date(2024, 5, 1), "other", note=MARKER))
    services.drafts.keep("sleep", {"note": MARKER})
    vault.close()
    assert files_containing(paths.data_dir, MARKER) == []
    reopened = Vault.open_with_secret(paths, PASSPHRASE)
    try:
        again = TodayServices(reopened.db, now=now, zone=TZ)
        checkin = again.checkins.for_day(date(2024, 5, 15))
        assert checkin is not None
        assert checkin.note == MARKER
        assert again.sleep.recent()[0].note == MARKER
        assert again.drafts.get("sleep") == {"note": MARKER}
    finally:
        reopened.close()


# -- nothing dated after now (issue 11) -------------------------------------------------------------


def test_a_check_in_for_a_day_still_to_come_is_refused(today):
    with pytest.raises(WellnessError) as refused:
        today.checkins.save(Checkin(None, "", date(2024, 5, 16), stress=3))
    assert refused.value.kind is ErrorKind.IN_FUTURE
    assert today.checkins.for_day(date(2024, 5, 16)) is None


def test_a_stress_entry_after_now_is_refused_but_this_minute_is_fine(today, now):
    later = StressEntry(None, "", now.value + timedelta(minutes=1), 4)
    with pytest.raises(WellnessError) as refused:
        today.stress.save(later)
    assert refused.value.kind is ErrorKind.IN_FUTURE
    this_minute = StressEntry(None, "", now.value.replace(second=50), 4)
    now.value = now.value.replace(second=10)
    today.stress.save(this_minute)
    assert [e.suds for e in today.stress.today()] == [4]


def test_a_sleep_that_ends_after_now_is_refused(today, now):
    # now is 15:20: getting up at 15:30 has not happened yet
    with pytest.raises(SleepNotSaved) as refused:
        today.sleep.save(night(today, date(2024, 5, 15), "14:00", "15:30", kind=SleepKind.NAP))
    assert [i.problem for i in refused.value.issues] == [Problem.IN_FUTURE]
    today.sleep.save(night(today, date(2024, 5, 15), "14:00", "15:20", kind=SleepKind.NAP))
    assert len(today.sleep.recent()) == 1


def test_a_very_long_sleep_is_kept_not_refused(today):
    from wellness_journal.core.sleep import long_sleep

    period = night(today, date(2024, 5, 15), "20:00", "14:00")  # 18 hours
    assert today.sleep.check(period) == []
    saved, _ = today.sleep.save(period)
    assert long_sleep(saved)
    assert not long_sleep(night(today, date(2024, 5, 14), "22:00", "06:00"))


def test_the_sleep_aid_is_kept_and_read_back(today, db):
    period = replace(night(today, date(2024, 5, 15), "00:30", "08:00"), sleep_aid=" one beer ")
    saved, _ = today.sleep.save(period)
    assert today.sleep.get(saved.id).sleep_aid == "one beer"
    assert db.scalar("SELECT sleep_aid FROM sleep_periods") == "one beer"
