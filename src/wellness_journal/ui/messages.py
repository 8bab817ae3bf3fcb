"""Words for errors and warnings, translated for the window.

The words live in ``services/messages.py`` (no Qt there, so the command line can say the same
things without loading Qt); here they go through ``QCoreApplication.translate`` in the context
"messages", where Qt's translation tools file them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from wellness_journal.core.errors import WellnessError
from wellness_journal.core.passphrase import Weakness
from wellness_journal.services import messages as words


def _t(text: str) -> str:
    return QCoreApplication.translate("messages", text)


def error_text(error: WellnessError) -> str:
    """One or two sentences for ``error``, without technical detail."""
    return words.error_text(error, _t)


def weakness_text(weakness: Weakness) -> str:
    return words.weakness_text(weakness, _t)


def export_warning() -> str:
    return words.export_warning(_t)
