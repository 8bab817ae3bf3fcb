"""Exports for people and other tools: everything as JSON, the logs as CSV, the journal as Markdown.

These files are NOT encrypted: callers warn first. Each file is written whole or not at all
(temp file in the same folder, mode 0600, renamed into place); nothing already there is
overwritten unless the user said so. Nothing is ever written inside the journal's data folder
(``check_place``, the rule for backups too). Runs on any thread with its own connection.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from pathlib import Path

from wellness_journal.core import export_tables
from wellness_journal.core.errors import ErrorKind, VaultError
from wellness_journal.core.journal_markdown import Split
from wellness_journal.services import exchange, journal_io
from wellness_journal.storage.connection import Database
from wellness_journal.storage.fsutil import atomic_write, ensure_private_dir
from wellness_journal.storage.repositories import checkins as checkins_repo
from wellness_journal.storage.repositories import coping as coping_repo
from wellness_journal.storage.repositories import selfchecks as selfchecks_repo
from wellness_journal.storage.repositories import sleep as sleep_repo
from wellness_journal.storage.repositories import stress as stress_repo

Progress = Callable[[int, int], None]  # (done, total)


class ExportKind(str, Enum):
    JSON = "json"  # everything, one file
    CSV = "csv"  # one file per log, in a folder
    MARKDOWN_ENTRY = "markdown-entry"  # one file per journal entry, in a folder
    MARKDOWN_YEAR = "markdown-year"  # one file per year, in a folder

    @property
    def is_folder(self) -> bool:
        return self is not ExportKind.JSON


CSV_FILES = (
    "checkins.csv",
    "stress.csv",
    "sleep.csv",
    "exercise_sessions.csv",
    "self_checks.csv",
)


@dataclass
class Written:
    kind: ExportKind
    place: Path  # the JSON file, or the folder that holds the files
    files: list[Path] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)  # records per file or section


def check_place(place: Path, data_dir: Path, *, file: bool = True, replace: bool = False) -> None:
    """Where an export or a backup may go, in the window and on the command line alike.

    Never inside the journal's data folder, however the path is spelled (``..``, links): an
    export there could replace the encrypted database or its key file, or sit among the journal's
    files unnoticed. A ``file`` that exists is replaced only with ``replace`` (the user was
    asked, or gave --force), and never when it is a folder."""
    if is_inside(place, data_dir):
        raise VaultError(ErrorKind.INSIDE_DATA_FOLDER, f"{place} is inside the data folder")
    if file and (place.exists() or place.is_symlink()) and not (replace and place.is_file()):
        raise VaultError(ErrorKind.PLACE_TAKEN, f"{place} already exists")


def is_inside(place: Path, folder: Path) -> bool:
    """True when ``place`` is ``folder`` or lies inside it (after links and ``..``)."""
    target = os.path.normcase(str(place.expanduser().resolve()))
    base = os.path.normcase(str(folder.expanduser().resolve()))
    return target == base or target.startswith(base.rstrip(os.sep) + os.sep)


def _tables(db: Database) -> dict[str, export_tables.Table]:
    return {
        "checkins.csv": export_tables.checkins_table(checkins_repo.list_all(db)),
        "stress.csv": export_tables.stress_table(stress_repo.list_all(db)),
        "sleep.csv": export_tables.sleep_table(sleep_repo.list_all(db)),
        "exercise_sessions.csv": export_tables.sessions_table(coping_repo.list_sessions(db)),
        "self_checks.csv": export_tables.selfchecks_table(selfchecks_repo.list_all(db)),
    }


@contextlib.contextmanager
def _all_or_nothing(folder: Path) -> Iterator[None]:
    """On failure, remove what this export wrote in ``folder`` (and the folder, if it made it):
    no half export, and no stray copies of the user's words."""
    existed = folder.exists()
    before = set(folder.iterdir()) if folder.is_dir() else set()
    try:
        yield
    except BaseException:
        if folder.is_dir():
            for path in set(folder.iterdir()) - before:
                with contextlib.suppress(OSError):
                    path.unlink()
            if not existed:
                with contextlib.suppress(OSError):
                    folder.rmdir()
        raise


def write_csv(db: Database, folder: Path, progress: Progress | None = None) -> Written:
    """One CSV file per log in ``folder`` (made private when new); refuses to overwrite."""
    clashes = [name for name in CSV_FILES if (folder / name).exists()]
    if clashes:
        raise FileExistsError(f"{folder / clashes[0]} already exists")
    tables = _tables(db)
    written = Written(ExportKind.CSV, folder)
    with _all_or_nothing(folder):
        ensure_private_dir(folder)
        for done, name in enumerate(CSV_FILES, start=1):
            atomic_write(folder / name, export_tables.to_csv(tables[name]))
            written.files.append(folder / name)
            written.counts[name] = len(tables[name][1])
            if progress is not None:
                progress(done, len(CSV_FILES))
    return written


def export(
    db: Database,
    kind: ExportKind,
    place: Path,
    progress: Progress | None = None,
    *,
    replace: bool = False,
) -> Written:
    """Write ``kind`` to ``place``: a JSON file (replaced only with ``replace``), or a new or
    empty folder for the other kinds. Never inside the data folder of ``db``."""
    check_place(place, db.path.parent, file=not kind.is_folder, replace=replace)
    if kind is ExportKind.CSV:
        return write_csv(db, place, progress)
    if kind is ExportKind.JSON:
        counts = exchange.write_export(db, place)  # atomic: the old file stays until it is done
        if progress is not None:
            progress(1, 1)
        return Written(kind, place, [place], counts)
    split = Split.ENTRY if kind is ExportKind.MARKDOWN_ENTRY else Split.YEAR
    existed = place.exists()
    before = set(place.iterdir()) if place.is_dir() else set()
    with _all_or_nothing(place):
        count = journal_io.export_markdown(db, place, split)
    if progress is not None:
        progress(1, 1)
    files = sorted(set(place.iterdir()) - before)
    if not files and not existed:  # no entries yet: no empty folder left behind
        with contextlib.suppress(OSError):
            place.rmdir()
    return Written(kind, place, files, {"journal_entries": count})


def default_name(kind: ExportKind, today: date) -> str:
    """A file or folder name that says what it is and when it was made."""
    stamp = today.isoformat()
    return {
        ExportKind.JSON: f"wellness-journal-{stamp}.json",
        ExportKind.CSV: f"wellness-journal-csv-{stamp}",
        ExportKind.MARKDOWN_ENTRY: f"wellness-journal-markdown-{stamp}",
        ExportKind.MARKDOWN_YEAR: f"wellness-journal-markdown-by-year-{stamp}",
    }[kind]


def free_place(parent: Path, name: str) -> Path:
    """``parent / name``, or with -2, -3... before the suffix when that is taken."""
    candidate = parent / name
    stem, suffix = (name[: -len(".json")], ".json") if name.endswith(".json") else (name, "")
    count = 2
    while candidate.exists():
        candidate = parent / f"{stem}-{count}{suffix}"
        count += 1
    return candidate
