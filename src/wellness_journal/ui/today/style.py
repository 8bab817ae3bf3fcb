"""Today's few extra styles (rating buttons, focus ring, due notices), in the theme's colours."""

from __future__ import annotations

from wellness_journal.ui.theme import current_colors


def today_stylesheet() -> str:
    c = current_colors()
    return f"""
QPushButton[rating="true"] {{ min-width: 30px; padding: 6px 2px; }}
QPushButton[rating="true"]:checked {{ background: {c.accent}; color: {c.accent_text};
    border: 1px solid {c.accent}; font-weight: 600; }}
QFrame#rating {{ border: 2px solid transparent; border-radius: 9px; }}
QFrame#rating:focus {{ border: 2px solid {c.accent}; }}
QFrame#due {{ background: {c.selection}; border: 1px solid {c.accent}; border-radius: 10px; }}
QLabel#figure {{ font-size: 15pt; font-weight: 600; }}
"""
