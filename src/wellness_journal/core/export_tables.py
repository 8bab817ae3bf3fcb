"""The logs as tables for spreadsheets and other tools: one header row and one row per record.

Times are ISO 8601 with the UTC offset the user was in (2024-05-15T07:40:00-04:00), with the
local date and clock time in their own columns where a person would sort or filter by them.
Durations are minutes. Lists (triggers, body signs) are joined with "; ".

Every cell that starts with = + - @ (or a tab or carriage return) and is not simply a number gets
a leading apostrophe, whatever its column: spreadsheet programs would otherwise run it as a
formula, and a formula can fetch a web address with the cell's neighbours in it (OWASP "CSV
injection"). ``to_csv`` does it for every cell, so no column of a new table can be missed. The JSON
export keeps every text exactly.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from datetime import datetime, tzinfo

from wellness_journal.core.checkin import Checkin
from wellness_journal.core.coping import CopingSession
from wellness_journal.core.localzone import instant_text
from wellness_journal.core.selfchecks import PCL5_CLUSTERS, SelfCheck
from wellness_journal.core.sleep import SleepPeriod, metrics, sleep_day
from wellness_journal.core.stress import StressEntry

Table = tuple[list[str], list[list[str]]]
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def text_cell(value: str) -> str:
    """``value`` as a spreadsheet shows it as text, never as a formula (a number stays one)."""
    if value.startswith(FORMULA_STARTS) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


def _int(value: int | None) -> str:
    return "" if value is None else str(value)


def _minutes(value: float) -> str:
    rounded = round(value, 1)
    return str(int(rounded)) if rounded == int(rounded) else f"{rounded:.1f}"


def _when(moment: datetime | None) -> str:
    return "" if moment is None else instant_text(moment)


def checkins_table(checkins: Iterable[Checkin]) -> Table:
    header = ["day", "mood_1_to_5", "stress_0_to_10", "energy_0_to_10", "shift", "note"]
    rows = [
        [
            c.day.isoformat(),
            _int(c.mood),
            _int(c.stress),
            _int(c.energy),
            c.shift,
            c.note,
        ]
        for c in sorted(checkins, key=lambda c: c.day)
    ]
    return header, rows


def stress_table(entries: Iterable[StressEntry]) -> Table:
    header = [
        "date",
        "time",
        "at",
        "suds_0_to_10",
        "suds_after",
        "triggers",
        "trigger_text",
        "body_signs",
        "helped",
        "note",
    ]
    rows = [
        [
            e.at.date().isoformat(),
            e.at.strftime("%H:%M"),
            instant_text(e.at),
            str(e.suds),
            _int(e.suds_after),
            "; ".join(e.triggers),
            e.trigger_text,
            "; ".join(e.body_signs),
            e.helped,
            e.note,
        ]
        for e in sorted(entries, key=lambda e: e.at)
    ]
    return header, rows


def sleep_table(periods: Iterable[SleepPeriod]) -> Table:
    """Each period with the Consensus Sleep Diary figures computed by ``core.sleep``."""
    header = [
        "sleep_day",
        "kind",
        "into_bed",
        "tried_to_sleep",
        "final_awakening",
        "out_of_bed",
        "time_in_bed_min",
        "total_sleep_min",
        "latency_min",
        "waso_min",
        "efficiency_pct",
        "awakenings",
        "quality_1_to_5",
        "caffeine_drinks",
        "caffeine_last",
        "alcohol_drinks",
        "sleep_aid",
        "zone",
        "note",
    ]
    rows = []
    for p in sorted(periods, key=lambda p: p.into_bed):
        m = metrics(p)
        rows.append(
            [
                sleep_day(p).isoformat(),
                p.kind.value,
                _when(p.into_bed),
                _when(p.tried_to_sleep),
                _when(p.final_awakening),
                _when(p.out_of_bed),
                _minutes(m.time_in_bed),
                _minutes(m.total_sleep),
                _minutes(m.latency),
                _minutes(m.waso),
                f"{m.efficiency:.1f}",
                str(p.awakenings),
                _int(p.quality),
                str(p.caffeine_drinks),
                _when(p.caffeine_last),
                str(p.alcohol_drinks),
                p.sleep_aid,
                p.zone,
                p.note,
            ]
        )
    return header, rows


def sessions_table(sessions: Iterable[CopingSession], zone: tzinfo | None = None) -> Table:
    """Exercise sessions at local time (``zone``, default this computer's)."""
    header = [
        "date",
        "time",
        "started_at",
        "exercise",
        "outcome",
        "seconds_done",
        "planned_seconds",
        "suds_before",
        "suds_after",
        "change",
        "note",
    ]
    rows = []
    for s in sorted(sessions, key=lambda s: s.started_at):
        local = s.started_at.astimezone(zone)
        rows.append(
            [
                local.date().isoformat(),
                local.strftime("%H:%M"),
                instant_text(local),
                s.exercise_id,
                s.outcome.value,
                str(s.seconds_done),
                str(s.planned_seconds),
                _int(s.suds_before),
                _int(s.suds_after),
                _int(s.change),
                s.note,
            ]
        )
    return header, rows


def selfchecks_table(checks: Iterable[SelfCheck]) -> Table:
    """One row per self-check: the answers in form order (an empty place for a skipped one) and
    the total, band and PCL-5 clusters worked out from them (empty when a question was skipped)."""
    header = [
        "date",
        "time",
        "taken_at",
        "instrument",
        "total",
        "band",
        "answers",
        "skipped",
        "sex",
        *(f"pcl5_cluster_{c.key.lower()}" for c in PCL5_CLUSTERS),
        "note",
    ]
    rows = []
    for c in sorted(checks, key=lambda c: c.taken_at):
        score = c.score()
        clusters = {s.cluster.key: str(s.total) for s in score.clusters}
        rows.append(
            [
                c.taken_at.date().isoformat(),
                c.taken_at.strftime("%H:%M"),
                instant_text(c.taken_at),
                c.instrument.value,
                _int(score.total),
                "" if score.band is None else score.band.value,
                "; ".join(_int(a) for a in c.answers),
                "; ".join(str(n) for n in score.missing),
                "" if c.sex is None else c.sex.value,
                *(clusters.get(k.key, "") for k in PCL5_CLUSTERS),
                c.note,
            ]
        )
    return header, rows


def to_csv(table: Table) -> bytes:
    """RFC 4180 (CRLF, quotes where needed) in UTF-8 with a byte-order mark, which spreadsheet
    programs need to read anything beyond ASCII correctly."""
    header, rows = table
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([text_cell(cell) for cell in row] for row in rows)
    return out.getvalue().encode("utf-8-sig")
