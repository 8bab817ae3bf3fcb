"""Small JSON files beside the vault that hold no user content (preferences, unlock throttle)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from wellness_journal.storage.fsutil import atomic_write


def read_json(path: Path) -> dict[str, Any]:
    """The file's object, or an empty one when it is missing or unreadable."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def write_json(path: Path, data: dict[str, Any]) -> None:
    atomic_write(path, json.dumps(data, indent=1, sort_keys=True).encode("utf-8"))
