"""The encrypted vault: round trip, secrets, damage, file modes, no plaintext on disk."""

from __future__ import annotations

import os
import stat
import sys
import unicodedata

import pytest

from tests.conftest import PASSPHRASE
from tests.helpers import files_containing
from wellness_journal.core.errors import ErrorKind, VaultError, WellnessError
from wellness_journal.core.models import ContactKind, SupportContact
from wellness_journal.services.contacts import ContactsService
from wellness_journal.storage import keyslots
from wellness_journal.storage.keyslots import KdfParams
from wellness_journal.storage.vault import Vault, VaultState, inspect

MARKER = "MARKER-zebra-7731 ünïcødé ✓"


def add_marker_contact(vault: Vault, text: str = MARKER) -> None:
    ContactsService(vault.db).save(
        SupportContact(id=None, uid="", kind=ContactKind.PERSONAL, name="Sam", note=text)
    )


def notes(vault: Vault) -> list[str]:
    return [c.note for c in ContactsService(vault.db).personal()]


def test_round_trip(paths, kdf):
    created = Vault.create(paths, PASSPHRASE, kdf=kdf)
    add_marker_contact(created.vault)
    created.vault.close()
    assert inspect(paths) is VaultState.READY
    reopened = Vault.open_with_secret(paths, PASSPHRASE)
    try:
        assert notes(reopened) == [MARKER]
    finally:
        reopened.close()


def test_wrong_passphrase_is_refused_and_changes_nothing(created, paths):
    created.vault.close()
    before = {p.name: p.read_bytes() for p in paths.data_dir.iterdir() if p.is_file()}
    with pytest.raises(VaultError) as info:
        Vault.open_with_secret(paths, PASSPHRASE + "x")
    assert info.value.kind is ErrorKind.WRONG_SECRET
    after = {p.name: p.read_bytes() for p in paths.data_dir.iterdir() if p.is_file()}
    assert after == before


@pytest.mark.parametrize(
    "secret",
    [
        "it's \"quoted\" x'00' ; DROP TABLE settings; --",
        "🚓 night shift 🌙 coffee ☕",
        "ça va très bien",
        "  spaces around  ",
        "\\backslash\\ and ' single",
    ],
)
def test_unusual_passphrases_round_trip(paths, kdf, secret):
    created = Vault.create(paths, secret, kdf=kdf)
    add_marker_contact(created.vault)
    created.vault.close()
    reopened = Vault.open_with_secret(paths, secret)
    assert notes(reopened) == [MARKER]
    reopened.close()


def test_nfd_and_nfc_forms_open_the_same_vault(paths, kdf):
    nfc = unicodedata.normalize("NFC", "café résumé naïve")
    nfd = unicodedata.normalize("NFD", nfc)
    assert nfc != nfd
    Vault.create(paths, nfd, kdf=kdf).vault.close()
    Vault.open_with_secret(paths, nfc).close()
    Vault.open_with_secret(paths, nfd).close()


def test_empty_or_blank_passphrase_is_refused(paths, kdf):
    for secret in ("", "   ", "\t\n"):
        with pytest.raises(WellnessError) as info:
            Vault.create(paths, secret, kdf=kdf)
        assert info.value.kind is ErrorKind.BAD_PASSPHRASE
    assert not paths.database.exists()


def test_database_is_not_plaintext_sqlite(created, paths):
    created.vault.close()
    assert not paths.database.read_bytes().startswith(b"SQLite format 3")


def test_marker_text_is_in_no_file_of_the_data_folder(created, paths):
    vault = created.vault
    add_marker_contact(vault)
    # Look while the database is open (WAL and SHM exist) and again after closing.
    assert any(p.exists() for p in paths.database_sidecars())
    assert files_containing(paths.data_dir, "MARKER-zebra-7731") == []
    vault.close()
    assert files_containing(paths.data_dir, "MARKER-zebra-7731") == []
    assert files_containing(paths.data_dir, PASSPHRASE) == []


def test_change_passphrase_keeps_data_and_old_one_stops_working(created, paths, kdf):
    add_marker_contact(created.vault)
    created.vault.change_passphrase("a new passphrase entirely", kdf=kdf)
    created.vault.close()
    with pytest.raises(VaultError):
        Vault.open_with_secret(paths, PASSPHRASE)
    reopened = Vault.open_with_secret(paths, "a new passphrase entirely")
    assert notes(reopened) == [MARKER]
    reopened.close()
    # The recovery key was not touched.
    Vault.open_with_secret(paths, created.recovery_key).close()


def test_recovery_key_opens_and_can_be_replaced(created, paths, kdf):
    add_marker_contact(created.vault)
    old_key = created.recovery_key
    new_key = created.vault.new_recovery_key(kdf=kdf)
    assert new_key != old_key
    created.vault.close()
    with pytest.raises(VaultError) as info:
        Vault.open_with_secret(paths, old_key, kind="recovery")
    assert info.value.kind is ErrorKind.WRONG_SECRET
    reopened = Vault.open_with_secret(paths, new_key.lower().replace("-", " "))
    assert notes(reopened) == [MARKER]
    reopened.close()
    Vault.open_with_secret(paths, PASSPHRASE).close()


def test_forgotten_passphrase_replaced_through_recovery_key(created, paths, kdf):
    add_marker_contact(created.vault)
    created.vault.close()
    vault = Vault.open_with_secret(paths, created.recovery_key)
    vault.change_passphrase("remembered this time", kdf=kdf)
    vault.close()
    reopened = Vault.open_with_secret(paths, "remembered this time")
    assert notes(reopened) == [MARKER]
    reopened.close()


@pytest.mark.parametrize("damage", ["truncate", "garbage", "delete", "flip"])
@pytest.mark.parametrize("which", ["primary", "copy"])
def test_a_damaged_key_file_copy_is_survived(created, paths, damage, which):
    add_marker_contact(created.vault)
    created.vault.close()
    target = paths.keyfile if which == "primary" else paths.keyfile_copy
    raw = target.read_bytes()
    if damage == "truncate":
        target.write_bytes(raw[: len(raw) // 2])
    elif damage == "garbage":
        target.write_bytes(os.urandom(len(raw)))
    elif damage == "delete":
        target.unlink()
    else:
        flipped = bytearray(raw)
        flipped[len(raw) // 2] ^= 0x01
        target.write_bytes(bytes(flipped))
    reopened = Vault.open_with_secret(paths, PASSPHRASE)
    assert notes(reopened) == [MARKER]
    reopened.close()
    # Unlocking restored the second copy, so both are good again.
    read = keyslots.read_keyfile(paths.keyfile, paths.keyfile_copy)
    assert read.damaged == ()
    assert read.stale == ()


def test_both_key_file_copies_damaged_is_a_clear_error(created, paths):
    created.vault.close()
    paths.keyfile.write_bytes(b"{}")
    paths.keyfile_copy.write_bytes(b"not json")
    with pytest.raises(VaultError) as info:
        Vault.open_with_secret(paths, PASSPHRASE)
    assert info.value.kind is ErrorKind.DAMAGED


def test_newest_key_file_copy_wins_after_an_interrupted_write(created, paths, kdf):
    """A passphrase change cut off between the two writes leaves the copy one generation behind,
    holding the old passphrase's slot: the newer copy is used (the new passphrase opens, the old
    one is refused) and the older copy is brought up to date."""
    before_change = paths.keyfile.read_bytes()
    created.vault.change_passphrase("second passphrase here", kdf=kdf)
    created.vault.close()
    paths.keyfile_copy.write_bytes(before_change)  # the second write never happened
    with pytest.raises(VaultError) as info:
        Vault.open_with_secret(paths, PASSPHRASE)
    assert info.value.kind is ErrorKind.WRONG_SECRET
    Vault.open_with_secret(paths, "second passphrase here").close()
    assert paths.keyfile_copy.read_bytes() == paths.keyfile.read_bytes()
    with pytest.raises(VaultError):
        Vault.open_with_secret(paths, PASSPHRASE)


def test_zero_length_database_is_refused_and_left_untouched(created, paths):
    created.vault.close()
    for sidecar in paths.database_sidecars():
        sidecar.unlink(missing_ok=True)
    paths.database.write_bytes(b"")
    with pytest.raises(VaultError) as info:
        Vault.open_with_secret(paths, PASSPHRASE)
    assert info.value.kind is ErrorKind.MISSING_DATABASE
    assert paths.database.read_bytes() == b""
    with pytest.raises(VaultError) as info:
        Vault.create(paths, PASSPHRASE, kdf=KdfParams.fast_for_tests())
    assert info.value.kind is ErrorKind.MISSING_DATABASE
    assert paths.database.read_bytes() == b""


def test_missing_database_next_to_key_file_is_an_error_not_a_new_vault(created, paths):
    created.vault.close()
    for p in [paths.database, *paths.database_sidecars()]:
        p.unlink(missing_ok=True)
    with pytest.raises(VaultError) as info:
        inspect(paths)
    assert info.value.kind is ErrorKind.MISSING_DATABASE
    assert not paths.database.exists()


def test_database_without_key_file_is_an_error(created, paths):
    created.vault.close()
    paths.keyfile.unlink()
    paths.keyfile_copy.unlink()
    with pytest.raises(VaultError) as info:
        inspect(paths)
    assert info.value.kind is ErrorKind.MISSING_KEYFILE


def test_plaintext_database_is_refused(paths):
    import sqlite3

    paths.data_dir.mkdir(parents=True)
    conn = sqlite3.connect(paths.database)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    paths.keyfile.write_text("{}")
    with pytest.raises(VaultError) as info:
        inspect(paths)
    assert info.value.kind is ErrorKind.DAMAGED


def test_damaged_database_is_classified_with_integrity_detail(created, paths):
    created.vault.close()
    raw = bytearray(paths.database.read_bytes())
    raw[100:4096] = os.urandom(4096 - 100)  # first page
    paths.database.write_bytes(bytes(raw))
    before = paths.database.read_bytes()
    with pytest.raises(VaultError) as info:
        Vault.open_with_secret(paths, PASSPHRASE)
    assert info.value.kind is ErrorKind.DAMAGED
    assert "cipher_integrity_check" in info.value.detail
    assert paths.database.read_bytes() == before


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_folder_is_0700_and_files_are_0600(created, paths):
    add_marker_contact(created.vault)
    assert stat.S_IMODE(paths.data_dir.stat().st_mode) == 0o700
    files = [p for p in paths.data_dir.iterdir() if p.is_file()]
    assert {p.name for p in files} >= {"vault.db", "vault.keys", "vault.keys.copy", "vault.db-wal"}
    for p in files:
        assert stat.S_IMODE(p.stat().st_mode) == 0o600, p.name


def test_every_connection_gets_the_privacy_pragmas(vault):
    db = vault.db
    assert db.scalar("PRAGMA temp_store") == 2  # MEMORY
    assert db.scalar("PRAGMA secure_delete") == 1
    assert db.scalar("PRAGMA foreign_keys") == 1
    assert db.scalar("PRAGMA journal_mode") == "wal"
    assert db.scalar("PRAGMA synchronous") == 2  # FULL
    other = vault.connect_new()
    try:
        assert other.scalar("PRAGMA secure_delete") == 1
        assert other.scalar("PRAGMA journal_mode") == "wal"
    finally:
        other.close()


def test_verify_reports_a_healthy_vault(vault):
    assert vault.verify() == []


def test_production_kdf_defaults():
    params = KdfParams.production()
    assert params.memory_kib >= 64 * 1024
    assert params.iterations >= 3
    assert params.lanes >= 1


def test_kdf_parameters_are_stored_per_slot(paths):
    stronger = KdfParams(memory_kib=256, iterations=2, lanes=1)
    created = Vault.create(paths, PASSPHRASE, kdf=stronger)
    created.vault.change_passphrase("new passphrase words", kdf=KdfParams.fast_for_tests())
    created.vault.close()
    keyfile = keyslots.read_keyfile(paths.keyfile, paths.keyfile_copy).keyfile
    assert keyfile.slot(keyslots.RECOVERY).params == stronger
    assert keyfile.slot(keyslots.PASSPHRASE).params == KdfParams.fast_for_tests()
    Vault.open_with_secret(paths, created.recovery_key).close()


def test_two_vaults_have_different_salts_and_keys(tmp_path, kdf):
    from wellness_journal.storage.paths import AppPaths

    a, b = AppPaths.for_dir(tmp_path / "a"), AppPaths.for_dir(tmp_path / "b")
    Vault.create(a, PASSPHRASE, kdf=kdf).vault.close()
    Vault.create(b, PASSPHRASE, kdf=kdf).vault.close()
    ka = keyslots.read_keyfile(a.keyfile, a.keyfile_copy).keyfile
    kb = keyslots.read_keyfile(b.keyfile, b.keyfile_copy).keyfile
    assert ka.slot("passphrase").salt != kb.slot("passphrase").salt
    assert ka.slot("passphrase").wrapped != kb.slot("passphrase").wrapped


def test_closing_frees_the_decrypted_pages_in_a_statement_first(created):
    """``close()`` wipes cached pages holding the GIL (25-40 ms for a full cache, every other
    thread stopped); ``PRAGMA shrink_memory`` wipes them in a statement, the GIL released."""
    db = created.vault.db
    db.query("SELECT count(*) FROM sqlite_master")
    ran: list[str] = []
    db.raw.set_trace_callback(ran.append)
    created.vault.close()
    assert ran
    assert ran[-1].strip().upper() == "PRAGMA SHRINK_MEMORY"


def test_a_save_never_checkpoints_a_log_of_ordinary_size(created):
    """SQLite's automatic checkpoint runs inside the commit that fills the log (1,000 pages by
    default): a save on the GUI thread then took 80-102 ms. The index upkeep checkpoints off the
    GUI thread; a commit only does it past 32 MiB of log."""
    from wellness_journal.storage.connection import AUTOCHECKPOINT_PAGES

    db = created.vault.db
    assert AUTOCHECKPOINT_PAGES * 4096 >= 32 * 1024 * 1024
    assert int(db.scalar("PRAGMA wal_autocheckpoint")) == AUTOCHECKPOINT_PAGES
    db.execute("CREATE TABLE filler (x BLOB)")
    for _ in range(30):  # 1,500 pages of log in 30 commits
        with db.transaction():
            db.execute("INSERT INTO filler VALUES (zeroblob(200000))")
    _, frames, _ = db.query("PRAGMA wal_checkpoint(PASSIVE)")[0]
    assert frames > 1_000  # no commit copied the log back (the log would have started again)


def test_the_log_file_is_cut_back_once_the_log_starts_again(created):
    """A log file keeps the largest size it reached (89 MB after a 30-year session with index
    merging), and removing it when the journal locked held the window 40-48 ms. Once a
    checkpoint has copied it back, the next commit starts the log again and cuts the file."""
    from wellness_journal.storage.connection import LOG_LIMIT_BYTES

    db = created.vault.db
    log = db.path.with_name(db.path.name + "-wal")
    db.execute("CREATE TABLE filler (x BLOB)")
    for _ in range(12):  # about 12 MB of log
        with db.transaction():
            db.execute("INSERT INTO filler VALUES (zeroblob(1000000))")
    assert log.stat().st_size > LOG_LIMIT_BYTES
    db.query("PRAGMA wal_checkpoint(PASSIVE)")
    with db.transaction():  # a small save
        db.execute("INSERT INTO filler VALUES (x'00')")
    assert log.stat().st_size <= LOG_LIMIT_BYTES
