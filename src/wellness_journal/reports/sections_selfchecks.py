"""The summary's self-checks: each one taken in the days, with its score and band (never the
answers), under the line that a self-check is not a diagnosis. A note goes in only with notes."""

from __future__ import annotations

from wellness_journal.reports.blocks import Block, Para, Table
from wellness_journal.services import report_words as w
from wellness_journal.services.report_data import ReportSource
from wellness_journal.services.report_format import Words
from wellness_journal.services.selfchecks import SelfChecksService


def self_checks(src: ReportSource, words: Words) -> list[Block]:
    taken = [c for c in SelfChecksService(src.db, src.now).all() if c.taken_at.date() in src.period]
    if not taken:
        return [Para(words(w.NOTHING))]
    notes = src.request.notes
    rows = []
    for check in sorted(taken, key=lambda c: c.taken_at):
        score = check.score()
        total = (
            words(w.SCORE_OF).format(score.total, score.max_total)
            if score.total is not None
            else words(w.NOT_SCORED)
        )
        band = words(w.BANDS.get(score.band.value, score.band.value)) if score.band else ""
        row = [words.day(check.taken_at.date()), check.instrument.value, total, band]
        if notes:
            row.append(check.note)
        rows.append(tuple(row))
    headers = [words(w.DATE), words(w.SELF_CHECK), words(w.SCORE), words(w.BAND)]
    if notes:
        headers.append(words(w.NOTE))
    return [
        Para(words(w.SELF_CHECKS_HOW), muted=True),
        Table(
            tuple(headers), tuple(rows), align="llll", widths=(18, 16, 26, 40) if not notes else ()
        ),
    ]
