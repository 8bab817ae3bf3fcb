"""Entries as Markdown files: one file per entry, or one file per year."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from enum import Enum

from wellness_journal.core.journal import Entry

MOOD_WORDS = {1: "very low", 2: "low", 3: "okay", 4: "good", 5: "very good"}


class Split(str, Enum):
    ENTRY = "entry"
    YEAR = "year"


def slug(text: str, limit: int = 40) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.sub(r"[^A-Za-z0-9]+", "-", ascii_text).strip("-").lower()
    return words[:limit].rstrip("-")


def entry_markdown(entry: Entry, *, heading_level: int = 1) -> str:
    """The entry with a heading, a line of facts (time, mood, tags), the prompt and the body.

    The body is written exactly as the user typed it.
    """
    when = entry.written_at.strftime("%Y-%m-%d %H:%M (UTC%z)")
    marks = "#" * heading_level
    heading = f"{marks} {entry.title.strip()}" if entry.title.strip() else f"{marks} {when}"
    facts = [when] if entry.title.strip() else []
    if entry.mood is not None:
        facts.append(f"mood: {MOOD_WORDS.get(entry.mood, str(entry.mood))}")
    if entry.tags:
        facts.append("tags: " + ", ".join(f"#{t}" for t in entry.tags))
    parts = [heading, ""]
    if facts:
        parts += ["*" + " · ".join(facts) + "*", ""]
    if entry.prompt:
        parts += ["> " + line for line in entry.prompt.splitlines()] + [""]
    parts.append(entry.body.rstrip("\n"))
    return "\n".join(parts).rstrip("\n") + "\n"


def render(entries: Iterable[Entry], split: Split) -> list[tuple[str, str]]:
    """(file name, text) pairs, oldest first; file names are unique and safe on every system."""
    files: list[tuple[str, str]] = []
    if split is Split.ENTRY:
        used: set[str] = set()
        for entry in sorted(entries, key=lambda e: e.written_at):
            base = entry.written_at.strftime("%Y-%m-%d-%H%M")
            name_slug = slug(entry.title)
            stem = f"{base}-{name_slug}" if name_slug else base
            name = f"{stem}.md"
            count = 2
            while name in used:
                name = f"{stem}-{count}.md"
                count += 1
            used.add(name)
            files.append((name, entry_markdown(entry)))
        return files
    by_year: dict[int, list[str]] = {}
    for entry in sorted(entries, key=lambda e: e.written_at):
        by_year.setdefault(entry.written_at.year, []).append(entry_markdown(entry, heading_level=2))
    for year, texts in sorted(by_year.items()):
        files.append((f"{year}.md", f"# {year}\n\n" + "\n---\n\n".join(texts)))
    return files
