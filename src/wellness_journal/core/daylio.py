"""Read Daylio's CSV export ("More → Export entries → CSV") and map it onto the journal.

The layouts seen in Daylio exports over the years (the header names the columns):

    full_date,date,weekday,time,mood,activities,note_title,note          (current, 8 columns)
    full_date,date,weekday,time,mood,activities,note                     (older, 7 columns)
    year,date,weekday,time,mood,activities,note                          (oldest, 7 columns)
    full_date,date,weekday,time,mood,activities,scales,note_title,note   (with scales)

UTF-8 with a byte-order mark, RFC-4180 quoting (``""`` inside quoted fields), newest row first,
several rows a day allowed. ``time`` is written in the phone's format: "9:15 pm" or "21:15".
``date`` and ``weekday`` are localised and only read when there is no ``full_date`` (then
``date`` is "18 May" or "May 18" in English). Activities are separated by `` | ``. Notes can
carry a little HTML (``<br>``, ``<b>``, entities).

Mapping (what fits, nothing dropped):
- every row becomes a journal entry at its date and time (local time on this computer);
  the note title is its title, the note its body; a row without a note is titled
  "Daylio: <mood>" and its body lists its activities;
- Daylio's five default moods (rad, good, meh, bad, awful) become the entry's mood 5..1, and the
  day's check-in mood where the day has none yet (the latest such row of the day counts);
- activities become tags, and every entry is tagged ``daylio``; any other mood label is kept as a
  tag ``mood-<label>`` (and in the title of a row without a note) and listed in the report.
"""

from __future__ import annotations

import csv
import html
import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time

from wellness_journal.core.errors import ImportFileError
from wellness_journal.core.journal import ImportedEntry, clean_tag, clean_tags

DEFAULT_MOODS = {"rad": 5, "good": 4, "meh": 3, "bad": 2, "awful": 1}
SOURCE_TAG = "daylio"
MOOD_TAG_PREFIX = "mood"
MAX_FIELD = 1_000_000  # characters in one field; Daylio's notes are far shorter
MIN_YEAR, MAX_YEAR = 1970, 2999  # a phone's clock; also keeps local-time maths in range
MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}

Localize = Callable[[datetime], datetime]


@dataclass(frozen=True)
class DaylioRow:
    line: int  # where the row starts in the file, for messages
    day: date
    at: time
    mood: str  # the label as written, trimmed
    activities: tuple[str, ...] = ()
    title: str = ""
    note: str = ""
    scales: str = ""

    @property
    def level(self) -> int | None:
        """5..1 for Daylio's default moods, None for any other label."""
        return DEFAULT_MOODS.get(self.mood.casefold())


# -- recognising and reading the file ----------------------------------------------------------------


def _header_names(first_line: str) -> list[str]:
    try:
        row = next(csv.reader([first_line]))
    except (csv.Error, StopIteration):
        return []
    return [name.strip().lstrip("\ufeff").strip().casefold() for name in row]


def looks_like_daylio(text: str) -> bool:
    """True when the first line is a Daylio CSV header."""
    first = text.lstrip("\ufeff").split("\n", 1)[0].rstrip("\r")
    names = set(_header_names(first))
    return {"mood", "time", "activities"} <= names and bool({"full_date", "year"} & names)


def _line_error(line: int, message: str) -> ImportFileError:
    return ImportFileError(f"line {line}: {message}", where=f"line {line}")


_TIME = re.compile(r"^(\d{1,2})[:.](\d{2})(?::(\d{2}))?\s*(?:([aApP])\.?\s*[mM]\.?)?$")


def parse_time(text: str) -> time:
    """ "9:15 pm", "12:05 am", "09:15 PM", "21:15", "7:05": raises ValueError otherwise."""
    match = _TIME.match(text.strip())
    if not match:
        raise ValueError(text)
    hour, minute = int(match.group(1)), int(match.group(2))
    second = int(match.group(3) or 0)
    half = match.group(4)
    if half:
        if not 1 <= hour <= 12:
            raise ValueError(text)
        hour = hour % 12 + (12 if half.lower() == "p" else 0)
    return time(hour, minute, second)  # raises ValueError for 24:00, :61...


_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse_day(full_date: str | None, year: str | None, day_text: str | None) -> date:
    """From ``full_date`` (2024-03-01), or from ``year`` and an English ``date`` ("18 May")."""
    if full_date is not None:
        text = full_date.strip()
        if not _ISO_DAY.match(text):
            raise ValueError(text)
        return date.fromisoformat(text)
    words = re.findall(r"[A-Za-z]+|\d+", day_text or "")
    months = [MONTHS[w.casefold()] for w in words if w.casefold() in MONTHS]
    numbers = [int(w) for w in words if w.isdigit()]
    if len(months) != 1 or len(numbers) != 1 or not (year or "").strip().isdigit():
        raise ValueError(day_text or "")
    return date(int((year or "").strip()), months[0], numbers[0])


_BREAK = re.compile(r"<\s*br\s*/?\s*>|<\s*/\s*(?:p|div)\s*>", re.IGNORECASE)
_ITEM = re.compile(r"<\s*li(?:\s[^<>]*)?>", re.IGNORECASE)
_BOLD = re.compile(r"<\s*/?\s*(?:b|strong)\s*>", re.IGNORECASE)
_ITALIC = re.compile(r"<\s*/?\s*(?:i|em)\s*>", re.IGNORECASE)
_OTHER = re.compile(
    r"<\s*/?\s*(?:p|div|li|span|ul|ol|u|s|strike|font|h[1-6])(?:\s[^<>]*)?/?\s*>", re.IGNORECASE
)


def note_text(raw: str) -> str:
    """A Daylio note as plain text with Markdown marks: line breaks, lists, bold and italics.

    Only the few tags Daylio writes are read; any other ``<`` stays as it was typed."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    text = _ITEM.sub("\n- ", text)
    text = _BREAK.sub("\n", text)
    text = _BOLD.sub("**", text)
    text = _ITALIC.sub("*", text)
    text = _OTHER.sub("", text)
    text = html.unescape(text)
    lines = [line.rstrip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _records(text: str) -> list[tuple[int, list[str]]]:
    """(line where the record starts, fields) for every non-blank record."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    records: list[tuple[int, list[str]]] = []
    while True:
        start = reader.line_num + 1
        try:
            fields = next(reader)
        except StopIteration:
            return records
        except csv.Error as exc:
            raise _line_error(start, f"this is not valid CSV here ({exc})") from None
        if any(len(f) > MAX_FIELD for f in fields):
            raise _line_error(start, "a field is too long to be a Daylio entry")
        if fields and any(f.strip() for f in fields):
            records.append((start, fields))


def parse(text: str) -> list[DaylioRow]:
    """Every row of a Daylio CSV export, oldest first; raises ImportFileError naming the line."""
    text = text.lstrip("\ufeff")
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise _line_error(line, "the file holds a NUL character, which a Daylio export never has")
    records = _records(text)
    if not records or not looks_like_daylio(",".join(records[0][1])):
        raise ImportFileError(
            "this is not a Daylio CSV export (its first line should name the columns "
            "full_date, date, weekday, time, mood, activities, note)",
            where="line 1",
        )
    names = [n.strip().lstrip("\ufeff").strip().casefold() for n in records[0][1]]
    if len(set(names)) != len(names):
        raise _line_error(records[0][0], "a column name appears twice")
    rows = []
    for line, fields in records[1:]:
        if len(fields) != len(names):
            raise _line_error(
                line, f"there are {len(fields)} values where the header names {len(names)}"
            )
        rows.append(_row(line, dict(zip(names, fields, strict=True))))
    rows.sort(key=lambda r: (r.day, r.at, r.line))
    return rows


def _row(line: int, cells: dict[str, str]) -> DaylioRow:
    try:
        day = parse_day(cells.get("full_date"), cells.get("year"), cells.get("date"))
    except ValueError:
        shown = cells.get("full_date", f"{cells.get('date', '')} {cells.get('year', '')}")
        raise _line_error(line, f"{shown.strip()[:40]!r} is not a date like 2024-03-01") from None
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        raise _line_error(line, f"{day.isoformat()} is not a date a Daylio entry can have")
    try:
        at = parse_time(cells["time"])
    except ValueError:
        raise _line_error(
            line, f"{cells['time'].strip()[:40]!r} is not a time like 9:15 pm or 21:15"
        ) from None
    mood = " ".join(cells["mood"].split())
    if not mood:
        raise _line_error(line, "there is no mood")
    activities = tuple(
        a for a in (" ".join(p.split()) for p in cells["activities"].split("|")) if a
    )
    title = " ".join(note_text(cells.get("note_title", "")).split())
    return DaylioRow(
        line=line,
        day=day,
        at=at,
        mood=mood,
        activities=activities,
        title=title,
        note=note_text(cells.get("note", "")),
        scales=" ".join(cells.get("scales", "").split()),
    )


# -- mapping onto the journal ------------------------------------------------------------------------


def mood_tag(label: str) -> str:
    return clean_tag(f"{MOOD_TAG_PREFIX} {label}")


def _local(moment: datetime) -> datetime:
    return moment.astimezone()


def to_entry(row: DaylioRow, *, localize: Localize = _local) -> ImportedEntry:
    """The journal entry for one row (see the module docstring for the rules)."""
    tags = [re.sub(r"\s*/\s*", "/", a) for a in row.activities] + [SOURCE_TAG]
    if row.level is None:
        tags.append(mood_tag(row.mood))
    body = row.note
    if not body and row.activities:
        body = "Activities: " + ", ".join(row.activities)
    if row.scales:
        body = f"{body}\n\nScales: {row.scales}".strip()
    return ImportedEntry(
        written_at=localize(datetime.combine(row.day, row.at)),
        title=row.title or f"Daylio: {row.mood}",
        body=body,
        tags=list(clean_tags(tags)),
        mood=row.level,
        where=f"line {row.line}",
    )


def day_moods(rows: list[DaylioRow]) -> dict[date, int]:
    """Each day's check-in mood: that of the day's latest row with one of the five defaults."""
    moods: dict[date, tuple[time, int, int]] = {}
    for row in rows:
        level = row.level
        if level is None:
            continue
        key = (row.at, -row.line, level)  # the file is newest first: a lower line is later
        if row.day not in moods or key[:2] > moods[row.day][:2]:
            moods[row.day] = key
    return {day: value[2] for day, value in moods.items()}


def other_moods(rows: list[DaylioRow]) -> dict[str, int]:
    """Mood labels other than the five defaults, with how many rows carry each."""
    counts: dict[str, int] = {}
    for row in rows:
        if row.level is None:
            counts[row.mood] = counts.get(row.mood, 0) + 1
    return counts
