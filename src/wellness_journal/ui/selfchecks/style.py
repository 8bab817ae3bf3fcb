"""The Self-checks page's few extra styles, in the theme's colours: large answer buttons, the
question's type, the past results as quiet rows, the due notices as on Today."""

from __future__ import annotations

from wellness_journal.ui.theme import current_colors


def selfchecks_stylesheet() -> str:
    c = current_colors()
    return f"""
QLabel#question {{ font-size: 15pt; font-weight: 600; }}
QPushButton#answer {{ text-align: left; padding: 10px 18px; font-size: 12pt; }}
QPushButton#answer:checked {{ background: {c.selection}; border: 2px solid {c.accent};
    font-weight: 600; }}
QPushButton#answer:focus {{ border: 2px solid {c.accent}; }}
QPushButton#resultRow {{ text-align: left; border: none; border-radius: 6px; padding: 6px 8px;
    background: transparent; }}
QPushButton#resultRow:hover {{ background: {c.selection}; }}
QPushButton#resultRow:focus {{ border: 2px solid {c.accent}; }}
QFrame#due {{ background: {c.selection}; border: 1px solid {c.accent}; border-radius: 10px; }}
"""
