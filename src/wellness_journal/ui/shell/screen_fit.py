"""The window's first size and place: what fits the screen it opens on.

A laptop of 1366x768 with a taskbar, or a small one of 1024x600, has less room than the window
would like; the window then opens maximised, within the space the taskbar leaves
(``QScreen.availableGeometry``). On a larger screen it opens at a comfortable size, centred.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

PREFERRED = QSize(1180, 800)  # the size the window likes on a large screen
MINIMUM = QSize(960, 500)  # every page still works at this size
FRAME_ALLOWANCE = QSize(16, 48)  # title bar and borders the window system adds (not yet known)


def first_geometry(available: QRect) -> tuple[QRect, bool]:
    """Where the window's contents go on a screen with ``available`` room, and whether it
    should open maximised (the preferred size does not fit with its frame)."""
    room = QSize(
        available.width() - FRAME_ALLOWANCE.width(), available.height() - FRAME_ALLOWANCE.height()
    )
    fits = room.width() >= PREFERRED.width() and room.height() >= PREFERRED.height()
    size = PREFERRED.boundedTo(room).expandedTo(MINIMUM.boundedTo(room))
    box = QRect(0, 0, size.width(), size.height())
    box.moveCenter(available.center())
    box.moveTop(max(available.top() + FRAME_ALLOWANCE.height() // 2, box.top()))
    return box, not fits


def show_fitted(window: QWidget) -> None:
    """Show ``window`` sized for the screen it is on (maximised when the screen is small)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        window.show()
        return
    box, maximised = first_geometry(screen.availableGeometry())
    window.setGeometry(box)
    if maximised:
        window.showMaximized()
    else:
        window.show()
