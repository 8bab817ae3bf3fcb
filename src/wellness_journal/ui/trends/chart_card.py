"""One chart on the Trends page: its title, the chart (or what to log to see it), a caption
worked out from the data, and Save as PNG."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from wellness_journal.ui.trends.canvas import RESIZE_SLACK, ChartView
from wellness_journal.ui.trends.specs import Built, Spec
from wellness_journal.ui.widgets.common import button, column, heading, paragraph

LOADING, CHART, EMPTY = range(3)
CARD_MARGIN = 20  # left and right, around the chart
REDRAW_MS = 150  # after the last change of width, before the chart is drawn anew


class ChartCard(QFrame):
    save_requested = Signal(str)  # spec id
    redraw_requested = Signal(str, int)  # spec id, the chart's new width in logical pixels

    def __init__(self, spec: Spec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.built: Built | None = None
        self.canvas: ChartView | None = None
        self._redraw = QTimer(self)
        self._redraw.setSingleShot(True)
        self._redraw.setInterval(REDRAW_MS)
        self._redraw.timeout.connect(self._on_redraw_due)
        self.setObjectName("card")
        col = column(self, spacing=8, margins=(CARD_MARGIN, 16, CARD_MARGIN, 16))
        top = QHBoxLayout()
        self.title = heading(spec.title(), level=2)
        top.addWidget(self.title, 1)
        self.save_button = button(
            self.tr("Save as PNG…"),
            name="flat",
            accessible=self.tr("Save {0} as a PNG image").format(spec.title()),
        )
        self.save_button.setToolTip(self.tr("Save this chart as an image (not encrypted)"))
        self.save_button.clicked.connect(self._on_save)
        self.save_button.setEnabled(False)
        self.save_button.setVisible(False)  # only with a chart to save
        top.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        col.addLayout(top)

        self.loading = paragraph(self.tr("Drawing the chart…"), muted=True)
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loading.setMinimumHeight(120)
        self.holder = QWidget()
        self.holder_layout = QVBoxLayout(self.holder)
        self.holder_layout.setContentsMargins(0, 0, 0, 0)
        self.empty = paragraph(spec.empty_text(), muted=True)
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMinimumHeight(110)
        self.empty.setContentsMargins(24, 12, 24, 12)
        self.empty.setAccessibleName(spec.title())
        for widget in (self.loading, self.holder, self.empty):
            col.addWidget(widget)
        self.caption = paragraph("")
        self.caption.setObjectName("caption")
        self.caption.setAccessibleName(self.tr("About {0}").format(spec.title()))
        col.addWidget(self.caption)
        self._show(LOADING)
        if spec.optional:
            self.setVisible(False)  # shown once it has a chart

    def show_loading(self) -> None:
        """While a first build runs (later builds keep the old chart until the new one is in)."""
        if self.built is None:
            self._show(LOADING)

    def show_built(self, built: Built) -> None:
        self.built = built
        old, self.canvas = self.canvas, None
        if old is not None:
            old.setParent(None)
            old.deleteLater()
        if built.picture is None or built.image is None:
            self.caption.setText("")
            self.save_button.setEnabled(False)
            self.save_button.setVisible(False)
            self._show(EMPTY)
            self.setVisible(not self.spec.optional)
        else:
            data, period = built.data, built.period
            canvas = ChartView(
                built.picture,
                built.image,
                lambda key, index: self.spec.describe(data, period, key, index),
                self.spec.title(),
            )
            canvas.resized.connect(self._on_view_resized)
            canvas.setAccessibleDescription(built.caption)
            self.holder_layout.addWidget(canvas)
            QWidget.setTabOrder(self.save_button, canvas)  # Tab goes title, chart, next card
            self.canvas = canvas
            self.caption.setText(built.caption)
            self.caption.setVisible(bool(built.caption))
            self.save_button.setEnabled(True)
            self.save_button.setVisible(True)
            self._show(CHART)
            self.setVisible(True)

    def show_redrawn(self, built: Built) -> None:
        """The same chart drawn again at another width."""
        if self.canvas is not None and built.picture is not None and built.image is not None:
            self.built = built
            self.canvas.set_picture(built.picture, built.image)

    @Slot(int)
    def _on_view_resized(self, _width: int) -> None:
        self._redraw.start()

    @Slot()
    def _on_redraw_due(self) -> None:
        """The width settled: a new picture if it is not the picture's (a width that only
        lasted while the charts came in one by one, before the scroll bar showed, asks none)."""
        canvas = self.canvas
        if canvas is None:
            return
        width = canvas.width()
        if abs(width - canvas.picture.logical_width) > RESIZE_SLACK:
            self.redraw_requested.emit(self.spec.id, width)

    def _show(self, which: int) -> None:
        """One of: drawing, the chart, the empty state (a hidden one takes no room)."""
        for index, widget in enumerate((self.loading, self.holder, self.empty)):
            widget.setVisible(index == which)
        if which != CHART:
            self.caption.setVisible(False)

    def showing(self) -> str:
        """ "loading", "chart" or "empty": what a person sees in the card now."""
        for name, widget in zip(
            ("loading", "chart", "empty"), (self.loading, self.holder, self.empty), strict=True
        ):
            if not widget.isHidden():
                return name
        return ""

    @Slot()
    def _on_save(self) -> None:
        self.save_requested.emit(self.spec.id)
