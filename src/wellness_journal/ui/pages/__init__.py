"""The pages of the main window, in sidebar order."""

from __future__ import annotations

from wellness_journal.ui.pages.base import Page


def page_classes() -> list[type[Page]]:
    """Only pages that work. Each feature adds its page here."""
    from wellness_journal.ui.pages.journal import JournalPage
    from wellness_journal.ui.pages.settings import SettingsPage
    from wellness_journal.ui.pages.support import SupportPage
    from wellness_journal.ui.pages.today import TodayPage
    from wellness_journal.ui.pages.toolbox import ToolboxPage
    from wellness_journal.ui.pages.trends import TrendsPage

    return [TodayPage, JournalPage, ToolboxPage, TrendsPage, SupportPage, SettingsPage]
