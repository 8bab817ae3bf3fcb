"""The coping toolbox: exercise sessions and their ratings, favourites, thought records."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timezone

from wellness_journal.core.coping import (
    AutomaticThought,
    CopingSession,
    Favourite,
    MoodRating,
    Outcome,
    ThoughtRecord,
    valid_mood,
    valid_suds,
)
from wellness_journal.core.exercises import EXERCISES, exercise, is_known
from wellness_journal.core.helps import HelpRow, help_rows
from wellness_journal.core.models import NOTHING, Changes
from wellness_journal.core.pacer import LengthChoice, choice_from_key
from wellness_journal.core.pacer import practised as practised_since
from wellness_journal.services.saving import add_or_update
from wellness_journal.services.settings import TOPIC as SETTINGS_TOPIC
from wellness_journal.storage.connection import Database
from wellness_journal.storage.repositories import coping as repo
from wellness_journal.storage.repositories import settings as settings_repo

TOPIC = "coping"
MAX_SESSION_SECONDS = 24 * 3600


def _utc_now() -> datetime:
    return datetime.now(timezone.utc)


class CopingService:
    def __init__(self, db: Database, *, now: Callable[[], datetime] = _utc_now) -> None:
        self._db = db
        self._now = now

    # -- sessions --------------------------------------------------------------------------------
    def record_session(
        self,
        exercise_id: str,
        *,
        started_at: datetime,
        seconds_done: float,
        outcome: Outcome,
        suds_before: int | None = None,
        suds_after: int | None = None,
        planned_seconds: float = 0,
        note: str = "",
    ) -> tuple[CopingSession, Changes]:
        """Save one run of an exercise (completed or stopped) with the ratings given so far."""
        if not is_known(exercise_id):
            raise ValueError(f"unknown exercise {exercise_id!r}")
        if started_at.tzinfo is None:
            raise ValueError("started_at must be timezone-aware")
        if not (valid_suds(suds_before) and valid_suds(suds_after)):
            raise ValueError("ratings run from 0 to 10")
        seconds = min(MAX_SESSION_SECONDS, max(0, round(seconds_done)))
        session = CopingSession(
            id=None,
            uid=uuid.uuid4().hex,
            exercise_id=exercise_id,
            started_at=started_at.astimezone(timezone.utc),
            seconds_done=seconds,
            outcome=outcome,
            suds_before=suds_before,
            suds_after=suds_after,
            planned_seconds=min(MAX_SESSION_SECONDS, max(0, round(planned_seconds))),
            note=note.strip(),
        )
        with self._db.transaction():
            session = replace(session, id=repo.insert_session(self._db, session))
        return session, Changes.of(TOPIC)

    def rate_after(
        self, session_id: int, suds_after: int | None, *, note: str | None = None
    ) -> tuple[CopingSession, Changes]:
        """Add (or change) the rating after the exercise, and optionally a note the user chose."""
        if not valid_suds(suds_after):
            raise ValueError("ratings run from 0 to 10")
        with self._db.transaction():
            current = repo.get_session(self._db, session_id)
            if current is None:
                raise LookupError(f"no session {session_id}")
            updated = replace(current, suds_after=suds_after)
            if note is not None:
                updated = replace(updated, note=note.strip())
            repo.update_session(self._db, updated)
        return updated, Changes.of(TOPIC)

    def sessions(self, since: datetime | None = None) -> list[CopingSession]:
        return repo.list_sessions(self._db, since=since)

    def last_used(self, among: tuple[str, ...] = ()) -> str | None:
        """The id of the exercise used most recently (of those ``among``, when given), for
        "start again" buttons."""
        last = repo.last_session(self._db, among)
        if last is None or not is_known(last.exercise_id):
            return None
        return last.exercise_id

    def what_helps(self) -> list[HelpRow]:
        return help_rows(repo.help_totals(self._db))

    def practised(self, exercise_id: str) -> bool:
        """True once ``exercise_id`` was first done a month or more ago (4-7-8 may then run
        longer: FACTS.md, "Safety in the exercises")."""
        return practised_since(repo.first_started(self._db, exercise_id), self._now())

    # -- favourites --------------------------------------------------------------------------------
    def favourites(self) -> list[str]:
        return [f.exercise_id for f in repo.list_favourites(self._db) if is_known(f.exercise_id)]

    def set_favourite(self, exercise_id: str, on: bool) -> Changes:
        if not is_known(exercise_id):
            raise ValueError(f"unknown exercise {exercise_id!r}")
        with self._db.transaction():
            if on:
                repo.add_favourite(self._db, Favourite(uuid.uuid4().hex, exercise_id, self._now()))
            else:
                repo.remove_favourite(self._db, exercise_id)
        return Changes.of(TOPIC)

    def ordered_exercises(self) -> list[str]:
        """Every exercise id: favourites first (in the order they were pinned), then the rest."""
        pinned = self.favourites()
        return pinned + [e.id for e in EXERCISES if e.id not in pinned]

    # -- remembered choices (how long, how fast) ---------------------------------------------------------
    def chosen_length(self, exercise_id: str) -> LengthChoice | None:
        """The length the user picked last time for this exercise (None: use the default)."""
        key = settings_repo.get(self._db, f"coping.{exercise_id}.length")
        return choice_from_key(exercise(exercise_id), key)

    def set_chosen_length(self, exercise_id: str, choice: LengthChoice) -> Changes:
        if choice_from_key(exercise(exercise_id), choice.key) is None:
            raise ValueError(f"{exercise_id} does not offer {choice.key}")
        with self._db.transaction():
            settings_repo.put(self._db, f"coping.{exercise_id}.length", choice.key)
        return Changes.of(SETTINGS_TOPIC)

    def chosen_rate(self, exercise_id: str) -> float | None:
        ex = exercise(exercise_id)
        if ex.rate_range is None:
            return None
        raw = settings_repo.get(self._db, f"coping.{exercise_id}.rate")
        try:
            value = float(raw) if raw is not None else ex.default_rate
        except ValueError:
            value = ex.default_rate
        low, high = ex.rate_range
        return min(max(value, low), high)

    def set_chosen_rate(self, exercise_id: str, rate: float) -> Changes:
        ex = exercise(exercise_id)
        if ex.rate_range is None or not ex.rate_range[0] <= rate <= ex.rate_range[1]:
            raise ValueError(f"rate {rate} does not fit {exercise_id}")
        with self._db.transaction():
            settings_repo.put(self._db, f"coping.{exercise_id}.rate", f"{rate:g}")
        return Changes.of(SETTINGS_TOPIC)

    def leaves_out_holds(self, exercise_id: str) -> bool:
        """True when the person chose last time to breathe without the holds (with a heart or
        lung condition, or in pregnancy): the next run, even one started in one click, does too."""
        return settings_repo.get(self._db, f"coping.{exercise_id}.no_holds") == "1"

    def remember_choice(
        self,
        exercise_id: str,
        choice: LengthChoice | None,
        rate: float | None,
        *,
        no_holds: bool | None = None,
    ) -> Changes:
        """Remember length, pace and holds for next time: one write, none if nothing changed."""
        updates = {}
        if no_holds is not None and no_holds != self.leaves_out_holds(exercise_id):
            updates[f"coping.{exercise_id}.no_holds"] = "1" if no_holds else "0"
        if choice is not None and choice != self.chosen_length(exercise_id):
            if choice_from_key(exercise(exercise_id), choice.key) is None:
                raise ValueError(f"{exercise_id} does not offer {choice.key}")
            updates[f"coping.{exercise_id}.length"] = choice.key
        if rate is not None and rate != self.chosen_rate(exercise_id):
            ex = exercise(exercise_id)
            if ex.rate_range is None or not ex.rate_range[0] <= rate <= ex.rate_range[1]:
                raise ValueError(f"rate {rate} does not fit {exercise_id}")
            updates[f"coping.{exercise_id}.rate"] = f"{rate:g}"
        if not updates:
            return NOTHING
        with self._db.transaction():
            for key, value in updates.items():
                settings_repo.put(self._db, key, value)
        return Changes.of(SETTINGS_TOPIC)

    # -- thought records -----------------------------------------------------------------------------
    def thought_records(self) -> list[ThoughtRecord]:
        return repo.list_records(self._db)

    def thought_record(self, record_id: int) -> ThoughtRecord | None:
        return repo.get_record(self._db, record_id)

    def save_thought_record(self, record: ThoughtRecord) -> tuple[ThoughtRecord, Changes]:
        """Insert (id None) or update. An empty new record is not saved."""
        cleaned = _clean_record(record)
        if cleaned.id is None and cleaned.is_empty():
            return cleaned, NOTHING
        now = self._now()
        saved = add_or_update(
            self._db,
            replace(cleaned, updated_at=now),
            lambda r: repo.insert_record(self._db, r),
            self._update_thought_record,
            new=lambda r: replace(r, created_at=now),
        )
        return saved, Changes.of(TOPIC)

    def _update_thought_record(self, record: ThoughtRecord) -> None:
        if repo.get_record(self._db, record.id) is None:
            raise LookupError(f"no thought record {record.id}")
        repo.update_record(self._db, record)

    def delete_thought_record(self, record_id: int) -> Changes:
        with self._db.transaction():
            repo.delete_record(self._db, record_id)
        return Changes.of(TOPIC)


def _clean_record(record: ThoughtRecord) -> ThoughtRecord:
    moods = []
    for m in record.moods:
        if not (valid_mood(m.before) and valid_mood(m.after)):
            raise ValueError("mood ratings run from 0 to 100")
        if m.name.strip() or m.before is not None or m.after is not None:
            moods.append(MoodRating(m.name.strip(), m.before, m.after))
    thoughts = []
    hot_seen = False
    for t in record.thoughts:
        if not t.text.strip():
            continue
        hot = t.hot and not hot_seen
        hot_seen = hot_seen or hot
        thoughts.append(AutomaticThought(t.text.strip(), hot))
    return replace(
        record,
        situation=record.situation.strip(),
        moods=tuple(moods),
        thoughts=tuple(thoughts),
        evidence_for=record.evidence_for.strip(),
        evidence_against=record.evidence_against.strip(),
        balanced_thought=record.balanced_thought.strip(),
    )
