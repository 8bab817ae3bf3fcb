"""The headless ``crisis-card`` command: the safety plan's pocket card as a one-page PDF.

    wellness-journal [--data-dir DIR] crisis-card --out FILE.pdf [--force] [--passphrase-stdin]

With no plan yet, the card holds the crisis lines alone. The PDF is not encrypted: the command
warns first, like ``export``. It is written whole or not at all, mode 0600; never inside the data
folder, and an existing file is replaced only with ``--force``. Drawing the PDF needs Qt, so Qt
is loaded here, inside the command, on the offscreen platform (no display needed); the other
commands never load it.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from wellness_journal import APP_ID

if TYPE_CHECKING:
    from wellness_journal.cli import Command, Context
    from wellness_journal.storage.vault import Vault

    Opening = Callable[[Callable[[Vault, Context], int]], Command]

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def register(add: Callable[..., argparse.ArgumentParser], opening: Opening) -> None:
    """Add the command to the parser (``cli.build_parser`` calls this)."""
    card = add(
        "crisis-card",
        "write the safety plan's pocket card (its steps and the crisis lines) as a one-page PDF "
        "(not encrypted); with no plan yet, the crisis lines alone",
        opening(crisis_card),
    )
    card.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF file to write")
    card.add_argument("--force", action="store_true", help="replace the file if it exists")


def crisis_card(vault: Vault, ctx: Context) -> int:
    from wellness_journal.app import quiet_qt_messages
    from wellness_journal.reports import pocket_card
    from wellness_journal.services.contacts import ContactsService
    from wellness_journal.services.plan_words import CARD_WARNING
    from wellness_journal.services.preferences import Preferences
    from wellness_journal.services.private_file import place_problem
    from wellness_journal.services.safety_plan import SafetyPlanService

    args, io = ctx.args, ctx.io
    out = Path(args.out)
    problem = place_problem(out, ctx.paths.data_dir, replace=args.force)
    if problem:
        io.stderr.write(f"{APP_ID}: {problem}\n")
        return EXIT_FAILED
    steps = SafetyPlanService(vault.db).steps()
    lines = ContactsService(vault.db).crisis_lines()
    card = pocket_card.build_card(steps, lines, Preferences(ctx.paths).region())
    io.stderr.write(f"warning: {CARD_WARNING}\n")
    app = pocket_card.gui_application()
    quiet_qt_messages()
    pocket_card.write_pdf(card, out, ctx.paths.data_dir)
    del app
    what = "the safety plan and" if steps else "no safety plan yet:"
    io.stdout.write(f"wrote the pocket card to {out} ({what} {len(lines)} crisis line(s))\n")
    return EXIT_OK
