"""An unlocked vault and the services that work on it. Made on unlock, dropped on lock."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from wellness_journal.services.backup import BackupService
from wellness_journal.services.contacts import ContactsService
from wellness_journal.services.coping import CopingService
from wellness_journal.services.day_log import DayLogService
from wellness_journal.services.journal import JournalService
from wellness_journal.services.plan_goals import PlanService
from wellness_journal.services.safety_plan import SafetyPlanService
from wellness_journal.services.security import SecurityService
from wellness_journal.services.selfchecks import SelfChecksService
from wellness_journal.services.settings import SettingsService
from wellness_journal.services.support_now import SupportNowService
from wellness_journal.services.today import TodayServices
from wellness_journal.services.trends import TrendsService
from wellness_journal.storage.connection import Database
from wellness_journal.storage.keyslots import KdfParams
from wellness_journal.storage.vault import Vault

T = TypeVar("T")


class Session:
    def __init__(self, vault: Vault, kdf: KdfParams) -> None:
        self.vault = vault
        self.db = vault.db
        self.kdf = kdf
        self.contacts = ContactsService(self.db)
        self.safety_plan = SafetyPlanService(self.db)
        self.settings = SettingsService(self.db)
        self.security = SecurityService(vault, kdf)
        self.today = TodayServices(self.db)
        self.support_now = SupportNowService(self.db, now=self.today.now)
        self.journal = JournalService(self.db)
        self.coping = CopingService(self.db)
        self.backups = BackupService(vault)
        self.selfchecks = SelfChecksService(self.db, self.today.now)
        self.day_log = DayLogService(self.db, self.today.now, self.today.zone)
        self.trends = TrendsService(self.db, now=self.today.now, zone=self.today.zone)
        self.plan = PlanService(self.db, now=self.today.now, zone=self.today.zone)

    def on_own_connection(self, work: Callable[[Database], T]) -> T:
        """Run ``work`` on a connection of its own to the vault, closed afterwards: for work on
        a background thread (the session's connection belongs to the GUI thread)."""
        db = self.vault.connect_new()
        try:
            return work(db)
        finally:
            db.close()

    @property
    def is_open(self) -> bool:
        return self.vault.is_open

    def close(self) -> None:
        self.vault.close()
