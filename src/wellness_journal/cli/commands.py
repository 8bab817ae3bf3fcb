"""The headless commands themselves: init, verify, change-passphrase, export, import, backup,
restore. Each takes a ``Context`` (and, wrapped in ``opening``, the opened vault) and returns
an exit code; expected errors are raised as ``WellnessError`` or ``UsageError``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from wellness_journal import APP_ID
from wellness_journal.cli.base import (
    EXIT_DAMAGED,
    EXIT_OK,
    Context,
    UsageError,
    new_passphrase,
    secret_lines,
)
from wellness_journal.core.errors import ErrorKind, WellnessError

if TYPE_CHECKING:
    from wellness_journal.storage.vault import Vault


def init(ctx: Context) -> int:
    from wellness_journal.storage.vault import Vault

    args, paths, kdf, io = ctx.args, ctx.paths, ctx.kdf, ctx.io
    passphrase = new_passphrase(args, io)
    created = Vault.create(paths, passphrase, kdf=kdf)
    created.vault.close()
    io.stderr.write(
        "Your vault is ready. Below is your recovery key: it is shown only this once.\n"
        "Write it down or print it and keep it somewhere safe, away from this computer.\n"
        "It opens your journal if you forget your passphrase.\n"
    )
    io.stdout.write(created.recovery_key + "\n")
    return EXIT_OK


def verify(vault: Vault, ctx: Context) -> int:
    io = ctx.io
    problems = vault.verify()
    if problems:
        for line in problems[:50]:
            io.stdout.write(f"{line}\n")
        io.stderr.write(f"{APP_ID}: the vault has {len(problems)} integrity problem(s)\n")
        return EXIT_DAMAGED
    io.stdout.write("ok\n")
    return EXIT_OK


def change_passphrase(ctx: Context) -> int:
    from wellness_journal.services.unlock import UnlockGate
    from wellness_journal.storage import vault as vault_mod

    args, paths, kdf, io = ctx.args, ctx.paths, ctx.kdf, ctx.io
    if vault_mod.inspect(paths) is vault_mod.VaultState.NEW:
        raise WellnessError(ErrorKind.NO_VAULT, str(paths.data_dir))
    if args.passphrase_stdin:
        old, new = secret_lines(
            args, io, ["Current passphrase or recovery key: ", "New passphrase: "]
        )
        new = new_passphrase(args, io, new)
    else:
        old = secret_lines(args, io, ["Current passphrase or recovery key: "])[0]
        new = ""
    unlocked = UnlockGate(paths, target=kdf).derive(old)
    vault = vault_mod.Vault.open(paths, unlocked)
    try:
        if not args.passphrase_stdin:
            new = new_passphrase(args, io)
        vault.change_passphrase(new, kdf=kdf)
    finally:
        vault.close()
    io.stderr.write("The passphrase has been changed. Your recovery key still works.\n")
    return EXIT_OK


def check_export_args(args: argparse.Namespace) -> None:
    if args.csv and (args.out or args.markdown):
        raise UsageError("--csv DIR writes CSV files on its own; leave out --out and --markdown")
    if not args.csv and not args.out:
        raise UsageError("say where: --out FILE (JSON), --markdown with --out DIR, or --csv DIR")


def export(vault: Vault, ctx: Context) -> int:
    """Everything as JSON (--out FILE), the logs as CSV (--csv DIR), or Markdown (--out DIR).

    Never inside the data folder; an existing JSON file is replaced only with --force, and the
    folder kinds want a new or empty folder (``export_files.check_place``)."""
    from wellness_journal.services import export_files
    from wellness_journal.services.messages import export_warning

    args, io = ctx.args, ctx.io
    kind = export_files.ExportKind.JSON
    if args.csv:
        kind = export_files.ExportKind.CSV
    elif args.markdown:
        kind = export_files.ExportKind(f"markdown-{args.markdown}")
    out = Path(args.csv or args.out)
    if kind.is_folder and out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise UsageError(f"{out} is not an empty folder; give a new or empty folder")
    if not kind.is_folder and out.is_dir():
        raise UsageError(f"{out} is a folder; give a file name")
    replace = bool(args.force) and not kind.is_folder
    export_files.check_place(out, vault.paths.data_dir, file=not kind.is_folder, replace=replace)
    io.stderr.write(f"warning: {export_warning()}\n")
    written = export_files.export(vault.db, kind, out, replace=replace)
    summary = ", ".join(f"{name}: {n}" for name, n in written.counts.items())
    if kind is export_files.ExportKind.CSV:
        io.stdout.write(f"exported {len(written.files)} CSV file(s) to {out} ({summary})\n")
    elif kind.is_folder:
        io.stdout.write(f"exported {len(written.files)} Markdown file(s) to {out}\n")
    else:
        io.stdout.write(f"exported to {out} ({summary})\n")
    return EXIT_OK


def import_(vault: Vault, ctx: Context) -> int:
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


def back_up(vault: Vault, ctx: Context) -> int:
    from wellness_journal.services import backup, export_files

    out, io = Path(ctx.args.out), ctx.io
    export_files.check_place(out, vault.paths.data_dir, file=False)
    if not out.is_dir() and not out.parent.is_dir():
        raise UsageError(f"the folder {out.parent} does not exist")
    info = backup.make_manual(
        vault.paths, backup.BackupService(vault).source(), out, replace=ctx.args.force
    )
    io.stdout.write(f"backed up to {info.path} ({size_text(info.size)}, checked)\n")
    return EXIT_OK


def restore(ctx: Context) -> int:
    from wellness_journal.services import backup
    from wellness_journal.storage.vault import Vault

    args, paths, io = ctx.args, ctx.paths, ctx.io
    backup_file = Path(args.file)
    if not backup_file.is_file():
        raise UsageError(f"{backup_file} does not exist or is not a file")
    info = backup.describe(backup_file)  # a bad file is refused before asking for a secret
    secret = secret_lines(args, io, ["Passphrase or recovery key of the backup: "])[0]
    restored = backup.restore(paths, backup_file, secret)
    Vault.open(paths, restored.unlocked).close()  # migrates an older backup, checks it opens
    made = info.manifest.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
    if restored.set_aside is not None:
        io.stderr.write(f"The journal that was in this folder is kept in {restored.set_aside}\n")
    io.stdout.write(f"restored the backup made {made} into {paths.data_dir}\n")
    return EXIT_OK


def size_text(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB" if n >= 1024 * 1024 else f"{max(1, n // 1024)} KB"
