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


def write_private(place: Path, data: bytes, data_dir: Path) -> None:
    """Raises InsideDataFolder, or VaultError when the file cannot be written."""
    if is_inside(place, data_dir):
        raise InsideDataFolder(f"{place} is inside the data folder")
    atomic_write(place, data)
