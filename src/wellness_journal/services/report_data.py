"""What the summary for a counselor reads: the records of a range of days, read-only.

``ReportRequest`` is what the person chose (days, sections, notes or not, journal entries picked
one by one); ``ReportSource`` reads the records of those days for the report's section builders
(``reports/summary.py``). Sleep goes through the sleep diary's own rules (``core.sleep``), so the
figures are the ones Today and Trends show. Nothing here writes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from wellness_journal.core.checkin import Checkin
from wellness_journal.core.coping import CopingSession
from wellness_journal.core.incidents import FollowUp, Incident
from wellness_journal.core.journal import Entry
from wellness_journal.core.localzone import utc_key
from wellness_journal.core.sleep import SleepDay
from wellness_journal.core.stress import StressEntry
from wellness_journal.core.trends import Period
from wellness_journal.services.plan_goals import PlanService
from wellness_journal.services.sleep import SleepService
from wellness_journal.services.trends import TrendsService
from wellness_journal.storage.connection import Database
from wellness_journal.storage.repositories import checkins as checkins_repo
from wellness_journal.storage.repositories import coping as coping_repo
from wellness_journal.storage.repositories import incidents as incidents_repo
from wellness_journal.storage.repositories import journal as journal_repo
from wellness_journal.storage.repositories import stress as stress_repo

MAX_DAYS = 400  # a longer summary would help no one in a session (and take long to draw)
NOTES = "notes"  # the --include name that adds free-text notes

Now = Callable[[], datetime]


@dataclass(frozen=True)
class ReportRequest:
    first: date
    last: date
    sections: tuple[str, ...]  # section ids, in the report's order
    notes: bool = False  # the free-text notes of the included sections
    journal_ids: tuple[int, ...] = ()  # entries picked one by one (never from the command line)

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    def problem(self) -> str:
        """What is wrong with the range, in plain words ("" when it is fine)."""
        if self.last < self.first:
            return "the first day is after the last day"
        if self.days > MAX_DAYS:
            return f"choose at most {MAX_DAYS} days"
        return ""


class ReportSource:
    """The records of the request's days. Each reader reads once, when first asked."""

    def __init__(self, db: Database, request: ReportRequest, *, now: Now, zone: tzinfo) -> None:
        self.db = db
        self.request = request
        self.now = now
        self.zone = zone
        self.period = Period(request.first, request.last)
        self.trends = TrendsService(db, now=now, zone=zone, remember=True)
        self.plan = PlanService(db, now=now, zone=zone)

    def today(self) -> date:
        return self.now().date()

    def _utc_range(self) -> tuple[str, str]:
        """UTC keys a day either side of the local days, so any zone's wall dates are covered."""
        start = datetime.combine(self.period.first - timedelta(days=1), time.min, self.zone)
        end = datetime.combine(self.period.last + timedelta(days=2), time.min, self.zone)
        return utc_key(start), utc_key(end)

    def checkins(self) -> list[Checkin]:
        return checkins_repo.between(self.db, self.period.first, self.period.last)

    def sleep_days(self) -> list[SleepDay]:
        """Sleep days of the range with every period and the day's shift, oldest first."""
        service = SleepService(self.db, self.now, self.zone)
        days = service.days(self.period.days, until=self.period.last)
        return sorted(days, key=lambda d: d.day)

    def stress(self) -> list[StressEntry]:
        """Stress log entries on the days of the range (as the person lived them), in order."""
        entries = stress_repo.between_utc(self.db, *self._utc_range())
        return [e for e in entries if e.at.date() in self.period]

    def incidents(self) -> list[Incident]:
        return [i for i in incidents_repo.list_incidents(self.db) if i.occurred_on in self.period]

    def follow_ups(self) -> tuple[list[FollowUp], dict[str, Incident]]:
        """Check-ins after incidents done in the range, and every incident they belong to
        (some may be from before the range)."""
        done = [
            f for f in incidents_repo.list_follow_ups(self.db) if f.done_at.date() in self.period
        ]
        done.sort(key=lambda f: f.done_at)
        wanted = {f.incident_uid for f in done}
        incidents = {i.uid: i for i in incidents_repo.list_incidents(self.db) if i.uid in wanted}
        return done, incidents

    def sessions(self) -> list[CopingSession]:
        """Exercise sessions started on the days of the range (local days), oldest first."""
        start, _ = self._utc_range()
        since = datetime.fromisoformat(start.replace("Z", "+00:00"))
        return [
            s
            for s in coping_repo.list_sessions(self.db, since=since)
            if s.started_at.astimezone(self.zone).date() in self.period
        ]

    def journal_entries(self) -> list[Entry]:
        """The entries picked one by one, oldest first (an entry deleted meanwhile is left out)."""
        found = [journal_repo.get(self.db, i) for i in self.request.journal_ids]
        return sorted((e for e in found if e is not None), key=lambda e: e.written_at)
