"""Start an exercise from anywhere (the toolbox, the Today page, the stress log).

    dialog = start_exercise(ctx, self, "box", suds_before=7)
    dialog.session_saved.connect(...)   # optional: the saved CopingSession

``exercise_id=None`` starts the exercise used last (or box breathing the first time). Pages that
start exercises call ``flush_running(self)`` from their ``flush()`` so that locking or quitting
mid-exercise saves the session as stopped and stops its timer.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from wellness_journal.core.exercises import EXERCISES, is_known
from wellness_journal.ui.context import UiContext
from wellness_journal.ui.coping.exercise_dialog import ExerciseDialog

FIRST_EXERCISE = EXERCISES[0].id


def exercise_to_start(ctx: UiContext, exercise_id: str | None = None) -> str:
    """The exercise ``start_exercise`` would open for ``exercise_id``."""
    if exercise_id is not None and is_known(exercise_id):
        return exercise_id
    coping = ctx.session.coping
    return coping.last_used() or next(iter(coping.favourites()), FIRST_EXERCISE)


def start_exercise(
    ctx: UiContext,
    parent: QWidget,
    exercise_id: str | None = None,
    suds_before: int | None = None,
    *,
    clock: Callable[[], float] | None = None,
) -> ExerciseDialog:
    """Open the exercise dialog (window-modal, not blocking) and return it."""
    dialog = ExerciseDialog(
        ctx, exercise_to_start(ctx, exercise_id), parent, suds_before=suds_before, clock=clock
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def running_dialogs(widget: QWidget) -> list[ExerciseDialog]:
    return [d for d in widget.window().findChildren(ExerciseDialog) if d.isVisible()]


def flush_running(widget: QWidget) -> None:
    """Stop every exercise open in ``widget``'s window and save it as stopped.
    Raises VaultError if a session cannot be saved (the shell then does not lock)."""
    for dialog in widget.window().findChildren(ExerciseDialog):
        dialog.finish_now()
