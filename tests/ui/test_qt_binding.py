"""Guard against a Qt binding that leaks references to None (PySide6 6.12.0 on Python < 3.12).

Such a binding crashes the app ("deallocating None") after a few seconds of animation, for example
the breathing pacer. This fails fast if a broken version is ever installed again.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget


def test_void_calls_keep_none_refcount(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for _ in range(5000):
        widget.update()
    # Other code may touch None meanwhile; a leaking binding loses ~one reference per call.
    assert sys.getrefcount(None) - before > -500
