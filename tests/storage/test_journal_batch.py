"""Entries added many at once (imports) are stored exactly as one by one: the same ids (newest
first, counting down within a second), tags, words in the search index."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

from wellness_journal.core.journal import Entry, EntryFilter
from wellness_journal.services.journal import JournalService
from wellness_journal.storage.repositories import journal as repo
from wellness_journal.storage.repositories.journal_batch import insert_many

ZONE = timezone(timedelta(hours=-5))


def entries() -> list[Entry]:
    base = datetime(2024, 3, 1, 21, 30, 15, tzinfo=ZONE)
    moments = [base, base, base + timedelta(days=1), base, base - timedelta(days=400)]
    return [
        Entry(
            id=None,
            uid=f"u{n}",
            written_at=moment,
            title=f"title {n}",
            body=f"harbor walk number{n} " + "coffee " * n,
            tags=("sleep", f"t{n}") if n % 2 else (),
            mood=None,
            created_at="2024-03-02T00:00:00+00:00",
            updated_at="2024-03-02T00:00:00+00:00",
        )
        for n, moment in enumerate(moments)
    ]


def stored(db) -> list[tuple]:  # type: ignore[no-untyped-def]
    rows = db.query(
        "SELECT id, uid, title, body, tags, preview, fingerprint, indexed FROM journal_entries"
        " ORDER BY id"
    )
    tags = db.query("SELECT entry_id, tag FROM journal_entry_tags ORDER BY entry_id, tag")
    return [tuple(r) for r in rows] + [tuple(t) for t in tags]


def test_many_at_once_is_stored_as_one_by_one(tmp_path, kdf):
    from wellness_journal.storage.paths import AppPaths
    from wellness_journal.storage.vault import Vault

    one = Vault.create(AppPaths.for_dir(tmp_path / "one"), "a passphrase here", kdf=kdf).vault
    many = Vault.create(AppPaths.for_dir(tmp_path / "many"), "a passphrase here", kdf=kdf).vault
    try:
        with one.db.transaction():
            ids_one = [repo.insert(one.db, e) for e in entries()]
        with many.db.transaction():
            batch = entries()
            ids_many = insert_many(many.db, batch)
        assert ids_many == ids_one
        assert ids_one[1] == ids_one[0] - 1  # the same second: the later one is listed first
        assert stored(many.db) == stored(one.db)
        for query in ("harbor", "coffee", "number3", "t3"):
            found_one = JournalService(one.db).find(EntryFilter(query=query))
            assert JournalService(many.db).find(EntryFilter(query=query)) == found_one, query
        many.db.execute("INSERT INTO journal_fts (journal_fts, rank) VALUES ('integrity-check', 1)")
        # and again, into a journal that has entries in those seconds already
        more = [replace(e, uid=e.uid + "-again") for e in batch[:2]]
        with many.db.transaction():
            again = insert_many(many.db, more)
        assert again == [ids_one[3] - 1, ids_one[3] - 2]  # after the three already there
    finally:
        one.close()
        many.close()


def test_a_large_import_gets_a_large_index_buffer_for_itself_only(db, monkeypatch):
    # A large import's words go into the index with a buffer big enough for all of them (one
    # segment, not one each time 16 MiB fills); everyday saves keep the usual buffer after it.
    from wellness_journal.storage.repositories import journal_batch
    from wellness_journal.storage.repositories.journal_index import merge_step

    def config() -> dict[str, int]:
        return {str(k): v for k, v in db.query("SELECT k, v FROM journal_fts_config")}

    # A small usual buffer (1 KiB), so that these few entries count as a large import.
    db.execute("INSERT INTO journal_fts (journal_fts, rank) VALUES ('hashsize', 1024)")
    usual = config()["hashsize"]
    monkeypatch.setattr(journal_batch, "BUFFER_PER_TEXT_BYTE", 1000)
    with db.transaction():
        insert_many(db, entries())
    assert config()["hashsize"] == usual
    assert not merge_step(db, -1)  # one segment: nothing to merge
    journal = JournalService(db)
    assert len(journal.find(EntryFilter(query="harbor"))) == len(entries())
