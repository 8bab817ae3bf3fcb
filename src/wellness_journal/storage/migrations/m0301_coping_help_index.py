"""Coping: an index that answers "what helps" (each exercise's sessions added up) in order.

Without it SQLite sorted every session to group them by exercise, on the GUI thread as the
Toolbox opened: 17-20 ms at 30 years (9,188 sessions; under memory security each sorted row is a
locked allocation). The index holds every column the sums read, so the totals are read from it
alone: 1.1 ms (measured on ``benchmarks/sample.build_vault(…, 30)``)."""

from __future__ import annotations

from wellness_journal.storage.connection import Database


def apply(db: Database) -> None:
    db.execute(
        "CREATE INDEX IF NOT EXISTS coping_sessions_by_exercise ON coping_sessions"
        " (exercise_id, outcome, suds_before, suds_after, seconds_done)"
    )
