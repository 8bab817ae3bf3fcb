"""Headless commands: init, verify, change-passphrase, export, import, backup, restore.

They never wait for input other than the passphrase: warnings go to stderr. Exit codes:
0 ok, 1 could not do it (bad import file, cannot write the export...), 2 usage,
3 wrong passphrase, 4 damaged or unreadable vault, 5 locked by another process.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING

from wellness_journal import APP_ID, __version__
from wellness_journal.core import passphrase as pp
from wellness_journal.core.errors import ErrorKind, WellnessError
from wellness_journal.storage.keyslots import KdfParams
from wellness_journal.storage.paths import AppPaths

if TYPE_CHECKING:
    from wellness_journal.storage.vault import Vault

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_WRONG_SECRET, EXIT_DAMAGED, EXIT_IN_USE = 0, 1, 2, 3, 4, 5

_EXIT_FOR_KIND = {  # any other kind (a bad import file, a backup too new...): EXIT_FAILED
    **dict.fromkeys(
        (ErrorKind.WRONG_SECRET, ErrorKind.BAD_RECOVERY_KEY, ErrorKind.THROTTLED),
        EXIT_WRONG_SECRET,
    ),
    **dict.fromkeys(
        (
            ErrorKind.DAMAGED,
            ErrorKind.MISSING_DATABASE,
            ErrorKind.MISSING_KEYFILE,
            ErrorKind.NO_VAULT,
            ErrorKind.PERMISSION,
            ErrorKind.IO,
            ErrorKind.DISK_FULL,
            ErrorKind.BAD_BACKUP,
        ),
        EXIT_DAMAGED,
    ),
    ErrorKind.IN_USE: EXIT_IN_USE,
    ErrorKind.BAD_PASSPHRASE: EXIT_USAGE,
}


class UsageError(Exception):
    pass


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

    add("init", "create a new vault and print its recovery key once", _init, makes_folder=True)
    add("verify", "check the vault's integrity (prints 'ok' or what is wrong)", _opening(_verify))
    add(
        "change-passphrase",
        "set a new passphrase (with --passphrase-stdin: old, then new line)",
        _change_passphrase,
    )
    export = add(
        "export",
        "write everything to an unencrypted JSON file (--out), the logs as CSV files (--csv) or "
        "the journal as Markdown (--markdown)",
        _opening(_export),
        check=_check_export_args,
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
    imp = add(
        "import",
        "import a Wellness Journal JSON export, a jrnl JSON export (jrnl --export json), a "
        "plain-text jrnl journal or a Daylio CSV export (nothing is added twice)",
        _opening(_import),
    )
    imp.add_argument("file", metavar="FILE", help="the file to import")
    backup = add(
        "backup",
        "write an encrypted backup file (opens with the passphrase or recovery key)",
        _opening(_backup),
    )
    backup.add_argument(
        "--out", required=True, metavar="FILE", help="the backup file to write, or a folder for it"
    )
    restore = add(
        "restore",
        "restore a backup file into the data folder; a journal already there is kept aside",
        _restore,
        makes_folder=True,
    )
    restore.add_argument("file", metavar="FILE", help="the backup file (.wjbackup)")
    from wellness_journal import cli_crisis_card, cli_report  # modules of their own: Qt draws

    cli_crisis_card.register(add, _opening)
    cli_report.register(add, _opening)
    return parser


@dataclass
class Io:
    stdin: IO[str]
    stdout: IO[str]
    stderr: IO[str]
    getpass: Callable[[str], str]


@dataclass
class Context:
    """What a command gets: its arguments, the folder, the KDF for new key slots, the streams."""

    args: argparse.Namespace
    paths: AppPaths
    kdf: KdfParams
    io: Io


Command = Callable[[Context], int]


def _secret_lines(args: argparse.Namespace, io: Io, prompts: list[str]) -> list[str]:
    """Read one secret per prompt, from stdin lines or hidden prompts."""
    if args.passphrase_stdin:
        values = []
        for prompt in prompts:
            line = io.stdin.readline()
            if not line:
                raise UsageError(f"expected a line on standard input for: {prompt.rstrip(': ')}")
            values.append(line.rstrip("\r\n"))
        return values
    if not io.stdin.isatty():
        raise UsageError("no terminal to ask for the passphrase: use --passphrase-stdin")
    return [io.getpass(prompt) for prompt in prompts]


def _new_passphrase(args: argparse.Namespace, io: Io, value: str | None = None) -> str:
    if value is None:
        if args.passphrase_stdin:
            value = _secret_lines(args, io, ["New passphrase: "])[0]
        else:
            first, second = _secret_lines(
                args, io, ["New passphrase: ", "Repeat the new passphrase: "]
            )
            if first != second:
                raise UsageError("the two passphrases differ; nothing was changed")
            value = first
    pp.check_usable(value)
    from wellness_journal.services.messages import weakness_text

    for weakness in pp.weaknesses(value):
        io.stderr.write(f"warning: weak passphrase: {weakness_text(weakness)}\n")
    return value


def run(args: argparse.Namespace, paths: AppPaths, kdf: KdfParams, io: Io) -> int:
    """Run one headless command; returns the exit code. Never raises for expected errors."""
    from wellness_journal.services.messages import error_text

    try:
        return _dispatch(Context(args, paths, kdf, io))
    except UsageError as exc:
        io.stderr.write(f"{APP_ID}: {exc}\n")
        return EXIT_USAGE
    except WellnessError as exc:
        detail = f" ({exc.detail})" if exc.detail and exc.kind is not ErrorKind.BAD_IMPORT else ""
        io.stderr.write(f"{APP_ID}: {error_text(exc)}{detail}\n")
        return _EXIT_FOR_KIND.get(exc.kind, EXIT_FAILED)
    except KeyboardInterrupt:
        io.stderr.write(f"{APP_ID}: interrupted; nothing was changed\n")
        return EXIT_FAILED


def _dispatch(ctx: Context) -> int:
    """The command's checks, its folder, the process lock; then the command (``func``)."""
    from wellness_journal.storage.fsutil import ensure_private_dir
    from wellness_journal.storage.process_lock import ProcessLock

    args, paths = ctx.args, ctx.paths
    if getattr(args, "func", None) is None:
        raise UsageError("say which command to run (see --help)")
    if args.check is not None:
        args.check(args)
    if args.makes_folder:
        ensure_private_dir(paths.data_dir)
    elif not paths.data_dir.is_dir():
        raise WellnessError(ErrorKind.NO_VAULT, f"{paths.data_dir} does not exist")
    with ProcessLock(paths.lockfile):
        return int(args.func(ctx))


def _opening(command: Callable[[Vault, Context], int]) -> Command:
    """``command`` run on the vault, opened with the passphrase and closed afterwards."""

    def run_on_vault(ctx: Context) -> int:
        vault = _open(ctx.args, ctx.paths, ctx.io)
        try:
            return command(vault, ctx)
        finally:
            vault.close()

    return run_on_vault


def _open(args: argparse.Namespace, paths: AppPaths, io: Io) -> Vault:
    from wellness_journal.services.unlock import UnlockGate
    from wellness_journal.storage import vault as vault_mod

    # Say "no vault" or "damaged" before asking for a secret.
    if vault_mod.inspect(paths) is vault_mod.VaultState.NEW:
        raise WellnessError(ErrorKind.NO_VAULT, str(paths.data_dir))
    secret = _secret_lines(args, io, ["Passphrase: "])[0]
    unlocked = UnlockGate(paths).derive(secret)
    return vault_mod.Vault.open(paths, unlocked)


def _init(ctx: Context) -> int:
    from wellness_journal.storage.vault import Vault

    args, paths, kdf, io = ctx.args, ctx.paths, ctx.kdf, ctx.io
    passphrase = _new_passphrase(args, io)
    created = Vault.create(paths, passphrase, kdf=kdf)
    created.vault.close()
    io.stderr.write(
        "Your vault is ready. Below is your recovery key: it is shown only this once.\n"
        "Write it down or print it and keep it somewhere safe, away from this computer.\n"
        "It opens your journal if you forget your passphrase.\n"
    )
    io.stdout.write(created.recovery_key + "\n")
    return EXIT_OK


def _verify(vault: Vault, ctx: Context) -> int:
    io = ctx.io
    problems = vault.verify()
    if problems:
        for line in problems[:50]:
            io.stdout.write(f"{line}\n")
        io.stderr.write(f"{APP_ID}: the vault has {len(problems)} integrity problem(s)\n")
        return EXIT_DAMAGED
    io.stdout.write("ok\n")
    return EXIT_OK


def _change_passphrase(ctx: Context) -> int:
    from wellness_journal.services.unlock import UnlockGate
    from wellness_journal.storage import vault as vault_mod

    args, paths, kdf, io = ctx.args, ctx.paths, ctx.kdf, ctx.io
    if vault_mod.inspect(paths) is vault_mod.VaultState.NEW:
        raise WellnessError(ErrorKind.NO_VAULT, str(paths.data_dir))
    if args.passphrase_stdin:
        old, new = _secret_lines(
            args, io, ["Current passphrase or recovery key: ", "New passphrase: "]
        )
        new = _new_passphrase(args, io, new)
    else:
        old = _secret_lines(args, io, ["Current passphrase or recovery key: "])[0]
        new = ""
    unlocked = UnlockGate(paths).derive(old)
    vault = vault_mod.Vault.open(paths, unlocked)
    try:
        if not args.passphrase_stdin:
            new = _new_passphrase(args, io)
        vault.change_passphrase(new, kdf=kdf)
    finally:
        vault.close()
    io.stderr.write("The passphrase has been changed. Your recovery key still works.\n")
    return EXIT_OK


def _check_export_args(args: argparse.Namespace) -> None:
    if args.csv and (args.out or args.markdown):
        raise UsageError("--csv DIR writes CSV files on its own; leave out --out and --markdown")
    if not args.csv and not args.out:
        raise UsageError("say where: --out FILE (JSON), --markdown with --out DIR, or --csv DIR")


def _export(vault: Vault, ctx: Context) -> int:
    """Everything as JSON (--out FILE), the logs as CSV (--csv DIR), or Markdown (--out DIR)."""
    from wellness_journal.core.journal_markdown import Split
    from wellness_journal.services import exchange, export_files
    from wellness_journal.services.journal_io import export_markdown
    from wellness_journal.services.messages import export_warning

    args, io = ctx.args, ctx.io
    out = Path(args.csv or args.out)
    if (args.csv or args.markdown) and out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise UsageError(f"{out} is not an empty folder; give a new or empty folder")
    if not (args.csv or args.markdown) and out.is_dir():
        raise UsageError(f"{out} is a folder; give a file name")
    io.stderr.write(f"warning: {export_warning()}\n")
    if args.csv:
        written = export_files.write_csv(vault.db, out)
        summary = ", ".join(f"{name}: {n}" for name, n in written.counts.items())
        io.stdout.write(f"exported {len(written.files)} CSV file(s) to {out} ({summary})\n")
    elif args.markdown:
        count = export_markdown(vault.db, out, Split(args.markdown))
        io.stdout.write(f"exported {count} Markdown file(s) to {out}\n")
    else:
        counts = exchange.write_export(vault.db, out)
        summary = ", ".join(f"{name}: {n}" for name, n in counts.items())
        io.stdout.write(f"exported to {out} ({summary})\n")
    return EXIT_OK


def _import(vault: Vault, ctx: Context) -> int:
    from wellness_journal.services.journal_io import import_file

    io = ctx.io
    report = import_file(vault.db, Path(ctx.args.file))
    for note in report.notes:
        io.stderr.write(f"note: {note}\n")
    parts = [
        f"{name}: {report.added.get(name, 0)} added, {report.skipped.get(name, 0)} already there"
        for name in sorted(set(report.added) | set(report.skipped))
    ]
    io.stdout.write(f"imported {report.total_added} item(s); " + "; ".join(parts) + "\n")
    return EXIT_OK


def _backup(vault: Vault, ctx: Context) -> int:
    from wellness_journal.services import backup

    out, io = Path(ctx.args.out), ctx.io
    if not out.is_dir() and not out.parent.is_dir():
        raise UsageError(f"the folder {out.parent} does not exist")
    info = backup.make_manual(vault.paths, backup.BackupService(vault).source(), out)
    io.stdout.write(f"backed up to {info.path} ({_size(info.size)}, checked)\n")
    return EXIT_OK


def _restore(ctx: Context) -> int:
    from wellness_journal.services import backup
    from wellness_journal.storage.vault import Vault

    args, paths, io = ctx.args, ctx.paths, ctx.io
    backup_file = Path(args.file)
    if not backup_file.is_file():
        raise UsageError(f"{backup_file} does not exist or is not a file")
    info = backup.describe(backup_file)  # a bad file is refused before asking for a secret
    secret = _secret_lines(args, io, ["Passphrase or recovery key of the backup: "])[0]
    restored = backup.restore(paths, backup_file, secret)
    Vault.open(paths, restored.unlocked).close()  # migrates an older backup, checks it opens
    made = info.manifest.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
    if restored.set_aside is not None:
        io.stderr.write(f"The journal that was in this folder is kept in {restored.set_aside}\n")
    io.stdout.write(f"restored the backup made {made} into {paths.data_dir}\n")
    return EXIT_OK


def _size(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB" if n >= 1024 * 1024 else f"{max(1, n // 1024)} KB"


def default_io() -> Io:
    return Io(
        stdin=sys.stdin,
        stdout=sys.stdout,
        stderr=sys.stderr,
        getpass=lambda prompt: getpass.getpass(prompt, stream=sys.stderr),
    )
