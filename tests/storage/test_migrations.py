"""Migrations run once each, in order, in one transaction with their record, after a backup."""

from __future__ import annotations

import pytest

from tests.conftest import PASSPHRASE
from wellness_journal.storage import migrations
from wellness_journal.storage.migrations import Migration
from wellness_journal.storage.vault import Vault


def test_new_vault_has_every_migration_recorded(vault):
    assert migrations.applied(vault.db) == {m.id for m in migrations.all_migrations()}
    assert migrations.pending(vault.db) == []


def test_a_failing_migration_leaves_no_trace(vault, monkeypatch):
    def broken(db):
        db.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("boom")

    extra = Migration(id="9999_broken", apply=broken)
    monkeypatch.setattr(migrations, "all_migrations", lambda: [extra])
    with pytest.raises(RuntimeError):
        migrations.migrate(vault.db)
    assert "9999_broken" not in migrations.applied(vault.db)
    tables = {r[0] for r in vault.db.query("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "half_done" not in tables


def test_pending_migration_runs_after_an_encrypted_backup(created, paths, monkeypatch):
    created.vault.close()
    real = migrations.all_migrations()

    def add_column(db):
        db.execute("ALTER TABLE settings ADD COLUMN extra TEXT")

    monkeypatch.setattr(
        migrations, "all_migrations", lambda: [*real, Migration(id="9000_extra", apply=add_column)]
    )
    vault = Vault.open_with_secret(paths, PASSPHRASE)
    try:
        assert vault.migrated == ["9000_extra"]
        assert vault.pre_migration_backup is not None
        backups = list(paths.backups_dir.iterdir())
        assert len(backups) == 1
        assert not backups[0].read_bytes().startswith(b"SQLite format 3")
        assert "9000_extra" in migrations.applied(vault.db)
    finally:
        vault.close()
    # Opening again migrates nothing and makes no new backup.
    vault = Vault.open_with_secret(paths, PASSPHRASE)
    vault.close()
    assert vault.migrated == []
    assert len(list(paths.backups_dir.iterdir())) == 1


def test_migration_modules_are_listed_in_order():
    ids = [m.id for m in migrations.all_migrations()]
    assert ids == sorted(ids)
    assert ids[0] == "0001_foundation"


def test_issue_11_migrations_on_a_journal_made_before_them(vault):
    """A journal from before issue 11: Copline's shipped note gains "not connected to any agency"
    (an edited note stays as written); every earlier sleep gets an empty sleep aid."""
    from wellness_journal.storage.migrations import m0002_copline_note, m0201_sleep_aid

    db = vault.db
    with db.transaction():
        db.execute(
            "UPDATE support_contacts SET note = ? WHERE uid = 'default-copline'",
            (m0002_copline_note.SHIPPED_NOTE,),
        )
        m0002_copline_note.apply(db)
    note = db.scalar("SELECT note FROM support_contacts WHERE uid = 'default-copline'")
    assert "not connected to any agency" in note
    with db.transaction():
        db.execute("UPDATE support_contacts SET note = 'my words' WHERE uid = 'default-copline'")
        m0002_copline_note.apply(db)
    assert db.scalar("SELECT note FROM support_contacts WHERE uid = 'default-copline'") == (
        "my words"
    )
    columns = [r[1] for r in db.query("PRAGMA table_info(sleep_periods)")]
    assert "sleep_aid" in columns
    with db.transaction():
        db.execute("ALTER TABLE sleep_periods DROP COLUMN sleep_aid")
        db.execute(
            "INSERT INTO sleep_periods (uid, kind, into_bed, tried_to_sleep, final_awakening,"
            " out_of_bed, start_utc, end_utc, created_at, updated_at)"
            " VALUES ('old', 'main', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h')"
        )
        m0201_sleep_aid.apply(db)
    assert db.scalar("SELECT sleep_aid FROM sleep_periods WHERE uid = 'old'") == ""
