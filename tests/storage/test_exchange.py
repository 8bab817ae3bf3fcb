"""The JSON export/import envelope and the foundation's sections."""

from __future__ import annotations

import json

import pytest

from wellness_journal.core.errors import ImportFileError
from wellness_journal.core.models import ContactKind, SupportContact
from wellness_journal.services import exchange
from wellness_journal.services.contacts import ContactsService


def test_round_trip_into_a_second_vault(session, tmp_path, kdf):
    from wellness_journal.storage.paths import AppPaths
    from wellness_journal.storage.vault import Vault

    session.contacts.save(
        SupportContact(
            id=None,
            uid="",
            kind=ContactKind.PERSONAL,
            name="Dr. Lee",
            role="counselor",
            note="Tue 5 pm ✓",
        )
    )
    session.settings.set_auto_lock_minutes(12)
    out = tmp_path / "all.json"
    exchange.write_export(session.db, out)
    other = Vault.create(AppPaths.for_dir(tmp_path / "other"), "other passphrase", kdf=kdf).vault
    try:
        report = exchange.import_document(other.db, exchange.read_document(out))
        assert report.added["settings"] == 1
        assert report.added["support_contacts"] == 1
        assert report.skipped["support_contacts"] == 3
        people = ContactsService(other.db).personal()
        assert [(p.name, p.role, p.note) for p in people] == [
            ("Dr. Lee", "counselor", "Tue 5 pm ✓")
        ]
        again = exchange.import_document(other.db, exchange.read_document(out))
        assert again.total_added == 0
    finally:
        other.close()


def test_unknown_sections_are_reported_not_fatal(db):
    doc = {"format": "wellness-journal-export", "version": 1, "sections": {"future": [1, 2]}}
    report = exchange.import_document(db, exchange.check_document(doc))
    assert any("future" in n for n in report.notes)


def test_bad_item_rolls_back_the_whole_import(db):
    doc = {
        "format": "wellness-journal-export",
        "version": 1,
        "sections": {
            "support_contacts": [
                {"uid": "ok-1", "kind": "personal", "name": "Fine"},
                {"uid": "bad-2", "kind": "personal", "name": 42},
            ]
        },
    }
    with pytest.raises(ImportFileError) as info:
        exchange.import_document(db, exchange.check_document(doc))
    assert "item 2" in str(info.value)
    assert "'name'" in str(info.value)
    assert ContactsService(db).personal() == []


def test_not_utf8_file(tmp_path):
    bad = tmp_path / "x.json"
    bad.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(ImportFileError) as info:
        exchange.read_document(bad)
    assert "not UTF-8" in str(info.value)


def test_export_is_versioned_json(db, tmp_path):
    out = tmp_path / "e.json"
    exchange.write_export(db, out)
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["format"] == exchange.FORMAT
    assert doc["version"] == exchange.FORMAT_VERSION
    assert set(doc["sections"]) >= {"settings", "support_contacts"}
