"""Copying secrets: marked as sensitive for clipboard managers, and cleared after 30 seconds."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QObject, QTimer
from PySide6.QtGui import QGuiApplication

CLEAR_AFTER_MS = 30_000


def sensitive_mime(text: str) -> QMimeData:
    mime = QMimeData()
    mime.setText(text)
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
