"""Writing a readable copy the user asked for (the pocket card) where they chose.

Never inside the journal's data folder, however the path is spelled (``..``, links): an
unencrypted copy must not sit among the journal's files unnoticed. The file is written whole or
not at all, mode 0600 (a temporary file in the same folder, renamed into place)."""

from __future__ import annotations

from pathlib import Path

from wellness_journal.storage.fsutil import atomic_write


class InsideDataFolder(ValueError):
    """The place chosen lies inside the journal's data folder."""


def is_inside(place: Path, folder: Path) -> bool:
    """True when ``place`` is ``folder`` or lies inside it (after links and ``..``)."""
    target, base = place.expanduser().resolve(), folder.expanduser().resolve()
    return target == base or base in target.parents


def place_problem(place: Path, data_dir: Path, *, replace: bool) -> str:
    """What is wrong with ``place`` for a new file, in the command line's words ("" if fine):
    a folder, a folder that does not exist, the data folder, a file there without ``replace``."""
    if place.is_dir():
        return f"{place} is a folder; give a file name"
    if not place.parent.is_dir():
        return f"the folder {place.parent} does not exist"
    if is_inside(place, data_dir):
        return f"{place} is inside the journal's data folder; choose a place outside it"
    if (place.exists() or place.is_symlink()) and not replace:
        return f"{place} already exists; add --force to replace it"
    return ""


def write_private(place: Path, data: bytes, data_dir: Path) -> None:
    """Raises InsideDataFolder, or VaultError when the file cannot be written."""
    if is_inside(place, data_dir):
        raise InsideDataFolder(f"{place} is inside the data folder")
    atomic_write(place, data)
