"""My plan in the vault: goals kept and changed, days ticked, progress matched against what was
logged (check-ins, sleep, exercise sessions), and the JSON section ``plan_goals``."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from tests.fakes import FakeNow
from wellness_journal.core.checkin import Checkin
from wellness_journal.core.coping import Outcome
from wellness_journal.core.errors import ImportFileError
from wellness_journal.core.plan_goals import Goal, GoalKind, Mark, WindowDays
from wellness_journal.core.sleep import SleepKind, SleepPeriod
from wellness_journal.services.coping import CopingService
from wellness_journal.services.exchange import export_document, import_document
from wellness_journal.services.plan_goals import GoalNotSaved, PlanService
from wellness_journal.services.today import TodayServices

NY = ZoneInfo("America/New_York")
WEDNESDAY = date(2025, 3, 5)
MONDAY = date(2025, 3, 3)


def service(db) -> PlanService:  # type: ignore[no-untyped-def]
    return PlanService(db, now=FakeNow(datetime.combine(WEDNESDAY, time(20, 0), NY)), zone=NY)


def new(kind: GoalKind, text: str = "a goal", **more: object) -> Goal:
    return Goal(None, "", kind, text, MONDAY - timedelta(days=7), **more)  # type: ignore[arg-type]


def test_goals_are_kept_in_order_with_their_words(db):
    plan = service(db)
    first, changes = plan.save(new(GoalKind.CHECKIN, "  Check in   every day "))
    second, _ = plan.save(new(GoalKind.BY_HAND, "Call Sam weekly", per_week=1))
    assert changes.touches("plan")
    assert [g.text for g in plan.goals()] == ["Check in every day", "Call Sam weekly"]
    assert first.uid
    assert first.id is not None
    assert second.sort_order > first.sort_order
    plan.save(Goal(**{**first.__dict__, "text": "Check in most days", "per_week": 5}))
    assert plan.goals()[0].per_week == 5
    plan.delete(first)
    assert [g.uid for g in plan.goals()] == [second.uid]


def test_a_goal_breaking_a_rule_is_refused_and_nothing_is_stored(db):
    plan = service(db)
    with pytest.raises(GoalNotSaved) as caught:
        plan.save(new(GoalKind.SLEEP_WINDOW, window_start="25:00", window_end="06:30"))
    assert caught.value.fields == ["window_start"]
    assert plan.goals() == []


def test_ticking_by_hand_counts_for_the_week_and_unticking_takes_it_back(db):
    plan = service(db)
    goal, _ = plan.save(new(GoalKind.BY_HAND, per_week=1))
    plan.set_done(goal, WEDNESDAY, True)
    plan.set_done(goal, WEDNESDAY, True)  # twice is once
    (week,) = plan.this_week()
    assert (week.done, week.aim, week.reached) == (1, 1, True)
    plan.set_done(goal, WEDNESDAY, False)
    assert plan.this_week()[0].done == 0


def test_progress_is_matched_against_what_was_logged(db):
    today = TodayServices(db, now=FakeNow(datetime.combine(WEDNESDAY, time(20, 0), NY)), zone=NY)
    plan = service(db)
    plan.save(new(GoalKind.CHECKIN, "check in"))
    plan.save(new(GoalKind.SLEEP_DIARY, "sleep diary"))
    plan.save(new(GoalKind.EXERCISE, "box 5 min", exercise_id="box", minutes=5))
    plan.save(
        new(
            GoalKind.SLEEP_WINDOW,
            "window on days off",
            window_start="23:30",
            window_end="06:30",
            window_days=WindowDays.OFF,
        )
    )
    today.checkins.save(Checkin(None, "", MONDAY, mood=3, shift="off"))
    today.checkins.save(Checkin(None, "", WEDNESDAY, mood=4, shift="day"))
    into = datetime.combine(MONDAY - timedelta(days=1), time(23, 45), NY)
    out = datetime.combine(MONDAY, time(6, 40), NY)
    today.sleep.save(SleepPeriod(None, "", SleepKind.MAIN, into, into, out, out, latency_min=10))
    coping = CopingService(db, now=lambda: datetime(2025, 3, 4, 23, 0, tzinfo=timezone.utc))
    coping.record_session(
        "box",
        started_at=datetime.combine(date(2025, 3, 4), time(18, 0), NY),
        seconds_done=310,
        outcome=Outcome.COMPLETED,
    )
    weeks = {w.goal.text: w for w in plan.this_week()}
    assert weeks["check in"].done == 2
    assert weeks["sleep diary"].done == 1
    assert weeks["box 5 min"].done == 1
    window = weeks["window on days off"]
    assert (window.done, window.aim) == (1, 1)  # Monday was a day off; Wednesday a work day
    assert {m.day: m.mark for m in window.days}[WEDNESDAY] is Mark.SKIP


def test_the_report_reads_every_week_a_goal_was_active(db):
    plan = service(db)
    plan.save(new(GoalKind.CHECKIN, "since last week"))
    plan.save(
        Goal(None, "", GoalKind.CHECKIN, "finished long ago", date(2024, 1, 1), date(2024, 2, 1))
    )
    found = plan.weeks(MONDAY - timedelta(days=14), WEDNESDAY)
    assert [(g.text, len(weeks)) for g, weeks in found] == [("since last week", 2)]


def test_goals_travel_in_the_json_export_with_their_ticked_days(db, vault, tmp_path):
    plan = service(db)
    goal, _ = plan.save(new(GoalKind.BY_HAND, "Call Sam ✓", per_week=1, ends_on=WEDNESDAY))
    plan.set_done(goal, MONDAY, True)
    plan.save(new(GoalKind.SLEEP_WINDOW, "window", window_start="23:30", window_end="06:30"))
    document = export_document(db)
    (exported, _) = document["sections"]["plan_goals"]
    assert exported["done_days"] == [MONDAY.isoformat()]
    assert exported["ends_on"] == WEDNESDAY.isoformat()
    with db.transaction():
        for g in plan.goals():
            plan.delete(g)
    report = import_document(db, document)
    assert report.added["plan_goals"] == 2
    assert next((g.text, g.done_days) for g in plan.goals()) == ("Call Sam ✓", (MONDAY,))
    again = import_document(db, document)
    assert again.added["plan_goals"] == 0
    assert again.skipped["plan_goals"] == 2


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"per_week": 9}, "'per_week' is out of range"),
        ({"kind": "streak"}, "unknown kind 'streak'"),
        ({"done_days": ["2025-02-30"]}, "'done_days' holds '2025-02-30'"),
        ({"window_start": "9 pm"}, "'window_start'"),
        ({"text": ""}, "'text'"),
    ],
)
def test_a_bad_goal_in_a_file_is_refused_by_name(db, change, message):
    plan = service(db)
    plan.save(new(GoalKind.SLEEP_WINDOW, "window", window_start="23:30", window_end="06:30"))
    document = export_document(db)
    document["sections"]["plan_goals"][0].update(change, uid="another")
    with pytest.raises(ImportFileError, match="plan_goals item 1") as caught:
        import_document(db, document)
    assert message in str(caught.value)
    assert len(plan.goals()) == 1
