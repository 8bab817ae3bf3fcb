"""The pages of the main window, in sidebar order."""

from __future__ import annotations

from wellness_journal.ui.page import Page


def page_classes() -> list[type[Page]]:
    """Only pages that work. Each feature adds its page here."""
    from wellness_journal.ui.journal.page import JournalPage
    from wellness_journal.ui.learn.page import LearnPage
    from wellness_journal.ui.selfchecks.page import SelfChecksPage
    from wellness_journal.ui.settings.page import SettingsPage
    from wellness_journal.ui.support.page import SupportPage
    from wellness_journal.ui.support.plan_page import SafetyPlanPage
    from wellness_journal.ui.today.page import TodayPage
    from wellness_journal.ui.toolbox.page import ToolboxPage
    from wellness_journal.ui.trends.page import TrendsPage

    return [
        TodayPage,
        JournalPage,
        ToolboxPage,
        TrendsPage,
        SelfChecksPage,
        SupportPage,
        SafetyPlanPage,
        LearnPage,
        SettingsPage,
    ]


# Ctrl+1..7 keep the pages they have always had, wherever a page sits in the sidebar (Learn sits
# above Settings but is Ctrl+7); Self-checks, next to Trends, is Ctrl+9. Pages added since take
# the next free numbers (Safety plan, above Learn, is Ctrl+8).
FIXED_SHORTCUTS = {
    "today": 1,
    "journal": 2,
    "toolbox": 3,
    "trends": 4,
    "support": 5,
    "settings": 6,
    "learn": 7,
    "selfchecks": 9,
}


def shortcut_numbers(page_ids: list[str]) -> dict[str, int]:
    """The N of Ctrl+N for each page (pages past Ctrl+9 get none)."""
    numbers = {pid: FIXED_SHORTCUTS[pid] for pid in page_ids if pid in FIXED_SHORTCUTS}
    free = (n for n in range(1, 10) if n not in numbers.values())
    for pid in page_ids:
        if pid not in numbers:
            number = next(free, None)
            if number is not None:
                numbers[pid] = number
    return numbers
