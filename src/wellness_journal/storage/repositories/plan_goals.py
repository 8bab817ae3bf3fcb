"""My plan's goals and the days ticked by hand."""

from __future__ import annotations

from datetime import date

from wellness_journal.core.plan_goals import Goal, GoalKind, WindowDays
from wellness_journal.storage.connection import Database, Row

_COLUMNS = (
    "id, uid, kind, text, starts_on, ends_on, per_week, exercise_id, minutes, window_start,"
    " window_end, window_days, sort_order"
)


def _goal(row: Row, days: tuple[date, ...]) -> Goal:
    ends = row["ends_on"]
    return Goal(
        id=int(row["id"]),
        uid=str(row["uid"]),
        kind=GoalKind(str(row["kind"])),
        text=str(row["text"]),
        starts_on=date.fromisoformat(str(row["starts_on"])),
        ends_on=None if ends is None else date.fromisoformat(str(ends)),
        per_week=int(row["per_week"]),
        exercise_id=str(row["exercise_id"]),
        minutes=int(row["minutes"]),
        window_start=str(row["window_start"]),
        window_end=str(row["window_end"]),
        window_days=WindowDays(str(row["window_days"])),
        sort_order=int(row["sort_order"]),
        done_days=days,
    )


def _ticked(db: Database) -> dict[str, tuple[date, ...]]:
    found: dict[str, list[date]] = {}
    for uid, day in db.query("SELECT goal_uid, day FROM plan_goal_days ORDER BY goal_uid, day"):
        found.setdefault(str(uid), []).append(date.fromisoformat(str(day)))
    return {uid: tuple(days) for uid, days in found.items()}


def list_goals(db: Database) -> list[Goal]:
    """Every goal, in the person's order."""
    ticked = _ticked(db)
    rows = db.query(f"SELECT {_COLUMNS} FROM plan_goals ORDER BY sort_order, id")
    return [_goal(r, ticked.get(str(r["uid"]), ())) for r in rows]


def get(db: Database, goal_id: int) -> Goal | None:
    row = db.query_one(f"SELECT {_COLUMNS} FROM plan_goals WHERE id = ?", (goal_id,))
    if row is None:
        return None
    return _goal(row, _ticked(db).get(str(row["uid"]), ()))


def uids(db: Database) -> set[str]:
    return {str(r[0]) for r in db.query("SELECT uid FROM plan_goals")}


def next_order(db: Database) -> int:
    return int(db.scalar("SELECT coalesce(max(sort_order) + 1, 0) FROM plan_goals") or 0)


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
    cur = db.execute(
        "INSERT INTO plan_goals (kind, text, starts_on, ends_on, per_week, exercise_id, minutes,"
        " window_start, window_end, window_days, sort_order, uid, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (*_values(g), g.uid, stamp, stamp),
    )
    for day in g.done_days:
        set_done(db, g.uid, day, True)
    return int(cur.lastrowid or 0)


def update(db: Database, g: Goal, stamp: str) -> None:
    """Change the goal's own fields (its ticked days are kept as they are)."""
    db.execute(
        "UPDATE plan_goals SET kind = ?, text = ?, starts_on = ?, ends_on = ?, per_week = ?,"
        " exercise_id = ?, minutes = ?, window_start = ?, window_end = ?, window_days = ?,"
        " sort_order = ?, updated_at = ? WHERE id = ?",
        (*_values(g), stamp, g.id),
    )


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
