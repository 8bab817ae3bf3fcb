"""The regions' names, and choosing one the first time from the computer's locale."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QCoreApplication, QLocale

from wellness_journal.core.crisis import DEFAULT_REGION, Region, region_for_locale
from wellness_journal.core.errors import WellnessError
from wellness_journal.core.models import NOTHING, Changes
from wellness_journal.services.preferences import REGION_TOPIC, Preferences
from wellness_journal.services.session import Session


def region_name(region: Region) -> str:
    names = {
        "us": QCoreApplication.translate("regions", "United States"),
        "ca": QCoreApplication.translate("regions", "Canada"),
        "uk-ie": QCoreApplication.translate("regions", "United Kingdom and Ireland"),
        "au": QCoreApplication.translate("regions", "Australia"),
    }
    return names.get(region.code, region.code)


def settle_first_region(
    prefs: Preferences, session: Session, locale: QLocale | None = None
) -> Changes:
    """At first run: pick the region from the locale (US when it is none of ours) and give the
    new journal that region's default crisis lines. Later runs keep the choice. If this cannot
    be saved the defaults stay those of the United States; Settings can change them."""
    if prefs.region_chosen():
        return NOTHING
    code = region_for_locale((locale or QLocale.system()).name())
    changes = Changes.of(REGION_TOPIC)
    with contextlib.suppress(WellnessError, OSError):
        prefs.set_region(code)
        if code != DEFAULT_REGION:
            changes = changes | session.contacts.use_region(prefs.region())
    return changes
