"""Export/import sections for Today: check-ins, stress log, critical incidents, sleep diary.

Instants travel as aware ISO-8601 text with their UTC offset, so the wall time the user lived and
the real duration both survive. Records are matched by ``uid``: importing twice adds nothing.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from wellness_journal.core import checkin as checkin_rules
from wellness_journal.core import incidents as incident_rules
from wellness_journal.core import sleep as sleep_rules
from wellness_journal.core import stress as stress_rules
from wellness_journal.core.checkin import Checkin
from wellness_journal.core.errors import ImportFileError
from wellness_journal.core.incidents import FollowUp, Incident, Step
from wellness_journal.core.localzone import (
    FIRST_YEAR,
    LAST_YEAR,
    instant_text,
    parse_instant,
    utc_key,
    within_years,
)
from wellness_journal.core.sleep import SleepKind, SleepPeriod
from wellness_journal.core.stress import StressEntry
from wellness_journal.services.exchange import (
    ImportReport,
    field_int,
    field_str,
    require_list,
    require_record,
)
from wellness_journal.storage.connection import Database
from wellness_journal.storage.repositories import checkins as checkins_repo
from wellness_journal.storage.repositories import incidents as incidents_repo
from wellness_journal.storage.repositories import sleep as sleep_repo
from wellness_journal.storage.repositories import stress as stress_repo

TEXT = 100_000
SHORT = 1_000


def _fail(section: str, index: int, message: str) -> ImportFileError:
    return ImportFileError(f"{section} item {index + 1}: {message}", where=f"{section}[{index}]")


def _opt_int(item: dict[str, Any], key: str, section: str, index: int) -> int | None:
    return None if item.get(key) is None else field_int(item, key, section, index)


def _day(item: dict[str, Any], key: str, section: str, index: int) -> date:
    text = field_str(item, key, section, index, required=True, max_len=20)
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise _fail(section, index, f"{key!r} is not a date (YYYY-MM-DD)") from None
    if not within_years(day):
        raise _fail(section, index, f"{key!r} is not between {FIRST_YEAR} and {LAST_YEAR}")
    return day


def _instant(item: dict[str, Any], key: str, section: str, index: int) -> datetime:
    text = field_str(item, key, section, index, required=True, max_len=40)
    try:
        moment = parse_instant(text)
    except ValueError:
        raise _fail(section, index, f"{key!r} is not a time with a UTC offset") from None
    if not within_years(moment):
        raise _fail(section, index, f"{key!r} is not between {FIRST_YEAR} and {LAST_YEAR}")
    return moment


def _strings(item: dict[str, Any], key: str, section: str, index: int) -> tuple[str, ...]:
    value = item.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _fail(section, index, f"{key!r} should be a list of text")
    return tuple(v[:SHORT] for v in value)


def _check(bad: list[str], section: str, index: int) -> None:
    if bad:
        raise _fail(section, index, f"{', '.join(repr(b) for b in bad)} out of range")


def _stamp() -> str:
    return utc_key(datetime.now().astimezone())


class CheckinsSection:
    name = "checkins"

    def export(self, db: Database) -> Any:
        return [
            {
                "uid": c.uid,
                "day": c.day.isoformat(),
                "mood": c.mood,
                "stress": c.stress,
                "energy": c.energy,
                "shift": c.shift,
                "note": c.note,
            }
            for c in checkins_repo.list_all(db)
        ]

    def import_(self, db: Database, data: Any, report: ImportReport) -> None:
        present, days = checkins_repo.uids(db), checkins_repo.days(db)
        added = skipped = 0
        for index, raw in enumerate(require_list(data, self.name)):
            item = require_record(raw, self.name, index)
            c = Checkin(
                id=None,
                uid=field_str(item, "uid", self.name, index, required=True, max_len=200),
                day=_day(item, "day", self.name, index),
                mood=_opt_int(item, "mood", self.name, index),
                stress=_opt_int(item, "stress", self.name, index),
                energy=_opt_int(item, "energy", self.name, index),
                shift=field_str(item, "shift", self.name, index, max_len=SHORT),
                note=field_str(item, "note", self.name, index, max_len=TEXT),
            )
            _check(checkin_rules.out_of_range(c), self.name, index)
            if c.uid in present:
                skipped += 1
                continue
            if c.day.isoformat() in days:
                skipped += 1
                report.notes.append(
                    f"the check-in of {c.day.isoformat()} was kept as it was (one per day)"
                )
                continue
            checkins_repo.insert(db, c, _stamp())
            present.add(c.uid)
            days.add(c.day.isoformat())
            added += 1
        report.count(self.name, added=added, skipped=skipped)


class StressSection:
    name = "stress_entries"

    def export(self, db: Database) -> Any:
        return [
            {
                "uid": e.uid,
                "at": instant_text(e.at),
                "suds": e.suds,
                "triggers": list(e.triggers),
                "trigger_text": e.trigger_text,
                "body_signs": list(e.body_signs),
                "helped": e.helped,
                "note": e.note,
                "suds_after": e.suds_after,
            }
            for e in stress_repo.list_all(db)
        ]

    def import_(self, db: Database, data: Any, report: ImportReport) -> None:
        present = stress_repo.uids(db)
        added = skipped = 0
        for index, raw in enumerate(require_list(data, self.name)):
            item = require_record(raw, self.name, index)
            e = StressEntry(
                id=None,
                uid=field_str(item, "uid", self.name, index, required=True, max_len=200),
                at=_instant(item, "at", self.name, index),
                suds=field_int(item, "suds", self.name, index),
                triggers=_strings(item, "triggers", self.name, index),
                trigger_text=field_str(item, "trigger_text", self.name, index, max_len=TEXT),
                body_signs=_strings(item, "body_signs", self.name, index),
                helped=field_str(item, "helped", self.name, index, max_len=TEXT),
                note=field_str(item, "note", self.name, index, max_len=TEXT),
                suds_after=_opt_int(item, "suds_after", self.name, index),
            )
            _check(stress_rules.out_of_range(e), self.name, index)
            if e.uid in present:
                skipped += 1
                continue
            stress_repo.insert(db, e, _stamp())
            present.add(e.uid)
            added += 1
        report.count(self.name, added=added, skipped=skipped)


class IncidentsSection:
    name = "critical_incidents"

    def export(self, db: Database) -> Any:
        return [
            {
                "uid": i.uid,
                "occurred_on": i.occurred_on.isoformat(),
                "category": i.category,
                "role": i.role,
                "note": i.note,
            }
            for i in incidents_repo.list_incidents(db)
        ]

    def import_(self, db: Database, data: Any, report: ImportReport) -> None:
        present = incidents_repo.incident_uids(db)
        added = skipped = 0
        for index, raw in enumerate(require_list(data, self.name)):
            item = require_record(raw, self.name, index)
            i = Incident(
                id=None,
                uid=field_str(item, "uid", self.name, index, required=True, max_len=200),
                occurred_on=_day(item, "occurred_on", self.name, index),
                category=field_str(
                    item, "category", self.name, index, required=True, max_len=SHORT
                ),
                role=field_str(item, "role", self.name, index, max_len=SHORT),
                note=field_str(item, "note", self.name, index, max_len=TEXT),
            )
            if i.uid in present:
                skipped += 1
                continue
            incidents_repo.insert_incident(db, i, _stamp())
            present.add(i.uid)
            added += 1
        report.count(self.name, added=added, skipped=skipped)


class FollowUpsSection:
    """After ``critical_incidents``: each check-in names its incident by uid."""

    name = "incident_followups"

    def export(self, db: Database) -> Any:
        return [
            {
                "uid": f.uid,
                "incident_uid": f.incident_uid,
                "step": f.step.value,
                "done_at": instant_text(f.done_at),
                **{q: getattr(f, q) for q in incident_rules.QUESTIONS},
                "talk": f.talk,
            }
            for f in incidents_repo.list_follow_ups(db)
        ]

    def import_(self, db: Database, data: Any, report: ImportReport) -> None:
        present = incidents_repo.follow_up_uids(db)
        steps = incidents_repo.follow_up_steps(db)
        incidents = incidents_repo.incident_uids(db)
        added = skipped = 0
        for index, raw in enumerate(require_list(data, self.name)):
            item = require_record(raw, self.name, index)
            step_text = field_str(item, "step", self.name, index, required=True, max_len=20)
            try:
                step = Step(step_text)
            except ValueError:
                raise _fail(self.name, index, f"unknown step {step_text!r}") from None
            f = FollowUp(
                id=None,
                uid=field_str(item, "uid", self.name, index, required=True, max_len=200),
                incident_uid=field_str(
                    item, "incident_uid", self.name, index, required=True, max_len=200
                ),
                step=step,
                done_at=_instant(item, "done_at", self.name, index),
                talk=field_str(item, "talk", self.name, index, max_len=20),
                **{q: field_int(item, q, self.name, index) for q in incident_rules.QUESTIONS},
            )
            _check(incident_rules.out_of_range(f), self.name, index)
            if f.incident_uid not in incidents:
                raise _fail(self.name, index, "its incident is not in the file or the journal")
            if f.uid in present or (f.incident_uid, f.step.value) in steps:
                skipped += 1
                continue
            incidents_repo.insert_follow_up(db, f)
            present.add(f.uid)
            steps.add((f.incident_uid, f.step.value))
            added += 1
        report.count(self.name, added=added, skipped=skipped)


class SleepSection:
    name = "sleep_periods"

    def export(self, db: Database) -> Any:
        return [
            {
                "uid": p.uid,
                "kind": p.kind.value,
                "into_bed": instant_text(p.into_bed),
                "tried_to_sleep": instant_text(p.tried_to_sleep),
                "final_awakening": instant_text(p.final_awakening),
                "out_of_bed": instant_text(p.out_of_bed),
                "zone": p.zone,
                "latency_min": p.latency_min,
                "awakenings": p.awakenings,
                "waso_min": p.waso_min,
                "quality": p.quality,
                "caffeine_drinks": p.caffeine_drinks,
                "caffeine_last": None if p.caffeine_last is None else instant_text(p.caffeine_last),
                "alcohol_drinks": p.alcohol_drinks,
                "note": p.note,
            }
            for p in sleep_repo.list_all(db)
        ]

    def import_(self, db: Database, data: Any, report: ImportReport) -> None:
        present = sleep_repo.uids(db)
        added = skipped = 0
        n = self.name
        for index, raw in enumerate(require_list(data, n)):
            item = require_record(raw, n, index)
            kind_text = field_str(item, "kind", n, index, required=True, max_len=20)
            try:
                kind = SleepKind(kind_text)
            except ValueError:
                raise _fail(n, index, f"unknown kind {kind_text!r}") from None
            p = SleepPeriod(
                id=None,
                uid=field_str(item, "uid", n, index, required=True, max_len=200),
                kind=kind,
                into_bed=_instant(item, "into_bed", n, index),
                tried_to_sleep=_instant(item, "tried_to_sleep", n, index),
                final_awakening=_instant(item, "final_awakening", n, index),
                out_of_bed=_instant(item, "out_of_bed", n, index),
                zone=field_str(item, "zone", n, index, max_len=100),
                latency_min=field_int(item, "latency_min", n, index, default=0),
                awakenings=field_int(item, "awakenings", n, index, default=0),
                waso_min=field_int(item, "waso_min", n, index, default=0),
                quality=_opt_int(item, "quality", n, index),
                caffeine_drinks=field_int(item, "caffeine_drinks", n, index, default=0),
                caffeine_last=(
                    None
                    if item.get("caffeine_last") is None
                    else _instant(item, "caffeine_last", n, index)
                ),
                alcohol_drinks=field_int(item, "alcohol_drinks", n, index, default=0),
                note=field_str(item, "note", n, index, max_len=TEXT),
            )
            issues = sleep_rules.problems(p)
            if issues:
                raise _fail(n, index, f"the times do not fit together ({issues[0].problem.value})")
            if p.uid in present:
                skipped += 1
                continue
            others = sleep_repo.touching(db, utc_key(p.into_bed), utc_key(p.out_of_bed))
            if others:
                skipped += 1
                report.notes.append(
                    f"a sleep period ending {instant_text(p.out_of_bed)} overlaps one already"
                    " in the diary and was left out"
                )
                continue
            sleep_repo.insert(db, p, _stamp())
            present.add(p.uid)
            added += 1
        report.count(n, added=added, skipped=skipped)


def today_sections() -> list[Any]:
    """In import order: incidents before their check-ins."""
    return [
        CheckinsSection(),
        StressSection(),
        IncidentsSection(),
        FollowUpsSection(),
        SleepSection(),
    ]
