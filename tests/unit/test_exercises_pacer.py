"""The pacer: which phase, how many seconds and how big the shape is at any elapsed time."""

from __future__ import annotations

import math
import random

import pytest

from wellness_journal.core.exercises import EXERCISES, Exercise, Family, Phase, PhaseKind, exercise
from wellness_journal.core.pacer import (
    LengthChoice,
    Plan,
    Stage,
    Stopwatch,
    choice_from_key,
    default_choice,
    length_choices,
    make_plan,
    pacer_state,
    plan_for,
)

TIMED = [e for e in EXERCISES if e.timed]


def timeline(plan: Plan) -> list[tuple[float, float, Phase, int]]:
    """A brute-force list of (start, end, phase, cycle), to check the fast lookup against."""
    rows = []
    t = 0.0
    for p in plan.lead_in:
        rows.append((t, t + p.seconds, p, 0))
        t += p.seconds
    for c in range(plan.cycles):
        for p in plan.cycle:
            rows.append((t, t + p.seconds, p, c))
            t += p.seconds
    for p in plan.lead_out:
        rows.append((t, t + p.seconds, p, plan.cycles - 1))
        t += p.seconds
    return rows


def expected_at(rows, t):  # type: ignore[no-untyped-def]
    return next(r for r in rows if r[0] <= t < r[1])


@pytest.mark.parametrize("ex", TIMED, ids=lambda e: e.id)
def test_every_pattern_matches_a_brute_force_timeline(ex: Exercise):
    plan = plan_for(ex)
    rows = timeline(plan)
    assert rows[-1][1] == pytest.approx(plan.total_seconds)
    rng = random.Random(ex.id)
    samples = [r[0] + 1e-6 for r in rows] + [r[1] - 1e-6 for r in rows]
    samples += [rng.uniform(0, plan.total_seconds) for _ in range(400)]
    for t in samples:
        _, end, phase, cycle = expected_at(rows, t)
        state = pacer_state(plan, t)
        assert state.phase == phase, (ex.id, t)
        assert state.cycle == cycle, (ex.id, t)
        assert state.seconds_left == pytest.approx(end - t, abs=1e-6)
        assert state.remaining == pytest.approx(plan.total_seconds - t, abs=1e-6)
        assert not state.finished


@pytest.mark.parametrize("ex", TIMED, ids=lambda e: e.id)
def test_frames_dropped_at_random_still_show_the_right_moment(ex: Exercise):
    """A 60 Hz animation that drops frames (gaps of up to half a second) sees each moment as if
    no frame had been dropped, and the shape never jumps more than its speed allows."""
    plan = plan_for(ex)
    rows = timeline(plan)
    rng = random.Random(7)
    t = 0.0
    previous = pacer_state(plan, 0.0)
    steepest = max(math.pi / 2 * abs(p.size_to - p.size_from) / p.seconds for _, _, p, _ in rows)
    while t < plan.total_seconds:
        gap = 1 / 60 if rng.random() < 0.8 else rng.uniform(1 / 60, 0.5)
        t += gap
        state = pacer_state(plan, t)
        if t < plan.total_seconds:
            assert state.phase == expected_at(rows, t)[2]
        assert abs(state.size - previous.size) <= steepest * gap + 1e-9
        previous = state
    assert previous.finished


@pytest.mark.parametrize("ex", TIMED, ids=lambda e: e.id)
def test_shape_is_continuous_across_phase_changes(ex: Exercise):
    plan = plan_for(ex)
    for start, _, _, _ in timeline(plan)[1:]:
        before = pacer_state(plan, start - 1e-7).size
        after = pacer_state(plan, start + 1e-7).size
        assert after == pytest.approx(before, abs=1e-4)


def test_box_breathing_four_by_four():
    plan = plan_for(exercise("box"), LengthChoice(seconds=60))
    assert [p.seconds for p in plan.cycle] == [4, 4, 4, 4]
    assert [p.kind for p in plan.cycle] == [
        PhaseKind.INHALE,
        PhaseKind.HOLD_IN,
        PhaseKind.EXHALE,
        PhaseKind.HOLD_OUT,
    ]
    settle = plan.lead_in_seconds
    state = pacer_state(plan, settle + 4 + 1.2)  # into the first hold
    assert state.phase.kind is PhaseKind.HOLD_IN
    assert state.whole_seconds_left == 3
    assert state.size == pytest.approx(1.0)
    middle_of_out = pacer_state(plan, settle + 16 * 2 + 8 + 2)
    assert middle_of_out.phase.kind is PhaseKind.EXHALE
    assert middle_of_out.cycle == 2
    assert middle_of_out.size == pytest.approx(0.5)


def test_sigh_has_two_inhales_and_a_longer_exhale():
    cycle = plan_for(exercise("sigh")).cycle
    kinds = [p.kind for p in cycle]
    assert kinds == [PhaseKind.INHALE, PhaseKind.INHALE_MORE, PhaseKind.EXHALE]
    inhale = cycle[0].seconds + cycle[1].seconds
    assert cycle[2].seconds > inhale
    assert cycle[0].size_to < cycle[1].size_to == 1.0


@pytest.mark.parametrize("rate", [4.5, 5.0, 6.0, 6.5, 7.0])
def test_resonance_rate_sets_breaths_per_minute(rate: float):
    plan = plan_for(exercise("resonance"), LengthChoice(seconds=300), rate=rate)
    assert plan.cycle_seconds == pytest.approx(60 / rate)
    assert plan.cycle[0].seconds == pytest.approx(plan.cycle[1].seconds)
    assert plan.cycles == round(300 / (60 / rate))


def test_resonance_default_is_six_breaths_a_minute_five_in_five_out():
    plan = plan_for(exercise("resonance"))
    assert [p.seconds for p in plan.cycle] == [pytest.approx(5.0), pytest.approx(5.0)]


@pytest.mark.parametrize("rate", [4.4, 7.1])
def test_resonance_rate_outside_the_range_is_refused(rate: float):
    with pytest.raises(ValueError):
        plan_for(exercise("resonance"), rate=rate)


def test_478_offers_four_breaths_first():
    ex = exercise("478")
    assert [p.seconds for p in ex.cycle] == [4, 7, 8]
    assert default_choice(ex) == LengthChoice(cycles=4)
    plan = plan_for(ex)
    assert plan.cycles == 4


@pytest.mark.parametrize("minutes", [1, 2, 5, 10])
def test_lengths_round_to_whole_breaths(minutes: int):
    plan = plan_for(exercise("box"), LengthChoice(seconds=minutes * 60))
    assert abs(plan.cycles * 16 - minutes * 60) <= 8


def test_length_keys_round_trip():
    ex = exercise("478")
    for choice in length_choices(ex, practised=True):
        assert choice_from_key(ex, choice.key) == choice
    assert choice_from_key(ex, "999s") is None
    assert choice_from_key(ex, None) is None


def test_muscle_relaxation_forms():
    full = plan_for(exercise("pmr_full"))
    short = plan_for(exercise("pmr_short"))
    full_groups = {p.cue for p in full.cycle}
    assert len(full_groups) == 10
    assert len({p.cue for p in short.cycle}) == 4
    for plan in (full, short):
        for p in plan.cycle:
            if p.kind is PhaseKind.TENSE:
                assert 5 <= p.seconds <= 7
            else:
                assert p.kind is PhaseKind.RELEASE
                assert 30 <= p.seconds <= 40
    assert 120 <= short.total_seconds <= 180  # "2-3 minutes"
    assert full.total_seconds > 12 * 60


def test_grounding_is_five_senses_counting_down():
    ex = exercise("grounding")
    assert ex.family is Family.GROUNDING
    assert not ex.timed
    assert [n for _, n in ex.grounding_steps] == [5, 4, 3, 2, 1]
    with pytest.raises(ValueError):
        plan_for(ex)


def test_before_the_start_and_after_the_end():
    plan = plan_for(exercise("box"))
    assert pacer_state(plan, -3).elapsed == 0
    assert pacer_state(plan, -3).stage is Stage.LEAD_IN
    end = pacer_state(plan, plan.total_seconds + 100)
    assert end.finished
    assert end.remaining == 0
    assert end.whole_seconds_left == 0
    assert end.size == 0.0


def test_the_count_never_says_zero_while_a_phase_runs():
    plan = plan_for(exercise("box"))
    values = {pacer_state(plan, t / 100).whole_seconds_left for t in range(600, 2000)}
    assert values == {1, 2, 3, 4}


def test_bad_plans_are_refused():
    with pytest.raises(ValueError):
        Phase(PhaseKind.INHALE, 0)
    with pytest.raises(ValueError):
        Phase(PhaseKind.INHALE, 1, 0, 1.5)
    with pytest.raises(ValueError):
        make_plan(exercise("box"), cycles=0)


def test_a_new_breathing_pattern_is_one_entry():
    triangle = Exercise(
        id="triangle",
        family=Family.BREATHING,
        cycle=(
            Phase(PhaseKind.INHALE, 3, 0, 1),
            Phase(PhaseKind.HOLD_IN, 3, 1, 1),
            Phase(PhaseKind.EXHALE, 3, 1, 0),
        ),
        lengths=(60,),
        default_length=60,
    )
    plan = plan_for(triangle)
    assert plan.cycles == 7
    assert pacer_state(plan, 4.5).phase.kind is PhaseKind.HOLD_IN


def test_stopwatch_leaves_out_pauses():
    watch = Stopwatch()
    assert watch.elapsed(100) == 0
    watch.start(100)
    assert watch.elapsed(103.5) == pytest.approx(3.5)
    watch.pause(104)
    assert watch.elapsed(500) == pytest.approx(4)
    watch.start(600)
    assert watch.elapsed(601) == pytest.approx(5)
    watch.start(650)  # starting again while running changes nothing
    assert watch.elapsed(602) == pytest.approx(6)


def test_ids_are_unique():
    ids = [e.id for e in EXERCISES]
    assert len(ids) == len(set(ids))
