"""What every headless command shares: exit codes, streams, reading secrets, the process lock,
opening the vault, and turning errors into one calm line and an exit code."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING

from wellness_journal import APP_ID
from wellness_journal.core import passphrase as pp
from wellness_journal.core.errors import ErrorKind, WellnessError
from wellness_journal.storage.keyslots import KdfParams
from wellness_journal.storage.paths import AppPaths

if TYPE_CHECKING:
    from wellness_journal.storage.vault import Vault

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_WRONG_SECRET, EXIT_DAMAGED, EXIT_IN_USE = 0, 1, 2, 3, 4, 5

# Any other kind (a bad import file, a backup or journal too new, a refused --out...): EXIT_FAILED
_EXIT_FOR_KIND = {
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


def secret_lines(args: argparse.Namespace, io: Io, prompts: list[str]) -> list[str]:
    """Read one secret per prompt, from stdin lines or hidden prompts. UTF-8 text only (a C
    locale reads other bytes as lone surrogates, which no key derivation takes)."""
    if not args.passphrase_stdin and not io.stdin.isatty():
        raise UsageError("no terminal to ask for the passphrase: use --passphrase-stdin")
    values = []
    try:
        for prompt in prompts:
            if not args.passphrase_stdin:
                values.append(io.getpass(prompt).encode("utf-8").decode("utf-8"))
                continue
            line = io.stdin.readline()
            if not line:
                raise UsageError(f"expected a line on standard input for: {prompt.rstrip(': ')}")
            values.append(line.rstrip("\r\n").encode("utf-8").decode("utf-8"))
    except UnicodeError:
        raise UsageError(
            "the passphrase is not UTF-8 text; check the terminal's or the file's encoding"
        ) from None
    return values


def new_passphrase(args: argparse.Namespace, io: Io, value: str | None = None) -> str:
    if value is None:
        if args.passphrase_stdin:
            value = secret_lines(args, io, ["New passphrase: "])[0]
        else:
            first, second = secret_lines(
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


def check_out_file(out: Path, data_dir: Path, *, force: bool) -> None:
    """Where a command may write its one file (``--out``): a file name in a folder that exists
    (else a usage error), and the rule of every export (``export_files.check_place``): never
    inside the data folder, an existing file only with ``--force``."""
    from wellness_journal.services.export_files import check_place

    if out.is_dir():
        raise UsageError(f"{out} is a folder; give a file name")
    if not out.parent.is_dir():
        raise UsageError(f"the folder {out.parent} does not exist")
    check_place(out, data_dir, replace=force)


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
        if exc.kind is ErrorKind.PLACE_TAKEN:
            detail = f" ({exc.detail}; add --force to replace it)"
        io.stderr.write(f"{APP_ID}: {error_text(exc)}{detail}\n")
        return _EXIT_FOR_KIND.get(exc.kind, EXIT_FAILED)
    except KeyboardInterrupt:
        io.stderr.write(f"{APP_ID}: interrupted; nothing was changed\n")
        return EXIT_FAILED


def _dispatch(ctx: Context) -> int:
    """The command's checks, its folder, the process lock, a restore cut off earlier finished;
    then the command (``func``). ``restore`` finishes an interrupted restore itself."""
    from wellness_journal.storage.fsutil import ensure_private_dir
    from wellness_journal.storage.process_lock import ProcessLock
    from wellness_journal.storage.restore import finish_interrupted

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
        if args.command != "restore":
            finish_interrupted(paths)
        return int(args.func(ctx))


def opening(command: Callable[[Vault, Context], int]) -> Command:
    """``command`` run on the vault, opened with the passphrase and closed afterwards."""

    def run_on_vault(ctx: Context) -> int:
        vault = _open(ctx)
        try:
            return command(vault, ctx)
        finally:
            vault.close()

    return run_on_vault


def _open(ctx: Context) -> Vault:
    from wellness_journal.services.unlock import UnlockGate
    from wellness_journal.storage import vault as vault_mod

    args, paths, io = ctx.args, ctx.paths, ctx.io
    # Say "no vault" or "damaged" before asking for a secret.
    if vault_mod.inspect(paths) is vault_mod.VaultState.NEW:
        raise WellnessError(ErrorKind.NO_VAULT, str(paths.data_dir))
    secret = secret_lines(args, io, ["Passphrase: "])[0]
    unlocked = UnlockGate(paths, target=ctx.kdf).derive(secret)
    vault = vault_mod.Vault.open(paths, unlocked)
    if args.command != "verify":  # verify lists it with the other problems
        for note in vault.damage:
            io.stderr.write(f"warning: {note}\n")
    return vault


def default_io() -> Io:
    return Io(
        stdin=sys.stdin,
        stdout=sys.stdout,
        stderr=sys.stderr,
        getpass=lambda prompt: getpass.getpass(prompt, stream=sys.stderr),
    )
