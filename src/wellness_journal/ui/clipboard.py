"""The clipboard: secrets and journal text marked sensitive, and taken off again.

``SecretClipboard`` copies a secret (the recovery key) and clears it after 30 seconds.
``ClipboardGuard`` watches what the user copies from the app's own text fields and views: the
copy is marked sensitive for clipboard managers, and ``clear()`` (at lock and quit) takes it off
the clipboard when it is still there. Anything copied in another program is never touched.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QMimeData, QObject, QTimer, Slot
from PySide6.QtGui import QClipboard, QGuiApplication

CLEAR_AFTER_MS = 30_000
# Set on every copy the app made or marked: tells our copies from other programs'.
OURS = "application/x-wellness-journal-copy"


def sensitive_mime(text: str, html: str = "") -> QMimeData:
    mime = QMimeData()
    mime.setText(text)
    if html:
        mime.setHtml(html)
    mime.setData(OURS, b"1")
    # KDE Klipper and other managers skip entries with this hint.
    mime.setData("x-kde-passwordManagerHint", b"secret")
    # macOS pasteboard convention for concealed content.
    mime.setData("org.nspasteboard.ConcealedType", b"")
    # Windows: keep it out of clipboard history and cloud clipboard.
    mime.setData("ExcludeClipboardContentFromMonitorProcessing", b"\x01\x00\x00\x00")
    mime.setData("CanIncludeInClipboardHistory", b"\x00\x00\x00\x00")
    mime.setData("CanUploadToCloudClipboard", b"\x00\x00\x00\x00")
    return mime


class SecretClipboard(QObject):
    """Puts a secret on the clipboard and takes it off again."""

    def __init__(self, parent: QObject | None = None, clear_after_ms: int = CLEAR_AFTER_MS) -> None:
        super().__init__(parent)
        self._text: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_after_ms)
        self._timer.timeout.connect(self.clear)

    def copy(self, text: str) -> None:
        QGuiApplication.clipboard().setMimeData(sensitive_mime(text))
        self._text = text
        self._timer.start()

    def clear(self) -> None:
        """Empty the clipboard if it still holds our secret (never wipe what the user copied since)."""
        self._timer.stop()
        if self._text is None:
            return
        clipboard = QGuiApplication.clipboard()
        if clipboard.text() == self._text:
            clipboard.clear()
        self._text = None

    @property
    def holding(self) -> bool:
        return self._text is not None


def app_owns_clipboard() -> bool:
    """Whether the clipboard's new content came from this app: X11, Wayland and Windows say so;
    elsewhere, a change while one of our windows has the focus is taken as ours."""
    clipboard = QGuiApplication.clipboard()
    return clipboard.ownsClipboard() or QGuiApplication.focusWindow() is not None


class ClipboardGuard(QObject):
    """Marks the app's copies as sensitive and takes them off the clipboard on ``clear()``."""

    def __init__(
        self, parent: QObject | None = None, *, owner_check: Callable[[], bool] | None = None
    ) -> None:
        super().__init__(parent)
        self._owned = owner_check or app_owns_clipboard
        self._marking = False
        QGuiApplication.clipboard().dataChanged.connect(self._on_changed)

    def set_owner_check(self, check: Callable[[], bool]) -> None:
        self._owned = check

    @Slot()
    def _on_changed(self) -> None:
        if self._marking:
            return
        clipboard = QGuiApplication.clipboard()
        mime = clipboard.mimeData()
        if mime is None or mime.hasFormat(OURS) or not mime.hasText() or not self._owned():
            return
        marked = sensitive_mime(mime.text(), mime.html() if mime.hasHtml() else "")
        self._marking = True
        try:
            clipboard.setMimeData(marked)
        finally:
            self._marking = False

    def clear(self) -> None:
        """Take the app's copy off the clipboard (and the X11 selection it made), if it is still
        there; what was copied elsewhere since stays."""
        clipboard = QGuiApplication.clipboard()
        mime = clipboard.mimeData()
        if mime is not None and mime.hasFormat(OURS):
            clipboard.clear()
        if clipboard.supportsSelection() and clipboard.ownsSelection():
            clipboard.clear(QClipboard.Mode.Selection)
