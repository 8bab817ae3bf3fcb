"""Forms and exercises shown inside their page ("sheets"), not in windows of their own.

A sheet is a ``QDialog`` (so Enter, Esc, default buttons and ``finished`` work as always) shown
as part of a page: it covers the page's own content until it closes, and never the sidebar, so
Get support (F1) and Lock (Ctrl+L) stay within reach whatever is open. Leaving the page leaves the
sheet as it is; coming back shows it again. Sheets stack: a form opened from a sheet covers it
until it closes.

    open_sheet(self, ContactDialog(...))  # from any widget inside a page

A page's ``flush`` still decides what happens to an open sheet's typing when the journal locks
(Today keeps its forms as drafts); the page and its sheets are destroyed on lock.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QSizePolicy, QVBoxLayout, QWidget

from wellness_journal.ui.widgets.common import PAGE_WIDTH, ScrollPage, heading

SHEET_WIDTH = PAGE_WIDTH  # a form is as wide as the page it covers


class SheetStack(QObject):
    """The sheets open in one page, newest last."""

    sheets_changed = Signal()

    def __init__(self, page: QWidget, layout: QVBoxLayout) -> None:
        super().__init__(page)
        self._page = page
        self._layout = layout
        self._open: list[tuple[QDialog, ScrollPage]] = []
        self._covered: list[QWidget] = []  # the page's own widgets, hidden under the sheets

    def sheets(self) -> list[QDialog]:
        return [sheet for sheet, _ in self._open]

    def top(self) -> QDialog | None:
        return self._open[-1][0] if self._open else None

    def open(self, sheet: QDialog, *, title: bool = True) -> None:
        """Show ``sheet`` over the page (its window title as the heading unless ``title`` is
        False); it goes when it finishes (accepted or rejected)."""
        if self._open:
            self._open[-1][1].hide()
        else:
            self._cover_page()
        holder = ScrollPage(width=SHEET_WIDTH)
        holder.setObjectName("sheet")
        if title and sheet.windowTitle():
            holder.column.addWidget(heading(sheet.windowTitle()))
        sheet.setParent(holder.body, Qt.WindowType.Widget)
        sheet.setModal(False)
        inner = sheet.layout()
        if inner is not None:
            inner.setContentsMargins(0, 0, 0, 0)
        holder.column.addWidget(sheet)
        _fit(holder, sheet)
        self._layout.addWidget(holder, 1)
        self._open.append((sheet, holder))
        sheet.finished.connect(lambda _result, s=sheet: self._on_finished(s))
        sheet.show()
        holder.show()
        self.focus_top()
        self.sheets_changed.emit()

    def refit(self, sheet: QDialog) -> None:
        """Lay ``sheet`` out again after its vertical size policy changed (a running exercise
        takes the page's height; the form before it sits at the top)."""
        holder = next((h for s, h in self._open if s is sheet), None)
        if holder is not None:
            _fit(holder, sheet)

    def focus_top(self) -> None:
        """Put the keyboard in the top sheet (after the layout has settled)."""
        top = self.top()
        if top is not None:
            QTimer.singleShot(0, top, lambda: top.setFocus(Qt.FocusReason.OtherFocusReason))

    def _on_finished(self, sheet: QDialog) -> None:
        found = next((pair for pair in self._open if pair[0] is sheet), None)
        if found is None:
            return
        self._open.remove(found)
        holder = found[1]
        holder.hide()
        self._layout.removeWidget(holder)
        holder.deleteLater()
        if self._open:
            self._open[-1][1].show()
            self.focus_top()
        else:
            self._uncover_page()
        self.sheets_changed.emit()

    def _cover_page(self) -> None:
        self._covered = []
        for index in range(self._layout.count()):
            item = self._layout.itemAt(index)
            widget = item.widget() if item is not None else None
            if widget is not None and not widget.isHidden():
                widget.hide()
                self._covered.append(widget)

    def _uncover_page(self) -> None:
        for widget in self._covered:
            widget.show()
        self._covered = []
        self._page.setFocus(Qt.FocusReason.OtherFocusReason)


def _fit(holder: ScrollPage, sheet: QDialog) -> None:
    """A sheet whose vertical policy expands (a table, a running exercise) takes the height
    there is; any other sits at the top, at its own height."""
    column = holder.column
    last = column.itemAt(column.count() - 1)
    if last is not None and last.spacerItem() is not None:
        column.takeAt(column.count() - 1)  # the stretch under a sheet at its own height
    expanding = (QSizePolicy.Policy.Expanding, QSizePolicy.Policy.MinimumExpanding)
    fills = sheet.sizePolicy().verticalPolicy() in expanding
    column.setStretchFactor(sheet, 1 if fills else 0)
    if not fills:
        holder.finish()


def sheet_host(widget: QWidget | None) -> SheetStack | None:
    """The sheets of the page ``widget`` sits in (None outside any page)."""
    while widget is not None:
        stack = getattr(widget, "sheets", None)
        if isinstance(stack, SheetStack):
            return stack
        widget = widget.parentWidget()
    return None


def open_sheet(anchor: QWidget, sheet: QDialog, *, title: bool = True) -> None:
    """Show ``sheet`` in the page ``anchor`` is in. Outside a page (a test without a window) it
    opens as a window-modal dialog over ``anchor``'s window (``open()``: nothing waits on it)."""
    host = sheet_host(anchor)
    if host is not None:
        host.open(sheet, title=title)
        return
    sheet.setWindowModality(Qt.WindowModality.WindowModal)
    sheet.open()
