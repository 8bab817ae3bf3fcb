"""When automatic backups are made, which are kept, and when the manual-backup reminder shows."""

from __future__ import annotations

from datetime import datetime, timedelta

from wellness_journal.core import backup_policy as policy

BASE = datetime(2026, 3, 2, 21, 30)  # a Monday evening


def test_at_most_one_automatic_backup_a_day_and_only_after_changes():
    assert policy.automatic_due(None, BASE, changed=False)  # the very first one
    assert not policy.automatic_due(BASE.replace(hour=8), BASE, changed=True)  # already today
    yesterday = BASE - timedelta(days=1)
    assert policy.automatic_due(yesterday, BASE, changed=True)
    assert not policy.automatic_due(yesterday, BASE, changed=False)


def test_daily_backups_for_two_months_keep_seven_daily_and_four_weekly():
    stamps = [BASE - timedelta(days=d) for d in range(60)]
    keep = policy.to_keep(stamps)
    assert len(keep) == 11
    newest_seven = sorted(stamps, reverse=True)[:7]
    assert set(newest_seven) <= keep
    weekly = sorted(keep - set(newest_seven), reverse=True)
    weeks = [s.isocalendar()[:2] for s in weekly]
    assert len(set(weeks)) == 4  # one per week
    assert all(w < newest_seven[-1] for w in weekly)
    assert min(keep) >= BASE - timedelta(days=7 + 4 * 7)


def test_gaps_in_use_keep_the_seven_most_recent_days_with_backups():
    # Used only on some days: the 7 newest backups are kept even when spread over weeks.
    stamps = [BASE - timedelta(days=d) for d in (0, 3, 9, 15, 16, 30, 44, 50, 70, 90, 120, 200)]
    keep = policy.to_keep(stamps)
    assert set(sorted(stamps, reverse=True)[:7]) <= keep
    assert len(keep) == 11


def test_two_backups_on_one_day_keep_the_newest_as_that_days_backup():
    early, late = BASE.replace(hour=9), BASE.replace(hour=20)
    keep = policy.to_keep([early, late])
    assert late in keep


def test_nothing_to_keep_when_there_is_nothing():
    assert policy.to_keep([]) == set()


def test_manual_reminder_after_thirty_days():
    created = BASE - timedelta(days=90)
    assert not policy.manual_reminder_due(BASE - timedelta(days=29), created, BASE)
    assert policy.manual_reminder_due(BASE - timedelta(days=31), created, BASE)
    # Never backed up: counted from when the journal was created.
    assert not policy.manual_reminder_due(None, BASE - timedelta(days=3), BASE)
    assert policy.manual_reminder_due(None, BASE - timedelta(days=45), BASE)
    assert not policy.manual_reminder_due(None, None, BASE)
    assert policy.days_since(BASE - timedelta(days=42), BASE) == 42
