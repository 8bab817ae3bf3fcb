"""Demo data for the coping toolbox: a few months of sessions, two thought records, favourites.

Made up and about nobody. The ratings are noisy but have a pattern, so "What helps me" has
something to say: some exercises help this made-up officer more than others, and a couple were
tried too rarely for a figure.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta, timezone

from wellness_journal.core.coping import (
    AutomaticThought,
    CopingSession,
    Favourite,
    MoodRating,
    Outcome,
    ThoughtRecord,
)
from wellness_journal.core.exercises import exercise
from wellness_journal.core.pacer import plan_for
from wellness_journal.storage.connection import Database
from wellness_journal.storage.repositories import coping as repo

# exercise id: (sessions over the period, typical change in stress)
_HABITS = {
    "box": (16, -2.4),
    "sigh": (12, -3.1),
    "resonance": (7, -1.8),
    "pmr_short": (5, -2.6),
    "grounding": (4, -1.5),
    "478": (2, -1.0),
    "pmr_full": (1, -3.0),
}
_DAYS = 100


def _local(day: date, hour: int, minute: int) -> datetime:
    return datetime.combine(day, time(hour, minute)).astimezone()


def _sessions(rng: random.Random, today: date) -> list[CopingSession]:
    sessions = []
    for exercise_id, (count, effect) in _HABITS.items():
        ex = exercise(exercise_id)
        planned = round(plan_for(ex).total_seconds) if ex.timed else 0
        for n in range(count):
            day = today - timedelta(days=rng.randint(1, _DAYS))
            hour = rng.choice((7, 8, 16, 18, 19, 21, 22, 23))
            started = _local(day, hour, rng.randrange(0, 60, 5))
            before = rng.choice((4, 5, 5, 6, 6, 7, 7, 8, 9))
            after = round(before + effect + rng.gauss(0, 1.1))
            after = min(10, max(0, after))
            stopped = rng.random() < 0.1
            done = planned if ex.timed else rng.randint(150, 300)
            if stopped:
                done = max(20, round(done * rng.uniform(0.25, 0.7)))
            skip_before = rng.random() < 0.08
            sessions.append(
                CopingSession(
                    id=None,
                    uid=f"demo-coping-{exercise_id}-{n}",
                    exercise_id=exercise_id,
                    started_at=started.astimezone(timezone.utc),
                    seconds_done=done,
                    planned_seconds=planned,
                    outcome=Outcome.STOPPED if stopped else Outcome.COMPLETED,
                    suds_before=None if skip_before else before,
                    suds_after=after,
                )
            )
    sessions.sort(key=lambda s: s.started_at)
    return sessions


def _records(today: date) -> list[ThoughtRecord]:
    first = _local(today - timedelta(days=38), 22, 10)
    second = _local(today - timedelta(days=9), 7, 40)
    return [
        ThoughtRecord(
            id=None,
            uid="demo-thought-record-1",
            created_at=first,
            updated_at=first,
            situation="Sergeant asked to see me after briefing and didn't say why.",
            moods=(MoodRating("Anxious", 70, 35), MoodRating("Irritated", 40, 20)),
            thoughts=(
                AutomaticThought("I messed up the report from Tuesday.", hot=True),
                AutomaticThought("Everyone heard him call me in."),
            ),
            evidence_for="He didn't smile. The Tuesday report went in late.",
            evidence_against=(
                "He calls people in for all kinds of reasons; last time it was overtime. "
                "My reports are usually fine and nobody has said otherwise."
            ),
            balanced_thought=(
                "I don't know what it's about yet. Even if it is the report, a late report "
                "is fixable, and my record is good."
            ),
        ),
        ThoughtRecord(
            id=None,
            uid="demo-thought-record-2",
            created_at=second,
            updated_at=second,
            situation="Home after nights. Kept replaying the crash call instead of sleeping.",
            moods=(MoodRating("Sad", 60, 40), MoodRating("Tense", 75, 45)),
            thoughts=(
                AutomaticThought("I should have got there faster.", hot=True),
                AutomaticThought("I'm not handling this job like I used to."),
            ),
            evidence_for="The roads were quiet. Maybe I could have pushed harder.",
            evidence_against=(
                "We were on scene in six minutes, which is normal for that area. The medics "
                "said it would not have changed anything. Replaying a hard call is a common "
                "reaction and usually fades."
            ),
            balanced_thought=(
                "We got there as fast as was safe. It makes sense it's on my mind; "
                "talking it over with Sam could help."
            ),
        ),
    ]


def generate(db: Database, rng: random.Random, today: date) -> None:
    for session in _sessions(rng, today):
        repo.insert_session(db, session)
    for record in _records(today):
        repo.insert_record(db, record)
    for n, exercise_id in enumerate(("sigh", "box")):
        added = _local(today - timedelta(days=60 - n), 20, 0)
        repo.add_favourite(db, Favourite(f"demo-favourite-{exercise_id}", exercise_id, added))
