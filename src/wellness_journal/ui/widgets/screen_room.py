"""Dialogs sized for the screen they open on: a comfortable size on a big screen, never taller or
wider than a small laptop's (1024x600) room for windows."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

ROOM_MARGIN = 60  # pixels left around a dialog: its title bar and frame, and air
FIT_SCROLL_LEAST = 96  # the least height a body that scrolls keeps on a very short screen


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
    space = room(parent)
    if space is not None:
        width, height = min(width, space.width()), min(height, space.height())
    dialog.resize(max(width, least[0]), max(height, least[1]))


def room(parent: QWidget | None) -> QSize | None:
    """The room a dialog has on the screen of ``parent`` (else the primary screen)."""
    screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
    if screen is None:
        return None
    free = screen.availableGeometry()
    return QSize(free.width() - ROOM_MARGIN, free.height() - ROOM_MARGIN)


def fit_content(dialog: QWidget, parent: QWidget | None, width: int | None = None) -> None:
    """Size ``dialog`` to the height its wrapped text needs at ``width`` (else its own width),
    but never past the screen: what does not fit scrolls (``FitScroll``).

    Without this Qt sizes a dialog from its size hint and caps it at two thirds of the screen
    (512 px on a 1366x768 laptop): wrapped lines at the bottom of a label were cut off."""
    layout = dialog.layout()
    if layout is not None:
        layout.activate()
    wanted = max(width or dialog.sizeHint().width(), dialog.minimumWidth())
    space = room(parent)
    if space is not None:
        wanted = min(wanted, space.width())
    height = dialog.heightForWidth(wanted) if dialog.hasHeightForWidth() else -1
    height = max(height, dialog.minimumSizeHint().height())
    if space is not None:
        height = min(height, space.height())
    dialog.resize(wanted, height)


class FitScroll(QScrollArea):
    """A dialog's body that asks for all the height its content needs and scrolls when the
    dialog has less (a short screen): the heading above it and the buttons below stay in view."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(content)
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _content(self) -> QWidget:
        content = self.widget()
        assert content is not None  # set in __init__, never taken out
        return content

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        content = self._content()
        if content.hasHeightForWidth():
            return content.heightForWidth(width)
        return content.sizeHint().height()

    def sizeHint(self) -> QSize:
        width = self._content().sizeHint().width()
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        least = self._content().minimumSizeHint()
        return QSize(least.width(), min(least.height(), FIT_SCROLL_LEAST))
