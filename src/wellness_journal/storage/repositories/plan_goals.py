"""My plan's goals and the days ticked by hand."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from wellness_journal.core.plan_goals import Goal
from wellness_journal.storage.connection import Database
from wellness_journal.storage.repositories.table import Table

_GOALS = Table(
    "plan_goals",
    Goal,
    "id, uid, kind, text, starts_on, ends_on, per_week, exercise_id, minutes, window_start,"
    " window_end, window_days, sort_order",
)


def _ticked(db: Database) -> dict[str, tuple[date, ...]]:
    found: dict[str, list[date]] = {}
    for uid, day in db.query("SELECT goal_uid, day FROM plan_goal_days ORDER BY goal_uid, day"):
        found.setdefault(str(uid), []).append(date.fromisoformat(str(day)))
    return {uid: tuple(days) for uid, days in found.items()}


def _with_days(db: Database, goals: list[Goal]) -> list[Goal]:
    ticked = _ticked(db)
    return [replace(g, done_days=ticked.get(g.uid, ())) for g in goals]


def list_goals(db: Database) -> list[Goal]:
    """Every goal, in the person's order."""
    return _with_days(db, _GOALS.rows(db, order="sort_order, id"))


def get(db: Database, goal_id: int) -> Goal | None:
    goal = _GOALS.get(db, goal_id)
    return None if goal is None else _with_days(db, [goal])[0]


uids = _GOALS.uids


def next_order(db: Database) -> int:
    return int(db.scalar("SELECT coalesce(max(sort_order) + 1, 0) FROM plan_goals") or 0)


_WRITTEN = (
    "kind, text, starts_on, ends_on, per_week, exercise_id, minutes, window_start, window_end,"
    " window_days, sort_order"
)


def _values(g: Goal) -> tuple[object, ...]:
    return (
        g.kind.value,
        g.text,
        g.starts_on.isoformat(),
        None if g.ends_on is None else g.ends_on.isoformat(),
        g.per_week,
        g.exercise_id,
        g.minutes,
        g.window_start,
        g.window_end,
        g.window_days.value,
        g.sort_order,
    )


def insert(db: Database, g: Goal, stamp: str = "") -> int:
    """Add ``g`` with its ticked days; returns its id."""
    goal_id = _GOALS.insert(
        db, f"{_WRITTEN}, uid, created_at, updated_at", (*_values(g), g.uid, stamp, stamp)
    )
    for day in g.done_days:
        set_done(db, g.uid, day, True)
    return goal_id


def update(db: Database, g: Goal, stamp: str) -> None:
    """Change the goal's own fields (its ticked days are kept as they are)."""
    _GOALS.update(db, g.id, f"{_WRITTEN}, updated_at", (*_values(g), stamp))


def delete(db: Database, g: Goal) -> None:
    db.execute("DELETE FROM plan_goal_days WHERE goal_uid = ?", (g.uid,))
    db.execute("DELETE FROM plan_goals WHERE uid = ?", (g.uid,))


def set_done(db: Database, goal_uid: str, day: date, done: bool) -> None:
    if done:
        db.execute(
            "INSERT OR IGNORE INTO plan_goal_days (goal_uid, day) VALUES (?, ?)",
            (goal_uid, day.isoformat()),
        )
    else:
        db.execute(
            "DELETE FROM plan_goal_days WHERE goal_uid = ? AND day = ?",
            (goal_uid, day.isoformat()),
        )
