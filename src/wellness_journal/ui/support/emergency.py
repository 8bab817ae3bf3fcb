"""The number to call in immediate danger and the first crisis line, for every word outside the
Support page that names them: the support-now panel, the stress form's heart line, the first
run and the About box. One place, following the region chosen in Settings (before one is chosen,
at first run, the region of the computer's locale; the United States when it is none of ours).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from wellness_journal.core.crisis import Region, region, region_for_locale
from wellness_journal.services.preferences import Preferences


def region_for(prefs: Preferences | None) -> Region:
    if prefs is not None and prefs.region_chosen():
        return prefs.region()
    return region(region_for_locale(QLocale.system().name()))


def emergency_number(prefs: Preferences | None = None) -> str:
    """The emergency number, e.g. 911 (999 or 112, 000 elsewhere)."""
    return region_for(prefs).emergency


def crisis_reach(prefs: Preferences | None = None) -> str:
    """How to reach the first crisis line in a few words: "call or text 988", "call 116 123"."""
    line = region_for(prefs).lines[0]
    if line.text.strip().casefold() == f"text {line.phone}".casefold():
        return QCoreApplication.translate("emergency", "call or text {0}").format(line.phone)
    return QCoreApplication.translate("emergency", "call {0}").format(line.phone)
