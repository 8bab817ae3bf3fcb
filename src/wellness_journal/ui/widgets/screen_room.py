"""Dialogs sized for the screen they open on: a comfortable size on a big screen, never taller or
wider than a small laptop's (1024x600) room for windows."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def fit_to_screen(
    dialog: QWidget,
    parent: QWidget | None,
    width: int,
    height: int,
    *,
    least: tuple[int, int] = (480, 400),
) -> None:
    """Resize ``dialog`` to ``width`` x ``height``, less if the screen of ``parent`` (else the
    primary screen) has less room, but not below ``least``."""
    screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        width, height = min(width, room.width() - 60), min(height, room.height() - 60)
    dialog.resize(max(width, least[0]), max(height, least[1]))
