"""The headless ``report`` command: the summary for a counselor as a PDF.

    wellness-journal [--data-dir DIR] report --out FILE.pdf [--from DATE] [--to DATE]
        [--include SECTION,...] [--force] [--passphrase-stdin]

Sections are named as in the window (``checkins``, ``sleep``, ``stress``, ``incidents``,
``exercises``, ``self-checks``, ``plan``); ``notes`` adds the free-text notes of the included sections. By
default: the last 14 days, every section, no notes. Journal entries are never included here:
in the window they are picked one by one. The PDF is not encrypted: the command warns first. It
is written whole or not at all, mode 0600; where it may go is the rule of every export
(``export_files.check_place``): never inside the data folder, and an existing file is replaced
only with ``--force``. Drawing needs Qt, loaded here inside the command on the offscreen
platform; the other commands never load it.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wellness_journal.cli.base import Command, Context
    from wellness_journal.storage.vault import Vault

    Opening = Callable[[Callable[[Vault, Context], int]], Command]

EXIT_OK = 0
DEFAULT_DAYS = 14


def register(add: Callable[..., argparse.ArgumentParser], opening: Opening) -> None:
    """Add the command to the parser (``cli.parser.build_parser`` calls this)."""
    from wellness_journal.reports.summary import headless_ids
    from wellness_journal.services.report_data import NOTES

    names = ",".join([*headless_ids(), NOTES])
    report = add(
        "report",
        "write a summary for a counselor as a PDF (not encrypted): the chosen sections of the "
        f"chosen days; by default the last {DEFAULT_DAYS} days, every section, no notes",
        opening(report_command),
        check=check_args,
    )
    report.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF file to write")
    report.add_argument("--from", dest="first", metavar="DATE", help="the first day, YYYY-MM-DD")
    report.add_argument("--to", dest="last", metavar="DATE", help="the last day (default: today)")
    report.add_argument(
        "--include",
        metavar="SECTION,...",
        help=f"the sections, from: {names} (notes adds the notes written in those sections)",
    )
    report.add_argument("--force", action="store_true", help="replace the file if it exists")


def _day(text: str | None, what: str) -> date | None:
    from wellness_journal.cli.base import UsageError

    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"{what} {text!r} is not a date (YYYY-MM-DD)") from None


def check_args(args: argparse.Namespace) -> None:
    """Dates and section names, checked before the vault is opened (exit 2 when wrong)."""
    from wellness_journal.cli.base import UsageError
    from wellness_journal.reports.summary import headless_ids, ordered
    from wellness_journal.services.report_data import NOTES, ReportRequest

    last = _day(args.last, "--to") or date.today()
    first = _day(args.first, "--from") or last - timedelta(days=DEFAULT_DAYS - 1)
    known = headless_ids()
    if args.include is None:
        chosen, notes = known, False
    else:
        chosen = [n.strip() for n in args.include.split(",") if n.strip()]
        unknown = [n for n in chosen if n not in known and n != NOTES]
        if unknown or not chosen:
            raise UsageError(
                f"unknown section {', '.join(unknown) or '(none)'}; choose from "
                f"{', '.join([*known, NOTES])}"
            )
        notes = NOTES in chosen
        if chosen == [NOTES]:
            raise UsageError("notes adds the notes of the sections you include: name some too")
    request = ReportRequest(first, last, ordered(chosen), notes=notes)
    problem = request.problem()
    if problem:
        raise UsageError(f"--from {first} --to {last}: {problem}")
    args.request = request


def report_command(vault: Vault, ctx: Context) -> int:
    from wellness_journal.app import quiet_qt_messages
    from wellness_journal.cli.base import check_out_file
    from wellness_journal.core.localzone import system_zone
    from wellness_journal.reports import summary, summary_pages
    from wellness_journal.services import report_words
    from wellness_journal.services.preferences import Preferences
    from wellness_journal.services.private_file import write_private
    from wellness_journal.services.report_data import ReportSource

    args, io = ctx.args, ctx.io
    out = Path(args.out)
    check_out_file(out, ctx.paths.data_dir, force=args.force)  # before drawing or warning
    io.stderr.write(f"warning: {report_words.WARNING}\n")
    zone = system_zone()
    source = ReportSource(vault.db, args.request, now=lambda: datetime.now(zone), zone=zone)
    report = summary.build_report(source, paper=Preferences(ctx.paths).region().paper)
    app = summary_pages.gui_application()
    quiet_qt_messages()
    layout = summary_pages.Layout(report)
    pages = layout.page_count
    try:
        data = layout.pdf_bytes()
    finally:
        layout.close()
    write_private(out, data, ctx.paths.data_dir, replace=args.force)
    del app
    parts = ", ".join(p.id for p in report.parts) or "no sections"
    io.stdout.write(f"wrote the summary to {out} ({pages} page(s): {parts})\n")
    return EXIT_OK
