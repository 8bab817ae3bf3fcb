"""Changing the passphrase and the recovery key of an open vault."""

from __future__ import annotations

from wellness_journal.core import passphrase as pp
from wellness_journal.core.errors import ErrorKind, VaultError
from wellness_journal.storage.keyslots import KdfParams
from wellness_journal.storage.vault import Vault


class SecurityService:
    """Both calls run a key derivation or two (about half a second each): keep them off the GUI thread."""

    def __init__(self, vault: Vault, kdf: KdfParams) -> None:
        self._vault = vault
        self._kdf = kdf

    def _confirm(self, current: str) -> None:
        if not self._vault.check_passphrase(current):
            raise VaultError(ErrorKind.WRONG_SECRET, "current passphrase or recovery key is wrong")

    def change_passphrase(self, current: str | None, new: str) -> None:
        """Re-wrap the key under ``new``. ``current`` None skips the check (just unlocked by recovery key)."""
        pp.check_usable(new)
        if current is not None:
            self._confirm(current)
        self._vault.change_passphrase(new, kdf=self._kdf)

    def new_recovery_key(self, current: str) -> str:
        self._confirm(current)
        return self._vault.new_recovery_key(kdf=self._kdf)
