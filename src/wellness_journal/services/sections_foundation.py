"""Export/import sections for the foundation: settings and support contacts."""

from __future__ import annotations

from typing import Any

from wellness_journal.core.errors import ImportFileError
from wellness_journal.core.models import ContactKind, SupportContact
from wellness_journal.services.exchange import (
    ImportReport,
    field_int,
    field_str,
    require_list,
    require_record,
    storable_text,
)
from wellness_journal.storage.connection import Database
from wellness_journal.storage.repositories import contacts as contacts_repo
from wellness_journal.storage.repositories import settings as settings_repo


class SettingsSection:
    name = "settings"

    def export(self, db: Database) -> Any:
        return settings_repo.all_items(db)

    def import_(self, db: Database, data: Any, report: ImportReport) -> None:
        if not isinstance(data, dict):
            raise ImportFileError("section 'settings' should be an object", where="settings")
        present = settings_repo.all_items(db)
        added = skipped = 0
        for key, value in data.items():
            if not isinstance(value, str):
                raise ImportFileError(f"setting {key!r} should be text", where="settings")
            storable_text(key, "a setting's name", "settings")
            storable_text(value, f"setting {key!r}", "settings")
            if key in present:
                skipped += 1
            else:
                settings_repo.put(db, key, value)
                added += 1
        report.count(self.name, added=added, skipped=skipped)


class ContactsSection:
    name = "support_contacts"

    def export(self, db: Database) -> Any:
        return [
            {
                "uid": c.uid,
                "kind": c.kind.value,
                "name": c.name,
                "role": c.role,
                "phone": c.phone,
                "text": c.text,
                "note": c.note,
                "sort_order": c.sort_order,
            }
            for c in contacts_repo.list_all(db)
        ]

    def import_(self, db: Database, data: Any, report: ImportReport) -> None:
        items = require_list(data, self.name)
        present = contacts_repo.uids(db)
        added = skipped = 0
        for index, raw in enumerate(items):
            item = require_record(raw, self.name, index)
            uid = field_str(item, "uid", self.name, index, required=True, max_len=200)
            kind_text = field_str(item, "kind", self.name, index, required=True)
            try:
                kind = ContactKind(kind_text)
            except ValueError:
                raise ImportFileError(
                    f"{self.name} item {index + 1}: unknown kind {kind_text!r}",
                    where=f"{self.name}[{index}]",
                ) from None
            contact = SupportContact(
                id=None,
                uid=uid,
                kind=kind,
                name=field_str(item, "name", self.name, index, required=True, max_len=1000),
                role=field_str(item, "role", self.name, index, max_len=1000),
                phone=field_str(item, "phone", self.name, index, max_len=200),
                text=field_str(item, "text", self.name, index, max_len=1000),
                note=field_str(item, "note", self.name, index, max_len=100_000),
                sort_order=field_int(item, "sort_order", self.name, index, default=0),
            )
            if uid in present:
                skipped += 1
                continue
            contacts_repo.insert(db, contact)
            present.add(uid)
            added += 1
        report.count(self.name, added=added, skipped=skipped)
