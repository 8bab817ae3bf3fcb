"""Demo data for My plan: the goals a counselor and this made-up officer agreed on, with a few
weeks of box breathing, calls to the peer supporter ticked by hand, and one goal finished.

The other goals are matched against the demo's own check-ins and sleep diary, so their weeks
show what a real plan looks like: most days done, some not, and nothing counted as a streak.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, datetime, time, timedelta, timezone

from wellness_journal.core.coping import CopingSession, Outcome
from wellness_journal.core.plan_goals import Goal, GoalKind, WindowDays
from wellness_journal.storage.connection import Database
from wellness_journal.storage.repositories import coping as coping_repo
from wellness_journal.storage.repositories import plan_goals as repo

BOX_SECONDS = 300  # five minutes


def _goals(rng: random.Random, today: date) -> list[Goal]:
    calls = tuple(today - timedelta(days=d) for d in (2, 9, 15, 23, 30, 38) if rng.random() < 0.9)
    walks = tuple(today - timedelta(days=d) for d in range(44, 70) if rng.random() < 0.35)
    return [
        Goal(
            None,
            "demo-goal-box",
            GoalKind.EXERCISE,
            "Box breathing, 5 minutes, most days",
            today - timedelta(days=27),
            per_week=5,
            exercise_id="box",
            minutes=5,
        ),
        Goal(
            None,
            "demo-goal-diary",
            GoalKind.SLEEP_DIARY,
            "Sleep diary every morning for 2 weeks",
            today - timedelta(days=9),
            today + timedelta(days=4),
        ),
        Goal(
            None,
            "demo-goal-window",
            GoalKind.SLEEP_WINDOW,
            "In bed 23:00–07:00 on days off",
            today - timedelta(days=27),
            window_start="23:00",
            window_end="07:00",
            window_days=WindowDays.OFF,
        ),
        Goal(
            None,
            "demo-goal-checkin",
            GoalKind.CHECKIN,
            "Check in every day",
            today - timedelta(days=60),
        ),
        Goal(
            None,
            "demo-goal-sam",
            GoalKind.BY_HAND,
            "Call Sam, my peer supporter, once a week",
            today - timedelta(days=41),
            per_week=1,
            done_days=calls,
        ),
        Goal(
            None,
            "demo-goal-walk",
            GoalKind.BY_HAND,
            "A 20-minute walk after night shifts",
            today - timedelta(days=70),
            today - timedelta(days=43),
            per_week=3,
            done_days=walks,
        ),
    ]


def _box_sessions(rng: random.Random, today: date) -> list[CopingSession]:
    """Box breathing on most days of the four weeks before today, in the evening."""
    sessions = []
    for back in range(27, 0, -1):  # not today: the evening may not have come yet
        if rng.random() > 0.62:
            continue
        day = today - timedelta(days=back)
        local = datetime.combine(day, time(21, rng.randrange(0, 60, 5))).astimezone()
        before = rng.choice((4, 5, 6, 6, 7))
        sessions.append(
            CopingSession(
                id=None,
                uid=f"demo-plan-box-{day.isoformat()}",
                exercise_id="box",
                started_at=local.astimezone(timezone.utc),
                seconds_done=BOX_SECONDS if rng.random() < 0.85 else 180,
                planned_seconds=BOX_SECONDS,
                outcome=Outcome.COMPLETED,
                suds_before=before,
                suds_after=max(0, before - rng.choice((1, 2, 2, 3))),
            )
        )
    return sessions


def generate(db: Database, rng: random.Random, today: date) -> None:
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    for order, goal in enumerate(_goals(rng, today)):
        goal_in_order = replace(goal, sort_order=order)
        repo.insert(db, goal_in_order, stamp)
    for session in _box_sessions(rng, today):
        coping_repo.insert_session(db, session)
