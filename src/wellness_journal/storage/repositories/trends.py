"""Aggregated reads for the trend charts: the database adds up, the charts draw.

Days are the days the user lived: the local date in the stored wall time ("at", "day",
"occurred_on", "done_at"). Coping sessions are stored in UTC; their day is the computer's local
date (SQLite's 'localtime', the same zone the app runs in). No free text is read here.
"""

from __future__ import annotations

from datetime import date

from wellness_journal.core.incidents import Step
from wellness_journal.core.localzone import parse_instant
from wellness_journal.core.sleep import SleepKind, SleepPeriod
from wellness_journal.core.trend_data import (
    CheckinDay,
    ExerciseRatings,
    FollowUpScore,
    IncidentMark,
    PracticeDay,
)
from wellness_journal.storage.connection import Database


def _opt_int(value: object) -> int | None:
    return None if value is None else int(value)  # type: ignore[call-overload]


def _opt_float(value: object) -> float | None:
    return None if value is None else float(value)  # type: ignore[arg-type]


def earliest_day(db: Database) -> date | None:
    """The first day anything was logged (check-in, sleep, stress, incident, coping, self-check)."""
    row = db.query_one(
        "SELECT min(d) FROM ("
        " SELECT min(day) AS d FROM checkins"
        " UNION ALL SELECT substr(final_awakening, 1, 10) FROM"
        "  (SELECT final_awakening FROM sleep_periods ORDER BY end_utc LIMIT 1)"
        " UNION ALL SELECT substr(at, 1, 10) FROM"
        "  (SELECT at FROM stress_entries ORDER BY at_utc LIMIT 1)"
        " UNION ALL SELECT min(occurred_on) FROM critical_incidents"
        " UNION ALL SELECT date(min(started_at), 'localtime') FROM coping_sessions"
        " UNION ALL SELECT min(substr(taken_at, 1, 10)) FROM self_checks"
        ")"
    )
    if row is None or row[0] is None:
        return None
    return date.fromisoformat(str(row[0]))


def counts_after(db: Database, day: date) -> dict[str, int]:
    """How many check-ins, sleeps, stress entries, incidents and self-checks are dated after
    ``day`` (each by the local day the app files it under)."""
    key = day.isoformat()
    rows = db.query(
        "SELECT 'checkins', count(*) FROM checkins WHERE day > ?"
        " UNION ALL SELECT 'sleep', count(*) FROM sleep_periods"
        "  WHERE substr(final_awakening, 1, 10) > ?"
        " UNION ALL SELECT 'stress', count(*) FROM stress_entries WHERE substr(at, 1, 10) > ?"
        " UNION ALL SELECT 'incidents', count(*) FROM critical_incidents WHERE occurred_on > ?"
        " UNION ALL SELECT 'selfchecks', count(*) FROM self_checks"
        "  WHERE substr(taken_at, 1, 10) > ?",
        (key,) * 5,
    )
    return {str(r[0]): int(r[1]) for r in rows if int(r[1])}


def checkin_days(db: Database, first: date, last: date) -> list[CheckinDay]:
    """The check-ins from ``first`` to ``last``, oldest first: one row per day checked in.

    The 7-day means are worked out over calendar days in ``core.trends.daily_checkins``: done in
    SQL (a recursive calendar and window functions) it was fifty times slower, because every
    value SQLite makes is wiped on release under SQLCipher's memory security.
    """
    rows = db.query(
        "SELECT day, mood, stress, energy FROM checkins WHERE day BETWEEN ? AND ? ORDER BY day",
        (first.isoformat(), last.isoformat()),
    )
    return [
        CheckinDay(
            day=date.fromisoformat(str(r["day"])),
            checked_in=True,
            mood=_opt_int(r["mood"]),
            stress=_opt_int(r["stress"]),
            energy=_opt_int(r["energy"]),
        )
        for r in rows
    ]


def sleep_periods_ending(db: Database, start_utc: str, end_utc: str) -> list[SleepPeriod]:
    """Periods whose out-of-bed time is in ``[start_utc, end_utc)``, with only what
    ``core.sleep.metrics`` and ``core.sleep.sleep_day`` use (no ratings, no notes, no ids):
    reading years of full rows was most of the sleep charts' time."""
    rows = db.query(
        "SELECT kind, into_bed, tried_to_sleep, final_awakening, out_of_bed, latency_min,"
        " waso_min FROM sleep_periods WHERE end_utc >= ? AND end_utc < ? ORDER BY start_utc, id",
        (start_utc, end_utc),
    )
    main, nap = SleepKind.MAIN, SleepKind.NAP
    return [
        SleepPeriod(
            id=None,
            uid="",
            kind=main if r[0] == "main" else nap,
            into_bed=parse_instant(r[1]),
            tried_to_sleep=parse_instant(r[2]),
            final_awakening=parse_instant(r[3]),
            out_of_bed=parse_instant(r[4]),
            latency_min=int(r[5]),
            waso_min=int(r[6]),
        )
        for r in rows
    ]


def shifts(db: Database, first: date, last: date) -> dict[date, str]:
    """The shift noted in each day's check-in (days with none noted are left out)."""
    rows = db.query(
        "SELECT day, shift FROM checkins WHERE day BETWEEN ? AND ? AND shift != ''",
        (first.isoformat(), last.isoformat()),
    )
    return {date.fromisoformat(str(r[0])): str(r[1]) for r in rows}


def stress_ratings(db: Database, first: date, last: date) -> list[tuple[date, int]]:
    """(day, rating) of each stress log entry in the range, in time order.

    Added up per day by ``core.trends.stress_days``: a GROUP BY with a group per day costs this
    SQLCipher build about 30 microseconds a group (its aggregate memory is wiped on release), so
    over years the lean rows and a Python loop are ten times faster.
    """
    rows = db.query(
        "SELECT substr(at, 1, 10), suds FROM stress_entries WHERE at_utc >= ? AND at_utc < ?"
        " AND substr(at, 1, 10) BETWEEN ? AND ? ORDER BY at_utc",
        # UTC keys a day either side of the local days, so any zone's wall dates are covered
        (
            f"{date.fromordinal(first.toordinal() - 1).isoformat()}T00:00:00Z",
            f"{date.fromordinal(last.toordinal() + 2).isoformat()}T00:00:00Z",
            first.isoformat(),
            last.isoformat(),
        ),
    )
    return [(date.fromisoformat(str(r[0])), int(r[1])) for r in rows]


def incidents(db: Database, first: date, last: date) -> list[IncidentMark]:
    rows = db.query(
        "SELECT uid, occurred_on, category FROM critical_incidents"
        " WHERE occurred_on BETWEEN ? AND ? ORDER BY occurred_on, id",
        (first.isoformat(), last.isoformat()),
    )
    return [
        IncidentMark(str(r["uid"]), date.fromisoformat(str(r["occurred_on"])), str(r["category"]))
        for r in rows
    ]


def follow_up_scores(db: Database, first: date, last: date) -> list[FollowUpScore]:
    """Check-ins after incidents done in the range, each with its five answers added up."""
    rows = db.query(
        "SELECT incident_uid, step, substr(done_at, 1, 10) AS day,"
        " sleep + intrusive + avoidance + irritability + mood AS total"
        " FROM incident_followups WHERE substr(done_at, 1, 10) BETWEEN ? AND ?"
        " ORDER BY incident_uid, done_at",
        (first.isoformat(), last.isoformat()),
    )
    return [
        FollowUpScore(
            str(r["incident_uid"]),
            Step(str(r["step"])),
            date.fromisoformat(str(r["day"])),
            int(r["total"]),
        )
        for r in rows
    ]


def incidents_of(db: Database, uids: set[str]) -> list[IncidentMark]:
    """The incidents with these uids (for follow-ups whose incident is before the range)."""
    if not uids:
        return []
    marks = ", ".join("?" for _ in uids)
    rows = db.query(
        f"SELECT uid, occurred_on, category FROM critical_incidents WHERE uid IN ({marks})"
        " ORDER BY occurred_on, id",
        sorted(uids),
    )
    return [
        IncidentMark(str(r["uid"]), date.fromisoformat(str(r["occurred_on"])), str(r["category"]))
        for r in rows
    ]


_LOCAL_DAY = "date(started_at, 'localtime')"
# The index on started_at (UTC) narrows the rows to a day either side first.
_NEAR = "started_at >= ? AND started_at < ? AND"


def _near(first: date, last: date) -> tuple[str, str, str, str]:
    return (
        date.fromordinal(first.toordinal() - 1).isoformat(),
        date.fromordinal(last.toordinal() + 2).isoformat(),
        first.isoformat(),
        last.isoformat(),
    )


def exercise_ratings(db: Database, first: date, last: date) -> list[ExerciseRatings]:
    """Per exercise: sessions in the range, and the average stress before and after over the
    sessions rated both times. Most used first."""
    rows = db.query(
        "SELECT exercise_id, count(*) AS sessions,"
        " sum(suds_before IS NOT NULL AND suds_after IS NOT NULL) AS rated,"
        " avg(CASE WHEN suds_after IS NOT NULL THEN suds_before END) AS before,"
        " avg(CASE WHEN suds_before IS NOT NULL THEN suds_after END) AS after"
        f" FROM coping_sessions WHERE {_NEAR} {_LOCAL_DAY} BETWEEN ? AND ?"
        " GROUP BY exercise_id ORDER BY sessions DESC, exercise_id",
        _near(first, last),
    )
    return [
        ExerciseRatings(
            str(r["exercise_id"]),
            int(r["sessions"]),
            int(r["rated"] or 0),
            _opt_float(r["before"]),
            _opt_float(r["after"]),
        )
        for r in rows
    ]


def practice_days(db: Database, first: date, last: date) -> list[PracticeDay]:
    """Coping sessions per day: how many and their active minutes (added up in Python for the
    reason given at ``stress_ratings``)."""
    rows = db.query(
        f"SELECT {_LOCAL_DAY}, seconds_done FROM coping_sessions"
        f" WHERE {_NEAR} {_LOCAL_DAY} BETWEEN ? AND ? ORDER BY started_at",
        _near(first, last),
    )
    totals: dict[str, tuple[int, int]] = {}
    for day, seconds in rows:
        count, total = totals.get(day, (0, 0))
        totals[day] = (count + 1, total + int(seconds))
    return [
        PracticeDay(date.fromisoformat(day), count, total / 60.0)
        for day, (count, total) in totals.items()
    ]


def selfcheck_answers(
    db: Database, instrument: str, first: date, last: date
) -> list[tuple[date, str, str | None]]:
    """One questionnaire's results from ``first`` to ``last`` (the day they were taken, as lived),
    oldest first: the day, the answers as stored (JSON) and the sex (AUDIT-C). No note is read."""
    rows = db.query(
        "SELECT substr(taken_at, 1, 10), answers, sex FROM self_checks"
        " WHERE instrument = ? AND substr(taken_at, 1, 10) BETWEEN ? AND ? ORDER BY taken_utc, id",
        (instrument, first.isoformat(), last.isoformat()),
    )
    return [
        (date.fromisoformat(str(r[0])), str(r[1]), None if r[2] is None else str(r[2]))
        for r in rows
    ]
