"""The summary for a counselor: which sections there are, and the report built from a request.

Each section is a ``SectionBuilder``: an id (the name the dialog and ``--include`` use), and a
function that reads what it needs from a ``ReportSource`` and returns the section's blocks. A
new section is a function and one line in ``builders()``; its title goes in
``services/report_words.SECTION_TITLES``. ``reports/sections_selfchecks.py`` is an example: a
function reading the self-checks of the days, and ``SectionBuilder("self-checks", ...)`` below.

Free text (notes) goes in only when the request says ``notes``; journal entries only when picked
one by one, and never from the command line (``headless=False``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from wellness_journal import __version__
from wellness_journal.reports.blocks import Block, Part, Report
from wellness_journal.services import report_words as w
from wellness_journal.services.messages import Translate, as_written
from wellness_journal.services.report_data import ReportSource
from wellness_journal.services.report_format import Words

Build = Callable[[ReportSource, Words], list[Block]]


@dataclass(frozen=True)
class SectionBuilder:
    id: str
    build: Build
    headless: bool = True  # may the command line include it
    default: bool = True  # ticked when the dialog opens

    def title(self, tr: Translate = as_written) -> str:
        return tr(w.SECTION_TITLES[self.id])


def builders() -> list[SectionBuilder]:
    """Every section, in the report's order."""
    from wellness_journal.reports import (
        sections_logs,
        sections_more,
        sections_selfchecks,
        sections_sleep,
    )

    return [
        SectionBuilder("checkins", sections_logs.checkins),
        SectionBuilder("sleep", sections_sleep.sleep),
        SectionBuilder("stress", sections_logs.stress),
        SectionBuilder("incidents", sections_logs.incidents),
        SectionBuilder("exercises", sections_more.exercises),
        SectionBuilder("self-checks", sections_selfchecks.self_checks),
        SectionBuilder("plan", sections_more.plan),
        SectionBuilder("journal", sections_more.journal, headless=False, default=False),
    ]


def headless_ids() -> list[str]:
    return [b.id for b in builders() if b.headless]


def ordered(ids: Sequence[str]) -> tuple[str, ...]:
    """``ids`` in the report's order (unknown ones left out)."""
    wanted = set(ids)
    return tuple(b.id for b in builders() if b.id in wanted)


def build_report(
    src: ReportSource,
    *,
    tr: Translate = as_written,
    paper: str = "letter",
    made: datetime | None = None,
) -> Report:
    """The report for ``src.request``: its chosen sections, in order, each from its builder."""
    words = Words(tr)
    request = src.request
    chosen = {b.id: b for b in builders() if b.id in request.sections}
    if not request.journal_ids:
        chosen.pop("journal", None)
    parts = tuple(Part(b.id, b.title(tr), tuple(b.build(src, words))) for b in chosen.values())
    made_on = (made or src.now()).date()
    return Report(
        title=words(w.TITLE),
        period=period_text(request.first, request.last, words),
        running_head=f"{words(w.TITLE)} · {short_period(request.first, request.last, words)}",
        not_a_record=words(w.NOT_A_RECORD),
        intro=(
            words(w.INTRO),
            words(w.MADE).format(words.long_day(made_on), __version__),
            words(w.INCLUDED).format(", ".join(p.title for p in parts) or "–"),
            words(w.WITH_NOTES) if request.notes else words(w.NO_NOTES),
        ),
        parts=parts,
        page_label=words(w.PAGE),
        paper=paper,
    )


def short_period(first: date, last: date, words: Words) -> str:
    """3 Mar 2025 to 16 Mar 2025"""
    return words(w.PERIOD_SHORT).format(
        f"{words.day_month(first)} {first.year}", f"{words.day_month(last)} {last.year}"
    )


def period_text(first: date, last: date, words: Words) -> str:
    return words(w.PERIOD).format(
        words.long_day(first), words.long_day(last), (last - first).days + 1
    )
