"""Export/import sections for Today: check-ins, stress log, critical incidents, sleep diary.

Instants travel as aware ISO-8601 text with their UTC offset, so the wall time the user lived and
the real duration both survive. Records are matched by ``uid``: importing twice adds nothing.
"""

from __future__ import annotations

from datetime import datetime

from wellness_journal.core import checkin as checkin_rules
from wellness_journal.core import incidents as incident_rules
from wellness_journal.core import sleep as sleep_rules
from wellness_journal.core import stress as stress_rules
from wellness_journal.core.checkin import Checkin
from wellness_journal.core.incidents import FollowUp, Incident, Step
from wellness_journal.core.localzone import instant_text, is_zone_name, utc_key
from wellness_journal.core.sleep import SleepKind, SleepPeriod
from wellness_journal.core.stress import StressEntry
from wellness_journal.services.exchange import Section
from wellness_journal.services.exchange_fields import (
    SHORT,
    Choice,
    Day,
    Instant,
    Int,
    Strings,
    Text,
)
from wellness_journal.services.record_section import Match, Parent, RecordSection, out_of_range
from wellness_journal.storage.connection import Database
from wellness_journal.storage.repositories import checkins as checkins_repo
from wellness_journal.storage.repositories import incidents as incidents_repo
from wellness_journal.storage.repositories import sleep as sleep_repo
from wellness_journal.storage.repositories import stress as stress_repo


def _stamp() -> str:
    return utc_key(datetime.now().astimezone())


CHECKINS = RecordSection(
    name="checkins",
    record=Checkin,
    fields=(
        Day("day"),
        *(Int(scale, optional=True) for scale in ("mood", "stress", "energy")),
        Text("shift", max_len=SHORT),
        Text("note"),
    ),
    rows=checkins_repo.list_all,
    uids=checkins_repo.uids,
    insert=lambda db, c: checkins_repo.insert(db, c, _stamp()),
    check=out_of_range(checkin_rules.out_of_range),
    matches=(
        Match(
            lambda c: c.day.isoformat(),
            checkins_repo.days,
            note=lambda c: f"the check-in of {c.day.isoformat()} was kept as it was (one per day)",
        ),
    ),
)

STRESS = RecordSection(
    name="stress_entries",
    record=StressEntry,
    fields=(
        Instant("at"),
        Int("suds"),
        Strings("triggers"),
        Text("trigger_text"),
        Strings("body_signs"),
        Text("helped"),
        Text("note"),
        Int("suds_after", optional=True),
    ),
    rows=stress_repo.list_all,
    uids=stress_repo.uids,
    insert=lambda db, e: stress_repo.insert(db, e, _stamp()),
    check=out_of_range(stress_rules.out_of_range),
)

INCIDENTS = RecordSection(
    name="critical_incidents",
    record=Incident,
    fields=(
        Day("occurred_on"),
        Text("category", max_len=SHORT, required=True),
        Text("role", max_len=SHORT),
        Text("note"),
    ),
    rows=incidents_repo.list_incidents,
    uids=incidents_repo.incident_uids,
    insert=lambda db, i: incidents_repo.insert_incident(db, i, _stamp()),
)

# After critical_incidents: each check-in names its incident by uid, one check-in a step.
FOLLOW_UPS = RecordSection(
    name="incident_followups",
    record=FollowUp,
    fields=(
        Text("incident_uid", max_len=200, required=True),
        Choice("step", Step),
        Instant("done_at"),
        *(Int(q) for q in incident_rules.QUESTIONS),
        Text("talk", max_len=20),
    ),
    rows=incidents_repo.list_follow_ups,
    uids=incidents_repo.follow_up_uids,
    insert=incidents_repo.insert_follow_up,
    check=out_of_range(incident_rules.out_of_range),
    parents=(
        Parent(
            lambda f: f.incident_uid,
            incidents_repo.incident_uids,
            "its incident is not in the file or the journal",
        ),
    ),
    matches=(Match(lambda f: (f.incident_uid, f.step.value), incidents_repo.follow_up_steps),),
)


def _zone_or_none(name: str) -> bool:
    return name == "" or is_zone_name(name)


def _sleep_problem(p: SleepPeriod) -> str | None:
    issues = sleep_rules.problems(p)
    return f"the times do not fit together ({issues[0].problem.value})" if issues else None


def _sleep_overlap(db: Database, p: SleepPeriod) -> str | None:
    if not sleep_repo.touching(db, utc_key(p.into_bed), utc_key(p.out_of_bed)):
        return None
    return (
        f"a sleep period ending {instant_text(p.out_of_bed)} overlaps one already in the diary"
        " and was left out"
    )


SLEEP = RecordSection(
    name="sleep_periods",
    record=SleepPeriod,
    fields=(
        Choice("kind", SleepKind),
        Instant("into_bed"),
        Instant("tried_to_sleep"),
        Instant("final_awakening"),
        Instant("out_of_bed"),
        # Only IANA names: the zone goes into a CSV column, and is looked up as a zone.
        Text(
            "zone", max_len=100, valid=_zone_or_none, meaning="a time zone name like Europe/Berlin"
        ),
        Int("latency_min", default=0),
        Int("awakenings", default=0),
        Int("waso_min", default=0),
        Int("quality", optional=True),
        Int("caffeine_drinks", default=0),
        Instant("caffeine_last", optional=True),
        Int("alcohol_drinks", default=0),
        Text("note"),
        Text("sleep_aid"),
    ),
    rows=sleep_repo.list_all,
    uids=sleep_repo.uids,
    insert=lambda db, p: sleep_repo.insert(db, p, _stamp()),
    check=_sleep_problem,
    clash=_sleep_overlap,
)


def today_sections() -> list[Section]:
    """In import order: incidents before their check-ins."""
    return [CHECKINS, STRESS, INCIDENTS, FOLLOW_UPS, SLEEP]
