"""The summary's sections for Today's logs: check-ins, the stress log, critical incidents.

Notes (the check-in's note, a stress entry's own words, what helped, an incident's note) go in
only when the request says ``notes``.
"""

from __future__ import annotations

from wellness_journal.core import summary_figures as figures
from wellness_journal.core.incidents import QUESTIONS
from wellness_journal.core.trend_data import Events
from wellness_journal.core.trends import compare_halves, stress_days
from wellness_journal.reports import report_charts
from wellness_journal.reports.blocks import Block, Facts, Heading, Para, Table
from wellness_journal.services import report_words as w
from wellness_journal.services.report_data import ReportSource
from wellness_journal.services.report_format import Words


def _rating(value: int | None, words: Words) -> str:
    return words(w.NOT_RATED) if value is None else str(value)


def _scale_line(values: list[int | None], words: Words) -> str:
    found = figures.scale(values)
    if found is None:
        return words(w.NOT_RATED)
    text = words(w.AVERAGE_RANGE).format(words.number(found.average), found.lowest, found.highest)
    halves = compare_halves([None if v is None else float(v) for v in values])
    if halves is not None:
        text += words(w.HALVES).format(words.number(halves.earlier), words.number(halves.later))
    return text


def checkins(src: ReportSource, words: Words) -> list[Block]:
    found = {c.day: c for c in src.checkins()}
    if not found:
        return [Para(words(w.NOTHING))]
    days = src.period.dates()
    moods = [found[d].mood if d in found else None for d in days]
    stress = [found[d].stress if d in found else None for d in days]
    energy = [found[d].energy if d in found else None for d in days]
    blocks: list[Block] = [
        Facts(
            (
                (words(w.CHECKIN_DAYS), words(w.OF_DAYS).format(len(found), len(days))),
                (words(w.MOOD_SCALE), _scale_line(moods, words)),
                (words(w.STRESS_SCALE), _scale_line(stress, words)),
                (words(w.ENERGY_SCALE), _scale_line(energy, words)),
            )
        ),
        report_charts.checkins(src.trends.checkins(src.period), src.period, words),
    ]
    notes = src.request.notes
    headers = [words(w.DATE), words(w.SHIFT), words(w.MOOD), words(w.STRESS), words(w.ENERGY)]
    if notes:
        headers.append(words(w.NOTE))
    rows = []
    for c in found.values():
        row = [
            words.day(c.day),
            words.item(c.shift) if c.shift else "",
            words.mood(c.mood) if c.mood is not None else words(w.NOT_RATED),
            _rating(c.stress, words),
            _rating(c.energy, words),
        ]
        if notes:
            row.append(c.note)
        rows.append(tuple(row))
    blocks.append(
        Table(
            tuple(headers),
            tuple(rows),
            align="llrrrl",
            widths=(16, 12, 16, 10, 10, 36) if notes else (),
        )
    )
    return blocks


def _counted(pairs: tuple[tuple[str, int], ...], words: Words) -> str:
    if not pairs:
        return words(w.NONE_NOTED)
    return ", ".join(words(w.TIMES).format(words.item(k), n) for k, n in pairs)


def stress(src: ReportSource, words: Words) -> list[Block]:
    entries = src.stress()
    found = figures.stress_figures(entries)
    if found is None:
        return [Para(words(w.NOTHING))]
    events = Events(
        stress=tuple(stress_days((e.at.date(), e.suds) for e in entries)),
        incidents=(),
        follow_ups=(),
        first=src.period.first,
    )
    blocks: list[Block] = [
        Facts(
            (
                (words(w.ENTRIES), words(w.ENTRIES_VALUE).format(found.entries, found.days)),
                (
                    words(w.RATING),
                    words(w.RATING_VALUE).format(
                        words.number(found.average), found.highest, found.high
                    ),
                ),
                (words(w.COMMON_TRIGGERS), _counted(found.triggers, words)),
                (words(w.COMMON_SIGNS), _counted(found.body_signs, words)),
            )
        ),
        report_charts.stress(events, src.period, words),
        Para(words(w.STRESS_COLUMNS_NOTE), muted=True),
    ]
    notes = src.request.notes
    headers = [
        words(w.DATE),
        words(w.TIME),
        words(w.SUDS),
        words(w.AFTER),
        words(w.TRIGGERS),
        words(w.BODY),
    ]
    if notes:
        headers += [words(w.HELPED), words(w.NOTE)]
    rows = []
    for e in entries:
        triggers = words.items(list(e.triggers))
        if notes and e.trigger_text:
            triggers = f"{triggers}: {e.trigger_text}" if triggers else e.trigger_text
        row = [
            words.day(e.at.date()),
            words.clock(e.at),
            str(e.suds),
            _rating(e.suds_after, words),
            triggers,
            words.items(list(e.body_signs)),
        ]
        if notes:
            row += [e.helped, e.note]
        rows.append(tuple(row))
    widths = (12, 7, 7, 7, 20, 17, 15, 15) if notes else (14, 8, 8, 8, 32, 30)
    blocks.append(Table(tuple(headers), tuple(rows), align="llccll", widths=widths, small=notes))
    return blocks


def incidents(src: ReportSource, words: Words) -> list[Block]:
    recorded = src.incidents()
    done, belongs = src.follow_ups()
    if not recorded and not done:
        return [Para(words(w.NOTHING))]
    notes = src.request.notes
    blocks: list[Block] = [Para(words(w.INCIDENTS_HOW), muted=True)]
    if recorded:
        headers = [words(w.DATE), words(w.CATEGORY), words(w.ROLE)]
        if notes:
            headers.append(words(w.NOTE))
        rows = []
        for i in recorded:
            row = [words.day(i.occurred_on), words.item(i.category), words.item(i.role)]
            if notes:
                row.append(i.note)
            rows.append(tuple(row))
        blocks += [
            Heading(words(w.INCIDENTS_LOGGED)),
            Table(tuple(headers), tuple(rows), widths=(16, 28, 20, 36) if notes else (20, 45, 35)),
        ]
    blocks.append(Heading(words(w.FOLLOW_UPS)))
    if not done:
        blocks.append(Para(words(w.NO_FOLLOW_UPS)))
        return blocks
    rows = []
    for f in done:
        incident = belongs.get(f.incident_uid)
        about = (
            f"{words.day_month(incident.occurred_on)} {incident.occurred_on.year}, "
            f"{words.item(incident.category)}"
            if incident is not None
            else ""
        )
        rows.append(
            (
                about,
                words(w.STEPS[f.step.value]),
                words.day(f.done_at.date()),
                *(str(getattr(f, q)) for q in QUESTIONS),
                str(sum(f.answers())),
                words(w.TALK_ANSWERS[f.talk]) if f.talk in w.TALK_ANSWERS else "",
            )
        )
    blocks += [
        Table(
            (
                words(w.INCIDENT),
                words(w.CHECK_IN),
                words(w.DONE_ON),
                words(w.Q_SLEEP),
                words(w.Q_INTRUSIVE),
                words(w.Q_AVOIDANCE),
                words(w.Q_IRRITABILITY),
                words(w.Q_MOOD),
                words(w.TOTAL),
                words(w.TALK),
            ),
            tuple(rows),
            align="lllccccccl",
            widths=(24, 9, 13, 7, 7, 7, 7, 7, 8, 11),
        ),
        Para(words(w.FOLLOW_UP_COLUMNS_NOTE), muted=True),
    ]
    return blocks
