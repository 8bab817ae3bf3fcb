"""Support contacts: crisis lines and the user's own people."""

from __future__ import annotations

from dataclasses import replace

from wellness_journal.core.crisis import REGIONS, Region, is_unchanged_default
from wellness_journal.core.models import Changes, ContactKind, SupportContact
from wellness_journal.services.saving import add_or_update, stripped
from wellness_journal.storage.connection import Database
from wellness_journal.storage.repositories import contacts as repo

TOPIC = "contacts"


class ContactsService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def crisis_lines(self) -> list[SupportContact]:
        return repo.list_all(self._db, ContactKind.CRISIS)

    def personal(self) -> list[SupportContact]:
        return repo.list_all(self._db, ContactKind.PERSONAL)

    def save(self, contact: SupportContact) -> tuple[SupportContact, Changes]:
        """Insert a new contact (id None) or update an existing one."""
        if not contact.name.strip():
            raise ValueError("a contact needs a name")
        saved = add_or_update(
            self._db,
            stripped(contact, "name", "role", "phone", "text", "note"),
            lambda c: repo.insert(self._db, c),
            lambda c: repo.update(self._db, c),
            new=lambda c: replace(c, sort_order=repo.next_sort_order(self._db, c.kind)),
        )
        return saved, Changes.of(TOPIC)

    def delete(self, contact_id: int) -> Changes:
        with self._db.transaction():
            repo.delete(self._db, contact_id)
        return Changes.of(TOPIC)

    def restore_default_lines(self, region: Region = REGIONS[0]) -> Changes:
        """Put back any default crisis line of ``region`` the user removed (edited ones are left
        as they are)."""
        with self._db.transaction():
            present = repo.uids(self._db)
            for line in region.lines:
                if line.uid not in present:
                    repo.insert(self._db, line)
        return Changes.of(TOPIC)

    def use_region(self, region: Region) -> Changes:
        """Make ``region``'s default lines the ones shown: another region's default lines go,
        unless the user edited them; lines the user added or edited stay as they are."""
        wanted = {line.uid for line in region.lines}
        with self._db.transaction():
            for line in repo.list_all(self._db, ContactKind.CRISIS):
                if line.uid not in wanted and line.id is not None and is_unchanged_default(line):
                    repo.delete(self._db, line.id)
            self.restore_default_lines(region)
        return Changes.of(TOPIC)
