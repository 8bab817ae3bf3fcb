"""Export/import sections for the coping toolbox: sessions, thought records, favourites."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from wellness_journal.core.coping import (
    AutomaticThought,
    CopingSession,
    Favourite,
    MoodRating,
    Outcome,
    ThoughtRecord,
)
from wellness_journal.core.errors import ImportFileError
from wellness_journal.core.localzone import FIRST_YEAR, LAST_YEAR, within_years
from wellness_journal.services.exchange import (
    ImportReport,
    Section,
    field_int,
    field_str,
    require_list,
    require_record,
)
from wellness_journal.storage.connection import Database
from wellness_journal.storage.repositories import coping as repo

_EXERCISE_ID = re.compile(r"^[a-z0-9_]{1,40}$")
_TEXT_MAX = 100_000


def _where(section: str, index: int) -> str:
    return f"{section}[{index}]"


def _bad(section: str, index: int, message: str) -> ImportFileError:
    return ImportFileError(f"{section} item {index + 1}: {message}", where=_where(section, index))


def _moment(item: dict[str, Any], key: str, section: str, index: int) -> datetime:
    text = field_str(item, key, section, index, required=True, max_len=64)
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise _bad(section, index, f"{key!r} is not a date and time") from None
    if moment.tzinfo is None:
        raise _bad(section, index, f"{key!r} has no time zone")
    if not within_years(moment):
        raise _bad(section, index, f"{key!r} is not between {FIRST_YEAR} and {LAST_YEAR}")
    return moment


def _optional_int(
    item: dict[str, Any], key: str, section: str, index: int, low: int, high: int
) -> int | None:
    if item.get(key) is None:
        return None
    return field_int(item, key, section, index, low=low, high=high)


def _exercise_id(item: dict[str, Any], section: str, index: int) -> str:
    value = field_str(item, "exercise_id", section, index, required=True, max_len=40)
    if not _EXERCISE_ID.match(value):
        raise _bad(section, index, f"exercise id {value!r} is not valid")
    return value


class CopingSessionsSection:
    name = "coping_sessions"

    def export(self, db: Database) -> Any:
        return [
            {
                "uid": s.uid,
                "exercise_id": s.exercise_id,
                "started_at": repo.utc_text(s.started_at),
                "seconds_done": s.seconds_done,
                "planned_seconds": s.planned_seconds,
                "outcome": s.outcome.value,
                "suds_before": s.suds_before,
                "suds_after": s.suds_after,
                "note": s.note,
            }
            for s in repo.list_sessions(db)
        ]

    def import_(self, db: Database, data: Any, report: ImportReport) -> None:
        items = require_list(data, self.name)
        present = repo.session_uids(db)
        added = skipped = 0
        for index, raw in enumerate(items):
            item = require_record(raw, self.name, index)
            uid = field_str(item, "uid", self.name, index, required=True, max_len=200)
            outcome_text = field_str(item, "outcome", self.name, index, required=True)
            try:
                outcome = Outcome(outcome_text)
            except ValueError:
                raise _bad(self.name, index, f"unknown outcome {outcome_text!r}") from None
            session = CopingSession(
                id=None,
                uid=uid,
                exercise_id=_exercise_id(item, self.name, index),
                started_at=_moment(item, "started_at", self.name, index),
                seconds_done=field_int(item, "seconds_done", self.name, index, low=0, high=86_400),
                planned_seconds=field_int(
                    item, "planned_seconds", self.name, index, default=0, low=0, high=86_400
                ),
                outcome=outcome,
                suds_before=_optional_int(item, "suds_before", self.name, index, 0, 10),
                suds_after=_optional_int(item, "suds_after", self.name, index, 0, 10),
                note=field_str(item, "note", self.name, index, max_len=_TEXT_MAX),
            )
            if uid in present:
                skipped += 1
                continue
            repo.insert_session(db, session)
            present.add(uid)
            added += 1
        report.count(self.name, added=added, skipped=skipped)


class ThoughtRecordsSection:
    name = "thought_records"

    def export(self, db: Database) -> Any:
        return [
            {
                "uid": r.uid,
                "created_at": repo.utc_text(r.created_at),
                "updated_at": repo.utc_text(r.updated_at),
                "situation": r.situation,
                "moods": [{"name": m.name, "before": m.before, "after": m.after} for m in r.moods],
                "thoughts": [{"text": t.text, "hot": t.hot} for t in r.thoughts],
                "evidence_for": r.evidence_for,
                "evidence_against": r.evidence_against,
                "balanced_thought": r.balanced_thought,
            }
            for r in reversed(repo.list_records(db))
        ]

    def _moods(self, item: dict[str, Any], index: int) -> tuple[MoodRating, ...]:
        raw = item.get("moods", [])
        if not isinstance(raw, list):
            raise _bad(self.name, index, "'moods' should be a list")
        moods = []
        for mood in raw:
            if not isinstance(mood, dict):
                raise _bad(self.name, index, "a mood is not an object")
            moods.append(
                MoodRating(
                    name=field_str(mood, "name", self.name, index, max_len=1000),
                    before=_optional_int(mood, "before", self.name, index, 0, 100),
                    after=_optional_int(mood, "after", self.name, index, 0, 100),
                )
            )
        return tuple(moods)

    def _thoughts(self, item: dict[str, Any], index: int) -> tuple[AutomaticThought, ...]:
        raw = item.get("thoughts", [])
        if not isinstance(raw, list):
            raise _bad(self.name, index, "'thoughts' should be a list")
        thoughts = []
        for thought in raw:
            if not isinstance(thought, dict):
                raise _bad(self.name, index, "a thought is not an object")
            hot = thought.get("hot", False)
            if not isinstance(hot, bool):
                raise _bad(self.name, index, "'hot' should be true or false")
            text = field_str(thought, "text", self.name, index, max_len=_TEXT_MAX)
            thoughts.append(AutomaticThought(text=text, hot=hot))
        return tuple(thoughts)

    def import_(self, db: Database, data: Any, report: ImportReport) -> None:
        items = require_list(data, self.name)
        present = repo.record_uids(db)
        added = skipped = 0
        for index, raw in enumerate(items):
            item = require_record(raw, self.name, index)
            uid = field_str(item, "uid", self.name, index, required=True, max_len=200)

            def text(key: str, item: dict[str, Any] = item, index: int = index) -> str:
                return field_str(item, key, self.name, index, max_len=_TEXT_MAX)

            record = ThoughtRecord(
                id=None,
                uid=uid,
                created_at=_moment(item, "created_at", self.name, index),
                updated_at=_moment(item, "updated_at", self.name, index),
                situation=text("situation"),
                moods=self._moods(item, index),
                thoughts=self._thoughts(item, index),
                evidence_for=text("evidence_for"),
                evidence_against=text("evidence_against"),
                balanced_thought=text("balanced_thought"),
            )
            if uid in present:
                skipped += 1
                continue
            repo.insert_record(db, record)
            present.add(uid)
            added += 1
        report.count(self.name, added=added, skipped=skipped)


class CopingFavouritesSection:
    name = "coping_favourites"

    def export(self, db: Database) -> Any:
        return [
            {"uid": f.uid, "exercise_id": f.exercise_id, "added_at": repo.utc_text(f.added_at)}
            for f in repo.list_favourites(db)
        ]

    def import_(self, db: Database, data: Any, report: ImportReport) -> None:
        items = require_list(data, self.name)
        present = repo.list_favourites(db)
        uids = {f.uid for f in present}
        pinned = {f.exercise_id for f in present}
        added = skipped = 0
        for index, raw in enumerate(items):
            item = require_record(raw, self.name, index)
            fav = Favourite(
                uid=field_str(item, "uid", self.name, index, required=True, max_len=200),
                exercise_id=_exercise_id(item, self.name, index),
                added_at=_moment(item, "added_at", self.name, index),
            )
            if fav.uid in uids or fav.exercise_id in pinned:
                skipped += 1
                continue
            repo.add_favourite(db, fav)
            uids.add(fav.uid)
            pinned.add(fav.exercise_id)
            added += 1
        report.count(self.name, added=added, skipped=skipped)


def coping_sections() -> list[Section]:
    return [CopingSessionsSection(), ThoughtRecordsSection(), CopingFavouritesSection()]
