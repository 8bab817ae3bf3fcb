"""When a self-check is due: only when the person asked for a reminder, and the PCL-5 offered
after a critical incident at week 4 and week 12, next to the short follow-up check-ins (the short
check alone stays for day 3 and week 1: a month is where reactions that last begin to count).

Nothing here nags: a due self-check is a gentle line with a button, never a pop-up.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from wellness_journal.core.incidents import Incident, Step, closes_on, opens_on
from wellness_journal.core.selfchecks import Instrument

REMINDER_DAYS = (0, 14, 28, 91)  # none, every 2 weeks, every 4 weeks, every 3 months
PCL5_STEPS = (Step.WEEK4, Step.WEEK12)


@dataclass(frozen=True)
class Due:
    instrument: Instrument
    since: date  # the day it became due
    every_days: int = 0  # a reminder the person asked for: its interval
    incident: Incident | None = None  # after a critical incident: which one
    step: Step | None = None  # and at which point (week 4 or week 12)


def parse_reminders(text: str | None) -> dict[Instrument, int]:
    """The reminders kept in the vault as JSON ({"PHQ-9": 14}); anything unreadable is dropped."""
    if not text:
        return {}
    try:
        raw = json.loads(text)
    except ValueError:
        return {}
    if not isinstance(raw, dict):
        return {}
    found: dict[Instrument, int] = {}
    for key, days in raw.items():
        try:
            instrument = Instrument(key)
        except ValueError:
            continue
        if isinstance(days, int) and not isinstance(days, bool) and days in REMINDER_DAYS[1:]:
            found[instrument] = days
    return found


def reminders_text(reminders: Mapping[Instrument, int]) -> str:
    return json.dumps(
        {i.value: d for i, d in sorted(reminders.items(), key=lambda x: x[0].value) if d},
        sort_keys=True,
    )


def reminder_due(
    instrument: Instrument, every_days: int, last_taken: date | None, today: date
) -> Due | None:
    """Due ``every_days`` after it was last taken; at once when it was never taken."""
    if every_days <= 0:
        return None
    if last_taken is None:
        return Due(instrument, today, every_days)
    since = last_taken + timedelta(days=every_days)
    return Due(instrument, since, every_days) if since <= today else None


def after_incidents(
    incidents: Iterable[Incident], pcl5_days: Iterable[date], today: date
) -> list[Due]:
    """The PCL-5 of each incident whose week-4 or week-12 check-in window is open today and
    that no PCL-5 taken since the window opened answers yet; newest incident first."""
    taken = sorted(pcl5_days)
    found = []
    for incident in sorted(incidents, key=lambda i: (i.occurred_on, i.uid), reverse=True):
        for step in PCL5_STEPS:
            opens, closes = opens_on(incident, step), closes_on(incident, step)
            if opens <= today < closes and not any(opens <= d for d in taken):
                found.append(Due(Instrument.PCL5, opens, incident=incident, step=step))
    return found


def due(
    reminders: Mapping[Instrument, int],
    last_taken: Mapping[Instrument, date],
    incidents: Iterable[Incident],
    pcl5_days: Iterable[date],
    today: date,
) -> list[Due]:
    """Every self-check due today: a PCL-5 after an incident first, then the reminders the person
    asked for, in the order of the instruments (one line per questionnaire)."""
    found = after_incidents(incidents, pcl5_days, today)[:1]
    listed = {d.instrument for d in found}
    for instrument in Instrument:
        if instrument in listed:
            continue
        item = reminder_due(
            instrument, reminders.get(instrument, 0), last_taken.get(instrument), today
        )
        if item is not None:
            found.append(item)
    return found
