"""Ordered schema migrations. Each runs in one transaction together with the record that it ran.

Add a feature's migration as a new module and list it in ``MIGRATION_MODULES``. Ids sort in the
order they run; each feature has its own block of numbers so parallel work never collides:
0001-0099 foundation, 0100 journal, 0200 today (check-ins, stress, incidents, sleep),
0300 coping, 0400 backups and data safety, 0500 trends, 0600 safety plan, 0700 self-checks,
0800 my plan.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone

from wellness_journal.storage.connection import Database

MIGRATION_MODULES = (
    "m0001_foundation",
    "m0002_copline_note",
    "m0100_journal",
    "m0101_journal_fts_hashsize",
    "m0102_journal_record_prints",
    "m0103_journal_fts_merging",
    "m0104_journal_smaller",
    "m0200_today",
    "m0201_sleep_aid",
    "m0300_coping",
    "m0301_coping_help_index",
    "m0400_backups",
    "m0600_safety_plan",
    "m0700_selfchecks",
    "m0800_plan_goals",
)


@dataclass(frozen=True)
class Migration:
    id: str
    apply: Callable[[Database], None]


def all_migrations() -> list[Migration]:
    found = []
    for name in MIGRATION_MODULES:
        module = importlib.import_module(f"{__name__}.{name}")
        found.append(Migration(id=name.removeprefix("m"), apply=module.apply))
    ids = [m.id for m in found]
    if ids != sorted(ids) or len(set(ids)) != len(ids):
        raise RuntimeError("migrations must be listed once each, in order")
    return found


def applied(db: Database) -> set[str]:
    exists = db.scalar(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"
    )
    if not exists:
        return set()
    return {str(r[0]) for r in db.query("SELECT id FROM schema_migrations")}


def pending(db: Database) -> list[Migration]:
    done = applied(db)
    return [m for m in all_migrations() if m.id not in done]


def migrate(db: Database) -> list[str]:
    """Apply every pending migration in order; return the ids applied."""
    ran = []
    for migration in pending(db):
        with db.transaction():
            db.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations ("
                " id TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
            )
            migration.apply(db)
            db.execute(
                "INSERT INTO schema_migrations (id, applied_at) VALUES (?, ?)",
                (migration.id, datetime.now(timezone.utc).isoformat(timespec="seconds")),
            )
        ran.append(migration.id)
    return ran
