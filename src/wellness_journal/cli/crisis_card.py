"""The headless ``crisis-card`` command: the safety plan's pocket card as a one-page PDF.

    wellness-journal [--data-dir DIR] crisis-card --out FILE.pdf [--force] [--passphrase-stdin]

With no plan yet, the card holds the crisis lines alone. The PDF is not encrypted: the command
warns first, like ``export``. It is written whole or not at all, mode 0600; where it may go is
the rule of every export (``export_files.check_place``): never inside the data folder, and an
existing file is replaced only with ``--force``. Drawing the PDF needs Qt, so Qt is loaded here,
inside the command, on the offscreen platform (no display needed); the other commands never
load it.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wellness_journal.cli.base import Command, Context
    from wellness_journal.storage.vault import Vault

    Opening = Callable[[Callable[[Vault, Context], int]], Command]

EXIT_OK = 0


def register(add: Callable[..., argparse.ArgumentParser], opening: Opening) -> None:
    """Add the command to the parser (``cli.parser.build_parser`` calls this)."""
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
    from wellness_journal.cli.base import check_out_file
    from wellness_journal.reports import pocket_card
    from wellness_journal.services.contacts import ContactsService
    from wellness_journal.services.plan_words import CARD_WARNING
    from wellness_journal.services.preferences import Preferences
    from wellness_journal.services.safety_plan import SafetyPlanService

    args, io, data_dir = ctx.args, ctx.io, ctx.paths.data_dir
    out = Path(args.out)
    check_out_file(out, data_dir, force=args.force)  # before drawing or warning
    steps = SafetyPlanService(vault.db).steps()
    lines = ContactsService(vault.db).crisis_lines()
    card = pocket_card.build_card(steps, lines, Preferences(ctx.paths).region())
    io.stderr.write(f"warning: {CARD_WARNING}\n")
    app = pocket_card.gui_application()
    quiet_qt_messages()
    pocket_card.write_pdf(card, out, data_dir, replace=args.force)
    del app
    what = "the safety plan and" if steps else "no safety plan yet:"
    io.stdout.write(f"wrote the pocket card to {out} ({what} {len(lines)} crisis line(s))\n")
    return EXIT_OK
