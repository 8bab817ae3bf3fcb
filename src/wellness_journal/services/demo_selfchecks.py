"""Demo data for self-checks: a few months of results that ease slowly, made up.

PHQ-9 every two to three weeks with a reminder that is due today, GAD-7 and WHO-5 now and then,
an AUDIT-C twice, a PHQ-2 once, and the PCL-5 a week after the older critical incident and again
at its week-4 point (a change of more than 10 points). Item 9 of the PHQ-9 is always 0 here.
"""

from __future__ import annotations

import random
from datetime import date, time, timedelta

from wellness_journal.core.localzone import system_zone
from wellness_journal.core.selfcheck_schedule import reminders_text
from wellness_journal.core.selfchecks import SCALES, Instrument, SelfCheck, Sex
from wellness_journal.core.sleep import at_local
from wellness_journal.services.selfchecks import REMINDERS_KEY
from wellness_journal.storage.connection import Database
from wellness_journal.storage.repositories import selfchecks as repo
from wellness_journal.storage.repositories import settings as settings_repo

# (instrument, days before today, total before any times-4, note)
RESULTS = (
    (Instrument.PHQ9, 80, 11, "Rough stretch of nights."),
    (Instrument.GAD7, 79, 9, ""),
    (Instrument.WHO5, 78, 11, ""),
    (Instrument.AUDITC, 75, 5, ""),
    (Instrument.PHQ9, 60, 9, ""),
    (Instrument.PHQ2, 45, 2, ""),
    (Instrument.WHO5, 44, 13, ""),
    (Instrument.PHQ9, 40, 8, "Started walking the dog after shift."),
    (Instrument.GAD7, 38, 7, ""),
    (Instrument.PCL5, 26, 38, "A week after the crash call."),
    (Instrument.PHQ9, 16, 6, ""),
    (Instrument.WHO5, 15, 16, ""),
    (Instrument.AUDITC, 12, 4, ""),
    (Instrument.GAD7, 10, 5, ""),
    (Instrument.PCL5, 5, 24, "Sleeping better. Talked to Sam from peer support."),
)
SAFETY_ITEM_INDEX = 8  # PHQ-9 item 9: always 0 in the demo


def _answers(rng: random.Random, instrument: Instrument, total: int) -> tuple[int, ...]:
    """Item scores that add up to ``total``, spread at random (never on PHQ-9 item 9)."""
    scale = SCALES[instrument]
    values = [0] * scale.items
    places = [
        i
        for i in range(scale.items)
        if not (instrument is Instrument.PHQ9 and i == SAFETY_ITEM_INDEX)
    ]
    if instrument is Instrument.AUDITC and total:
        values[0], total = 1, total - 1  # "Never" on the first question would end it at 0
    for _ in range(total):
        open_places = [i for i in places if values[i] < scale.high]
        values[rng.choice(open_places)] += 1
    return tuple(values)


def generate(db: Database, rng: random.Random, today: date) -> None:
    zone = system_zone()
    for number, (instrument, days_ago, total, note) in enumerate(RESULTS):
        day = today - timedelta(days=days_ago)
        repo.insert(
            db,
            SelfCheck(
                id=None,
                uid=f"demo-selfcheck-{number}",
                instrument=instrument,
                taken_at=at_local(day, time(rng.randint(9, 21), rng.choice((5, 20, 40))), zone),
                answers=_answers(rng, instrument, total),
                sex=Sex.MALE if instrument is Instrument.AUDITC else None,
                note=note,
            ),
        )
    settings_repo.put(db, REMINDERS_KEY, reminders_text({Instrument.PHQ9: 14}))
