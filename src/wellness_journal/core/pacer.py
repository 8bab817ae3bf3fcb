"""Plans (how long, how fast) and the pacer maths: where an exercise is at any elapsed time.

``pacer_state(plan, elapsed)`` is a pure function of the elapsed time, so the animation is right
whatever the frame rate: a dropped frame only means the next frame shows a later moment.
"""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import Enum

from wellness_journal.core.exercises import HOLDS, PRACTICE_DAYS, Exercise, Phase

# -- plans -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Plan:
    """One run of an exercise: lead-in, ``cycles`` times the cycle, lead-out."""

    exercise_id: str
    lead_in: tuple[Phase, ...]
    cycle: tuple[Phase, ...]
    cycles: int
    lead_out: tuple[Phase, ...] = ()
    _lead_in_starts: tuple[float, ...] = field(init=False, repr=False, compare=False)
    _cycle_starts: tuple[float, ...] = field(init=False, repr=False, compare=False)
    _lead_out_starts: tuple[float, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.cycle or self.cycles < 1:
            raise ValueError("a plan needs a cycle and at least one repeat")
        for name, phases in (
            ("_lead_in_starts", self.lead_in),
            ("_cycle_starts", self.cycle),
            ("_lead_out_starts", self.lead_out),
        ):
            object.__setattr__(self, name, _starts(phases))

    @property
    def lead_in_seconds(self) -> float:
        return sum(p.seconds for p in self.lead_in)

    @property
    def cycle_seconds(self) -> float:
        return sum(p.seconds for p in self.cycle)

    @property
    def lead_out_seconds(self) -> float:
        return sum(p.seconds for p in self.lead_out)

    @property
    def total_seconds(self) -> float:
        return self.lead_in_seconds + self.cycles * self.cycle_seconds + self.lead_out_seconds


def _starts(phases: tuple[Phase, ...]) -> tuple[float, ...]:
    starts = []
    t = 0.0
    for p in phases:
        starts.append(t)
        t += p.seconds
    return tuple(starts)


def scaled_cycle(ex: Exercise, rate: float) -> tuple[Phase, ...]:
    """The exercise's cycle stretched so that it runs ``rate`` times a minute."""
    if ex.rate_range is None:
        raise ValueError(f"{ex.id} has no adjustable rate")
    low, high = ex.rate_range
    if not low <= rate <= high:
        raise ValueError(f"rate {rate} is outside {low}-{high} breaths a minute")
    factor = (60.0 / rate) / ex.cycle_seconds
    return tuple(Phase(p.kind, p.seconds * factor, p.size_from, p.size_to, p.cue) for p in ex.cycle)


def without_holds(cycle: tuple[Phase, ...]) -> tuple[Phase, ...]:
    """The cycle with its breath holds left out (for a heart or lung condition, or pregnancy)."""
    kept = tuple(p for p in cycle if p.kind not in HOLDS)
    return kept or cycle


def make_plan(
    ex: Exercise,
    *,
    seconds: int | None = None,
    cycles: int | None = None,
    rate: float | None = None,
    holds: bool = True,
) -> Plan:
    """A plan for ``ex``: a length in seconds (rounded to whole cycles), a number of cycles,
    or neither for exercises with a fixed length. ``rate`` sets breaths a minute where adjustable;
    ``holds=False`` leaves out the breath holds.
    """
    if not ex.timed:
        raise ValueError(f"{ex.id} is not paced by a clock")
    cycle = ex.cycle
    if rate is not None:
        cycle = scaled_cycle(ex, rate)
    elif ex.rate_range is not None and ex.default_rate:
        cycle = scaled_cycle(ex, ex.default_rate)
    if not holds:
        cycle = without_holds(cycle)
    cycle_seconds = sum(p.seconds for p in cycle)
    if cycles is not None:
        if cycles < 1:
            raise ValueError("at least one cycle")
        count = cycles
    elif seconds is not None:
        if seconds <= 0:
            raise ValueError("the length must be more than zero")
        count = max(1, round(seconds / cycle_seconds))
    elif ex.breath_counts:
        count = _default_count(ex)
    elif ex.lengths:
        count = max(1, round((ex.default_length or ex.lengths[0]) / cycle_seconds))
    else:
        count = 1
    return Plan(ex.id, ex.lead_in, cycle, count, ex.lead_out)


def _default_count(ex: Exercise) -> int:
    return ex.first_month_breaths or ex.breath_counts[0]


@dataclass(frozen=True)
class LengthChoice:
    """How long to run a breathing exercise: a time (rounded to whole breaths) or a count."""

    seconds: int = 0
    cycles: int = 0

    @property
    def key(self) -> str:
        return f"{self.cycles}x" if self.cycles else f"{self.seconds}s"


def practised(first_done: datetime | None, now: datetime) -> bool:
    """True once the first session of an exercise lies a month (PRACTICE_DAYS) or more back."""
    return first_done is not None and now - first_done >= timedelta(days=PRACTICE_DAYS)


def length_choices(ex: Exercise, *, practised: bool = False) -> tuple[LengthChoice, ...]:
    """The lengths offered for ``ex``: numbers of breaths (for 4-7-8 at most
    ``first_month_breaths`` until ``practised``) or minutes."""
    counts = tuple(
        c
        for c in ex.breath_counts
        if practised or not ex.first_month_breaths or c <= ex.first_month_breaths
    )
    return tuple(LengthChoice(cycles=c) for c in counts) + tuple(
        LengthChoice(seconds=s) for s in ex.lengths
    )


def default_choice(ex: Exercise) -> LengthChoice | None:
    if ex.breath_counts:
        return LengthChoice(cycles=_default_count(ex))
    choices = length_choices(ex)
    if not choices:
        return None
    return next((c for c in choices if c.seconds == ex.default_length), choices[0])


def choice_from_key(ex: Exercise, key: str | None) -> LengthChoice | None:
    """The choice a stored key names, if ``ex`` offers it (to someone who has practised)."""
    return next((c for c in length_choices(ex, practised=True) if c.key == key), None)


def plan_for(
    ex: Exercise,
    choice: LengthChoice | None = None,
    rate: float | None = None,
    *,
    holds: bool = True,
) -> Plan:
    choice = choice or default_choice(ex)
    if choice is None:
        return make_plan(ex, rate=rate, holds=holds)
    if choice.cycles:
        return make_plan(ex, cycles=choice.cycles, rate=rate, holds=holds)
    return make_plan(ex, seconds=choice.seconds, rate=rate, holds=holds)


# -- the pacer -----------------------------------------------------------------------------------------


class Stage(str, Enum):
    LEAD_IN = "lead_in"
    CYCLE = "cycle"
    LEAD_OUT = "lead_out"
    DONE = "done"


@dataclass(frozen=True)
class PacerState:
    elapsed: float  # seconds since the start, clamped to the plan
    stage: Stage
    phase: Phase
    phase_index: int  # within its stage
    cycle: int  # 0-based cycle number (during the lead-in 0; during the lead-out cycles - 1)
    phase_progress: float  # 0..1 through the phase
    seconds_left: float  # in this phase
    size: float  # the shape's size, 0..1, eased
    remaining: float  # seconds until the end of the plan

    @property
    def finished(self) -> bool:
        return self.stage is Stage.DONE

    @property
    def whole_seconds_left(self) -> int:
        """What the pacer says: 4, 3, 2, 1 (never 0 while a phase runs)."""
        return max(1, math.ceil(self.seconds_left - 1e-9)) if not self.finished else 0


def ease(t: float) -> float:
    """Smooth start and end (half a cosine): the shape never jerks at a phase change."""
    t = min(1.0, max(0.0, t))
    return (1.0 - math.cos(math.pi * t)) / 2.0


def _in_stage(
    phases: tuple[Phase, ...], starts: tuple[float, ...], t: float
) -> tuple[int, Phase, float]:
    index = max(0, bisect.bisect_right(starts, t) - 1)
    phase = phases[index]
    return index, phase, min(phase.seconds, max(0.0, t - starts[index]))


def pacer_state(plan: Plan, elapsed: float) -> PacerState:
    """Where the pacer is ``elapsed`` seconds after the start (pauses already taken out)."""
    total = plan.total_seconds
    t = min(max(0.0, elapsed), total)
    if t >= total:
        last = (plan.lead_out or plan.cycle)[-1]
        return PacerState(
            elapsed=total,
            stage=Stage.DONE,
            phase=last,
            phase_index=len(plan.lead_out or plan.cycle) - 1,
            cycle=plan.cycles - 1,
            phase_progress=1.0,
            seconds_left=0.0,
            size=last.size_to,
            remaining=0.0,
        )
    lead_in = plan.lead_in_seconds
    body = plan.cycles * plan.cycle_seconds
    if t < lead_in:
        stage, cycle = Stage.LEAD_IN, 0
        index, phase, into = _in_stage(plan.lead_in, plan._lead_in_starts, t)
    elif t < lead_in + body:
        stage = Stage.CYCLE
        local = t - lead_in
        cycle = min(plan.cycles - 1, int(local // plan.cycle_seconds))
        index, phase, into = _in_stage(
            plan.cycle, plan._cycle_starts, local - cycle * plan.cycle_seconds
        )
    else:
        stage, cycle = Stage.LEAD_OUT, plan.cycles - 1
        index, phase, into = _in_stage(plan.lead_out, plan._lead_out_starts, t - lead_in - body)
    progress = into / phase.seconds
    size = phase.size_from + (phase.size_to - phase.size_from) * ease(progress)
    return PacerState(
        elapsed=t,
        stage=stage,
        phase=phase,
        phase_index=index,
        cycle=cycle,
        phase_progress=progress,
        seconds_left=phase.seconds - into,
        size=size,
        remaining=total - t,
    )


class Stopwatch:
    """Active time of an exercise, with pauses taken out. Readings come from any monotonic clock
    (seconds), so the UI can feed it a QElapsedTimer and tests a fake clock.
    """

    def __init__(self) -> None:
        self._started: float | None = None  # reading when the current run began
        self._banked = 0.0  # active seconds before the current run
        self._running = False

    @property
    def running(self) -> bool:
        return self._running

    @property
    def started(self) -> bool:
        return self._started is not None or self._banked > 0

    def start(self, now: float) -> None:
        if not self._running:
            self._started = now
            self._running = True

    def pause(self, now: float) -> None:
        if self._running and self._started is not None:
            self._banked += max(0.0, now - self._started)
            self._running = False

    def elapsed(self, now: float) -> float:
        if self._running and self._started is not None:
            return self._banked + max(0.0, now - self._started)
        return self._banked
