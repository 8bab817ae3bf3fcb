"""The journal's parts of the JSON export: entries and the user's prompts."""

from __future__ import annotations

from typing import Any

from wellness_journal.core.errors import ImportFileError
from wellness_journal.core.journal import (
    MOODS,
    Entry,
    Prompt,
    clean_tags,
    fingerprint,
    parse_moment,
    plain_preview,
    utc_text,
)
from wellness_journal.core.localzone import FIRST_YEAR, LAST_YEAR, within_years
from wellness_journal.services.exchange import (
    ImportReport,
    field_int,
    field_str,
    require_list,
    require_record,
)
from wellness_journal.storage.connection import Database
from wellness_journal.storage.repositories import journal as repo

MAX_TEXT = 50_000_000


class JournalEntriesSection:
    name = "journal_entries"

    def export(self, db: Database) -> Any:
        return [
            {
                "uid": e.uid,
                "written_at": e.written_at.isoformat(timespec="seconds"),
                "title": e.title,
                "body": e.body,
                "tags": list(e.tags),
                "mood": e.mood,
                "prompt": e.prompt,
                "created_at": e.created_at,
                "updated_at": e.updated_at,
            }
            for e in repo.iter_all(db)
        ]

    def import_(self, db: Database, data: Any, report: ImportReport) -> None:
        items = require_list(data, self.name)
        uids = repo.uids(db)
        prints = repo.fingerprints(db)
        added = skipped = 0
        for index, raw in enumerate(items):
            item = require_record(raw, self.name, index)
            where = f"{self.name}[{index}]"
            uid = field_str(item, "uid", self.name, index, required=True, max_len=200)
            stamp = field_str(item, "written_at", self.name, index, required=True, max_len=64)
            try:
                written_at = parse_moment(stamp)
            except ValueError:
                raise ImportFileError(
                    f"{self.name} item {index + 1}: 'written_at' {stamp!r} is not a time with"
                    " a UTC offset",
                    where=where,
                ) from None
            if not within_years(written_at):
                raise ImportFileError(
                    f"{self.name} item {index + 1}: 'written_at' {stamp!r} is not between"
                    f" {FIRST_YEAR} and {LAST_YEAR}",
                    where=where,
                )
            tags = item.get("tags", [])
            if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
                raise ImportFileError(
                    f"{self.name} item {index + 1}: 'tags' should be a list of text", where=where
                )
            mood = item.get("mood")
            if mood is not None:
                mood = field_int(item, "mood", self.name, index, low=min(MOODS), high=max(MOODS))
            entry = Entry(
                id=None,
                uid=uid,
                written_at=written_at,
                title=field_str(item, "title", self.name, index, max_len=10_000),
                body=field_str(item, "body", self.name, index, max_len=MAX_TEXT),
                tags=clean_tags(tags),
                mood=mood,
                prompt=field_str(item, "prompt", self.name, index, max_len=100_000),
                created_at=field_str(item, "created_at", self.name, index, max_len=64),
                updated_at=field_str(item, "updated_at", self.name, index, max_len=64),
            )
            mark = fingerprint(entry.written_at, entry.title, entry.body)
            if uid in uids or mark in prints:
                skipped += 1
                continue
            repo.insert(
                db,
                entry,
                written_utc=utc_text(entry.written_at),
                preview=plain_preview(entry.body),
                fingerprint=mark,
            )
            uids.add(uid)
            prints.add(mark)
            added += 1
        report.count(self.name, added=added, skipped=skipped)


class JournalPromptsSection:
    """Only the user's own prompts and their changes to the built-in ones."""

    name = "journal_prompts"

    def export(self, db: Database) -> Any:
        return [
            {
                "uid": p.uid,
                "title": p.title,
                "text": p.text,
                "builtin": p.builtin,
                "hidden": p.hidden,
                "sort_order": p.sort_order,
            }
            for p in repo.prompt_rows(db)
        ]

    def import_(self, db: Database, data: Any, report: ImportReport) -> None:
        items = require_list(data, self.name)
        present = {p.uid for p in repo.prompt_rows(db)}
        added = skipped = 0
        for index, raw in enumerate(items):
            item = require_record(raw, self.name, index)
            uid = field_str(item, "uid", self.name, index, required=True, max_len=200)
            flags = {}
            for key in ("builtin", "hidden"):
                value = item.get(key, False)
                if not isinstance(value, bool):
                    raise ImportFileError(
                        f"{self.name} item {index + 1}: {key!r} should be true or false",
                        where=f"{self.name}[{index}]",
                    )
                flags[key] = value
            prompt = Prompt(
                uid=uid,
                title=field_str(item, "title", self.name, index, required=True, max_len=1000),
                text=field_str(item, "text", self.name, index, max_len=100_000),
                builtin=flags["builtin"],
                hidden=flags["hidden"],
                sort_order=field_int(item, "sort_order", self.name, index, default=0),
            )
            if uid in present:
                skipped += 1
                continue
            repo.put_prompt(db, prompt)
            present.add(uid)
            added += 1
        report.count(self.name, added=added, skipped=skipped)
