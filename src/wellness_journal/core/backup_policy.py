"""When to make an automatic backup, which ones to keep, and when to remind about a manual one.

Pure rules on timestamps; the files live in storage, the scheduling in services and ui.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

DAILY_KEPT = 7
WEEKLY_KEPT = 4
MANUAL_REMINDER_DAYS = 30


def automatic_due(newest: datetime | None, now: datetime, *, changed: bool) -> bool:
    """At most one automatic backup a day, and only when something changed since the last one."""
    if newest is None:
        return True
    if newest.date() == now.date():
        return False
    return changed


def to_keep(
    stamps: Iterable[datetime], *, daily: int = DAILY_KEPT, weekly: int = WEEKLY_KEPT
) -> set[datetime]:
    """The automatic backups to keep: the newest of each of the ``daily`` most recent days; then,
    among the backups older than those, the newest of each calendar week, for ``weekly`` weeks.
    """
    ordered = sorted(set(stamps), reverse=True)
    keep: set[datetime] = set()
    days_seen: list[object] = []
    for stamp in ordered:
        day = stamp.date()
        if day in days_seen:
            continue
        if len(days_seen) == daily:
            break
        days_seen.append(day)
        keep.add(stamp)
    if not keep:
        return keep
    oldest_daily = min(keep)
    weeks_seen: list[tuple[int, int]] = []
    for stamp in ordered:
        if stamp >= oldest_daily:
            continue
        iso = stamp.isocalendar()
        week = (iso[0], iso[1])
        if week in weeks_seen:
            continue
        if len(weeks_seen) == weekly:
            break
        weeks_seen.append(week)
        keep.add(stamp)
    return keep


def manual_reminder_due(
    last_manual: datetime | None, vault_created: datetime | None, now: datetime
) -> bool:
    """A gentle reminder once the last backup to another drive (or, with none yet, the journal
    itself) is more than 30 days old."""
    since = last_manual or vault_created
    if since is None:
        return False
    return now - since > timedelta(days=MANUAL_REMINDER_DAYS)


def days_since(then: datetime, now: datetime) -> int:
    return max(0, (now.date() - then.date()).days)
