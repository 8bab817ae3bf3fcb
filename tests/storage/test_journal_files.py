"""The journal and files: nothing readable on disk, deleted text gone, imports and exports."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from tests.helpers import files_containing
from wellness_journal.core.errors import ImportFileError
from wellness_journal.core.journal import EntryFilter
from wellness_journal.core.journal_markdown import Split
from wellness_journal.services import exchange
from wellness_journal.services.journal import JournalService
from wellness_journal.services.journal_io import export_markdown, import_file

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "jrnl"
MARKER = "zebrafishmarker"
PAGE, RESERVE = 4096, 80  # SQLCipher 4 defaults: 16-byte IV + 64-byte HMAC per page


def decrypted_pages(path: Path, key: bytes) -> bytes:
    """Every page of a SQLCipher 4 database, decrypted with the raw data key."""
    raw = path.read_bytes()
    out = []
    for start in range(0, len(raw), PAGE):
        page = raw[start : start + PAGE]
        iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
        body = page[16 if start == 0 else 0 : PAGE - RESERVE]
        dec = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        out.append(dec.update(body) + dec.finalize())
    return b"".join(out)


def write(journal: JournalService, body: str, **kw) -> int:
    saved, _ = journal.save(replace(journal.new_entry(), body=body, **kw))
    assert saved.id is not None
    return saved.id


def test_entries_and_their_index_are_in_no_file_of_the_data_folder(vault, paths):
    journal = JournalService(vault.db)
    write(journal, f"{MARKER} quokka night", title=f"{MARKER} title", tags=[MARKER])
    assert journal.find(EntryFilter(query=MARKER))
    assert files_containing(paths.data_dir, MARKER) == []
    vault.db.checkpoint()
    assert files_containing(paths.data_dir, MARKER) == []
    vault.close()
    assert files_containing(paths.data_dir, MARKER) == []


def test_deleted_and_edited_text_is_gone_from_the_database(vault, paths):
    journal = JournalService(vault.db)
    key = vault._key()
    gone = write(journal, f"{MARKER} deleted words")
    edited = write(journal, "walrusmarker first draft")
    vault.db.checkpoint()
    before = decrypted_pages(paths.database, key)
    assert MARKER.encode() in before
    assert b"walrusmarker" in before
    journal.delete(gone)
    saved = journal.get(edited)
    journal.save(replace(saved, body="second draft only"))
    vault.db.checkpoint()
    after = decrypted_pages(paths.database, key)
    assert MARKER.encode() not in after
    assert b"walrusmarker" not in after
    assert b"second draft only" in after


def snapshot(db) -> str:
    document = exchange.export_document(db)
    return json.dumps(document["sections"], sort_keys=True)


def test_json_export_round_trip_and_reimport_adds_nothing(tmp_path, db, vault, paths, kdf):
    from wellness_journal.storage.paths import AppPaths
    from wellness_journal.storage.vault import Vault

    journal = JournalService(db)
    write(journal, "# Tonight\n\n- fine", title="One", tags=["sleep"], mood=4)
    write(journal, "Café 夜勤 🌙 'quoted' \"double\"")
    journal.save_prompt(replace(journal.prompts()[0], hidden=True))
    out = tmp_path / "export.json"
    exchange.write_export(db, out)
    other = Vault.create(AppPaths.for_dir(tmp_path / "other"), "another passphrase", kdf=kdf)
    try:
        report = import_file(other.vault.db, out)
        assert report.added["journal_entries"] == 2
        assert report.added["journal_prompts"] == 1
        again = import_file(other.vault.db, out)
        assert again.added.get("journal_entries", 0) == 0
        assert again.skipped["journal_entries"] == 2
        assert [
            (e.uid, e.written_at, e.title, e.body, e.tags, e.mood)
            for e in JournalService(other.vault.db).all_entries()
        ] == [(e.uid, e.written_at, e.title, e.body, e.tags, e.mood) for e in journal.all_entries()]
        assert JournalService(other.vault.db).prompts() == journal.prompts()
    finally:
        other.vault.close()


def test_jrnl_json_and_text_imports_map_tags_and_dates_and_never_double(db):
    journal = JournalService(db)
    report = import_file(db, FIXTURES / "export.json")
    assert report.added["journal_entries"] == 5
    entries = list(journal.all_entries())
    first = entries[0]
    assert first.title == "Long night shift."
    assert first.body.startswith("Traffic stop went fine, @work")
    assert sorted(first.tags) == ["sam", "work"]
    local = first.written_at
    assert (local.year, local.month, local.day, local.hour, local.minute) == (2023, 3, 4, 6, 15)
    assert "starred" in entries[1].tags
    assert {t for t, _ in journal.tags()} >= {"gratitude", "hardcall", "self-care", "gym"}
    # The same journal again, as JSON and as jrnl's own text file: nothing new.
    for path in (FIXTURES / "export.json", FIXTURES / "journal.txt"):
        again = import_file(db, path)
        assert again.added.get("journal_entries", 0) == 0
        assert again.skipped["journal_entries"] == 5
    assert journal.count() == 5
    found = journal.find(EntryFilter(query="DROP TABLE"))
    assert len(found) == 1
    assert "NEAR(a b)" in journal.get(found[0]).body


def test_jrnl_text_first_then_our_export_into_another_vault_is_not_doubled(tmp_path, db, kdf):
    from wellness_journal.storage.paths import AppPaths
    from wellness_journal.storage.vault import Vault

    import_file(db, FIXTURES / "journal.txt")
    out = tmp_path / "ours.json"
    exchange.write_export(db, out)
    other = Vault.create(AppPaths.for_dir(tmp_path / "other"), "another passphrase", kdf=kdf)
    try:
        import_file(other.vault.db, FIXTURES / "export.json")
        report = import_file(other.vault.db, out)  # different uids, same entries
        assert report.added.get("journal_entries", 0) == 0
        assert JournalService(other.vault.db).count() == 5
    finally:
        other.vault.close()


BAD_FILES = {
    "not-json.json": ('{"entries": [', "line 1"),
    "jrnl-bad-date.json": (
        json.dumps(
            {
                "entries": [
                    {"title": "ok", "body": "", "date": "2024-01-01", "time": "10:00", "tags": []},
                    {"title": "bad", "body": "", "date": "yesterday", "time": "10:00", "tags": []},
                ]
            }
        ),
        "entry 2",
    ),
    "bad-line.txt": ("[2024-01-01 10:00] fine\nbody\n[2024-02-30 10:00] no such day\n", "line 3"),
    "notes.txt": ("Dear diary,\n[2024-01-01 10:00] x\n", "line 1"),
    "other.json": ('{"hello": "world"}', "neither"),
    "binary.txt": (b"[2024-01-01 10:00] ok\n\xff\xfe\x00bad", "UTF-8"),
    "ours-bad.json": (
        json.dumps(
            {
                "format": "wellness-journal-export",
                "version": 1,
                "sections": {
                    "journal_entries": [
                        {"uid": "a", "written_at": "2024-01-01T10:00:00+00:00", "body": "fine"},
                        {"uid": "b", "written_at": "2024-01-01T10:00:00", "body": "no offset"},
                    ]
                },
            }
        ),
        "item 2",
    ),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_a_bad_import_file_names_the_problem_and_changes_nothing(tmp_path, db, name):
    journal = JournalService(db)
    write(journal, "already here", tags=["keep"])
    before = snapshot(db)
    content, expected = BAD_FILES[name]
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(ImportFileError) as info:
        import_file(db, path)
    assert expected in info.value.detail
    assert snapshot(db) == before


def test_markdown_export_one_file_per_entry_and_per_year(tmp_path, db):
    journal = JournalService(db)
    import_file(db, FIXTURES / "export.json")
    per_entry = tmp_path / "entries"
    assert export_markdown(db, per_entry, Split.ENTRY) == 5
    names = sorted(p.name for p in per_entry.iterdir())
    assert names[0] == "2023-03-04-0615-long-night-shift.md"
    text = (per_entry / names[2]).read_text("utf-8")
    assert "Café après minuit: ça va. 夜勤 🌙" in text
    assert "#hardcall" in text
    per_year = tmp_path / "years"
    assert export_markdown(db, per_year, Split.YEAR) == 2
    assert sorted(p.name for p in per_year.iterdir()) == ["2023.md", "2024.md"]
    assert (per_year / "2024.md").read_text("utf-8").count("## ") == 1
    for p in [*per_entry.iterdir(), *per_year.iterdir()]:
        assert p.stat().st_mode & 0o077 == 0
    with pytest.raises(FileExistsError):
        export_markdown(db, per_entry, Split.ENTRY)
    shutil.rmtree(per_entry)
    assert journal.count() == 5
