"""Writing a readable copy the user asked for (the pocket card) where they chose.

Where it may go is the one rule for every export and backup, ``export_files.check_place``:
never inside the journal's data folder (however the path is spelled: ``..``, links), and an
existing file only when the user said so (``--force``, or the file dialog's question). The file
is written whole or not at all, mode 0600 (a temporary file in the same folder, renamed into
place)."""

from __future__ import annotations

from pathlib import Path

from wellness_journal.services.export_files import check_place
from wellness_journal.storage.fsutil import atomic_write


def write_private(place: Path, data: bytes, data_dir: Path, *, replace: bool = False) -> None:
    """Raises VaultError: INSIDE_DATA_FOLDER, PLACE_TAKEN, or when the file cannot be written."""
    check_place(place, data_dir, replace=replace)
    atomic_write(place, data)
