"""The search index kept off the saves: a save writes only the entry; finished entries are
indexed, and index segments merged, by ``upkeep`` in small steps. The index stays right, and
edited or deleted words still leave the file."""

from __future__ import annotations

import random
import re
from dataclasses import replace

from tests.storage.test_journal_files import decrypted_pages
from wellness_journal.core.journal import EntryFilter
from wellness_journal.services.journal import JournalService
from wellness_journal.ui.journal.index_upkeep import upkeep

WORDS = [
    "harbor",
    "quiet",
    "shift",
    "coffee",
    "sergeant",
    "radio",
    "rain",
    "walk",
    "court",
    "dinner",
    "tired",
    "calm",
]


def varint(blob: bytes, i: int) -> tuple[int, int]:
    value = 0
    for k in range(8):
        byte = blob[i + k]
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            return value, i + k + 1
    return (value << 8) | blob[i + 8], i + 9


def segments(db) -> list[int]:  # type: ignore[no-untyped-def]
    """How many segments each level of the FTS5 index holds (its structure record)."""
    blob = db.scalar("SELECT block FROM journal_fts_data WHERE rowid = 10")
    v2 = blob[4:8] == b"\xff\x00\x00\x01"
    i = 8 if v2 else 4
    levels, i = varint(blob, i)
    _, i = varint(blob, i)
    _, i = varint(blob, i)
    counts = []
    for _ in range(levels):
        _, i = varint(blob, i)
        count, i = varint(blob, i)
        for _ in range(count * (8 if v2 else 3)):
            _, i = varint(blob, i)
        counts.append(count)
    return counts


def run_to_the_end(journal: JournalService, held: frozenset[int] = frozenset()) -> None:
    while upkeep(journal, lambda: held, lambda: False, budget=30.0).more:
        pass


def index_bytes(db) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    return db.scalar("SELECT count(*) FROM journal_fts_data"), db.scalar(
        "SELECT sum(length(block)) FROM journal_fts_data"
    )


def write(journal: JournalService, body: str, *, final: bool = False) -> int:
    saved, _ = journal.save(replace(journal.new_entry(), body=body), final=final)
    assert saved.id is not None
    return saved.id


def test_fts5_never_merges_by_itself(db):
    config = dict(db.query("SELECT k, v FROM journal_fts_config").__iter__())
    assert config["automerge"] == 0


def test_a_save_from_the_window_writes_nothing_to_the_index(db):
    journal = JournalService(db)
    write(journal, "first words, finished", final=True)
    before = index_bytes(db)
    entry_id = write(journal, "harbor at dawn")
    saved = journal.get(entry_id)
    journal.save(replace(saved, body="harbor at dawn, and coffee"), final=False)
    assert index_bytes(db) == before
    assert journal.find(EntryFilter(query="harbor ")) == []


def test_upkeep_indexes_finished_entries_but_not_one_in_the_editor(db):
    journal = JournalService(db)
    done = write(journal, "harbor walk")
    open_in_editor = write(journal, "harbor radio")
    result = upkeep(journal, lambda: frozenset({open_in_editor}), lambda: False)
    assert result.indexed == 1
    assert journal.find(EntryFilter(query="harbor ")) == [done]
    run_to_the_end(journal)  # the editor closed
    assert sorted(journal.find(EntryFilter(query="harbor "))) == sorted([done, open_in_editor])


def test_merging_in_small_steps_keeps_every_search_right(db):
    rng = random.Random(5)
    journal = JournalService(db)
    bodies: dict[int, str] = {}
    for n in range(120):
        body = " ".join(rng.choices(WORDS, k=rng.randint(3, 25))) + f" entry{n}"
        bodies[write(journal, body)] = body
        if n % 3 == 0:  # the upkeep runs now and then, indexing one or two at a time
            upkeep(journal, frozenset, lambda: False, budget=0.0)
            journal.index_pending(limit=2)
    assert max(segments(db)) > 4  # many small segments, not merged by any save
    # some edited (old words leave at once, securely) and some deleted
    for entry_id in list(bodies)[::7]:
        journal.begin_edit(entry_id)
        entry = journal.get(entry_id)
        body = entry.body.replace("coffee", "tea")
        journal.save(replace(entry, body=body), final=False)
        bodies[entry_id] = body
    for entry_id in list(bodies)[3::11]:
        journal.delete(entry_id)
        del bodies[entry_id]
    run_to_the_end(journal)
    assert sum(segments(db)) <= 4  # merged, in the background
    assert db.scalar("SELECT count(*) FROM journal_entries WHERE indexed = 0") == 0
    db.execute("INSERT INTO journal_fts (journal_fts, rank) VALUES ('integrity-check', 1)")
    for word in [*WORDS, "tea", "entry7", "entry100"]:
        expected = {i for i, b in bodies.items() if re.search(rf"\b{word}\b", b)}
        assert set(journal.find(EntryFilter(query=f"{word} "))) == expected, word
    for prefix in ("co", "ser", "entry1"):
        expected = {i for i, b in bodies.items() if re.search(rf"\b{prefix}", b)}
        assert set(journal.find(EntryFilter(query=prefix))) == expected, prefix


def test_edited_and_deleted_words_leave_the_file_after_merging(vault, paths):
    journal = JournalService(vault.db)
    key = vault._key()
    for n in range(30):
        write(journal, f"filler words {n} harbor radio calm")
    gone = write(journal, "zebrafishmarker deleted words")
    edited = write(journal, "walrusmarker first draft")
    run_to_the_end(journal)
    vault.db.checkpoint()
    before = decrypted_pages(paths.database, key)
    assert b"zebrafishmarker" in before
    assert b"walrusmarker" in before
    journal.delete(gone)
    journal.begin_edit(edited)
    journal.save(replace(journal.get(edited), body="second draft only"), final=False)
    for n in range(30):  # more segments, merged with the old ones
        write(journal, f"more filler {n} coffee")
    run_to_the_end(journal)
    vault.db.checkpoint()
    after = decrypted_pages(paths.database, key)
    assert b"zebrafishmarker" not in after
    assert b"walrusmarker" not in after
    assert journal.find(EntryFilter(query="second draft")) == [edited]
    assert journal.find(EntryFilter(query="walrusmarker")) == []
