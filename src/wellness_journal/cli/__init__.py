"""Headless commands: init, verify, change-passphrase, export, import, backup, restore,
crisis-card.

They never wait for input other than the passphrase: warnings go to stderr. Exit codes:
0 ok, 1 could not do it (bad import file, a refused --out, a journal or backup too new...),
2 usage, 3 wrong passphrase, 4 damaged or unreadable vault, 5 locked by another process.

``base.py`` holds what every command shares (streams, secrets, the lock, opening the vault,
errors to exit codes), ``commands.py`` the commands, ``parser.py`` the arguments, and
``crisis_card.py`` the one command that needs Qt (loaded inside it). No PySide6 is imported
by any other command (tests/cli/test_cli_headless.py).
"""

from __future__ import annotations

from wellness_journal.cli.base import (
    EXIT_DAMAGED,
    EXIT_FAILED,
    EXIT_IN_USE,
    EXIT_OK,
    EXIT_USAGE,
    EXIT_WRONG_SECRET,
    Command,
    Context,
    Io,
    UsageError,
    default_io,
    run,
)
from wellness_journal.cli.parser import build_parser

__all__ = [
    "EXIT_DAMAGED",
    "EXIT_FAILED",
    "EXIT_IN_USE",
    "EXIT_OK",
    "EXIT_USAGE",
    "EXIT_WRONG_SECRET",
    "Command",
    "Context",
    "Io",
    "UsageError",
    "build_parser",
    "default_io",
    "run",
]
