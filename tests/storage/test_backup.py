"""Backup files: self-contained, encrypted, verified, restorable with the passphrase or the
recovery key; automatic ones once a day after changes, 7 daily and 4 weekly kept."""

from __future__ import annotations

import json
import stat
import sys
import threading
import zipfile
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.helpers import encodings_of, files_containing
from wellness_journal.core.errors import ErrorKind, VaultError
from wellness_journal.core.models import ContactKind, SupportContact
from wellness_journal.services import backup, exchange
from wellness_journal.services.session import Session
from wellness_journal.storage import backup as files
from wellness_journal.storage import backup_file
from wellness_journal.storage.paths import AppPaths
from wellness_journal.storage.vault import Vault

MARKER = "BACKUP-MARKER-ocelot-4471 ünïcødé"


def add_person(session: Session, name: str, note: str = MARKER) -> None:
    session.contacts.save(
        SupportContact(id=None, uid="", kind=ContactKind.PERSONAL, name=name, note=note)
    )


def export(vault: Vault) -> dict:  # type: ignore[type-arg]
    return exchange.export_document(vault.db, now=lambda: datetime(2026, 1, 1))["sections"]


def test_backup_restores_into_a_new_folder_with_passphrase_or_recovery_key(
    created, session, paths, tmp_path
):
    add_person(session, "Sam")
    out = tmp_path / "usb" / "mine.wjbackup"
    out.parent.mkdir()
    info = backup.make_manual(paths, session.backups.source(), out)
    assert info.path == out
    assert out.exists()
    before = export(created.vault)
    for n, secret in enumerate([PASSPHRASE, created.recovery_key]):
        target = AppPaths.for_dir(tmp_path / f"new-{n}")
        restored = backup.restore(target, out, secret)
        assert restored.set_aside is None
        vault = Vault.open(target, restored.unlocked)
        try:
            assert export(vault) == before
            assert vault.verify() == []
        finally:
            vault.close()
        # It is a complete vault: it opens again with the passphrase alone.
        Vault.open_with_secret(target, PASSPHRASE).close()


def test_backup_file_is_one_encrypted_archive_with_no_readable_content(session, paths, tmp_path):
    add_person(session, "Sam")
    out = tmp_path / "b.wjbackup"
    backup.make_manual(paths, session.backups.source(), out)
    raw = out.read_bytes()
    assert not any(needle in raw for needle in encodings_of(MARKER))
    assert b"Sam" not in raw
    with zipfile.ZipFile(out) as archive:
        assert sorted(archive.namelist()) == ["manifest.json", "vault.db", "vault.keys"]
        assert not archive.read("vault.db").startswith(b"SQLite format 3")
        assert b'"recovery"' in archive.read("vault.keys")  # both slots travel with it
    if sys.platform != "win32":
        assert stat.S_IMODE(out.stat().st_mode) == 0o600
    # Nothing is left behind in the data folder's backups folder (no working copies).
    assert [p.name for p in paths.backups_dir.iterdir()] == []
    assert files_containing(paths.data_dir, MARKER) == []


def test_backup_while_the_app_keeps_writing_is_consistent(session, vault, paths, tmp_path):
    for i in range(30):
        add_person(session, f"before {i}")
    stop = threading.Event()
    writer_db = vault.connect_new()
    written = []

    def keep_writing() -> None:
        i = 0
        while not stop.is_set():
            with writer_db.transaction():
                writer_db.execute(
                    "INSERT INTO settings (key, value) VALUES (?, ?)", (f"w{i}", "x" * 500)
                )
            written.append(i)
            i += 1

    thread = threading.Thread(target=keep_writing)
    thread.start()
    try:
        infos = [
            backup.make_manual(paths, session.backups.source(), tmp_path / f"b{n}.wjbackup")
            for n in range(3)
        ]
    finally:
        stop.set()
        thread.join()
        writer_db.close()
    assert written, "the writer thread wrote nothing"
    for info in infos:  # each one verified its own row counts against its own snapshot
        files.verify_backup(info.path, session.backups.source().data_key, work_dir=tmp_path)


def test_tables_added_later_are_backed_up_and_counted(session, vault, paths, tmp_path):
    # A later feature's migration adds a table: backups cover it without any change.
    with vault.db.transaction():
        vault.db.execute("CREATE TABLE later_feature (id INTEGER PRIMARY KEY, body TEXT)")
        vault.db.executemany(
            "INSERT INTO later_feature (body) VALUES (?)", [(f"entry {i}",) for i in range(7)]
        )
    source = session.backups.source()
    snap = files.snapshot(source)
    assert snap.counts["later_feature"] == 7
    out = tmp_path / "b.wjbackup"
    backup.make_manual(paths, source, out)
    target = AppPaths.for_dir(tmp_path / "restored")
    restored = backup.restore(target, out, PASSPHRASE)
    copy = Vault.open(target, restored.unlocked)
    try:
        assert copy.db.scalar("SELECT count(*) FROM later_feature") == 7
    finally:
        copy.close()


def test_verification_catches_a_damaged_copy_and_wrong_counts(session, paths, tmp_path):
    out = tmp_path / "b.wjbackup"
    counts = files.snapshot(session.backups.source()).counts  # the log entry comes after
    backup.make_manual(paths, session.backups.source(), out)
    key = session.backups.source().data_key
    files.verify_backup(out, key, counts, work_dir=tmp_path)
    with pytest.raises(VaultError) as info:
        files.verify_backup(
            out, key, {**counts, "settings": counts["settings"] + 1}, work_dir=tmp_path
        )
    assert info.value.kind is ErrorKind.BAD_BACKUP
    assert "row counts" in info.value.detail
    # Flip one byte inside the stored database: the checksum no longer matches.
    raw = bytearray(out.read_bytes())
    with zipfile.ZipFile(out) as archive:
        offset = archive.getinfo("vault.db").header_offset + 200
    raw[offset] ^= 0x40
    damaged = tmp_path / "damaged.wjbackup"
    damaged.write_bytes(bytes(raw))
    with pytest.raises(VaultError) as info:
        files.verify_backup(damaged, key, counts, work_dir=tmp_path)
    assert info.value.kind is ErrorKind.BAD_BACKUP


def test_restore_over_a_vault_keeps_the_old_one_aside(created, session, paths, tmp_path):
    add_person(session, "In the backup")
    out = tmp_path / "b.wjbackup"
    backup.make_manual(paths, session.backups.source(), out)
    add_person(session, "Written after the backup")
    created.vault.close()
    restored = backup.restore(paths, out, PASSPHRASE)
    assert restored.set_aside is not None
    assert restored.set_aside.parent == paths.backups_dir
    vault = Vault.open(paths, restored.unlocked)
    try:
        names = [c.name for c in Session(vault, None).contacts.personal()]  # type: ignore[arg-type]
        assert names == ["In the backup"]
    finally:
        vault.close()
    # The journal that was replaced is a complete data folder that still opens, with everything.
    old = Vault.open_with_secret(AppPaths.for_dir(restored.set_aside), PASSPHRASE)
    try:
        names = [c.name for c in Session(old, None).contacts.personal()]  # type: ignore[arg-type]
        assert names == ["In the backup", "Written after the backup"]
    finally:
        old.close()


def snapshot_folder(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


@pytest.mark.parametrize("problem", ["wrong_secret", "damaged", "not_a_backup", "too_new"])
def test_a_failed_restore_changes_nothing(created, session, paths, tmp_path, problem):
    out = tmp_path / "b.wjbackup"
    backup.make_manual(paths, session.backups.source(), out)
    created.vault.close()
    secret = PASSPHRASE
    expected = ErrorKind.BAD_BACKUP
    if problem == "wrong_secret":
        secret, expected = "not the passphrase", ErrorKind.WRONG_SECRET
    elif problem == "damaged":
        out.write_bytes(out.read_bytes()[: out.stat().st_size // 2])
    elif problem == "not_a_backup":
        out.write_text("just some text", encoding="utf-8")
    else:
        info, _keyfile = backup_file.read_backup(out)
        manifest = info.manifest.to_json()
        manifest["migrations"].append("9900_from_the_future")
        with zipfile.ZipFile(out) as src:
            members = {n: src.read(n) for n in src.namelist()}
        with zipfile.ZipFile(out, "w") as dst:
            for name, data in members.items():
                dst.writestr(name, data if name != "manifest.json" else json.dumps(manifest))
        expected = ErrorKind.BACKUP_TOO_NEW
    before = snapshot_folder(paths.data_dir)
    with pytest.raises(VaultError) as info:
        backup.restore(paths, out, secret)
    assert info.value.kind is expected
    assert snapshot_folder(paths.data_dir) == before
    Vault.open_with_secret(paths, PASSPHRASE).close()


def test_automatic_backups_once_a_day_after_changes(session, paths):
    day = datetime(2026, 3, 2, 22, 0).astimezone()
    first = backup.run_automatic(paths, session.backups.source(), day)
    assert first.reason == "made"
    assert first.made is not None
    assert backup.run_automatic(
        paths, session.backups.source(), day + timedelta(hours=1)
    ).reason == ("already_today")
    next_day = day + timedelta(days=1)
    assert backup.run_automatic(paths, session.backups.source(), next_day).reason == "unchanged"
    add_person(session, "New today")
    made = backup.run_automatic(paths, session.backups.source(), next_day)
    assert made.reason == "made"
    status = session.backups.status()
    assert status.automatic_count == 2
    assert status.last_automatic is not None
    assert status.last_automatic.date() == next_day.date()
    assert status.automatic_failure == ""


def test_two_months_of_daily_use_keeps_seven_daily_and_four_weekly(session, paths):
    start = datetime(2026, 1, 5, 21, 0).astimezone()
    for d in range(60):
        add_person(session, f"day {d}", note=str(d))
        backup.run_automatic(paths, session.backups.source(), start + timedelta(days=d))
    kept = files.automatic_backups(paths.backups_dir)
    assert len(kept) == 11
    newest = start + timedelta(days=59)
    assert [s.date() for s, _ in kept[:7]] == [
        (newest - timedelta(days=i)).date() for i in range(7)
    ]
    for _stamp, path in kept:  # every kept one is whole
        backup_file.check_file(path)


def test_old_backups_are_removed_only_after_a_new_one_is_verified(session, paths, monkeypatch):
    start = datetime(2026, 1, 5, 21, 0).astimezone()
    for d in range(14):
        add_person(session, f"day {d}", note=str(d))
        backup.run_automatic(paths, session.backups.source(), start + timedelta(days=d))
    before = sorted(p.name for _, p in files.automatic_backups(paths.backups_dir))

    def broken_verify(*args, **kwargs):
        raise VaultError(ErrorKind.BAD_BACKUP, "simulated: the new copy does not check out")

    monkeypatch.setattr(files, "verify_backup", broken_verify)
    add_person(session, "one more")
    with pytest.raises(VaultError):
        backup.run_automatic(paths, session.backups.source(), start + timedelta(days=20))
    after = sorted(p.name for _, p in files.automatic_backups(paths.backups_dir))
    assert after == before  # nothing older removed, and the unverified one never put in place
    assert [p.name for p in paths.backups_dir.iterdir() if p.name.startswith(".")] == []
    assert session.backups.status().automatic_failure == "bad_backup"


def test_newest_good_backup_skips_a_damaged_one(session, paths):
    day = datetime(2026, 3, 2, 22, 0).astimezone()
    good = backup.run_automatic(paths, session.backups.source(), day).made
    add_person(session, "later")
    newer = backup.run_automatic(paths, session.backups.source(), day + timedelta(days=1)).made
    assert good is not None
    assert newer is not None
    assert backup.newest_good_backup(paths).path == newer.path  # type: ignore[union-attr]
    raw = bytearray(newer.path.read_bytes())
    raw[len(raw) // 2] ^= 0xFF
    newer.path.write_bytes(bytes(raw))
    assert backup.newest_good_backup(paths).path == good.path  # type: ignore[union-attr]


def test_manual_backup_is_logged_and_reminder_follows_it(session, paths, tmp_path):
    status = session.backups.status()
    assert status.last_manual is None
    assert not status.reminder_due
    info = backup.make_manual(paths, session.backups.source(), tmp_path)  # a folder: named for us
    assert info.path.parent == tmp_path
    assert info.path.suffix == ".wjbackup"
    status = session.backups.status()
    assert status.manual_location == str(info.path)
    assert status.days_since_manual == 0
    assert not status.reminder_due
    later = Session(session.vault, None)  # type: ignore[arg-type]
    later.backups._now = lambda: datetime.now().astimezone() + timedelta(days=31)
    assert later.backups.status().reminder_due
    assert later.backups.status().days_since_manual == 31


def test_stale_working_copies_are_cleaned_up(session, paths):
    paths.backups_dir.mkdir(exist_ok=True)
    stale = paths.backups_dir / ".0123abcd.work.db"
    stale_wal = paths.backups_dir / ".0123abcd.work.db-wal"
    stale_wal.write_bytes(b"x")
    stale.write_bytes(b"leftover from a backup that was cut off")
    keep = paths.backups_dir / "notes.txt"
    keep.write_text("not ours", encoding="utf-8")
    backup.run_automatic(paths, session.backups.source())
    assert not stale.exists()
    assert not stale_wal.exists()
    assert keep.exists()
