"""Demo data for Today: twelve weeks of a 4 days / 4 nights / 4 off rotation, made up.

Day shifts 06:00-18:00 (up before 05:00), night shifts 18:00-06:00 (day sleep after, a nap before
the first night), a short recovery sleep after the last night, then back to nights in bed.
Check-ins most days, a few stress entries a week, two critical incidents with their check-ins:
one with week 4 done, one with week 1 due today.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, datetime, time, timedelta, tzinfo

from wellness_journal.core.checkin import Checkin
from wellness_journal.core.incidents import QUESTIONS, FollowUp, Incident, Step, opens_on
from wellness_journal.core.localzone import system_zone, utc_key, zone_name
from wellness_journal.core.sleep import SleepKind, SleepPeriod, at_local, latest_at_or_before
from wellness_journal.core.stress import StressEntry
from wellness_journal.storage.connection import Database
from wellness_journal.storage.repositories import checkins as checkins_repo
from wellness_journal.storage.repositories import incidents as incidents_repo
from wellness_journal.storage.repositories import sleep as sleep_repo
from wellness_journal.storage.repositories import stress as stress_repo

DAYS = 84
CYCLE = ("D", "D", "D", "D", "N", "N", "N", "N", "O", "O", "O", "O")
TODAY_POSITION = 1  # today is the second day shift: last week held nights, naps and day sleep

NOTES = (
    "Long shift. Glad to be home.",
    "Quiet night, caught up on reports.",
    "Good talk with my partner after dinner.",
    "Court ran late, missed the gym.",
    "Kids' game after shift. Worth being tired for.",
    "Slept badly. The neighbor's dog again.",
    "Took the long way home and listened to music.",
    "Felt flat all day, not sure why.",
)
STRESS = (
    (("call for service",), "domestic call, kids in the house", ("racing heart", "tense muscles")),
    (("court",), "cross-examination ran long", ("clenched jaw", "headache")),
    (("supervisor or administration",), "schedule change with no notice", ("tense muscles",)),
    (("fatigue",), "fourth night in a row", ("exhausted", "headache")),
    (("family",), "missed another family dinner", ("tight chest",)),
    (("use of force",), "struggle during an arrest, nobody hurt", ("racing heart", "shaking")),
    (("call for service", "fatigue"), "back-to-back calls, no break", ("restless",)),
)
HELPED = (
    "Box breathing in the car",
    "Walk with the dog",
    "Talked it over with my partner on shift",
    "Shower and a quiet hour",
    "",
)


def _jitter(rng: random.Random, wall: time, spread: int) -> time:
    base = datetime.combine(date(2000, 1, 1), wall) + timedelta(
        minutes=rng.randint(-spread, spread)
    )
    return base.time().replace(second=0)


def _period(
    rng: random.Random,
    zone: tzinfo,
    uid: str,
    kind: SleepKind,
    out_day: date,
    into: time,
    out: time,
    *,
    day_sleep: bool = False,
) -> SleepPeriod:
    out_at = at_local(out_day, out, zone)
    into_at = latest_at_or_before(out_at, into, zone)
    nap = kind is SleepKind.NAP
    tried_at = into_at + timedelta(minutes=0 if nap else rng.choice((0, 5, 10, 15)))
    final_at = out_at - timedelta(minutes=rng.choice((0, 5)) if nap else rng.randint(5, 25))
    latency = rng.randint(5, 12) if nap else rng.randint(10, 30 if day_sleep else 25)
    awakenings = 0 if nap else rng.randint(1, 3) if day_sleep else rng.randint(0, 2)
    waso = awakenings * rng.randint(5, 12)
    caffeine = 0 if nap else rng.randint(2, 4) if day_sleep else rng.randint(1, 3)
    last_coffee = None
    if caffeine:
        last = time(3, 30) if day_sleep else time(14, 0)
        last_coffee = latest_at_or_before(into_at, _jitter(rng, last, 40), zone)
    quality = rng.choice((2, 3, 3)) if day_sleep else rng.choice((3, 3, 4, 4, 5))
    return SleepPeriod(
        id=None,
        uid=uid,
        kind=kind,
        into_bed=into_at,
        tried_to_sleep=tried_at,
        final_awakening=final_at,
        out_of_bed=out_at,
        latency_min=latency,
        awakenings=awakenings,
        waso_min=waso,
        quality=quality if not nap else 3,
        caffeine_drinks=caffeine,
        caffeine_last=last_coffee,
        alcohol_drinks=0,
        zone=zone_name(zone),
    )


def _sleep_for_day(
    rng: random.Random, zone: tzinfo, day: date, shift: str, previous: str, index: int
) -> list[SleepPeriod]:
    uid = f"demo-sleep-{day.isoformat()}"
    main = SleepKind.MAIN
    if shift == "D":
        into = time(22, 15) if previous == "O" else time(21, 40)
        return [
            _period(rng, zone, uid, main, day, _jitter(rng, into, 15), _jitter(rng, time(5, 0), 8))
        ]
    if shift == "N" and previous != "N":  # before the first night: a normal night, then a nap
        night = _period(rng, zone, uid, main, day, _jitter(rng, time(22, 45), 20), time(7, 30))
        nap = _period(rng, zone, uid + "-nap", SleepKind.NAP, day, time(13, 30), time(16, 0))
        return [night, nap]
    if shift == "N":  # home from the night before: day sleep in a dark room
        sleep = _period(
            rng,
            zone,
            uid,
            main,
            day,
            _jitter(rng, time(7, 30), 15),
            _jitter(rng, time(14, 15), 30),
            day_sleep=True,
        )
        if index % 2:
            return [
                sleep,
                _period(rng, zone, uid + "-nap", SleepKind.NAP, day, time(16, 30), time(17, 0)),
            ]
        return [sleep]
    if previous == "N":  # first day off: a short recovery sleep after the last night
        return [
            _period(
                rng,
                zone,
                uid,
                main,
                day,
                _jitter(rng, time(7, 45), 10),
                _jitter(rng, time(11, 30), 20),
                day_sleep=True,
            )
        ]
    period = _period(
        rng, zone, uid, main, day, _jitter(rng, time(23, 0), 25), _jitter(rng, time(7, 30), 30)
    )
    if rng.random() < 0.4:
        drinks = rng.randint(1, 2)
        # Now and then the drinks were taken to get to sleep (no new draw: the rest stays).
        aid = "a couple of beers to wind down" if drinks == 2 else ""
        period = replace(period, alcohol_drinks=drinks, sleep_aid=aid)
    return [period]


def _checkin(rng: random.Random, day: date, shift: str, offset: int) -> Checkin:
    label = {"D": "day", "N": "night", "O": "off"}[shift]
    if shift == "O" and offset % 24 == 10:
        label = "court"
    elif shift == "D" and offset % 36 == 3:
        label = "overtime"
    elif shift == "D" and offset % 40 == 21:
        label = "training"
    mood = {"D": (3, 4), "N": (2, 3), "O": (3, 5)}[shift]
    stress = {"D": (3, 6), "N": (4, 7), "O": (1, 3)}[shift]
    energy = {"D": (5, 7), "N": (2, 5), "O": (6, 8)}[shift]
    if label == "court":
        stress, energy = (6, 7), (3, 5)
    return Checkin(
        id=None,
        uid=f"demo-checkin-{day.isoformat()}",
        day=day,
        mood=rng.randint(*mood),
        stress=rng.randint(*stress),
        energy=rng.randint(*energy),
        shift=label,
        note=rng.choice(NOTES) if rng.random() < 0.3 else "",
    )


def _incidents(db: Database, rng: random.Random, zone: tzinfo, today: date, stamp: str) -> None:
    older = Incident(
        None,
        "demo-incident-crash",
        today - timedelta(days=34),
        "serious crash",
        "first on scene",
        "Kept replaying it on the drive home. Talked to my partner after.",
    )
    newer = Incident(
        None,
        "demo-incident-death",
        today - timedelta(days=8),
        "death",
        "backup",
        "Hit harder than I expected. Hugged the kids a bit longer.",
    )
    answers: dict[tuple[str, Step], tuple[tuple[int, ...], str]] = {
        (older.uid, Step.DAY3): ((2, 3, 2, 2, 2), "maybe"),
        (older.uid, Step.WEEK1): ((2, 2, 1, 2, 1), "no"),
        (older.uid, Step.WEEK4): ((1, 1, 1, 1, 1), "no"),
        (newer.uid, Step.DAY3): ((3, 2, 1, 2, 2), "maybe"),
    }
    for incident in (older, newer):
        incidents_repo.insert_incident(db, incident, stamp)
    for (incident_uid, step), (values, talk) in answers.items():
        incident = older if incident_uid == older.uid else newer
        done_at = at_local(opens_on(incident, step), time(rng.randint(10, 20), 15), zone)
        incidents_repo.insert_follow_up(
            db,
            FollowUp(
                None,
                f"demo-followup-{incident_uid}-{step.value}",
                incident_uid,
                step,
                done_at,
                talk=talk,
                **dict(zip(QUESTIONS, values, strict=True)),
            ),
        )


def generate(db: Database, rng: random.Random, today: date) -> None:
    zone = system_zone()
    stamp = utc_key(datetime.now(zone))
    first = today - timedelta(days=DAYS - 1)
    for offset in range(DAYS):
        day = first + timedelta(days=offset)
        position = (offset - (DAYS - 1) + TODAY_POSITION) % len(CYCLE)
        shift, previous = CYCLE[position], CYCLE[position - 1]
        recent = (today - day).days < 3
        if recent or rng.random() < 0.9:
            for period in _sleep_for_day(rng, zone, day, shift, previous, offset):
                sleep_repo.insert(db, period, stamp)
        if recent or rng.random() < 0.85:
            checkins_repo.insert(db, _checkin(rng, day, shift, offset), stamp)
        if shift != "O" and day < today and rng.random() < 0.35:
            triggers, text, signs = rng.choice(STRESS)
            at = at_local(
                day, time(rng.randint(8, 16) if shift == "D" else rng.randint(0, 4), 10), zone
            )
            if shift == "N":
                at += timedelta(days=1)  # the early hours of the night shift
            suds = rng.randint(5, 8)
            helped = rng.choice(HELPED)
            stress_repo.insert(
                db,
                StressEntry(
                    None,
                    f"demo-stress-{day.isoformat()}",
                    at,
                    suds,
                    triggers,
                    text,
                    signs,
                    helped,
                    "",
                    suds - rng.randint(1, 3) if helped else None,
                ),
                stamp,
            )
    _incidents(db, rng, zone, today, stamp)
