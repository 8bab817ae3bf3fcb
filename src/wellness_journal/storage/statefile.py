"""Small JSON files beside the vault that hold no user content (preferences, unlock throttle)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from wellness_journal.storage.fsutil import FileRefused, atomic_write, read_regular_file

MAX_STATE_BYTES = 64 * 1024


def read_json(path: Path) -> dict[str, Any]:
    """The file's object, or an empty one when it is missing or unreadable."""
    try:
        data = json.loads(read_regular_file(path, MAX_STATE_BYTES).decode("utf-8"))
    except (OSError, ValueError, RecursionError, FileRefused):
        return {}
    return data if isinstance(data, dict) else {}


def write_json(path: Path, data: dict[str, Any]) -> None:
    atomic_write(path, json.dumps(data, indent=1, sort_keys=True).encode("utf-8"))
