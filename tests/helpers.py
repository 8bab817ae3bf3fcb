"""Helpers for tests: scanning files for a marker text."""

from __future__ import annotations

from pathlib import Path


def encodings_of(marker: str) -> list[bytes]:
    return [marker.encode("utf-8"), marker.encode("utf-16-le"), marker.encode("utf-16-be")]


def files_containing(folder: Path, marker: str) -> list[Path]:
    """Every file under ``folder`` whose bytes contain ``marker`` in UTF-8 or UTF-16."""
    needles = encodings_of(marker)
    hits = []
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            if any(n in data for n in needles):
                hits.append(path)
    return hits
