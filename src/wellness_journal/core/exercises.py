"""Coping exercises as data, and the pacer maths that turns elapsed time into what to show.

An exercise is a sequence of timed phases (one breath, or one pass through the muscle groups).
Adding a breathing pattern is one ``Exercise`` entry in ``EXERCISES``; the pacer, the toolbox and
"What helps me" pick it up from there (the UI adds its name and instructions by id).

Plans and the pacer maths are in ``core/pacer.py``. The parameters rest on these sources:

- box (tactical) breathing, 4-4-4-4: as taught in police academies (police1.com, policemag.com);
- cyclic physiological sigh, 5 minutes: Balban et al., Cell Reports Medicine 2023 (randomised
  trial; breathwork did better than mindfulness on positive mood, the sigh best);
- resonance breathing, about 6 breaths a minute, rate varies by person, beginners may
  over-breathe: Shaffer & Meehan, Frontiers in Neuroscience 2020;
- 4-7-8, sitting or lying down, no more than 4 breaths at a time for the first month and up to 8
  after: Weil (no trial evidence found);
- breath holds (box, 4-7-8): stop if dizzy; with a heart or lung condition or in pregnancy leave
  out the holds and breathe slowly and evenly (app policy, FACTS.md "Safety in the exercises");
- progressive muscle relaxation, tense 5-7 s, release 30-40 s, about 10 groups, short form
  2-3 minutes: Bernstein, Borkovec & Hazlett-Stevens 2000;
- 5-4-3-2-1 grounding (not while driving): common practice, no trial found;
- thought record columns: Greenberger & Padesky, Mind Over Mood; 0-10 ratings (SUDS): Wolpe 1969.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Family(str, Enum):
    BREATHING = "breathing"
    BODY = "body"  # progressive muscle relaxation
    GROUNDING = "grounding"  # 5-4-3-2-1, paced by the user, not by a clock


class PhaseKind(str, Enum):
    SETTLE = "settle"  # get comfortable before the first breath or muscle group
    INHALE = "inhale"
    INHALE_MORE = "inhale_more"  # the second, topping-up inhale of a physiological sigh
    HOLD_IN = "hold_in"  # hold with full lungs
    EXHALE = "exhale"
    HOLD_OUT = "hold_out"  # rest with empty lungs
    TENSE = "tense"
    RELEASE = "release"
    REST = "rest"  # a quiet moment at the end


HOLDS = frozenset({PhaseKind.HOLD_IN, PhaseKind.HOLD_OUT})


class Caution(str, Enum):
    SIT_OR_LIE = "sit_or_lie"  # sit or lie down while doing it
    STOP_IF_DIZZY = "stop_if_dizzy"
    FEW_CYCLES_FIRST = "few_cycles_first"  # at most a few cycles the first times
    BREATH_HOLDS = "breath_holds"  # heart, lung or pregnancy: leave out the holds
    OVER_BREATHING = "over_breathing"  # beginners may breathe too deeply or too fast
    NOT_DRIVING = "not_driving"
    GENTLE_TENSION = "gentle_tension"  # tense firmly, never to pain; skip injured areas


@dataclass(frozen=True)
class Phase:
    kind: PhaseKind
    seconds: float
    size_from: float = 0.0  # the pacer shape's size at the start of the phase, 0..1
    size_to: float = 0.0  # and at its end
    cue: str = ""  # what the phase is about, e.g. a muscle group id ("hands")

    def __post_init__(self) -> None:
        if not self.seconds > 0:
            raise ValueError("a phase must last longer than zero seconds")
        if not (0.0 <= self.size_from <= 1.0 and 0.0 <= self.size_to <= 1.0):
            raise ValueError("pacer sizes run from 0 to 1")


def _breath(*phases: tuple[PhaseKind, float]) -> tuple[Phase, ...]:
    """Phases with the usual shape: inhaling grows, holds stay, exhaling shrinks."""
    out = []
    size = 0.0
    for kind, seconds in phases:
        if kind is PhaseKind.INHALE:
            target = 1.0
        elif kind is PhaseKind.EXHALE:
            target = 0.0
        else:
            target = size
        out.append(Phase(kind, seconds, size, target))
        size = target
    return tuple(out)


@dataclass(frozen=True)
class Exercise:
    id: str
    family: Family
    cycle: tuple[Phase, ...] = ()  # one breath, or one pass through the muscle groups
    lead_in: tuple[Phase, ...] = ()
    lead_out: tuple[Phase, ...] = ()
    lengths: tuple[int, ...] = ()  # seconds the user may choose; empty: the length is fixed
    default_length: int = 0
    breath_counts: tuple[int, ...] = ()  # numbers of breaths offered instead of minutes
    first_month_breaths: int = 0  # >0: at most this many breaths until practised for a month
    rate_range: tuple[float, float] | None = None  # adjustable breaths per minute
    default_rate: float = 0.0
    cautions: tuple[Caution, ...] = ()
    grounding_steps: tuple[tuple[str, int], ...] = ()  # (sense, how many things)

    @property
    def cycle_seconds(self) -> float:
        return sum(p.seconds for p in self.cycle)

    @property
    def timed(self) -> bool:
        return bool(self.cycle)

    @property
    def has_holds(self) -> bool:
        return any(p.kind in HOLDS for p in self.cycle)


BREATH_LENGTHS = (60, 120, 300, 600)
PRACTICE_DAYS = 28  # "the first month" of an exercise with first_month_breaths
_SETTLE = (Phase(PhaseKind.SETTLE, 5.0),)


def _muscles(
    groups: tuple[str, ...], *, rounds: int, tense: float, release: float
) -> tuple[Phase, ...]:
    phases = []
    for group in groups:
        for _ in range(rounds):
            phases.append(Phase(PhaseKind.TENSE, tense, 0.0, 1.0, group))
            phases.append(Phase(PhaseKind.RELEASE, release, 1.0, 0.0, group))
    return tuple(phases)


FULL_GROUPS = (
    "hands",
    "upper_arms",
    "forehead",
    "eyes_cheeks",
    "jaw",
    "neck_shoulders",
    "chest_back",
    "stomach",
    "thighs_buttocks",
    "calves_feet",
)
SHORT_GROUPS = ("arms", "face_neck", "chest_stomach", "legs")

# Parameters from content/FACTS.md. The order here is the order in the toolbox.
EXERCISES: tuple[Exercise, ...] = (
    Exercise(
        id="box",
        family=Family.BREATHING,
        lead_in=_SETTLE,
        cycle=_breath(
            (PhaseKind.INHALE, 4.0),
            (PhaseKind.HOLD_IN, 4.0),
            (PhaseKind.EXHALE, 4.0),
            (PhaseKind.HOLD_OUT, 4.0),
        ),
        lengths=BREATH_LENGTHS,
        default_length=120,
        cautions=(Caution.STOP_IF_DIZZY, Caution.BREATH_HOLDS),
    ),
    Exercise(
        id="sigh",
        family=Family.BREATHING,
        lead_in=_SETTLE,
        cycle=(
            Phase(PhaseKind.INHALE, 3.0, 0.0, 0.8),
            Phase(PhaseKind.INHALE_MORE, 1.0, 0.8, 1.0),
            Phase(PhaseKind.EXHALE, 6.0, 1.0, 0.0),
        ),
        lengths=BREATH_LENGTHS,
        default_length=300,
    ),
    Exercise(
        id="resonance",
        family=Family.BREATHING,
        lead_in=_SETTLE,
        cycle=_breath((PhaseKind.INHALE, 5.0), (PhaseKind.EXHALE, 5.0)),
        lengths=BREATH_LENGTHS,
        default_length=300,
        rate_range=(4.5, 7.0),
        default_rate=6.0,
        cautions=(Caution.OVER_BREATHING,),
    ),
    Exercise(
        id="478",
        family=Family.BREATHING,
        lead_in=_SETTLE,
        cycle=_breath((PhaseKind.INHALE, 4.0), (PhaseKind.HOLD_IN, 7.0), (PhaseKind.EXHALE, 8.0)),
        breath_counts=(2, 4, 6, 8),
        first_month_breaths=4,
        cautions=(
            Caution.SIT_OR_LIE,
            Caution.STOP_IF_DIZZY,
            Caution.FEW_CYCLES_FIRST,
            Caution.BREATH_HOLDS,
        ),
    ),
    Exercise(
        id="pmr_short",
        family=Family.BODY,
        lead_in=(Phase(PhaseKind.SETTLE, 10.0),),
        cycle=_muscles(SHORT_GROUPS, rounds=1, tense=6.0, release=30.0),
        lead_out=(Phase(PhaseKind.REST, 15.0),),
        cautions=(Caution.GENTLE_TENSION,),
    ),
    Exercise(
        id="pmr_full",
        family=Family.BODY,
        lead_in=(Phase(PhaseKind.SETTLE, 30.0),),
        cycle=_muscles(FULL_GROUPS, rounds=2, tense=6.0, release=35.0),
        lead_out=(Phase(PhaseKind.REST, 60.0),),
        cautions=(Caution.GENTLE_TENSION,),
    ),
    Exercise(
        id="grounding",
        family=Family.GROUNDING,
        grounding_steps=(("see", 5), ("touch", 4), ("hear", 3), ("smell", 2), ("taste", 1)),
        cautions=(Caution.NOT_DRIVING,),
    ),
)

_BY_ID = {e.id: e for e in EXERCISES}


def exercise(exercise_id: str) -> Exercise:
    """The exercise with this id; KeyError if there is none."""
    return _BY_ID[exercise_id]


def is_known(exercise_id: str) -> bool:
    return exercise_id in _BY_ID
