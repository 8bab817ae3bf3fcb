"""Kill a writing process at random moments and check that nothing it confirmed was lost.

The writer (``python -m tests.e2e.crashkit write DATA_DIR KINDS START``) opens the vault the way
the app does (process lock, key derivation, Vault.open) and writes records in a loop, each in its
own transaction, printing ``ok KIND N`` only after the commit returned. Every few records it makes
an automatic backup as well, so some kills land in the middle of a backup.

Record types are pluggable: add a ``RecordType`` to ``RECORD_TYPES`` with ``write`` and ``present``
and the crash test and the soak benchmark cover it. Written now: support contacts, settings,
journal entries (saved and indexed for search), daily check-ins, lines of the safety plan,
self-checks and goals of My plan (ticked).
Used by tests/e2e/test_crash.py and benchmarks/crash_soak.py.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PASSPHRASE = "crash test passphrase words"
ROOT = Path(__file__).resolve().parents[2]


def payload(kind: str, n: int) -> str:
    """Deterministic text of varying size (a few bytes to ~8 KB: some writes span pages)."""
    size = 1 + (n * 7919) % 600
    return f"{kind}:{n}:" + ("steady breath, good shift; " * size)[: size * 13].rstrip() + "."


@dataclass(frozen=True)
class RecordType:
    name: str
    write: Callable[[Any, int], None]  # (session, n): one transaction, raises on failure
    present: Callable[[Any], dict[int, str]]  # session -> {n: text} of the records found


def _write_contact(session: Any, n: int) -> None:
    from wellness_journal.core.models import ContactKind, SupportContact

    session.contacts.save(
        SupportContact(
            id=None,
            uid=f"crash-{n}",
            kind=ContactKind.PERSONAL,
            name=f"Crash {n}",
            note=payload("contacts", n),
        )
    )


def _present_contacts(session: Any) -> dict[int, str]:
    return {
        int(c.uid.removeprefix("crash-")): c.note
        for c in session.contacts.personal()
        if c.uid.startswith("crash-")
    }


def _write_setting(session: Any, n: int) -> None:
    session.settings.put(f"crash.{n}", payload("settings", n))


def _present_settings(session: Any) -> dict[int, str]:
    from wellness_journal.storage.repositories import settings as repo

    return {
        int(k.removeprefix("crash.")): v
        for k, v in repo.all_items(session.db).items()
        if k.startswith("crash.")
    }


def _write_entry(session: Any, n: int) -> None:
    from datetime import datetime, timedelta, timezone

    from wellness_journal.core.journal import Entry

    session.journal.save(
        Entry(
            id=None,
            uid=f"crash-{n}",
            written_at=datetime(2001, 1, 1, tzinfo=timezone.utc) + timedelta(minutes=n),
            title=f"Crash {n}",
            body=payload("journal", n),
        )
    )


def _present_entries(session: Any) -> dict[int, str]:
    return {
        int(e.uid.removeprefix("crash-")): e.body
        for e in session.journal.all_entries()
        if e.uid.startswith("crash-")
    }


CHECKIN_DAY_ZERO = (2000, 1, 1)


def _write_checkin(session: Any, n: int) -> None:
    from datetime import date, timedelta

    from wellness_journal.core.checkin import Checkin

    day = date(*CHECKIN_DAY_ZERO) + timedelta(days=n)
    session.today.checkins.save(
        Checkin(id=None, uid="", day=day, mood=1 + n % 5, note=payload("checkins", n))
    )


def _present_checkins(session: Any) -> dict[int, str]:
    from datetime import date

    from wellness_journal.storage.repositories import checkins as repo

    return {(c.day - date(*CHECKIN_DAY_ZERO)).days: c.note for c in repo.list_all(session.db)}


def _write_plan_line(session: Any, n: int) -> None:
    """One more line in one section of the safety plan, saved the way the page saves it (the
    whole plan handed over; only the new row is written)."""
    from wellness_journal.core.safety_plan import PlanItem, PlanSection

    plans = session.safety_plan
    plan = plans.get()
    section = list(PlanSection)[n % len(PlanSection)]
    items = list(plan.items(section)) if plan is not None else []
    # One line an item: the payload's text on one line, numbered so it can be found again.
    items.append(PlanItem(payload("safety_plan", n)))
    plans.save({section: items})


def _present_plan_lines(session: Any) -> dict[int, str]:
    from wellness_journal.core.safety_plan import PlanSection

    plan = session.safety_plan.get()
    if plan is None:
        return {}
    found = {}
    for section in PlanSection:
        for text in plan.texts(section):
            if text.startswith("safety_plan:"):
                found[int(text.split(":")[1])] = text
    return found


def _goal_words(n: int) -> str:
    from wellness_journal.core.plan_goals import MAX_TEXT

    return " ".join(payload("plan_goals", n)[:MAX_TEXT].split())


def _write_goal(session: Any, n: int) -> None:
    """A goal of My plan ticked by hand (its words: the payload cut to the 200 characters a
    goal may have), with its tick, in one transaction."""
    from datetime import date

    from wellness_journal.core.plan_goals import Goal, GoalKind

    with session.db.transaction():
        goal, _ = session.plan.save(
            Goal(None, "", GoalKind.BY_HAND, _goal_words(n), date(2000, 1, 1))
        )
        session.plan.set_done(goal, date(2000, 1, 1 + n % 28), True)


def _present_goals(session: Any) -> dict[int, str]:
    """Each ticked goal found, as the payload it was made from (or its own words if changed)."""
    found = {}
    for g in session.plan.goals():
        if g.text.startswith("plan_goals:") and g.done_days:
            n = int(g.text.split(":")[1])
            found[n] = payload("plan_goals", n) if g.text == _goal_words(n) else g.text
    return found


def _write_selfcheck(session: Any, n: int) -> None:
    from datetime import datetime, timedelta, timezone

    from wellness_journal.core.selfchecks import Instrument, SelfCheck
    from wellness_journal.storage.repositories import selfchecks as repo

    taken = datetime(2000, 1, 1, 12, tzinfo=timezone.utc) + timedelta(hours=n)
    check = SelfCheck(
        None, f"crash-{n}", Instrument.PHQ2, taken, (n % 4, None), note=payload("selfchecks", n)
    )
    with session.db.transaction():
        repo.insert(session.db, check)


def _present_selfchecks(session: Any) -> dict[int, str]:
    from wellness_journal.storage.repositories import selfchecks as repo

    return {
        int(c.uid.removeprefix("crash-")): c.note
        for c in repo.list_all(session.db)
        if c.uid.startswith("crash-")
    }


RECORD_TYPES: dict[str, RecordType] = {
    "contacts": RecordType("contacts", _write_contact, _present_contacts),
    "settings": RecordType("settings", _write_setting, _present_settings),
    "journal": RecordType("journal", _write_entry, _present_entries),
    "checkins": RecordType("checkins", _write_checkin, _present_checkins),
    "safety_plan": RecordType("safety_plan", _write_plan_line, _present_plan_lines),
    "plan_goals": RecordType("plan_goals", _write_goal, _present_goals),
    "selfchecks": RecordType("selfchecks", _write_selfcheck, _present_selfchecks),
}


# -- the writer process --------------------------------------------------------------------------


def writer_main(data_dir: str, kinds: str, start: int, backup_every: int) -> int:
    from wellness_journal.services import backup
    from wellness_journal.services.session import Session
    from wellness_journal.storage.keyslots import KdfParams
    from wellness_journal.storage.paths import AppPaths
    from wellness_journal.storage.process_lock import ProcessLock
    from wellness_journal.storage.vault import Vault

    paths = AppPaths.for_dir(data_dir)
    types = [RECORD_TYPES[k] for k in kinds.split(",")]
    with ProcessLock(paths.lockfile):
        vault = Vault.open_with_secret(paths, PASSPHRASE)
        session = Session(vault, KdfParams.fast_for_tests())
        print("ready", flush=True)
        n = start
        while True:
            record = types[n % len(types)]
            record.write(session, n)
            print(f"ok {record.name} {n}", flush=True)
            n += 1
            if backup_every and n % backup_every == 0:
                backup.run_automatic(paths, session.backups.source(), force=True)
                print("backup", flush=True)


# -- the killer ----------------------------------------------------------------------------------


@dataclass
class Outcome:
    kills: int = 0
    confirmed: int = 0
    lost: list[str] = field(default_factory=list)  # what went wrong, one line each
    backups_made: int = 0
    confirmed_by_kind: dict[str, int] = field(default_factory=dict)


def create_vault(data_dir: Path) -> None:
    from wellness_journal.storage.keyslots import KdfParams
    from wellness_journal.storage.paths import AppPaths
    from wellness_journal.storage.vault import Vault

    Vault.create(
        AppPaths.for_dir(data_dir), PASSPHRASE, kdf=KdfParams.fast_for_tests()
    ).vault.close()


def _spawn(data_dir: Path, kinds: str, start: int, backup_every: int) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.e2e.crashkit",
            "write",
            str(data_dir),
            kinds,
            str(start),
            str(backup_every),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=env,
    )


def kill_once(
    data_dir: Path, kinds: str, start: int, rng: random.Random, *, backup_every: int = 20
) -> tuple[dict[str, set[int]], int, str]:
    """Start a writer, SIGKILL it at a random moment; return what it confirmed."""
    proc = _spawn(data_dir, kinds, start, backup_every)
    lines: list[str] = []
    ready = threading.Event()

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.append(line.strip())
            if line.startswith("ready"):
                ready.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    if rng.random() < 0.1:
        time.sleep(rng.uniform(0.0, 0.3))  # sometimes while it starts and opens the vault
    else:
        ready.wait(timeout=30)
        time.sleep(rng.uniform(0.0, 0.5))
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    reader.join(timeout=30)
    stderr = proc.stderr.read() if proc.stderr else ""
    confirmed: dict[str, set[int]] = {}
    backups = 0
    for line in lines:
        parts = line.split()
        if parts[:1] == ["ok"]:
            confirmed.setdefault(parts[1], set()).add(int(parts[2]))
        elif parts[:1] == ["backup"]:
            backups += 1
    if proc.returncode != -signal.SIGKILL:
        stderr = f"writer ended by itself ({proc.returncode}): {stderr[-2000:]}"
    else:
        stderr = ""
    return confirmed, backups, stderr


def check_after_kill(
    data_dir: Path, kinds: str, confirmed: dict[str, set[int]]
) -> tuple[list[str], int]:
    """Open the vault, run both integrity checks, find every confirmed record with its text.

    Returns the problems and the next record number to write."""
    from wellness_journal.services.session import Session
    from wellness_journal.storage import backup_file
    from wellness_journal.storage.keyslots import KdfParams
    from wellness_journal.storage.paths import AppPaths
    from wellness_journal.storage.vault import Vault

    paths = AppPaths.for_dir(data_dir)
    problems: list[str] = []
    highest = -1
    vault = Vault.open_with_secret(paths, PASSPHRASE)
    try:
        problems += [f"integrity: {p}" for p in vault.verify()]  # both checks
        session = Session(vault, KdfParams.fast_for_tests())
        for kind in kinds.split(","):
            found = RECORD_TYPES[kind].present(session)
            for n in sorted(confirmed.get(kind, set())):
                if n not in found:
                    problems.append(f"lost: {kind} {n} was confirmed but is missing")
            for n, text in found.items():
                if text != payload(kind, n):
                    problems.append(f"damaged: {kind} {n} holds other text")
            highest = max(highest, *found) if found else highest
    finally:
        vault.close()
    for path in paths.backups_dir.glob("*.wjbackup"):
        try:
            backup_file.check_file(path)
        except Exception as exc:  # noqa: BLE001 - every failure is reported, not raised
            problems.append(f"backup {path.name} is not whole: {exc}")
    return problems, highest + 1


def crash_loop(
    data_dir: Path,
    kills: int,
    *,
    kinds: str = "contacts,settings",
    seed: int = 7,
    report: Callable[[Outcome], None] | None = None,
) -> Outcome:
    """Create a vault, then ``kills`` times: start a writer, SIGKILL it, check everything."""
    rng = random.Random(seed)
    create_vault(data_dir)
    outcome = Outcome()
    start = 0
    for _ in range(kills):
        confirmed, backups, trouble = kill_once(data_dir, kinds, start, rng)
        outcome.kills += 1
        outcome.backups_made += backups
        outcome.confirmed += sum(len(v) for v in confirmed.values())
        for kind, numbers in confirmed.items():
            outcome.confirmed_by_kind[kind] = outcome.confirmed_by_kind.get(kind, 0) + len(numbers)
        if trouble:
            outcome.lost.append(trouble)
            break
        problems, start = check_after_kill(data_dir, kinds, confirmed)
        outcome.lost += problems
        if report is not None:
            report(outcome)
    return outcome


if __name__ == "__main__":
    if len(sys.argv) == 6 and sys.argv[1] == "write":
        sys.exit(writer_main(sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])))
    sys.exit("usage: python -m tests.e2e.crashkit write DATA_DIR KINDS START BACKUP_EVERY")
