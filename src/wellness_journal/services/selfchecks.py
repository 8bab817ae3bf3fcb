"""Self-checks: take one (saved at once, scored from its answers), look back over past results,
reminders the person asked for, and which self-checks are due (also after a critical incident)."""

from __future__ import annotations

import json
import uuid
from dataclasses import replace
from typing import Any

from wellness_journal.core import selfcheck_schedule as schedule
from wellness_journal.core.localzone import utc_key
from wellness_journal.core.models import NOTHING, Changes
from wellness_journal.core.selfcheck_schedule import Due
from wellness_journal.core.selfchecks import (
    Change,
    Instrument,
    SelfCheck,
    Sex,
    change,
    problems,
)
from wellness_journal.services.checkins import DatedService
from wellness_journal.services.today import json_object
from wellness_journal.storage.repositories import incidents as incidents_repo
from wellness_journal.storage.repositories import selfchecks as repo
from wellness_journal.storage.repositories import settings as settings_repo

TOPIC = "selfchecks"
SETTINGS_TOPIC = "settings"
REMINDERS_KEY = "selfchecks.reminders"
NOTE_MAX = 2_000


class SelfChecksService(DatedService):
    # -- results ------------------------------------------------------------------------------------
    def all(self) -> list[SelfCheck]:
        """Every result, newest first."""
        return list(reversed(repo.list_all(self._db)))

    def history(self, instrument: Instrument) -> list[SelfCheck]:
        """One questionnaire's results, oldest first."""
        return repo.of(self._db, instrument)

    def get(self, check_id: int) -> SelfCheck | None:
        return repo.get(self._db, check_id)

    def latest(self) -> dict[Instrument, SelfCheck]:
        found: dict[Instrument, SelfCheck] = {}
        for check in repo.list_all(self._db):
            found[check.instrument] = check
        return found

    def previous(self, check: SelfCheck) -> SelfCheck | None:
        """The last result of the same questionnaire before ``check`` that has a total."""
        earlier = [
            c
            for c in repo.of(self._db, check.instrument)
            if c.uid != check.uid and c.taken_at < check.taken_at and c.score().complete
        ]
        return earlier[-1] if earlier else None

    def change_since_last(self, check: SelfCheck) -> Change | None:
        """From the previous complete result of the same questionnaire, or None."""
        before = self.previous(check)
        if before is None:
            return None
        return change(check.instrument, before.score().total, check.score().total)

    def last_sex(self) -> Sex | None:
        """The answer given on the last AUDIT-C (to offer it again)."""
        checks = repo.of(self._db, Instrument.AUDITC)
        return checks[-1].sex if checks else None

    def save(
        self,
        instrument: Instrument,
        answers: list[int | None],
        sex: Sex | None = None,
    ) -> tuple[SelfCheck, Changes]:
        """Keep a self-check as taken now (a part-way draft goes with it)."""
        found = problems(instrument, answers)
        if found:
            raise ValueError("; ".join(found))
        if instrument is Instrument.AUDITC and sex is None:
            sex = Sex.UNSPECIFIED
        check = SelfCheck(
            id=None,
            uid=uuid.uuid4().hex,
            instrument=instrument,
            taken_at=self._now(),
            answers=tuple(answers),
            sex=sex if instrument is Instrument.AUDITC else None,
        )
        with self._db.transaction():
            check = replace(check, id=repo.insert(self._db, check))
            repo.delete_draft(self._db)
        return check, Changes.of(TOPIC)

    def set_note(self, check_id: int, note: str) -> Changes:
        with self._db.transaction():
            repo.set_note(self._db, check_id, note.strip()[:NOTE_MAX])
        return Changes.of(TOPIC)

    def delete(self, check_id: int) -> Changes:
        with self._db.transaction():
            repo.delete(self._db, check_id)
        return Changes.of(TOPIC)

    # -- reminders and what is due --------------------------------------------------------------------
    def reminders(self) -> dict[Instrument, int]:
        return schedule.parse_reminders(settings_repo.get(self._db, REMINDERS_KEY))

    def set_reminder(self, instrument: Instrument, every_days: int) -> Changes:
        """Remind every ``every_days`` days (0: no reminder). Only what the person chose."""
        if every_days not in schedule.REMINDER_DAYS:
            raise ValueError(f"no reminder every {every_days} days")
        reminders = self.reminders()
        reminders[instrument] = every_days
        with self._db.transaction():
            settings_repo.put(self._db, REMINDERS_KEY, schedule.reminders_text(reminders))
        return Changes.of(TOPIC, SETTINGS_TOPIC)

    def due(self) -> list[Due]:
        """Which self-checks are due today: reminders the person asked for, and the PCL-5 at
        week 4 and week 12 after a critical incident (for Today, this page and, later, the tray)."""
        return schedule.due(
            self.reminders(),
            repo.last_taken(self._db),
            incidents_repo.list_incidents(self._db),
            repo.days_taken(self._db, Instrument.PCL5),
            self.today(),
        )

    def after_incidents(self) -> list[Due]:
        """The PCL-5 offered now after each critical incident (week 4 and week 12)."""
        return schedule.after_incidents(
            incidents_repo.list_incidents(self._db),
            repo.days_taken(self._db, Instrument.PCL5),
            self.today(),
        )

    # -- a self-check left part-way --------------------------------------------------------------------
    def keep_draft(self, data: dict[str, Any]) -> None:
        with self._db.transaction():
            repo.put_draft(self._db, json.dumps(data), utc_key(self._now()))

    def draft(self) -> dict[str, Any] | None:
        return json_object(repo.get_draft(self._db))

    def discard_draft(self) -> Changes:
        if repo.get_draft(self._db) is None:
            return NOTHING
        with self._db.transaction():
            repo.delete_draft(self._db)
        return Changes.of(TOPIC)
