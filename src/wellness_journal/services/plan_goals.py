"""My plan: keep the goals, tick a day by hand, and work out each week's progress from what
was logged (check-ins, sleep, exercise sessions) through ``core.plan_goals``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, time, timedelta, tzinfo

from wellness_journal.core import plan_goals as rules
from wellness_journal.core.localzone import system_zone, utc_key
from wellness_journal.core.models import Changes
from wellness_journal.core.plan_goals import DayFacts, Goal, WeekProgress
from wellness_journal.core.sleep import SleepKind, sleep_days
from wellness_journal.services.saving import add_or_update
from wellness_journal.storage.connection import Database
from wellness_journal.storage.repositories import checkins as checkins_repo
from wellness_journal.storage.repositories import coping as coping_repo
from wellness_journal.storage.repositories import plan_goals as repo
from wellness_journal.storage.repositories import sleep as sleep_repo

TOPIC = "plan"  # a page showing progress also listens to "checkins", "sleep" and "coping"

Now = Callable[[], datetime]


class GoalNotSaved(ValueError):
    """The goal breaks a rule (``fields`` names them); the editor checks before saving."""

    def __init__(self, fields: list[str]) -> None:
        super().__init__(", ".join(fields))
        self.fields = fields


class PlanService:
    def __init__(self, db: Database, *, now: Now | None = None, zone: tzinfo | None = None) -> None:
        self._db = db
        self.zone = zone or system_zone()
        local = self.zone
        self._now: Now = now or (lambda: datetime.now(local))

    def on(self, db: Database) -> PlanService:
        """The same service on another connection (a background thread's)."""
        return PlanService(db, now=self._now, zone=self.zone)

    def today(self) -> date:
        return self._now().date()

    # -- the goals ---------------------------------------------------------------------------------
    def goals(self) -> list[Goal]:
        return repo.list_goals(self._db)

    def current(self) -> list[Goal]:
        """The goals not finished yet (started, or starting later), in the person's order."""
        today = self.today()
        return [g for g in self.goals() if not g.finished(today)]

    def save(self, goal: Goal) -> tuple[Goal, Changes]:
        bad = rules.problems(goal)
        if bad:
            raise GoalNotSaved(bad)
        stamp = utc_key(self._now())
        saved = add_or_update(
            self._db,
            replace(goal, text=" ".join(goal.text.split())),
            lambda g: repo.insert(self._db, g, stamp),
            lambda g: repo.update(self._db, g, stamp),
            new=lambda g: replace(g, sort_order=repo.next_order(self._db)),
        )
        return saved, Changes.of(TOPIC)

    def delete(self, goal: Goal) -> Changes:
        with self._db.transaction():
            repo.delete(self._db, goal)
        return Changes.of(TOPIC)

    def set_done(self, goal: Goal, day: date, done: bool) -> Changes:
        """Tick (or untick) ``day`` for a goal ticked by hand."""
        with self._db.transaction():
            repo.set_done(self._db, goal.uid, day, done)
        return Changes.of(TOPIC)

    # -- progress ----------------------------------------------------------------------------------
    def facts(self, first: date, last: date) -> dict[date, DayFacts]:
        """What each day from ``first`` to ``last`` holds that a goal can be matched against."""
        checkins = {c.day: c for c in checkins_repo.between(self._db, first, last)}
        start = datetime.combine(first - timedelta(days=1), time.min, self.zone)
        end = datetime.combine(last + timedelta(days=2), time.min, self.zone)
        sleep: dict[date, list[tuple[datetime, datetime]]] = {}
        for day in sleep_days(sleep_repo.ending_between(self._db, utc_key(start), utc_key(end))):
            mains = [(p.into_bed, p.out_of_bed) for p in day.periods if p.kind is SleepKind.MAIN]
            if first <= day.day <= last and mains:
                sleep[day.day] = mains
        seconds: dict[date, dict[str, int]] = {}
        for s in coping_repo.list_sessions(self._db, since=start):
            local_day = s.started_at.astimezone(self.zone).date()
            if first <= local_day <= last:
                per_day = seconds.setdefault(local_day, {})
                per_day[s.exercise_id] = per_day.get(s.exercise_id, 0) + max(0, s.seconds_done)
        days = set(checkins) | set(sleep) | set(seconds)
        return {
            d: DayFacts(
                checked_in=d in checkins,
                shift=checkins[d].shift if d in checkins else "",
                sleep=tuple(sleep.get(d, ())),
                exercise_seconds=seconds.get(d, {}),
            )
            for d in days
        }

    def this_week(self, first_weekday: int = 0) -> list[WeekProgress]:
        """This week's progress of every goal active in it."""
        today = self.today()
        start = rules.week_start(today, first_weekday)
        last = start + timedelta(days=rules.WEEK - 1)
        goals = rules.goals_in(self.goals(), start, last)
        if not goals:
            return []
        facts = self.facts(start, last)
        return [rules.week_progress(g, start, facts, today) for g in goals]

    def weeks(
        self, first: date, last: date, first_weekday: int = 0
    ) -> list[tuple[Goal, list[WeekProgress]]]:
        """For each goal active in ``first``..``last``: its progress in each week it was active."""
        goals = rules.goals_in(self.goals(), first, last)
        if not goals:
            return []
        starts = rules.weeks_between(first, last, first_weekday)
        facts = self.facts(starts[0], starts[-1] + timedelta(days=rules.WEEK - 1))
        today = self.today()
        out = []
        for goal in goals:
            weeks = [
                rules.week_progress(goal, s, facts, today)
                for s in starts
                if goal.starts_on <= s + timedelta(days=rules.WEEK - 1)
                and (goal.ends_on is None or goal.ends_on >= s)
                and s <= today
            ]
            out.append((goal, weeks))
        return out
