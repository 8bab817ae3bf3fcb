"""The number to call in immediate danger and the first crisis line, for every word outside the
Support page that names them: the support-now panel, the stress form's heart line, the first
run and the About box.

One place on purpose: the region choice (issue 11, section 5) makes these depend on where the
person lives. Until it lands they are the United States defaults of ``core.crisis``; with it,
``emergency_number`` returns ``prefs.region().emergency`` and ``crisis_number`` the first line of
``prefs.region().lines``.
"""

from __future__ import annotations

from wellness_journal.core.crisis import DEFAULT_CRISIS_LINES
from wellness_journal.services.preferences import Preferences

UNITED_STATES_EMERGENCY = "911"


def emergency_number(prefs: Preferences | None = None) -> str:
    """The emergency number, e.g. 911 (``prefs`` is where the region will come from)."""
    return UNITED_STATES_EMERGENCY


def crisis_number(prefs: Preferences | None = None) -> str:
    """The first default crisis line's number, e.g. 988."""
    return DEFAULT_CRISIS_LINES[0].phone
