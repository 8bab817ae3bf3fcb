"""The command line's arguments: each command is a sub-parser whose defaults name the function
that runs it (``func``), whether it makes the data folder and its argument check."""

from __future__ import annotations

import argparse

from wellness_journal import APP_ID, __version__
from wellness_journal.cli import commands as do
from wellness_journal.cli import crisis_card, report
from wellness_journal.cli.base import Command, opening


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=APP_ID,
        description="An offline, encrypted self-care journal. With no command, the window opens.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir", metavar="DIR", help="use the vault in DIR instead of the default"
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open a throwaway vault filled with made-up data (deleted on exit)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, help_text: str, func: Command, **more: object) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.set_defaults(func=func, **{"makes_folder": False, "check": None, **more})
        p.add_argument(
            "--passphrase-stdin",
            action="store_true",
            help="read the passphrase as the first line of standard input",
        )
        return p

    add("init", "create a new vault and print its recovery key once", do.init, makes_folder=True)
    add("verify", "check the vault's integrity (prints 'ok' or what is wrong)", opening(do.verify))
    add(
        "change-passphrase",
        "set a new passphrase (with --passphrase-stdin: old, then new line)",
        do.change_passphrase,
    )
    export = add(
        "export",
        "write everything to an unencrypted JSON file (--out), the logs as CSV files (--csv) or "
        "the journal as Markdown (--markdown)",
        opening(do.export),
        check=do.check_export_args,
    )
    export.add_argument(
        "--out", metavar="PATH", help="the JSON file (or, with --markdown, a folder)"
    )
    export.add_argument(
        "--markdown",
        choices=("entry", "year"),
        help="write journal entries as Markdown into the folder --out: one file per entry or per year",
    )
    export.add_argument(
        "--csv",
        metavar="DIR",
        help="write check-ins, stress entries, sleep periods (with time asleep, efficiency...) and "
        "exercise sessions as CSV files into DIR (a new or empty folder)",
    )
    export.add_argument("--force", action="store_true", help="replace the JSON file if it exists")
    imp = add(
        "import",
        "import a Wellness Journal JSON export, a jrnl JSON export (jrnl --export json), a "
        "plain-text jrnl journal or a Daylio CSV export (nothing is added twice)",
        opening(do.import_),
    )
    imp.add_argument("file", metavar="FILE", help="the file to import")
    backup = add(
        "backup",
        "write an encrypted backup file (opens with the passphrase or recovery key)",
        opening(do.back_up),
    )
    backup.add_argument(
        "--out", required=True, metavar="FILE", help="the backup file to write, or a folder for it"
    )
    backup.add_argument("--force", action="store_true", help="replace the file if it exists")
    restore = add(
        "restore",
        "restore a backup file into the data folder; a journal already there is kept aside",
        do.restore,
        makes_folder=True,
    )
    restore.add_argument("file", metavar="FILE", help="the backup file (.wjbackup)")
    crisis_card.register(add, opening)  # modules of their own: Qt draws, inside the command
    report.register(add, opening)
    return parser
