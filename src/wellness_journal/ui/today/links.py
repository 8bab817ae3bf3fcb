"""Where Today hands over to other pages. Kept in one place so the lead can deepen the links.

``try_an_exercise``: the coping toolbox (page id "toolbox") is built separately. Until it exists
``go_to`` does nothing. To offer "rate it again" after an exercise, the toolbox can call
``ctx.session.today.stress.rate_again(entry_id, suds)`` with the entry id passed here.
"""

from __future__ import annotations

from wellness_journal.ui.context import UiContext

TOOLBOX_PAGE = "toolbox"
SUPPORT_PAGE = "support"


def try_an_exercise(ctx: UiContext, stress_entry_id: int | None = None) -> None:
    """Open the coping exercises (after a stress entry, ``stress_entry_id`` is that entry)."""
    del stress_entry_id  # for the rate-again link, wired when the toolbox lands
    ctx.go_to(TOOLBOX_PAGE)


def get_support(ctx: UiContext) -> None:
    ctx.go_to(SUPPORT_PAGE)
