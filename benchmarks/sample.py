"""Made-up journals for the benchmarks: the same text for every benchmark and for jrnl.

- ``synthetic(years)``: one journal entry a day, 50-600 words (Zipf-like, as real text), a title
  and one tag;
- ``jrnl_text(entries)``: the same entries as a jrnl plain-text journal (for ``vs_jrnl.py``);
- ``fill_logs(db, years, today)``: the rest of a life with the app over ``years`` years:
  check-ins, the demo's 4-on/4-off rotation of sleep with naps and day sleeps, stress log
  entries, a critical incident every few months with its follow-ups, coping sessions most days;
- ``build_vault(folder, years)``: a vault (cheap key derivation) with all of it;
- ``machine()``: the line that says where and under what load a figure was measured.

Not part of the app or the tests; deterministic for a seed.
"""

from __future__ import annotations

import os
import platform
import random
import subprocess
import sys
import time
from datetime import date, datetime, timedelta, timezone
from datetime import time as clock_time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from wellness_journal.core.journal import ImportedEntry

PASSPHRASE = "benchmark pass"

COMMON = [
    "the",
    "and",
    "to",
    "a",
    "I",
    "of",
    "was",
    "it",
    "my",
    "in",
    "that",
    "today",
    "for",
    "on",
    "with",
    "shift",
    "at",
    "but",
    "not",
    "felt",
    "work",
    "home",
    "after",
    "night",
    "sleep",
    "tired",
    "call",
    "partner",
    "kids",
    "coffee",
    "long",
    "day",
    "better",
    "walk",
    "dog",
    "gym",
    "quiet",
    "hard",
    "good",
    "talked",
    "breathing",
    "shoulders",
    "tight",
    "report",
    "court",
    "training",
    "break",
    "dinner",
    "early",
    "late",
    "stress",
    "calm",
    "thankful",
    "family",
    "brother",
    "sister",
    "friend",
    "run",
    "rain",
    "sun",
    "drive",
    "car",
    "radio",
]
TAGS = ("sleep", "stress", "family", "gym", "gratitude")


def vocabulary(rng: random.Random, size: int = 6000) -> list[str]:
    syllables = ["ka", "lo", "ri", "sta", "ne", "mo", "ter", "bi", "qua", "den", "sul", "vra"]
    words = set()
    while len(words) < size:
        words.add("".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))))
    return COMMON + sorted(words)


class Writer:
    """Made-up journal text: words drawn Zipf-like (as in real text) from ``vocabulary``."""

    def __init__(self, seed: int = 1) -> None:
        self.rng = random.Random(seed)
        self.words = vocabulary(self.rng)
        weights = [1.0 / (rank + 1) for rank in range(len(self.words))]
        total = 0.0
        self.cumulative = []
        for w in weights:
            total += w
            self.cumulative.append(total)

    def text(self, count: int) -> str:
        return " ".join(self.rng.choices(self.words, cum_weights=self.cumulative, k=count))

    def title(self) -> str:
        return " ".join(self.rng.choices(self.words[:80], k=3)).capitalize()

    def body(self) -> str:
        return self.text(self.rng.randint(50, 600)).capitalize() + "."


def synthetic(years: int, seed: int = 1) -> list[ImportedEntry]:
    writer = Writer(seed)
    rng = writer.rng
    start = datetime(2026 - years, 1, 1, 21, 0, tzinfo=timezone(timedelta(hours=-5)))
    entries = []
    for day in range(years * 365):
        body = writer.body()
        entries.append(
            ImportedEntry(
                written_at=start + timedelta(days=day, minutes=rng.randint(0, 180)),
                title=writer.title(),
                body=body,
                tags=rng.sample(TAGS, 1),
            )
        )
    return entries


def jrnl_text(entries: list[ImportedEntry]) -> str:
    """The entries as a jrnl journal file (``[YYYY-MM-DD HH:MM] Title. Body @tag``)."""
    return "".join(
        f"[{e.written_at:%Y-%m-%d %H:%M}] {e.title}. {e.body} @{e.tags[0]}\n\n" for e in entries
    )


def fill_logs(db: Any, years: int, today: date, seed: int = 7) -> dict[str, int]:
    """Check-ins, sleep, stress, incidents and coping sessions for ``years`` years."""
    from wellness_journal.core.coping import CopingSession, Outcome
    from wellness_journal.core.incidents import QUESTIONS, STEPS, FollowUp, Incident, opens_on
    from wellness_journal.core.localzone import system_zone, utc_key
    from wellness_journal.core.sleep import at_local
    from wellness_journal.services import demo_today
    from wellness_journal.storage.repositories import coping as coping_repo
    from wellness_journal.storage.repositories import incidents as incidents_repo

    rng = random.Random(seed)
    zone = system_zone()
    stamp = utc_key(datetime.now(zone))
    original = demo_today.DAYS
    demo_today.DAYS = 365 * years
    try:
        with db.transaction():
            demo_today.generate(db, rng, today)
            first = today - timedelta(days=365 * years - 1)
            day = first + timedelta(days=20)
            n = 0
            while day < today - timedelta(days=40):  # the demo adds two recent ones itself
                incident = Incident(None, f"bench-incident-{n}", day, "other", "backup")
                incidents_repo.insert_incident(db, incident, stamp)
                for s, step in enumerate(STEPS):
                    values = [max(0, 3 - s + rng.randint(-1, 1)) for _ in QUESTIONS]
                    done = at_local(opens_on(incident, step), clock_time(19, 0), zone)
                    incidents_repo.insert_follow_up(
                        db,
                        FollowUp(
                            None,
                            f"bench-followup-{n}-{step.value}",
                            incident.uid,
                            step,
                            done,
                            **dict(zip(QUESTIONS, values, strict=True)),
                        ),
                    )
                n += 1
                day += timedelta(days=rng.randint(90, 150))
            exercises = ("box", "sigh", "resonance", "pmr_short", "grounding", "478")
            for offset in range(365 * years):
                d = first + timedelta(days=offset)
                for k in range(rng.choice((0, 0, 1, 1, 1, 2))):
                    before = rng.randint(3, 9)
                    started = datetime.combine(d, clock_time(7 + 6 * k, 15)).astimezone(zone)
                    coping_repo.insert_session(
                        db,
                        CopingSession(
                            None,
                            f"bench-coping-{offset}-{k}",
                            rng.choice(exercises),
                            started.astimezone(timezone.utc),
                            rng.randint(60, 600),
                            Outcome.COMPLETED,
                            before,
                            max(0, before - rng.randint(0, 4)),
                            300,
                        ),
                    )
    finally:
        demo_today.DAYS = original
    tables = (
        "checkins",
        "sleep_periods",
        "stress_entries",
        "critical_incidents",
        "incident_followups",
        "coping_sessions",
    )
    return {t: int(db.scalar(f"SELECT count(*) FROM {t}")) for t in tables}


def build_vault(folder: Path, years: int, *, logs: bool = True) -> dict[str, int]:
    """A closed vault in ``folder`` with ``years`` of journal entries (and logs); its counts."""
    from wellness_journal.services.journal import JournalService
    from wellness_journal.storage.keyslots import KdfParams
    from wellness_journal.storage.paths import AppPaths
    from wellness_journal.storage.vault import Vault

    paths = AppPaths.for_dir(folder)
    vault = Vault.create(paths, PASSPHRASE, kdf=KdfParams.fast_for_tests()).vault
    try:
        with vault.db.transaction():
            JournalService(vault.db).add_imported(synthetic(years))
        counts = fill_logs(vault.db, years, date.today()) if logs else {}
        counts["journal_entries"] = int(vault.db.scalar("SELECT count(*) FROM journal_entries"))
    finally:
        vault.close()
    return counts


def machine() -> str:
    """Where and when: the date, the CPU, the cores and the load average right now."""
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="ascii", errors="replace") as info:
            cpu = next(
                (line.split(":", 1)[1].strip() for line in info if line.startswith("model name")),
                cpu,
            )
    except OSError:
        pass
    return (
        f"{time.strftime('%Y-%m-%d %H:%M')}, {cpu}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, {load()}"
    )


def load() -> str:
    """The load average now (1, 5, 15 minutes), as ``uptime`` shows it."""
    if not hasattr(os, "getloadavg"):
        return "load unknown"
    one, five, fifteen = os.getloadavg()
    return f"load {one:.2f} {five:.2f} {fifteen:.2f}"


def run_quiet(cmd: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, capture_output=True, text=True, check=False, **kwargs)
