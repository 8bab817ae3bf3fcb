"""Export/import sections for the foundation: settings and support contacts."""

from __future__ import annotations

from wellness_journal.core.errors import ImportFileError
from wellness_journal.core.models import ContactKind, SupportContact
from wellness_journal.services.exchange import ImportReport
from wellness_journal.services.exchange_fields import (
    SHORT,
    Choice,
    Int,
    JsonValue,
    Text,
    storable_text,
)
from wellness_journal.services.record_section import RecordSection
from wellness_journal.services.support_now import KEY_PREFIX as SUPPORT_NOW_PREFIX
from wellness_journal.storage.connection import Database
from wellness_journal.storage.repositories import contacts as contacts_repo
from wellness_journal.storage.repositories import settings as settings_repo


class SettingsSection:
    """Settings are named values, not records: an object of text, a key already set is kept.
    The app's own memory of when it offered support (``support_now.*``) stays in the vault."""

    name = "settings"

    def export(self, db: Database) -> JsonValue:
        items = settings_repo.all_items(db)
        return {k: v for k, v in items.items() if not k.startswith(SUPPORT_NOW_PREFIX)}

    def import_(self, db: Database, data: object, report: ImportReport) -> None:
        if not isinstance(data, dict):
            raise ImportFileError("section 'settings' should be an object", where="settings")
        present = settings_repo.all_items(db)
        added = skipped = 0
        for key, value in data.items():
            if not isinstance(value, str):
                raise ImportFileError(f"setting {key!r} should be text", where="settings")
            storable_text(key, "a setting's name", "settings")
            storable_text(value, f"setting {key!r}", "settings")
            if key.startswith(SUPPORT_NOW_PREFIX):
                continue
            if key in present:
                skipped += 1
            else:
                settings_repo.put(db, key, value)
                added += 1
        report.count(self.name, added=added, skipped=skipped)


CONTACTS = RecordSection(
    name="support_contacts",
    record=SupportContact,
    fields=(
        Choice("kind", ContactKind),
        Text("name", max_len=SHORT, required=True),
        Text("role", max_len=SHORT),
        Text("phone", max_len=200),
        Text("text", max_len=SHORT),
        Text("note"),
        Int("sort_order", default=0),
    ),
    rows=contacts_repo.list_all,
    uids=contacts_repo.uids,
    insert=contacts_repo.insert,
)
