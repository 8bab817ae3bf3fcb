"""Demo journal: a few months of made-up entries about nobody real and no real case."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from wellness_journal.core.journal import Entry
from wellness_journal.core.journal_prompts import DEFAULT_PROMPTS
from wellness_journal.services.journal import JournalService
from wellness_journal.storage.connection import Database

DAYS = 120

_OPENERS = [
    "Back from a night shift.",
    "Quiet day shift for once.",
    "Long twelve today.",
    "Day off.",
    "Training day at the range, then paperwork.",
    "Swing shift, home just after midnight.",
    "Court in the morning, patrol after.",
]
_MIDDLES = [
    "Shoulders were tight by the end, so I did the box breathing in the car before driving home.",
    "Grabbed coffee with my partner at 3 a.m. and we talked about anything but work.",
    "Slept five hours. I want to protect a proper anchor sleep tomorrow.",
    "The kids were already asleep. Left a note on the fridge for the morning.",
    "Took the dog out for a long walk before bed. Helped more than scrolling.",
    "Caught myself snapping at a coworker. Apologized later; felt better for it.",
    "Finished the reports on time, which never happens.",
    "Peer support check-in today. Easier to talk than I expected.",
    "Mind kept racing after the shift. Wrote a few lines here instead of replaying it.",
    "Gym before shift. Legs tired, head clear.",
    "Ate an actual dinner instead of something from the gas station.",
    "Called my brother on the drive home. We laughed about nothing for twenty minutes.",
]
_CLOSERS = [
    "Tomorrow: water, a real lunch, and leave on time.",
    "Good enough for today.",
    "Proud of how I handled it.",
    "Going to bed early.",
    "Need to remember that this part passes.",
    "",
]
_TAGS = ["night-shift", "sleep", "family", "gym", "peer-support", "stress", "gratitude"]
_GOOD_THINGS = [
    "Sunrise on the drive home",
    "A thank-you from a shop owner",
    "Dinner with the family",
    "Made it to the gym",
    "A quiet hour with a book",
    "My partner had my back on a tough stop",
    "Slept through the night",
]


def _body(rng: random.Random) -> str:
    parts = [rng.choice(_OPENERS), *rng.sample(_MIDDLES, rng.randint(1, 3))]
    closer = rng.choice(_CLOSERS)
    text = " ".join(parts)
    return f"{text}\n\n{closer}" if closer else text


def _three_good_things(rng: random.Random) -> str:
    picks = rng.sample(_GOOD_THINGS, 3)
    lines = [f"{n}. {thing}." for n, thing in enumerate(picks, start=1)]
    return "\n".join(lines) + "\n\nThe **second one** made the day."


def generate(db: Database, rng: random.Random, today: date) -> None:
    service = JournalService(db)
    prompts = {p.uid: p for p in DEFAULT_PROMPTS}
    day = today - timedelta(days=DAYS)
    while day <= today:
        hour = rng.choice([6, 7, 8, 19, 21, 22, 23])
        when = datetime.combine(day, time(hour, rng.randint(0, 59))).astimezone()
        roll = rng.random()
        if roll < 0.15:
            p = prompts["prompt-three-good-things"]
            title, body, tags, prompt = p.title, _three_good_things(rng), ["gratitude"], p.text
        elif roll < 0.25:
            p = prompts["prompt-after-hard-call"]
            title = p.title
            body = (
                "Not going to write about the call itself. Heart rate was up for a while "
                "afterwards.\n\n- Did the physiological sigh a few times\n- Texted Sam from peer "
                "support\n- *Feeling steadier now*"
            )
            tags, prompt = ["hard-call", "stress"], p.text
        else:
            title = rng.choice(["", "", "Shift notes", "Home", "Note to self", "Small win"])
            body, prompt = _body(rng), ""
            tags = rng.sample(_TAGS, rng.randint(0, 2))
        mood = rng.choice([None, 2, 3, 3, 4, 4, 5])
        service.save(
            Entry(
                id=None,
                uid=f"demo-entry-{day.isoformat()}",
                written_at=when,
                title=title,
                body=body,
                tags=tuple(tags),
                mood=mood,
                prompt=prompt,
            )
        )
        day += timedelta(days=rng.choice([1, 1, 2, 2, 3]))
