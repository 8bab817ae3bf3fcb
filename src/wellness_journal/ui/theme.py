"""Calm light and dark themes: one accent colour, generous spacing, readable type."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from wellness_journal.ui.resources import icon_path

BASE_POINT_SIZE = 11


@dataclass(frozen=True)
class Colors:
    window: str
    surface: str
    text: str
    muted: str
    border: str
    accent: str
    accent_hover: str
    accent_text: str
    selection: str
    warning_bg: str
    warning_text: str
    dark: bool


LIGHT = Colors(
    window="#f4f6f8",
    surface="#ffffff",
    text="#1f2933",
    muted="#52606d",
    border="#d5dbe1",
    accent="#2f6f8f",
    accent_hover="#275d78",
    accent_text="#ffffff",
    selection="#d3e6ef",
    warning_bg="#fff6e0",
    warning_text="#5c4400",
    dark=False,
)
DARK = Colors(
    window="#161a1f",
    surface="#1f252c",
    text="#e4e7eb",
    muted="#a3adb8",
    border="#343c46",
    accent="#5fa8c8",
    accent_hover="#78b8d4",
    accent_text="#0e1a20",
    selection="#2c4a59",
    warning_bg="#3a3220",
    warning_text="#f3dfae",
    dark=True,
)


def system_prefers_dark(app: QGuiApplication) -> bool:
    hints = app.styleHints()
    scheme = hints.colorScheme()
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128


def colors_for(mode: str, app: QGuiApplication) -> Colors:
    if mode == "dark":
        return DARK
    if mode == "light":
        return LIGHT
    return DARK if system_prefers_dark(app) else LIGHT


def _palette(c: Colors) -> QPalette:
    pal = QPalette()
    role = QPalette.ColorRole
    pal.setColor(role.Window, QColor(c.window))
    pal.setColor(role.WindowText, QColor(c.text))
    pal.setColor(role.Base, QColor(c.surface))
    pal.setColor(role.AlternateBase, QColor(c.window))
    pal.setColor(role.Text, QColor(c.text))
    pal.setColor(role.Button, QColor(c.surface))
    pal.setColor(role.ButtonText, QColor(c.text))
    pal.setColor(role.Highlight, QColor(c.accent))
    pal.setColor(role.HighlightedText, QColor(c.accent_text))
    pal.setColor(role.ToolTipBase, QColor(c.surface))
    pal.setColor(role.ToolTipText, QColor(c.text))
    pal.setColor(role.PlaceholderText, QColor(c.muted))
    pal.setColor(role.Link, QColor(c.accent))
    pal.setColor(role.Mid, QColor(c.border))
    for group in (QPalette.ColorGroup.Disabled,):
        pal.setColor(group, role.Text, QColor(c.muted))
        pal.setColor(group, role.WindowText, QColor(c.muted))
        pal.setColor(group, role.ButtonText, QColor(c.muted))
    return pal


def _check_image(c: Colors) -> str:
    """The tick drawn on a checked box: light on the light theme's dark accent, and the reverse."""
    return icon_path("indicator-check-dark" if c.dark else "indicator-check-light").as_posix()


def stylesheet(c: Colors) -> str:
    return f"""
QWidget {{ color: {c.text}; }}
QMainWindow, QDialog, QStackedWidget#content, QWidget#pageRoot {{ background: {c.window}; }}
QLabel#h1 {{ font-size: 20pt; font-weight: 600; }}
QLabel#h2 {{ font-size: 14pt; font-weight: 600; }}
QLabel#muted, QLabel#caption {{ color: {c.muted}; }}
QLabel#recoveryKey {{ font-family: "DejaVu Sans Mono", "Consolas", "Menlo", monospace;
    font-size: 16pt; letter-spacing: 1px; padding: 12px; background: {c.surface};
    border: 1px solid {c.border}; border-radius: 8px; }}
QFrame#card {{ background: {c.surface}; border: 1px solid {c.border}; border-radius: 10px; }}
QFrame#notice {{ background: {c.warning_bg}; border-radius: 8px; }}
QFrame#notice QLabel {{ color: {c.warning_text}; }}
QLabel#problem {{ color: {c.warning_text}; background: {c.warning_bg}; border-radius: 6px;
    padding: 6px 10px; font-weight: 600; }}
QFrame#sidebar {{ background: {c.surface}; border-right: 1px solid {c.border}; }}
QListWidget#nav {{ background: transparent; border: none; outline: none; font-size: 12pt; }}
QListWidget#nav::item {{ padding: 10px 12px; margin: 2px 8px; border-radius: 8px; }}
QListWidget#nav::item:selected {{ background: {c.selection}; color: {c.text}; }}
QListWidget#nav::item:hover:!selected {{ background: {c.window}; }}
QPushButton {{ padding: 7px 16px; border: 1px solid {c.border}; border-radius: 7px;
    background: {c.surface}; }}
QPushButton:hover {{ border-color: {c.accent}; }}
QPushButton:focus {{ border: 2px solid {c.accent}; }}
QPushButton:disabled {{ color: {c.muted}; }}
QPushButton#primary, QPushButton#support {{ background: {c.accent}; color: {c.accent_text};
    border: 1px solid {c.accent}; font-weight: 600; }}
QPushButton#primary:hover, QPushButton#support:hover {{ background: {c.accent_hover}; }}
QPushButton#primary:focus, QPushButton#support:focus {{ border: 2px solid {c.text}; }}
QPushButton#primary:disabled, QPushButton#support:disabled {{ background: {c.border};
    border-color: {c.border}; color: {c.muted}; }}
QCheckBox, QRadioButton {{ spacing: 8px; }}
QRadioButton::indicator, QCheckBox::indicator {{ width: 16px; height: 16px;
    border: 2px solid {c.muted}; background: {c.surface}; }}
QRadioButton::indicator {{ border-radius: 10px; }}
QCheckBox::indicator {{ border-radius: 4px; }}
QCheckBox::indicator:checked {{ background: {c.accent}; border-color: {c.accent};
    image: url("{_check_image(c)}"); }}
QRadioButton::indicator:checked {{ border-color: {c.accent}; background: qradialgradient(
    cx: 0.5, cy: 0.5, radius: 0.5, fx: 0.5, fy: 0.5, stop: 0 {c.accent}, stop: 0.5 {c.accent},
    stop: 0.56 {c.surface}, stop: 1 {c.surface}); }}
QRadioButton::indicator:disabled, QCheckBox::indicator:disabled {{ border-color: {c.border}; }}
QRadioButton:focus, QCheckBox:focus {{ color: {c.accent}; }}
QPushButton#flat {{ border: none; background: transparent; color: {c.accent}; padding: 4px 6px; }}
QPushButton#flat:hover {{ text-decoration: underline; }}
QLineEdit, QPlainTextEdit, QTextEdit {{
    padding: 6px 8px; border: 1px solid {c.border}; border-radius: 6px; background: {c.surface};
    selection-background-color: {c.selection}; selection-color: {c.text}; }}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus {{ border: 2px solid {c.accent}; }}
QAbstractSpinBox, QComboBox {{ min-height: 30px; }}
QScrollArea {{ border: none; background: transparent; }}
QScrollBar:vertical {{ background: transparent; width: 12px; margin: 0; }}
QScrollBar:horizontal {{ background: transparent; height: 12px; margin: 0; }}
QScrollBar::handle:vertical {{ background: {c.border}; border-radius: 4px; min-height: 32px;
    margin: 2px; }}
QScrollBar::handle:horizontal {{ background: {c.border}; border-radius: 4px; min-width: 32px;
    margin: 2px; }}
QScrollBar::handle:hover {{ background: {c.muted}; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: transparent; }}
QScrollArea > QWidget > QWidget {{ background: transparent; }}
QDialogButtonBox {{ dialogbuttonbox-buttons-have-icons: 0; }}
QToolTip {{ background: {c.surface}; color: {c.text}; border: 1px solid {c.border}; padding: 4px; }}
"""


def apply_theme(app: QApplication, mode: str) -> Colors:
    """Apply ``mode`` ("system", "light" or "dark") to the whole application."""
    c = colors_for(mode, app)
    app.setStyle("Fusion")
    app.setPalette(_palette(c))
    font = QFont(app.font())
    if font.pointSizeF() < BASE_POINT_SIZE:
        font.setPointSizeF(BASE_POINT_SIZE)
        app.setFont(font)
    app.setStyleSheet(stylesheet(c))
    app.setProperty("wj_colors_dark", c.dark)
    return c


def current_colors(app: QApplication | None = None) -> Colors:
    app = app or QApplication.instance()  # type: ignore[assignment]
    return DARK if app is not None and app.property("wj_colors_dark") else LIGHT
