"""Keeps every page of the sidebar, Get support and Lock on screen in a short window.

On a 1024x600 screen with a taskbar the window is about 530 px tall: the sidebar then draws its
pages closer together, and below that leaves out the app's name, before its list would have to
scroll. Get support and Lock never leave the window.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtWidgets import QBoxLayout, QFrame, QLabel, QListWidget

ROW_HEIGHTS = (44, 38, 34)  # roomy, compact, tight


class SidebarFit(QObject):
    def __init__(self, sidebar: QFrame, name: QLabel, nav: QListWidget) -> None:
        super().__init__(sidebar)
        self._sidebar, self._name, self._nav = sidebar, name, nav
        self.row_height = ROW_HEIGHTS[0]
        sidebar.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._sidebar and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.fit()
        return False

    def fit(self) -> None:
        layout = self._sidebar.layout()
        if not isinstance(layout, QBoxLayout):
            return
        height = self._sidebar.height()
        rows = self._nav.count()
        frame = 2 * self._nav.frameWidth() + 4
        name = self._name.sizeHint().height() + layout.spacing()
        # Everything but the list and the name: margins, spacing, the buttons at the bottom.
        others = layout.sizeHint().height() - self._nav.sizeHint().height()
        if self._name.isVisible():
            others -= name
        choice = (ROW_HEIGHTS[-1], False)
        for row_height, with_name in (
            (ROW_HEIGHTS[0], True),
            (ROW_HEIGHTS[1], True),
            (ROW_HEIGHTS[1], False),
        ):
            if others + rows * row_height + frame + (name if with_name else 0) <= height:
                choice = (row_height, with_name)
                break
        row_height, with_name = choice
        self._name.setVisible(with_name)
        if row_height != self.row_height:
            self.row_height = row_height
            for i in range(rows):
                item = self._nav.item(i)
                if item is not None:
                    item.setSizeHint(QSize(0, row_height))
