"""Critical incidents and the self-monitoring check-ins that follow them.

After a critical incident most stress reactions fade within weeks. Acute stress spans 3 days to a
month; reactions that last beyond a month are a good reason to talk to a counselor or peer
supporter (FACTS.md, NICE NG116: active monitoring with follow-up within a month). So the app
offers short check-ins at day 3, week 1, week 4 and week 12 - self-monitoring, never a retelling.

Each check-in is open from its day until the next one is due (the last stays open four weeks).
A check-in not done in its window quietly passes: nobody is blamed for a skipped form.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import Enum
from typing import NamedTuple, TypeAlias

CATEGORIES = (
    "death",
    "child victim",
    "officer injured",
    "use of force",
    "serious crash",
    "other",
)
ROLES = ("first on scene", "backup", "supervisor", "investigator", "other")
ANSWER_RANGE = (0, 4)  # not at all ... a lot
QUESTIONS = ("sleep", "intrusive", "avoidance", "irritability", "mood")
TALK_ANSWERS = ("", "yes", "maybe", "no")  # "" = not answered

# "Staying high": an answer of 3 (quite a bit) or more, or a total of 10 or more out of 20
# (on average "some" on every question).
HIGH_ANSWER = 3
HIGH_TOTAL = 10


class Step(str, Enum):
    DAY3 = "day3"
    WEEK1 = "week1"
    WEEK4 = "week4"
    WEEK12 = "week12"


OFFSET_DAYS = {Step.DAY3: 3, Step.WEEK1: 7, Step.WEEK4: 28, Step.WEEK12: 84}
LAST_WINDOW_DAYS = 28
STEPS = tuple(Step)
BEYOND_A_MONTH_STEPS = frozenset({Step.WEEK4, Step.WEEK12})


@dataclass(frozen=True)
class Incident:
    id: int | None
    uid: str
    occurred_on: date
    category: str
    role: str = ""
    note: str = ""


@dataclass(frozen=True)
class FollowUp:
    id: int | None
    uid: str
    incident_uid: str
    step: Step
    done_at: datetime  # aware
    sleep: int = 0
    intrusive: int = 0
    avoidance: int = 0
    irritability: int = 0
    mood: int = 0
    talk: str = ""

    def answers(self) -> tuple[int, ...]:
        return tuple(getattr(self, q) for q in QUESTIONS)


class Status(str, Enum):
    DONE = "done"
    DUE = "due"  # open now
    UPCOMING = "upcoming"
    PASSED = "passed"  # its window closed without a check-in


@dataclass(frozen=True)
class Scheduled:
    step: Step
    opens: date
    closes: date  # first day it is no longer open
    status: Status
    follow_up: FollowUp | None = None


def opens_on(incident: Incident, step: Step) -> date:
    return incident.occurred_on + timedelta(days=OFFSET_DAYS[step])


def closes_on(incident: Incident, step: Step) -> date:
    index = STEPS.index(step)
    if index + 1 < len(STEPS):
        return opens_on(incident, STEPS[index + 1])
    return opens_on(incident, step) + timedelta(days=LAST_WINDOW_DAYS)


def schedule(incident: Incident, done: Iterable[FollowUp], today: date) -> list[Scheduled]:
    """The four check-ins of ``incident`` and where each stands on ``today``."""
    by_step = {f.step: f for f in done if f.incident_uid == incident.uid}
    result = []
    for step in STEPS:
        opens, closes = opens_on(incident, step), closes_on(incident, step)
        follow_up = by_step.get(step)
        if follow_up is not None:
            status = Status.DONE
        elif today < opens:
            status = Status.UPCOMING
        elif today < closes:
            status = Status.DUE
        else:
            status = Status.PASSED
        result.append(Scheduled(step, opens, closes, status, follow_up))
    return result


def by_incident(done: Iterable[FollowUp]) -> dict[str, list[FollowUp]]:
    """The check-ins done, by the uid of their incident."""
    found: dict[str, list[FollowUp]] = {}
    for f in done:
        found.setdefault(f.incident_uid, []).append(f)
    return found


def due(
    incidents: Iterable[Incident], done: Iterable[FollowUp], today: date
) -> list[tuple[Incident, Scheduled]]:
    """Every check-in open on ``today``, oldest incident first."""
    mine = by_incident(done)
    return [
        (incident, item)
        for incident in sorted(incidents, key=lambda i: (i.occurred_on, i.uid))
        for item in schedule(incident, mine.get(incident.uid, ()), today)
        if item.status is Status.DUE
    ]


def next_upcoming(incident: Incident, done: Iterable[FollowUp], today: date) -> Scheduled | None:
    return next(
        (s for s in schedule(incident, done, today) if s.status is Status.UPCOMING),
        None,
    )


def is_high(f: FollowUp) -> bool:
    answers = f.answers()
    return max(answers) >= HIGH_ANSWER or sum(answers) >= HIGH_TOTAL


def beyond_a_month(f: FollowUp) -> bool:
    """Reactions still high at week 4 or week 12: time to suggest talking to someone, calmly."""
    return f.step in BEYOND_A_MONTH_STEPS and is_high(f)


def latest_beyond_a_month(done: Iterable[FollowUp], incident_uid: str) -> FollowUp | None:
    """The latest week-4/12 check-in of this incident if it stayed high, else None."""
    mine = [f for f in done if f.incident_uid == incident_uid and f.step in BEYOND_A_MONTH_STEPS]
    if not mine:
        return None
    latest = max(mine, key=lambda f: STEPS.index(f.step))
    return latest if beyond_a_month(latest) else None


TODAY_SHOWS, ALWAYS_SHOWN = 6, 2

OnToday: TypeAlias = tuple[Incident, list[Scheduled], FollowUp | None]


def on_today(incidents: Iterable[Incident], done: Iterable[FollowUp], today: date) -> list[OnToday]:
    """The incidents the Today page lists, newest first (``incidents`` newest first), each with
    its check-ins and the month check-in that stayed high: every one with a check-in open or
    still to come, or that stayed high, and the newest two in any case; at most TODAY_SHOWS."""
    mine = by_incident(done)
    shown: list[OnToday] = []
    for incident in incidents:
        own = mine.get(incident.uid, [])
        steps = schedule(incident, own, today)
        active = any(s.status in (Status.DUE, Status.UPCOMING) for s in steps)
        high = latest_beyond_a_month(own, incident.uid)
        if active or high is not None or len(shown) < ALWAYS_SHOWN:
            shown.append((incident, steps, high))
    return shown[:TODAY_SHOWS]


class Overview(NamedTuple):
    """What the Today page shows of incidents: the check-ins open now (``due``) and the
    incidents it lists (``on_today``)."""

    due: list[tuple[Incident, Scheduled]]
    listed: list[OnToday]


def overview(incidents: Sequence[Incident], done: Sequence[FollowUp], today: date) -> Overview:
    """``due`` and ``on_today`` at once (``incidents`` oldest first)."""
    return Overview(due(incidents, done, today), on_today(incidents[::-1], done, today))


def out_of_range(f: FollowUp) -> list[str]:
    low, high = ANSWER_RANGE
    bad = [q for q in QUESTIONS if not low <= getattr(f, q) <= high]
    if f.talk not in TALK_ANSWERS:
        bad.append("talk")
    return bad
