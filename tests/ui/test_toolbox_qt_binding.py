"""The pacer makes thousands of Qt calls a minute: the Qt binding must not leak references.

PySide6 6.12.0 on Python 3.11 takes one reference off ``None`` with every call of a method that
returns nothing; a running pacer then kills the process within seconds ("deallocating None").
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QLabel


def test_void_qt_calls_keep_the_reference_count_of_none(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        before = sys.getrefcount(None)
        for _ in range(500):
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            label.setText("x")
        after = sys.getrefcount(None)
    finally:
        painter.end()
    assert after - before > -100  # a leaking binding would show -1000 here
