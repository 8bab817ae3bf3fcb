"""Export/import sections for the coping toolbox: sessions, thought records, favourites."""

from __future__ import annotations

import re

from wellness_journal.core import coping
from wellness_journal.services.exchange import Section
from wellness_journal.services.exchange_fields import (
    SHORT,
    Choice,
    Flag,
    Instant,
    Int,
    Items,
    Text,
)
from wellness_journal.services.record_section import Match, RecordSection
from wellness_journal.storage.repositories import coping as repo

EXERCISE_ID = Text(
    "exercise_id",
    max_len=40,
    required=True,
    valid=re.compile(r"[a-z0-9_]{1,40}").fullmatch,
    meaning="an exercise id (a-z, 0-9, _)",
)
DAY_SECONDS = 86_400

SESSIONS = RecordSection(
    name="coping_sessions",
    record=coping.CopingSession,
    fields=(
        EXERCISE_ID,
        Instant("started_at", utc=True),
        Int("seconds_done", low=0, high=DAY_SECONDS),
        Int("planned_seconds", default=0, low=0, high=DAY_SECONDS),
        Choice("outcome", coping.Outcome),
        Int("suds_before", optional=True, low=0, high=10),
        Int("suds_after", optional=True, low=0, high=10),
        Text("note"),
    ),
    rows=repo.list_sessions,
    uids=repo.session_uids,
    insert=repo.insert_session,
)

THOUGHT_RECORDS = RecordSection(
    name="thought_records",
    record=coping.ThoughtRecord,
    fields=(
        Instant("created_at", utc=True),
        Instant("updated_at", utc=True),
        Text("situation"),
        Items(
            "moods",
            coping.MoodRating,
            (
                Text("name", max_len=SHORT),
                Int("before", optional=True, low=0, high=100),
                Int("after", optional=True, low=0, high=100),
            ),
        ),
        Items("thoughts", coping.AutomaticThought, (Text("text"), Flag("hot"))),
        Text("evidence_for"),
        Text("evidence_against"),
        Text("balanced_thought"),
    ),
    rows=lambda db: reversed(repo.list_records(db)),  # oldest first
    uids=repo.record_uids,
    insert=repo.insert_record,
)

FAVOURITES = RecordSection(
    name="coping_favourites",
    record=coping.Favourite,
    fields=(EXERCISE_ID, Instant("added_at", utc=True)),
    rows=repo.list_favourites,
    insert=repo.add_favourite,
    matches=(
        Match(
            lambda f: f.exercise_id, lambda db: {f.exercise_id for f in repo.list_favourites(db)}
        ),
    ),
)


def coping_sections() -> list[Section]:
    return [SESSIONS, THOUGHT_RECORDS, FAVOURITES]
