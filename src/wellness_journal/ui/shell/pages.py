"""The pages of the main window, in sidebar order."""

from __future__ import annotations

from wellness_journal.ui.page import Page


def page_classes() -> list[type[Page]]:
    """Only pages that work. Each feature adds its page here."""
    from wellness_journal.ui.journal.page import JournalPage
    from wellness_journal.ui.settings.page import SettingsPage
    from wellness_journal.ui.support.page import SupportPage
    from wellness_journal.ui.today.page import TodayPage
    from wellness_journal.ui.toolbox.page import ToolboxPage
    from wellness_journal.ui.trends.page import TrendsPage

    return [TodayPage, JournalPage, ToolboxPage, TrendsPage, SupportPage, SettingsPage]
