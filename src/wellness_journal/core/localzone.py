"""The computer's time zone (found by ``tzlocal``), and instants as text.

Instants are kept as aware ISO-8601 text with the UTC offset of the moment ("2024-11-03T01:30:00
-04:00"): that is the UTC instant and the wall time the user lived, so durations stay right across
clock changes and travel. ``utc_key`` gives a sortable UTC form for queries.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

UTC = timezone.utc


def zone_named(name: str) -> tzinfo | None:
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def system_zone() -> tzinfo:
    """The computer's time zone with its daylight-saving rules, as ``tzlocal`` finds it (TZ,
    /etc/localtime and the like, the Windows registry), read afresh on each call so that a change
    of zone is seen. When no zone can be found: the present UTC offset, without rules."""
    import tzlocal

    try:
        return tzlocal.reload_localzone()
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return datetime.now().astimezone().tzinfo or UTC


_ZONE_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_+-]*(?:/[A-Za-z0-9_+-]+)*")


def is_zone_name(name: str) -> bool:
    """True for an IANA time zone name that this computer knows (America/New_York, UTC); never
    for a path, or text that a spreadsheet could take for a formula."""
    return len(name) <= 100 and bool(_ZONE_NAME.fullmatch(name)) and zone_named(name) is not None


def zone_name(zone: tzinfo) -> str:
    """The IANA name of ``zone``, or "" when it has none (a zone read from a file may be keyed
    "local" or by the file's name)."""
    key = zone.key if isinstance(zone, ZoneInfo) else ""
    return key if key and is_zone_name(key) else ""


def to_utc(moment: datetime) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("a naive time has no place on the timeline")
    return moment.astimezone(UTC)


def after_this_minute(moment: datetime, now: datetime) -> bool:
    """``moment`` lies after the minute ``now`` is in: still to come (the minute on the clock
    right now counts as now, so "07:00" typed at 07:00:40 is fine)."""
    return to_utc(moment) >= to_utc(now).replace(second=0, microsecond=0) + timedelta(minutes=1)


def minutes_between(start: datetime, end: datetime) -> float:
    """Real elapsed minutes (through UTC: a same-zone subtraction would ignore clock changes)."""
    if type(start.tzinfo) is timezone and type(end.tzinfo) is timezone:
        # Fixed offsets (every time read back from the vault): plain subtraction is exact,
        # and skipping the conversions matters when years of sleep are added up.
        return (end - start).total_seconds() / 60.0
    return (to_utc(end) - to_utc(start)).total_seconds() / 60.0


def instant_text(moment: datetime) -> str:
    """Aware ISO-8601 with the offset of that moment, e.g. 2024-11-03T01:30:00-04:00."""
    to_utc(moment)
    return moment.isoformat(timespec="seconds")


def utc_key(moment: datetime) -> str:
    """Sortable UTC text, e.g. 2024-11-03T05:30:00Z."""
    return to_utc(moment).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_instant(text: str) -> datetime:
    """Read ``instant_text`` back; raises ValueError for naive or malformed text."""
    value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if value.tzinfo is None:
        raise ValueError(f"{text!r} has no UTC offset")
    return value


# The years a time read from a file may have. Wider would be no use to anyone, and a time near the
# ends of the calendar (year 1, 9999) cannot be moved to another offset without overflowing.
FIRST_YEAR, LAST_YEAR = 1900, 2999


def within_years(value: date | datetime) -> bool:
    """True when ``value`` (and, for an aware time, the same moment in UTC) lies in the years
    FIRST_YEAR..LAST_YEAR."""
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        return False
    if isinstance(value, datetime) and value.utcoffset() is not None:
        return FIRST_YEAR <= to_utc(value).year <= LAST_YEAR
    return True
