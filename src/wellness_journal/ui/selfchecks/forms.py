"""The questionnaires' wording, read once from the assets (a problem with the file is shown on
the page, not raised)."""

from __future__ import annotations

from functools import cache

from wellness_journal.core.selfcheck_forms import Form, FormError, parse_forms
from wellness_journal.core.selfchecks import Instrument
from wellness_journal.ui.resources import selfcheck_forms_path


@cache
def _read() -> tuple[dict[Instrument, Form], str]:
    try:
        return parse_forms(selfcheck_forms_path().read_text(encoding="utf-8")), ""
    except (OSError, UnicodeDecodeError, FormError) as exc:
        return {}, str(exc)


def load_forms() -> dict[Instrument, Form]:
    """Every form, or none when the file cannot be used (``problem()`` says why)."""
    return _read()[0]


def problem() -> str:
    return _read()[1]
