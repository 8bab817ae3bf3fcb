"""The journal's parts of the JSON export: entries and the user's prompts."""

from __future__ import annotations

from wellness_journal.core.journal import MOODS, Entry, Prompt, clean_tags
from wellness_journal.services.exchange_fields import (
    SHORT,
    Flag,
    Instant,
    Int,
    Strings,
    Text,
)
from wellness_journal.services.journal import entry_keys, known_entries
from wellness_journal.services.record_section import Match, RecordSection
from wellness_journal.storage.repositories import journal as repo
from wellness_journal.storage.repositories import journal_batch

MAX_TEXT = 50_000_000


ENTRIES = RecordSection(
    name="journal_entries",
    record=Entry,
    fields=(
        Instant("written_at"),
        Text("title", max_len=10_000),
        Text("body", max_len=MAX_TEXT),
        Strings("tags", clean=clean_tags),
        Int("mood", optional=True, low=min(MOODS), high=max(MOODS)),
        Text("prompt"),
        Text("created_at", max_len=64),
        Text("updated_at", max_len=64),
    ),
    rows=repo.iter_all,
    uids=repo.uids,
    insert=repo.insert,
    # Every new entry of the file at once, their words into the search index together.
    insert_many=journal_batch.insert_many,
    # The same entry under another uid (e.g. imported from jrnl into two vaults): the same
    # record (words, tags, mood) at the same instant.
    matches=(Match(lambda e: entry_keys(e)[0], known_entries),),
)

# Only the user's own prompts and their changes to the built-in ones.
PROMPTS = RecordSection(
    name="journal_prompts",
    record=Prompt,
    fields=(
        Text("title", max_len=SHORT, required=True),
        Text("text"),
        Flag("builtin"),
        Flag("hidden"),
        Int("sort_order", default=0),
    ),
    rows=repo.prompt_rows,
    insert=repo.put_prompt,
)
