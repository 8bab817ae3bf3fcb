"""Start an exercise from anywhere (the toolbox, the Today page, the stress log).

    dialog = start_exercise(ctx, self, "box", suds_before=7)
    dialog.session_saved.connect(...)   # optional: the saved CopingSession

``exercise_id=None`` starts the exercise used last (or box breathing the first time).
``QuickStartButton(ctx)`` is a ready-made "one click" button for the exercise used last; call
its ``refresh()`` from the page's ``refresh()`` (and add ``services.coping.TOPIC`` to the page's
topics). Locking or quitting mid-exercise saves the session as stopped and stops its timer
(``flush_running``, called by the main window); leaving the page only pauses it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QPushButton, QWidget

from wellness_journal.core.exercises import EXERCISES, Family, is_known
from wellness_journal.ui.context import UiContext
from wellness_journal.ui.toolbox.exercise_dialog import ExerciseDialog
from wellness_journal.ui.toolbox.words import Words
from wellness_journal.ui.widgets.sheets import open_sheet, sheet_host

FIRST_EXERCISE = EXERCISES[0].id


def exercise_to_start(ctx: UiContext, exercise_id: str | None = None) -> str:
    """The exercise ``start_exercise`` would open for ``exercise_id``."""
    if exercise_id is not None and is_known(exercise_id):
        return exercise_id
    coping = ctx.session.coping
    return coping.last_used() or next(iter(coping.favourites()), FIRST_EXERCISE)


def breathing_to_start(ctx: UiContext) -> str:
    """The breathing exercise "Breathe now" starts: the one used last, else box breathing."""
    breathing = tuple(e.id for e in EXERCISES if e.family is Family.BREATHING)
    return ctx.session.coping.last_used(breathing) or FIRST_EXERCISE


def start_exercise(
    ctx: UiContext,
    parent: QWidget,
    exercise_id: str | None = None,
    suds_before: int | None = None,
    *,
    clock: Callable[[], float] | None = None,
    at_once: bool = False,
) -> ExerciseDialog:
    """Open the exercise over the page ``parent`` is in (a sheet: Get support and Lock stay
    within reach) and return it; ``at_once``: already running (one click, no first rating).
    Leaving the page pauses it; locking stops and saves it."""
    dialog = ExerciseDialog(
        ctx, exercise_to_start(ctx, exercise_id), parent, suds_before=suds_before, clock=clock
    )
    open_sheet(parent, dialog, title=False)
    if at_once:
        dialog.begin()
    return dialog


def breathe_now(ctx: UiContext, parent: QWidget) -> ExerciseDialog | None:
    """One click: the breathing exercise used last (box breathing the first time), running.
    None when an exercise is open over that page already (it is shown instead)."""
    host = sheet_host(parent)
    if host is not None and isinstance(host.top(), ExerciseDialog):
        return None
    return start_exercise(ctx, parent, breathing_to_start(ctx), at_once=True)


def flush_running(widget: QWidget) -> None:
    """Stop every exercise open in ``widget``'s window and save it as stopped (the window calls
    it before locking or quitting). Raises VaultError if a session cannot be saved (the shell
    then does not lock)."""
    for dialog in widget.window().findChildren(ExerciseDialog):
        dialog.finish_now()


class QuickStartButton(QPushButton):
    """ "Try box breathing": starts the exercise used last in one click."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.suds_before: int | None = None  # e.g. the stress just logged
        self.dialog: ExerciseDialog | None = None
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.clicked.connect(self._on_clicked)
        self.refresh()

    def refresh(self) -> None:
        name = Words(self).name(exercise_to_start(self.ctx))
        self.setText(self.tr("Try {0}").format(name))
        self.setAccessibleName(self.tr("Start {0}").format(name))
        self.setToolTip(self.tr("A short exercise from your toolbox"))

    @Slot()
    def _on_clicked(self) -> None:
        parent = self.window() if self.parentWidget() is None else self.parentWidget()
        self.dialog = start_exercise(self.ctx, parent or self, None, self.suds_before)
