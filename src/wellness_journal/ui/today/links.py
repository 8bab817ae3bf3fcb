"""Where Today hands over to other pages and tools.

"Log stress → try an exercise → rate again": after a stress entry, the exercise used last opens
with the stress rating already filled in as the "before" rating; the rating after the exercise is
recorded on the stress entry too, so the log shows e.g. "7 → 4".
"""

from __future__ import annotations

import contextlib

from PySide6.QtWidgets import QWidget

from wellness_journal.core.coping import CopingSession
from wellness_journal.core.errors import WellnessError
from wellness_journal.core.selfcheck_schedule import Due
from wellness_journal.ui.context import UiContext

SUPPORT_PAGE = "support"
SELFCHECKS_PAGE = "selfchecks"


def exercise_name(ctx: UiContext, widget: QWidget) -> str:
    """The name of the exercise a "Try …" button would start (the one used last)."""
    from wellness_journal.ui.toolbox.launcher import exercise_to_start
    from wellness_journal.ui.toolbox.words import Words

    return Words(widget).name(exercise_to_start(ctx))


def breathing_name(ctx: UiContext, widget: QWidget) -> str:
    """The name of the exercise "Breathe now" starts."""
    from wellness_journal.ui.toolbox.launcher import breathing_to_start
    from wellness_journal.ui.toolbox.words import Words

    return Words(widget).name(breathing_to_start(ctx))


def breathe_now(ctx: UiContext, parent: QWidget) -> None:
    """One click: the breathing exercise used last, already running, over ``parent``'s page."""
    from wellness_journal.ui.toolbox.launcher import breathe_now as start

    start(ctx, parent)


def try_an_exercise(ctx: UiContext, parent: QWidget, stress_entry_id: int | None = None) -> None:
    """Start the exercise used last; after a stress entry, carry its rating in and back out."""
    from wellness_journal.ui.toolbox.launcher import start_exercise

    entry = ctx.session.today.stress.get(stress_entry_id) if stress_entry_id is not None else None
    dialog = start_exercise(ctx, parent, None, suds_before=entry.suds if entry else None)
    if entry is None or entry.id is None:
        return
    entry_id = entry.id

    def rated(session: CopingSession) -> None:
        if session.suds_after is None or not ctx.session.is_open:
            return
        # A rating that cannot be written here is still in the exercise session itself.
        with contextlib.suppress(WellnessError, ValueError):
            ctx.announce(ctx.session.today.stress.rate_again(entry_id, session.suds_after))

    dialog.session_saved.connect(rated)


def get_support(ctx: UiContext) -> None:
    ctx.go_to(SUPPORT_PAGE)


def take_selfcheck(ctx: UiContext, slug: str) -> None:
    """Start a self-check ("pcl-5", "phq-9"...) on the Self-checks page."""
    ctx.go_to(f"{SELFCHECKS_PAGE}/{slug}")


def selfcheck_notice(ctx: UiContext, due: Due) -> QWidget:
    """A gentle line for a self-check the person asked to be reminded of, with a button (in
    discreet mode without the questionnaire's name)."""
    from wellness_journal.ui.selfchecks.overview import due_card

    take = lambda: take_selfcheck(ctx, due.instrument.slug)  # noqa: E731
    box, _ = due_card(due, take, discreet=ctx.prefs.discreet())
    return box
