"""Small building blocks for a calm, consistent look."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, SignalInstance
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from wellness_journal.ui.theme import current_colors
from wellness_journal.ui.widgets.screen_room import room

# Every page's content column is at most this wide, centred: the same on every page.
PAGE_WIDTH = 860
READABLE_WIDTH = 760  # a column of running text (the Learn guides)

W = TypeVar("W", bound=QWidget)


def heading(text: str, level: int = 1) -> QLabel:
    label = QLabel(text)
    label.setObjectName("h1" if level == 1 else "h2")
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def paragraph(text: str, *, muted: bool = False, rich: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    if muted:
        label.setObjectName("muted")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


MEASURE = 75  # characters a line of running text: easy to read (70-80)


def reading_width(widget: QWidget, characters: int = MEASURE) -> int:
    """Pixels for ``characters`` of running text in ``widget``'s font (a readable measure)."""
    sample = "the quick brown fox jumps over a lazy dog and writes it down "
    per_char = widget.fontMetrics().horizontalAdvance(sample) / len(sample)
    return round(per_char * characters)


def column(
    widget: QWidget, *, spacing: int, margins: tuple[int, int, int, int] = (0, 0, 0, 0)
) -> QVBoxLayout:
    """``widget``'s layout: a column with these margins and this spacing."""
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(*margins)
    layout.setSpacing(spacing)
    return layout


def clear(layout: QLayout) -> None:
    """Empty ``layout`` (one filled again on refresh): its widgets and inner layouts are gone
    at once from the screen and deleted when Qt is back in its event loop."""
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            continue
        widget = item.widget()
        if widget is not None:
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()
        child = item.layout()
        if child is not None:
            clear(child)
            child.deleteLater()


def inner_column(layout: QBoxLayout, *, spacing: int) -> QVBoxLayout:
    """A column added to ``layout``, e.g. for rows that are built again on each refresh."""
    inner = QVBoxLayout()
    inner.setSpacing(spacing)
    layout.addLayout(inner)
    return inner


CARD_MARGINS = (20, 16, 20, 16)


def card(title: str = "", *, name: str = "card") -> tuple[QFrame, QVBoxLayout]:
    """A card, headed by ``title`` when given, and its column."""
    frame = QFrame()
    frame.setObjectName(name)
    inner = column(frame, spacing=8, margins=CARD_MARGINS)
    if title:
        inner.addWidget(heading(title, 2))
    return frame, inner


def card_in(owner: QWidget, title: str = "") -> QVBoxLayout:
    """Fill ``owner`` (a widget of its own, e.g. a card class) with one card, headed by
    ``title`` when given; returns the card's column."""
    frame, inner = card(title)
    outer = QVBoxLayout(owner)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(frame)
    return inner


def add_labelled(layout: QBoxLayout, text: str, widget: QWidget) -> None:
    """A label naming ``widget`` (its mnemonic moves the focus there), then the widget."""
    label = QLabel(text)
    label.setBuddy(widget)
    layout.addWidget(label)
    layout.addWidget(widget)


def notice(text: str) -> QFrame:
    frame, layout = card(name="notice")
    label = paragraph(text)
    layout.addWidget(label)
    return frame


def busy_bar(*, height: int = 4, name: str = "") -> QProgressBar:
    """A thin bar that keeps moving while work runs in the background; hidden until shown."""
    bar = QProgressBar()
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setMaximumHeight(height)
    if name:
        bar.setAccessibleName(name)
    bar.setVisible(False)
    return bar


class _WheelWhenFocused(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Wheel
            and isinstance(watched, QWidget)
            and not watched.hasFocus()
        ):
            event.ignore()  # the page under it scrolls instead
            return True
        return False


def steady(widget: W) -> W:
    """A date, time or choice that the mouse wheel changes only once it has the keyboard:
    scrolling a form over it never moves an entry to another day by accident."""
    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    widget.installEventFilter(_WheelWhenFocused(widget))
    return widget


def button(
    text: str,
    *,
    primary: bool = False,
    name: str = "",
    accessible: str = "",
    tip: str = "",
    clicked: Callable[[], object] | SignalInstance | None = None,
) -> QPushButton:
    """A push button; ``tip`` its tooltip (often naming its key), ``clicked`` what it does."""
    btn = QPushButton(text)
    if primary:
        btn.setObjectName("primary")
    elif name:
        btn.setObjectName(name)
    btn.setAccessibleName(accessible or text.replace("&", ""))
    btn.setCursor(Qt.CursorShape.PointingHandCursor)
    if tip:
        btn.setToolTip(tip)
    if clicked is not None:
        btn.clicked.connect(clicked)
    return btn


def button_row(*buttons: QWidget, stretch_first: bool = True) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setSpacing(10)
    if stretch_first:
        row.addStretch(1)
    for b in buttons:
        row.addWidget(b)
    if not stretch_first:
        row.addStretch(1)
    return row


def spread_row(start: Sequence[QWidget], end: Sequence[QWidget] = ()) -> QHBoxLayout:
    """A row with ``start`` at its start and ``end`` at its end (e.g. Skip ... Start)."""
    row = QHBoxLayout()
    for widget in start:
        row.addWidget(widget)
    row.addStretch(1)
    for widget in end:
        row.addWidget(widget)
    return row


def centered(widget: QWidget) -> QHBoxLayout:
    """A row that centres a fixed-width widget and still gives it the height its wrapped text
    needs (adding it with an alignment flag would size it by its size hint and clip the text)."""
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(widget)
    row.addStretch(1)
    return row


SIDE_MARGIN = 32  # a scrolling page's left and right margins, around its body


class ScrollPage(QScrollArea):
    """A page body that scrolls and keeps text at a readable width, centred."""

    def __init__(self, parent: QWidget | None = None, *, width: int = PAGE_WIDTH) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        outer = QWidget()
        outer.setObjectName("pageRoot")
        row = QHBoxLayout(outer)
        row.setContentsMargins(SIDE_MARGIN, 28, SIDE_MARGIN, 28)
        # The body takes all the room up to ``width``; the stretches (factor 0) only what is
        # left beyond, centring it. So its width is known before any layout (see
        # ``body_width_when_scrolling``): with factors 1:100:1 the stretches took a share.
        row.addStretch(0)
        self._width = width
        self.body = QWidget()
        self.body.setMaximumWidth(width)
        self.body.setMinimumWidth(min(width, 420))
        self.column = QVBoxLayout(self.body)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(14)
        row.addWidget(self.body, 1)
        row.addStretch(0)
        self.setWidget(outer)

    def finish(self) -> None:
        """Call after adding the content, so it sits at the top."""
        self.column.addStretch(1)

    def body_width_when_scrolling(self, outer_width: int) -> int:
        """The body's width once this area is ``outer_width`` wide and its content is taller
        than it (a scroll bar shown): known before the area was ever laid out."""
        bar = self.verticalScrollBar().sizeHint().width()
        return max(self.body.minimumWidth(), min(self._width, outer_width - 2 * SIDE_MARGIN - bar))


class PageHeader(QWidget):
    """The top of a page whose body scrolls below it (Toolbox, Trends): a column as wide as the
    body's and in line with it; ``follow(page)`` keeps it in line whether the page shown has a
    scroll bar or not."""

    def __init__(
        self, *, spacing: int, width: int = PAGE_WIDTH, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pageRoot")
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(SIDE_MARGIN, 24, SIDE_MARGIN, 0)
        self._row.addStretch(0)  # as in ``ScrollPage``, so the two stay in line
        body = QWidget()
        body.setMaximumWidth(width)
        body.setMinimumWidth(min(width, 420))
        self.column = column(body, spacing=spacing)
        self._row.addWidget(body, 1)
        self._row.addStretch(0)

    def follow(self, page: QWidget | None) -> None:
        extra = 0
        if isinstance(page, ScrollPage) and page.verticalScrollBar().maximum() > 0:
            extra = page.verticalScrollBar().sizeHint().width()
        self._row.setContentsMargins(SIDE_MARGIN, 24, SIDE_MARGIN + extra, 0)


def flat_tab_bar(accessible_name: str, titles: list[str]) -> QTabBar:
    """Section tabs drawn as words with an accent underline (Toolbox, Trends)."""
    colors = current_colors()
    tabs = QTabBar()
    tabs.setDrawBase(False)
    tabs.setExpanding(False)
    tabs.setAccessibleName(accessible_name)
    for title in titles:
        tabs.addTab(title)
    tabs.setStyleSheet(
        f"QTabBar::tab {{ padding: 8px 2px; margin-right: 24px; border: none;"
        f" border-bottom: 3px solid transparent; background: transparent; color: {colors.muted}; }}"
        f" QTabBar::tab:selected {{ border-bottom: 3px solid {colors.accent}; color: {colors.text};"
        f" font-weight: 600; }}"
        f" QTabBar::tab:hover:!selected {{ color: {colors.text}; }}"
    )
    return tabs


@dataclass
class ActionFooter:
    """A dialog's progress bar, result message and Close / action buttons."""

    progress: QProgressBar
    message: QLabel
    action: QPushButton
    close: QPushButton


def action_footer(
    layout: QVBoxLayout,
    action_text: str,
    progress_name: str,
    message_name: str,
    *,
    on_action: Callable[[], object],
    on_close: Callable[[], object],
) -> ActionFooter:
    """Add the footer to ``layout``: hidden progress and message, then Close and the action."""
    progress = QProgressBar()
    progress.setTextVisible(False)
    progress.setMaximumHeight(6)
    progress.setAccessibleName(progress_name)
    progress.setVisible(False)
    layout.addWidget(progress)
    message = paragraph("")
    message.setAccessibleName(message_name)
    message.setVisible(False)
    layout.addWidget(message)
    action = button(action_text, primary=True, clicked=on_action)
    close = button(QCoreApplication.translate("dialogs", "&Close"), clicked=on_close)
    layout.addStretch(1)
    layout.addLayout(button_row(close, action))
    action.setDefault(True)
    action.setFocus()
    return ActionFooter(progress, message, action, close)


def monospace(base: QFont) -> QFont:
    """``base`` in the system's fixed-width font (a recovery key's groups line up)."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(base.pointSizeF())
    return font


def say_problem(label: QLabel, text: str) -> None:
    """Show ``text`` in ``label`` (a ``problem`` label: it looks like an error), hidden when
    empty."""
    label.setText(text)
    label.setVisible(bool(text))


def set_tone(label: QLabel, text: str, *, problem: bool) -> None:
    """``text`` in ``label``: as an error (``problem``) or as a quiet line."""
    name = "problem" if problem and text else "muted"
    if label.objectName() != name:
        label.setObjectName(name)
        label.style().unpolish(label)
        label.style().polish(label)
    label.setText(text)
    label.updateGeometry()  # the padding of a problem changes the height it needs


def say_in_dialog(dialog: QWidget, column: QVBoxLayout, label: QLabel, text: str) -> None:
    """Show ``text`` in ``label`` (hidden when empty) and grow the shown dialog to fit it:
    a wrapped label does not make an open dialog taller by itself."""
    label.setText(text)
    label.setVisible(bool(text))
    column.activate()
    wanted = max(dialog.height(), dialog.heightForWidth(dialog.width()))
    space = room(dialog)
    if space is not None:  # never past the screen (a FitScroll in the dialog scrolls instead)
        wanted = min(wanted, max(dialog.height(), space.height()))
    dialog.resize(dialog.width(), wanted)
