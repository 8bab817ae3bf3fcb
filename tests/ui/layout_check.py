"""Finds what a person would see cut off in a window: text clipped by its label or button, a
widget squeezed below the size it needs, or a widget reaching outside the window.

    problems = cut_off(window)   # [] when everything fits

Only what is shown counts: hidden widgets, widgets scrolled out of view inside a scroll area
(a person scrolls to them) and the insides of item views are left out.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
    QStyleOptionButton,
    QTabBar,
    QWidget,
)

SLACK = 2  # pixels of rounding a layout may lose


def describe(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, (QLabel, QAbstractButton)):
        text = widget.text()
    name = widget.accessibleName() or widget.objectName()
    return f"{type(widget).__name__}({(text or name)[:40]!r})"


def _inside_item_view(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


def _label_problem(label: QLabel) -> str:
    if not label.text() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return ""
    rect = label.contentsRect()
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK:
            return f"needs {needed} px of height, has {label.height()}"
        return ""
    hint = label.sizeHint()
    if hint.width() > label.width() + SLACK:
        return f"needs {hint.width()} px of width, has {label.width()} ({rect.width()})"
    if hint.height() > label.height() + SLACK and label.height() < hint.height() * 0.8:
        return f"needs {hint.height()} px of height, has {label.height()}"
    return ""


def _button_problem(widget: QAbstractButton) -> str:
    if not widget.text():
        return ""
    if isinstance(widget, QPushButton):
        # The room inside the button's padding and border, against its text and icon.
        option = QStyleOptionButton()
        widget.initStyleOption(option)
        room = widget.style().subElementRect(
            QStyle.SubElement.SE_PushButtonContents, option, widget
        )
        metrics = widget.fontMetrics()
        lines = widget.text().replace("&&", "\0").replace("&", "").split("\n")
        need = max(metrics.horizontalAdvance(line) for line in lines)
        if not widget.icon().isNull():
            need += widget.iconSize().width() + 4
        if need > room.width() + SLACK:
            return f"text needs {need} px of width, has {room.width()}"
        return ""
    if isinstance(widget, (QCheckBox, QRadioButton)):
        hint = widget.sizeHint()
        if hint.width() > widget.width() + SLACK:
            return f"needs {hint.width()} px of width, has {widget.width()}"
    return ""


def _tab_problems(bar: QTabBar) -> list[str]:
    found = []
    for i in range(bar.count()):
        need = bar.fontMetrics().horizontalAdvance(bar.tabText(i).replace("&", ""))
        if need > bar.tabRect(i).width() + SLACK:
            found.append(f"tab {bar.tabText(i)!r} needs {need} px, has {bar.tabRect(i).width()}")
        if not bar.rect().contains(bar.tabRect(i)):
            found.append(f"tab {bar.tabText(i)!r} runs past the end of its bar")
    return found


def _scroll_parent(widget: QWidget) -> QScrollArea | None:
    """The scroll area whose scrolling content holds ``widget`` (not its frame or bars)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            content = parent.widget()
            if content is not None and (content is widget or content.isAncestorOf(widget)):
                return parent
        parent = parent.parentWidget()
    return None


def _outside_window(widget: QWidget, window: QWidget) -> bool:
    """True when part of ``widget`` lies outside the window (not counting what its scroll area
    holds: that scrolls)."""
    area = _scroll_parent(widget)
    if area is not None:
        content = area.widget()
        if content is None:
            return False
        box = QRect(widget.mapTo(content, widget.rect().topLeft()), widget.size())
        # Inside scrolling content only the width matters: nothing may stick out sideways.
        return box.right() > content.rect().right() + SLACK
    box = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
    return not window.rect().adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(box)


def _problem(widget: QWidget, window: QWidget) -> str:
    """Why ``widget`` does not fit ("" when it does)."""
    if isinstance(widget, QLabel):
        why = _label_problem(widget)
    elif isinstance(widget, QAbstractButton):
        why = _button_problem(widget)
    elif isinstance(widget, QTabBar):
        why = "; ".join(_tab_problems(widget))
    elif (
        isinstance(widget, QComboBox) and widget.minimumSizeHint().width() > widget.width() + SLACK
    ):
        why = f"needs {widget.minimumSizeHint().width()} px, has {widget.width()}"
    else:
        why = ""
    if why:
        return why
    if isinstance(widget, QScrollArea):
        # A page never scrolls sideways (lists and editors may).
        sideways = type(widget).__name__ == "ScrollPage" and widget.horizontalScrollBar().maximum()
        return "scrolls sideways" if sideways else ""
    if not isinstance(widget, QAbstractScrollArea) and widget.width() > 0:
        return "reaches outside the window" if _outside_window(widget, window) else ""
    return ""


def cut_off(window: QWidget) -> list[str]:
    """Every visible widget of ``window`` that does not fit, with why."""
    problems = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.isWindow() or _inside_item_view(widget):
            continue
        why = _problem(widget, window)
        if why:
            problems.append(f"{describe(widget)}: {why}")
    return problems
