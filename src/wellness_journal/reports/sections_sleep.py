"""The summary's sleep diary: the key figures, a chart, sleep by shift, and every sleep with its
times and figures (the Consensus Sleep Diary's, worked out by ``core.sleep``)."""

from __future__ import annotations

from wellness_journal.core import sleep_trends
from wellness_journal.core import summary_figures as figures
from wellness_journal.core.sleep import SleepKind, metrics
from wellness_journal.reports import report_charts
from wellness_journal.reports.blocks import Block, Facts, Heading, Para, Table
from wellness_journal.services import report_words as w
from wellness_journal.services.report_data import ReportSource
from wellness_journal.services.report_format import Words


def sleep(src: ReportSource, words: Words) -> list[Block]:
    days = src.sleep_days()
    found = figures.sleep_figures(days)
    if found is None:
        return [Para(words(w.NOTHING))]
    minutes = words.duration
    facts = [
        (words(w.NIGHTS), str(found.main_sleeps)),
        (words(w.NAPS), str(found.naps)),
        (words(w.AVG_TIB), minutes(found.time_in_bed)),
        (words(w.AVG_TST), minutes(found.total_sleep)),
        (words(w.AVG_SOL), words.number(found.latency, 0)),
        (words(w.AVG_WASO), words.number(found.waso, 0)),
        (words(w.AVG_SE), words.percent(found.efficiency)),
        (
            words(w.PER_DAY),
            words(w.PER_DAY_VALUE).format(minutes(found.per_day), found.days_at_guide, found.days),
        ),
    ]
    if found.quality is not None:
        facts.append((words(w.AVG_QUALITY), words.number(found.quality)))
    points = src.trends.sleep(src.period)
    blocks: list[Block] = [
        Para(words(w.SLEEP_HOW), muted=True),
        Facts(tuple(facts)),
        report_charts.sleep(points, src.trends.shifts(src.period), src.period, words),
    ]
    shifts = sleep_trends.by_shift(points)
    if shifts:
        blocks += [
            Heading(words(w.BY_SHIFT)),
            Table(
                (words(w.SHIFT), words(w.DAYS), words(w.SLEEP_PER_DAY), words(w.EFFICIENCY)),
                tuple(
                    (
                        words.item(r.shift),
                        str(r.days),
                        minutes(r.average),
                        words.percent(r.efficiency),
                    )
                    for r in shifts
                ),
                align="lrrr",
                widths=(34, 18, 28, 20),
            ),
            Para(words(w.BY_SHIFT_NOTE), muted=True),
        ]
    blocks += [Heading(words(w.EACH_SLEEP)), _periods_table(src, words, found)]
    blocks.append(Para(words(w.SLEEP_COLUMNS_NOTE) + " " + words(w.MAIN_SLEEPS_NOTE), muted=True))
    return blocks


def _periods_table(src: ReportSource, words: Words, found: figures.SleepFigures) -> Table:
    notes = src.request.notes
    headers = [
        words(w.SLEEP_DAY),
        words(w.KIND),
        words(w.SHIFT),
        words(w.INTO_BED),
        words(w.TRIED),
        words(w.WOKE),
        words(w.OUT_OF_BED),
        "TIB",
        "TST",
        "SOL",
        "WASO",
        words(w.AWAKENINGS),
        "SE",
        words(w.QUALITY),
    ]
    if notes:
        headers.append(words(w.NOTE))
    rows = []
    for day in src.sleep_days():
        for p in day.periods:
            m = metrics(p)
            row = [
                words.day(day.day),
                words(w.NAP) if p.kind is SleepKind.NAP else words(w.MAIN),
                words.item(day.shift) if day.shift else "",
                words.clock(p.into_bed),
                words.clock(p.tried_to_sleep),
                words.clock(p.final_awakening),
                words.clock(p.out_of_bed),
                words.hours_minutes(m.time_in_bed),
                words.hours_minutes(m.total_sleep),
                str(p.latency_min),
                str(p.waso_min),
                str(p.awakenings),
                words.percent(m.efficiency),
                words(w.NOT_RATED) if p.quality is None else str(p.quality),
            ]
            if notes:
                row.append(p.note)
            rows.append(tuple(row))
    main_efficiency = (
        found.total_sleep / found.time_in_bed * 100.0 if found.time_in_bed > 0 else 0.0
    )
    foot = [
        words(w.AVERAGE),
        words(w.MAIN),
        "",
        "",
        "",
        "",
        "",
        words.hours_minutes(found.time_in_bed),
        words.hours_minutes(found.total_sleep),
        words.number(found.latency, 0),
        words.number(found.waso, 0),
        "",
        words.percent(main_efficiency),
        "",
    ]
    if notes:
        foot.append("")
    return Table(
        tuple(headers),
        tuple(rows),
        align="lllllllrrrrrrrl",
        foot=tuple(foot),
        small=True,
        widths=(11, 6, 7, 6, 6, 6, 6, 6, 6, 5, 6, 6, 5, 5, 9) if notes else (),
    )
