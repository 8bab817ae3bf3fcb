"""Critical incidents and the short check-ins at day 3, week 1, week 4 and week 12."""

from __future__ import annotations

import uuid
from dataclasses import replace

from wellness_journal.core import incidents as rules
from wellness_journal.core.errors import ErrorKind, WellnessError
from wellness_journal.core.incidents import FollowUp, Incident, Scheduled, Status, Step
from wellness_journal.core.localzone import utc_key
from wellness_journal.core.models import Changes
from wellness_journal.services.checkins import DatedService
from wellness_journal.services.saving import add_or_update, stripped
from wellness_journal.storage.repositories import incidents as repo

TOPIC = "incidents"


class NotDue(ValueError):
    """A check-in that is not open (not yet, already done, or its window has passed)."""


class IncidentsService(DatedService):
    def incidents(self) -> list[Incident]:
        """Newest first."""
        return list(reversed(repo.list_incidents(self._db)))

    def follow_ups(self) -> list[FollowUp]:
        return repo.list_follow_ups(self._db)

    def save(self, incident: Incident) -> tuple[Incident, Changes]:
        if incident.occurred_on > self.today():
            raise WellnessError(ErrorKind.IN_FUTURE, "an incident after today")
        if not incident.category.strip():
            raise ValueError("an incident needs a category")
        stamp = utc_key(self._now())
        saved = add_or_update(
            self._db,
            stripped(incident, "category", "role", "note"),
            lambda i: repo.insert_incident(self._db, i, stamp),
            lambda i: repo.update_incident(self._db, i, stamp),
        )
        return saved, Changes.of(TOPIC)

    def delete(self, incident: Incident) -> Changes:
        """Remove the incident and its check-ins."""
        with self._db.transaction():
            repo.delete_incident(self._db, incident)
        return Changes.of(TOPIC)

    def schedule(self, incident: Incident) -> list[Scheduled]:
        return rules.schedule(incident, self.follow_ups(), self.today())

    def due(self) -> list[tuple[Incident, Scheduled]]:
        return rules.due(repo.list_incidents(self._db), self.follow_ups(), self.today())

    def overview(self) -> rules.Overview:
        """``due()`` and ``on_today()`` from one read of the incidents and their check-ins (the
        Today page shows both)."""
        return rules.overview(repo.list_incidents(self._db), self.follow_ups(), self.today())

    def on_today(self) -> list[rules.OnToday]:
        """The incidents the Today page lists (see ``core.incidents.on_today``)."""
        return rules.on_today(self.incidents(), self.follow_ups(), self.today())

    def support_suggested(self, incident: Incident) -> FollowUp | None:
        """The week-4/12 check-in that stayed high, if the latest one did."""
        return rules.latest_beyond_a_month(self.follow_ups(), incident.uid)

    def record(
        self, incident: Incident, step: Step, answers: dict[str, int], talk: str = ""
    ) -> tuple[FollowUp, Changes]:
        """Save the check-in ``step`` of ``incident``; it must be open today."""
        status = next(s.status for s in self.schedule(incident) if s.step is step)
        if status is not Status.DUE:
            raise NotDue(f"the {step.value} check-in is {status.value}")
        missing = [q for q in rules.QUESTIONS if q not in answers]
        if missing:
            raise ValueError(f"unanswered: {', '.join(missing)}")
        follow_up = FollowUp(
            id=None,
            uid=uuid.uuid4().hex,
            incident_uid=incident.uid,
            step=step,
            done_at=self._now(),
            talk=talk,
            **{q: int(answers[q]) for q in rules.QUESTIONS},
        )
        bad = rules.out_of_range(follow_up)
        if bad:
            raise ValueError(f"out of range: {', '.join(bad)}")
        with self._db.transaction():
            follow_up = replace(follow_up, id=repo.insert_follow_up(self._db, follow_up))
        return follow_up, Changes.of(TOPIC)
