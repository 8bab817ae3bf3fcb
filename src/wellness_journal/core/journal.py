"""Journal entries and prompts: values and the pure rules around them (tags, previews, identity)."""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timezone

MOODS = (1, 2, 3, 4, 5)  # 1 = very low ... 5 = very good; None = not given
PREVIEW_CHARS = 240
MAX_TAG_CHARS = 60


@dataclass(frozen=True)
class Entry:
    id: int | None
    uid: str
    written_at: datetime  # aware: the moment, in the offset the user was in
    title: str = ""
    body: str = ""
    tags: tuple[str, ...] = ()
    mood: int | None = None
    prompt: str = ""  # the prompt's question the entry started from, as it read then
    created_at: str = ""  # UTC ISO
    updated_at: str = ""

    @property
    def is_blank(self) -> bool:
        return not self.title.strip() and not self.body.strip()


@dataclass(frozen=True)
class EntryRow:
    """What the list shows for one entry (never the whole body)."""

    id: int
    written_at: datetime
    title: str
    preview: str
    tags: tuple[str, ...]
    mood: int | None
    snippet: str = ""  # with MATCH_START/MATCH_END around matches, when searching


@dataclass(frozen=True)
class EntryFilter:
    query: str = ""
    tag: str = ""
    since: date | None = None  # local day, inclusive
    until: date | None = None  # local day, inclusive

    @property
    def is_empty(self) -> bool:
        return not (self.query.strip() or self.tag or self.since or self.until)


@dataclass(frozen=True)
class Prompt:
    uid: str
    title: str
    text: str
    builtin: bool = False
    hidden: bool = False
    sort_order: int = 0


@dataclass
class ImportedEntry:
    """An entry read from another journal's file, before it is stored."""

    written_at: datetime
    title: str
    body: str
    tags: list[str] = field(default_factory=list)
    where: str = ""  # "line 12" or "entry 3", for messages
    mood: int | None = None  # one of MOODS, when the other journal had a mood that fits


# Markers put around matches in snippets; control characters never typed in a journal.
MATCH_START = "\x02"
MATCH_END = "\x03"


def utc_text(moment: datetime) -> str:
    """A sortable UTC form: 2024-03-02T03:15:00Z."""
    if moment.tzinfo is None:
        raise ValueError("entry times must be aware")
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def local_text(moment: datetime) -> str:
    """The moment with the offset the user was in: 2024-03-01T22:15:00-05:00."""
    if moment.tzinfo is None:
        raise ValueError("entry times must be aware")
    return moment.isoformat(timespec="seconds")


def parse_moment(text: str) -> datetime:
    value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if value.tzinfo is None:
        raise ValueError(f"time {text!r} has no UTC offset")
    return value


def clean_tag(raw: str) -> str:
    """One tag as stored: no leading # or @, inner spaces joined by '-', lower case."""
    tag = unicodedata.normalize("NFC", raw).strip().lstrip("#@").strip()
    tag = re.sub(r"\s+", "-", tag).casefold()
    return tag[:MAX_TAG_CHARS]


def clean_tags(raw: list[str] | tuple[str, ...] | str) -> tuple[str, ...]:
    """Tags from a list or from text separated by commas; empty and repeated ones dropped."""
    items = raw.split(",") if isinstance(raw, str) else list(raw)
    seen: list[str] = []
    for item in items:
        tag = clean_tag(item)
        if tag and tag not in seen:
            seen.append(tag)
    return tuple(seen)


_MD_LINE_MARKS = re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+(?:\[[ xX]\]\s+)?|\d+[.)]\s+)")
_MD_INLINE = re.compile(r"(\*\*|__|\*|_|`|~~)(?=\S)(.+?)(?<=\S)\1")
_MD_INLINE_MARKS = ("*", "_", "`", "~")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")


def plain_preview(body: str, limit: int = PREVIEW_CHARS) -> str:
    """The start of the body on one line, without Markdown marks, for the list."""
    lines = []
    size = 0
    for line in body[: limit * 8].splitlines():
        # Each pattern only where its marks are: most lines have none (a 10-year import spent
        # 0.2 s here, trying all three on every line).
        start = _MD_LINE_MARKS.match(line)
        if start:
            line = line[start.end() :]
        if "[" in line:
            line = _MD_LINK.sub(r"\1", line)
        if any(mark in line for mark in _MD_INLINE_MARKS):
            line = _MD_INLINE.sub(r"\2", line)
        line = line.strip()
        if line:
            lines.append(line)
            size += len(line) + 1
        if size > limit:
            break
    text = " ".join(lines)
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text


_JSON = json.JSONEncoder(ensure_ascii=False)  # json.dumps(..., ensure_ascii=False), made once


def fingerprint(title: str, body: str, tags: Iterable[str] = (), mood: int | None = None) -> str:
    """The identity of an entry's record: the same words, tags and mood.

    Whitespace, the split between title and body, Unicode normal forms and the order of the tags
    do not count, so the same entry read from a jrnl text file, a jrnl JSON export or our own
    export matches. Which moment it belongs to is matched apart (``moment_keys``).
    """
    words = " ".join(unicodedata.normalize("NFC", f"{title}\n{body}").split())
    record = _JSON.encode([words, sorted(set(tags)), mood])
    return hashlib.sha256(record.encode("utf-8")).hexdigest()


def moment_keys(print_: str, moment: datetime) -> tuple[str, str]:
    """(instant, wall clock): the record ``print_`` at the UTC minute of ``moment``, and at the
    minute its clock showed. A file that carries the instant (our export) matches on the first;
    a file of local times (jrnl, Daylio), read in whatever zone the computer is in now, matches
    on either, so reading it again after the zone changed adds nothing."""
    instant = moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%MZ")
    return f"{print_}@{instant}", f"{print_}@{moment:%Y-%m-%dT%H:%M}"


def word_count(text: str) -> int:
    return len(text.split())
