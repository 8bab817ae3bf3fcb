"""The journal's use cases: write, edit, delete and undo, find, prompts, add entries from files."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Collection, Iterator
from dataclasses import replace
from datetime import date, datetime, timezone

from wellness_journal.core import journal_search
from wellness_journal.core.clock import local_now
from wellness_journal.core.journal import (
    MATCH_END,
    MATCH_START,
    MOODS,
    Entry,
    EntryFilter,
    EntryRow,
    ImportedEntry,
    Prompt,
    clean_tags,
    fingerprint,
    moment_keys,
)
from wellness_journal.core.journal_prompts import DEFAULT_PROMPTS
from wellness_journal.core.models import Changes
from wellness_journal.storage.connection import Database
from wellness_journal.storage.repositories import journal as repo
from wellness_journal.storage.repositories import journal_batch, journal_index

TOPIC = "journal"
PROMPTS_TOPIC = "journal_prompts"


def entry_keys(e: Entry, print_: str | None = None) -> tuple[str, str]:
    """The entry's record at its instant, and at its wall-clock minute (``moment_keys``);
    ``print_``: its fingerprint, when worked out already."""
    if print_ is None:
        print_ = fingerprint(e.title, e.body, e.tags, e.mood)
    return moment_keys(print_, e.written_at)


def known_entries(db: Database, *, wall_clock: bool = False) -> set[str]:
    """The keys of the entries already here: their instants, and with ``wall_clock`` their
    wall-clock minutes too (for files of local times)."""
    known = set()
    for print_, moment in repo.prints_and_moments(db):
        instant, wall = moment_keys(print_, moment)
        known.add(instant)
        if wall_clock:
            known.add(wall)
    return known


def _utc_now_text() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class JournalService:
    def __init__(self, db: Database, *, now: Callable[[], datetime] = local_now) -> None:
        self._db = db
        self._now = now

    def on(self, db: Database) -> JournalService:
        """The same service on another connection (a background thread's)."""
        return JournalService(db, now=self._now)

    # -- entries -----------------------------------------------------------------------------------
    def new_entry(self, *, prompt: Prompt | None = None) -> Entry:
        """An unsaved entry dated now (in the user's current offset)."""
        return Entry(
            id=None,
            uid="",
            written_at=self._now().replace(microsecond=0),
            title=prompt.title if prompt else "",
            prompt=prompt.text if prompt else "",
        )

    def get(self, entry_id: int) -> Entry | None:
        return repo.get(self._db, entry_id)

    def count(self) -> int:
        return repo.count(self._db)

    def save(self, entry: Entry, *, final: bool = True) -> tuple[Entry, Changes]:
        """Insert a new entry (id None) or update one. A new entry with no words is not stored.

        ``final=False`` is an autosave while the user is still writing: the entry is stored at
        once but joins the search index only with the final save (or ``finish``, or
        ``index_pending``). The window always saves with ``final=False`` and leaves the indexing
        to ``index_pending`` on a background connection (``ui/journal/index_upkeep.py``).
        """
        if entry.written_at.tzinfo is None:
            raise ValueError("entry times must carry their UTC offset")
        if entry.mood is not None and entry.mood not in MOODS:
            raise ValueError(f"mood must be one of {MOODS}")
        cleaned = replace(
            entry,
            title=" ".join(entry.title.split()),
            tags=clean_tags(entry.tags),
            written_at=entry.written_at.replace(microsecond=0),
        )
        if cleaned.id is None and cleaned.is_blank:
            return cleaned, Changes.of()
        stamp = _utc_now_text()
        cleaned = replace(cleaned, updated_at=stamp)
        with self._db.transaction():
            if cleaned.id is None:
                cleaned = replace(cleaned, uid=cleaned.uid or uuid.uuid4().hex, created_at=stamp)
                cleaned = replace(cleaned, id=repo.insert(self._db, cleaned, index=final))
            else:
                cleaned = replace(cleaned, id=repo.update(self._db, cleaned, index=final))
        return cleaned, Changes.of(TOPIC)

    def begin_edit(self, entry_id: int) -> None:
        """The user opened an entry to edit: its words leave the search index now (securely).

        That costs a page write per distinct word (about 0.1-0.2 s for a long entry in a large
        journal), so it is done once, as the editor opens, and not while the user types; the words
        return with ``finish``. While being written, an entry is not found by search.
        """
        with self._db.transaction():
            journal_index.remove_from_index(self._db, entry_id)

    def finish(self, entry_id: int) -> Changes:
        """The writing is done: the entry joins the search index."""
        with self._db.transaction():
            done = journal_index.add_to_index(self._db, entry_id)
        return Changes.of(TOPIC) if done else Changes.of()

    def index_pending(self, *, exclude: Collection[int] = (), limit: int = 8) -> int:
        """Index up to ``limit`` finished entries not in the search index yet, in one short
        transaction; ``exclude``: entries open in an editor. Returns how many."""
        with self._db.transaction():
            return journal_index.index_pending(self._db, exclude=exclude, limit=limit)

    def merge_index(self, pages: int = 8) -> bool:
        """One small step of merging the search index's segments (about ``pages`` pages
        written, in one short transaction). False when there was nothing to merge."""
        with self._db.transaction():
            return journal_index.merge_step(self._db, pages)

    def delete(self, entry_id: int) -> tuple[Entry | None, Changes]:
        """Delete for good (its words leave the file and the index); returns it for undo."""
        with self._db.transaction():
            entry = repo.get(self._db, entry_id)
            if entry is None:
                return None, Changes.of()
            repo.delete(self._db, entry_id)
        return entry, Changes.of(TOPIC)

    def restore(self, entry: Entry, *, index: bool = True) -> Changes:
        """Undo a delete: the entry comes back as it was, under its old id. Without ``index``
        its words join the search index later (``index_pending``)."""
        if entry.id is None:
            raise ValueError("only a deleted entry can be restored")
        with self._db.transaction():
            if entry.uid in repo.uids(self._db):
                return Changes.of()
            if repo.get(self._db, entry.id) is None:
                repo.insert_with_id(self._db, entry, index=index)
            else:  # another entry took the same second meanwhile
                repo.insert(self._db, entry, index=index)
        return Changes.of(TOPIC)

    def all_entries(self) -> Iterator[Entry]:
        return repo.iter_all(self._db)

    # -- finding -----------------------------------------------------------------------------------
    def find(self, flt: EntryFilter, *, before: int | None = None, limit: int = -1) -> list[int]:
        """Ids of matching entries, newest first; ``before`` (an id) and ``limit`` page them.

        Any search text is safe: it is never taken as syntax.
        """
        query = journal_search.parse(flt.query)
        return repo.ids(
            self._db,
            fts=query.fts() if not query.is_empty else "",
            tag=flt.tag,
            since=flt.since,
            until=flt.until,
            before=before,
            limit=limit,
        )

    def count_found(self, flt: EntryFilter) -> int:
        return len(self.find(flt))

    def rows(self, entry_ids: list[int], query: str = "") -> dict[int, EntryRow]:
        """What the list shows for these entries; with matches marked when ``query`` is given."""
        found = repo.rows(self._db, entry_ids)
        parsed = journal_search.parse(query)
        if parsed.is_empty or not found:
            return found
        pattern = journal_search.match_pattern(parsed)
        for entry_id, body in repo.bodies(self._db, list(found)).items():
            row = found[entry_id]
            found[entry_id] = replace(
                row,
                title=journal_search.mark(row.title, pattern, MATCH_START, MATCH_END),
                snippet=journal_search.snippet(body, pattern, MATCH_START, MATCH_END),
            )
        return found

    def tags(self) -> list[tuple[str, int]]:
        return repo.tag_counts(self._db)

    def days_with_entries(self, since: date, until: date) -> set[date]:
        return repo.days_between(self._db, since, until)

    # -- prompts -----------------------------------------------------------------------------------
    def prompts(self, *, include_hidden: bool = False) -> list[Prompt]:
        """The built-in prompts (as the user changed them) and the user's own, in order."""
        stored = {p.uid: p for p in repo.prompt_rows(self._db)}
        merged = [stored.pop(p.uid, p) for p in DEFAULT_PROMPTS]
        merged += sorted(stored.values(), key=lambda p: (p.sort_order, p.uid))
        return [p for p in merged if include_hidden or not p.hidden]

    def save_prompt(self, prompt: Prompt) -> tuple[Prompt, Changes]:
        title = " ".join(prompt.title.split())
        if not title:
            raise ValueError("a prompt needs a title")
        cleaned = replace(prompt, title=title, text=prompt.text.strip())
        with self._db.transaction():
            if not cleaned.uid:
                order = max((p.sort_order for p in self.prompts(include_hidden=True)), default=0)
                cleaned = replace(
                    cleaned, uid=f"prompt-{uuid.uuid4().hex}", builtin=False, sort_order=order + 1
                )
            repo.put_prompt(self._db, cleaned)
        return cleaned, Changes.of(PROMPTS_TOPIC)

    def set_prompt_hidden(self, prompt: Prompt, hidden: bool) -> Changes:
        _, changes = self.save_prompt(replace(prompt, hidden=hidden))
        return changes

    def remove_prompt(self, prompt: Prompt) -> Changes:
        """A user's prompt is removed; a built-in one goes back to its original words."""
        with self._db.transaction():
            repo.delete_prompt(self._db, prompt.uid)
        return Changes.of(PROMPTS_TOPIC)

    # -- adding entries from other files -----------------------------------------------------------
    def add_imported(self, entries: list[ImportedEntry]) -> tuple[int, int]:
        """Store entries read from a file of local times, skipping any already here: the same
        record (words, tags, mood) at the same instant, or at the same wall-clock minute (so a
        file read again after the time zone changed adds nothing).

        Call inside the import's transaction. Returns (added, skipped). The entries go in
        together, their words into the search index with them (``journal_batch.insert_many``).
        """
        present = known_entries(self._db, wall_clock=True)
        stamp = _utc_now_text()
        new: list[Entry] = []
        prints: list[str] = []
        for item in entries:
            entry = Entry(
                id=None,
                uid=uuid.uuid4().hex,
                written_at=item.written_at.replace(microsecond=0),
                title=" ".join(item.title.split()),
                body=item.body,
                tags=clean_tags(item.tags),
                mood=item.mood if item.mood in MOODS else None,
                created_at=stamp,
                updated_at=stamp,
            )
            if entry.is_blank:
                continue
            print_ = fingerprint(entry.title, entry.body, entry.tags, entry.mood)
            keys = entry_keys(entry, print_)
            if not present.isdisjoint(keys):
                continue
            present.update(keys)
            new.append(entry)
            prints.append(print_)
        journal_batch.insert_many(self._db, new, prints)
        return len(new), len(entries) - len(new)
