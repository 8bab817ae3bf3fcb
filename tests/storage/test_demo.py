"""Demo mode: a throwaway vault with made-up data, deleted on exit."""

from __future__ import annotations

from datetime import date

from wellness_journal import app
from wellness_journal.services.demo import DEMO_PASSPHRASE
from wellness_journal.services.session import Session
from wellness_journal.storage.keyslots import KdfParams
from wellness_journal.storage.vault import Vault


def test_demo_vault_is_filled_and_opens_with_demo_passphrase(tmp_path):
    paths = app.make_demo_vault(tmp_path / "demo", today=date(2026, 11, 26))
    vault = Vault.open_with_secret(paths, DEMO_PASSPHRASE)
    try:
        session = Session(vault, KdfParams.fast_for_tests())
        assert len(session.contacts.personal()) >= 3
        assert vault.verify() == []
    finally:
        vault.close()


def test_demo_data_is_the_same_for_the_same_day(tmp_path):
    from wellness_journal.services import exchange

    docs = []
    for name in ("a", "b"):
        paths = app.make_demo_vault(tmp_path / name, today=date(2026, 11, 26))
        vault = Vault.open_with_secret(paths, DEMO_PASSPHRASE)
        docs.append(_without_stamps(exchange.export_document(vault.db)["sections"]))
        vault.close()
    assert docs[0] == docs[1]


def _without_stamps(value):
    """The same data, without the moments records were stored (those follow the real clock)."""
    if isinstance(value, dict):
        return {
            k: _without_stamps(v) for k, v in value.items() if k not in ("created_at", "updated_at")
        }
    if isinstance(value, list):
        return [_without_stamps(v) for v in value]
    return value
