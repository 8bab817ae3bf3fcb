"""Self-check scoring against worked examples from the published sources (FACTS.md): the lowest
and highest totals, every band edge, the PHQ-9 safety item, the PCL-5 clusters, the AUDIT-C's
cut-offs for men, women and "prefer not to say", the WHO-5 times 4, and no total from a partial
answer set."""

from __future__ import annotations

import pytest

from wellness_journal.core.selfchecks import (
    SCALES,
    Band,
    Instrument,
    Sex,
    change,
    problems,
    score,
)


def spread(instrument: Instrument, total: int) -> list[int | None]:
    """Item scores in form order adding up to ``total`` (filled from the first item on)."""
    scale = SCALES[instrument]
    values: list[int | None] = []
    left = total
    for _ in range(scale.items):
        value = min(scale.high, left)
        values.append(value)
        left -= value
    assert left == 0, "more than the form can hold"
    return values


@pytest.mark.parametrize(
    ("instrument", "lowest", "highest"),
    [
        (Instrument.PHQ9, 0, 27),
        (Instrument.PHQ2, 0, 6),
        (Instrument.GAD7, 0, 21),
        (Instrument.PCL5, 0, 80),
        (Instrument.AUDITC, 0, 12),
        (Instrument.WHO5, 0, 100),
    ],
)
def test_lowest_and_highest_totals(instrument, lowest, highest):
    scale = SCALES[instrument]
    assert score(instrument, [0] * scale.items).total == lowest
    assert score(instrument, [scale.high] * scale.items).total == highest
    assert scale.max_total == highest


PHQ9_EDGES = [
    (0, Band.MINIMAL),
    (4, Band.MINIMAL),
    (5, Band.MILD),
    (9, Band.MILD),
    (10, Band.MODERATE),
    (14, Band.MODERATE),
    (15, Band.MODERATELY_SEVERE),
    (19, Band.MODERATELY_SEVERE),
    (20, Band.SEVERE),
    (27, Band.SEVERE),
]


@pytest.mark.parametrize(("total", "band"), PHQ9_EDGES)
def test_phq9_bands(total, band):
    result = score(Instrument.PHQ9, spread(Instrument.PHQ9, total))
    assert (result.total, result.band) == (total, band)
    assert result.worth_a_talk == (total >= 10) or result.safety


@pytest.mark.parametrize(
    ("total", "band"),
    [
        (0, Band.MINIMAL),
        (4, Band.MINIMAL),
        (5, Band.MILD),
        (9, Band.MILD),
        (10, Band.MODERATE),
        (14, Band.MODERATE),
        (15, Band.SEVERE),
        (21, Band.SEVERE),
    ],
)
def test_gad7_bands_at_5_10_15(total, band):
    result = score(Instrument.GAD7, spread(Instrument.GAD7, total))
    assert (result.total, result.band) == (total, band)
    assert result.worth_a_talk == (total >= 10)


@pytest.mark.parametrize(
    ("answers", "band"),
    [
        ([0, 0], Band.BELOW_CUTOFF),
        ([1, 1], Band.BELOW_CUTOFF),
        ([2, 1], Band.AT_OR_ABOVE_CUTOFF),
        ([0, 3], Band.AT_OR_ABOVE_CUTOFF),
        ([3, 3], Band.AT_OR_ABOVE_CUTOFF),
    ],
)
def test_phq2_cut_off_is_3(answers, band):
    result = score(Instrument.PHQ2, answers)
    assert result.total == sum(answers)
    assert result.band is band


def test_phq9_item_9_above_0_with_a_low_total_still_calls_for_support():
    answers = [0, 0, 0, 0, 0, 0, 0, 0, 1]
    result = score(Instrument.PHQ9, answers)
    assert result.total == 1
    assert result.band is Band.MINIMAL
    assert result.safety
    assert result.worth_a_talk
    assert not score(Instrument.PHQ9, [3, 3, 3, 3, 3, 3, 3, 3, 0]).safety


def test_phq9_item_9_counts_even_when_another_question_was_skipped():
    result = score(Instrument.PHQ9, [None, 0, 0, 0, 0, 0, 0, 0, 2])
    assert result.total is None
    assert result.safety


def test_pcl5_clusters_b_c_d_e():
    # B items 1-5 = 4 each, C 6-7 = 3 each, D 8-14 = 2 each, E 15-20 = 1 each.
    answers = [4] * 5 + [3] * 2 + [2] * 7 + [1] * 6
    result = score(Instrument.PCL5, answers)
    clusters = {c.cluster.key: (c.total, c.max_total) for c in result.clusters}
    assert clusters == {"B": (20, 20), "C": (6, 8), "D": (14, 28), "E": (6, 24)}
    assert result.total == 46 == sum(total for total, _ in clusters.values())


@pytest.mark.parametrize(
    ("total", "band"),
    [
        (0, Band.PCL5_BELOW),
        (30, Band.PCL5_BELOW),
        (31, Band.PCL5_WITHIN),
        (33, Band.PCL5_WITHIN),
        (34, Band.PCL5_ABOVE),
        (80, Band.PCL5_ABOVE),
    ],
)
def test_pcl5_provisional_cut_off_31_to_33(total, band):
    result = score(Instrument.PCL5, spread(Instrument.PCL5, total))
    assert result.band is band
    assert result.worth_a_talk == (total >= 31)


@pytest.mark.parametrize(
    ("answers", "sex", "band"),
    [
        ([1, 1, 1], Sex.MALE, Band.BELOW_CUTOFF),  # 3: under the men's 4
        ([2, 1, 1], Sex.MALE, Band.AT_OR_ABOVE_CUTOFF),  # 4
        ([1, 1, 0], Sex.FEMALE, Band.BELOW_CUTOFF),  # 2: under the women's 3
        ([1, 1, 1], Sex.FEMALE, Band.AT_OR_ABOVE_CUTOFF),  # 3
        ([1, 1, 0], Sex.UNSPECIFIED, Band.BELOW_BOTH),  # 2
        ([1, 1, 1], Sex.UNSPECIFIED, Band.BETWEEN),  # 3: the women's, not the men's
        ([2, 1, 1], Sex.UNSPECIFIED, Band.ABOVE_BOTH),  # 4
        ([4, 4, 4], Sex.UNSPECIFIED, Band.ABOVE_BOTH),  # 12
    ],
)
def test_audit_c_cut_offs_by_sex(answers, sex, band):
    result = score(Instrument.AUDITC, answers, sex)
    assert result.total == sum(answers)
    assert result.band is band
    assert result.sex is sex


def test_audit_c_without_a_sex_compares_with_both_cut_offs():
    assert score(Instrument.AUDITC, [1, 1, 1]).sex is Sex.UNSPECIFIED
    assert score(Instrument.AUDITC, [1, 1, 1]).band is Band.BETWEEN
    assert score(Instrument.PHQ9, [0] * 9, Sex.MALE).sex is None  # asked only for the AUDIT-C


@pytest.mark.parametrize(
    ("raw", "total", "band"),
    [
        (0, 0, Band.WHO5_LOW),
        (12, 48, Band.WHO5_LOW),
        (13, 52, Band.WHO5_ABOVE),
        (25, 100, Band.WHO5_ABOVE),
    ],
)
def test_who5_raw_times_4_and_50_or_below(raw, total, band):
    result = score(Instrument.WHO5, spread(Instrument.WHO5, raw))
    assert (result.raw, result.total, result.band) == (raw, total, band)


def test_who5_50_exactly_is_50_or_below():
    # A raw 12.5 cannot happen; 50 is a band edge of the 0-100 score, checked directly.
    from wellness_journal.core.selfchecks import band_for

    assert band_for(Instrument.WHO5, 50) is Band.WHO5_LOW
    assert band_for(Instrument.WHO5, 51) is Band.WHO5_ABOVE


@pytest.mark.parametrize("instrument", list(Instrument))
def test_a_skipped_question_means_no_total(instrument):
    scale = SCALES[instrument]
    answers: list[int | None] = [scale.high] * scale.items
    answers[scale.items // 2] = None
    result = score(instrument, answers)
    assert result.total is None
    assert result.band is None
    assert result.clusters == ()
    assert result.missing == (scale.items // 2 + 1,)
    assert not result.complete


@pytest.mark.parametrize(
    ("instrument", "answers"),
    [
        (Instrument.PHQ9, [0] * 8),
        (Instrument.PHQ9, [0] * 8 + [4]),
        (Instrument.GAD7, [0] * 6 + [-1]),
        (Instrument.PCL5, [0] * 19 + [5]),
        (Instrument.WHO5, [0, 0, 0, 0, 6]),
        (Instrument.AUDITC, [True, 0, 0]),
        (Instrument.AUDITC, [1.5, 0, 0]),
    ],
)
def test_answers_the_form_cannot_have_are_refused(instrument, answers):
    assert problems(instrument, answers)
    with pytest.raises(ValueError):
        score(instrument, answers)


def test_meaningful_change_is_10_points_for_pcl5_and_who5_only():
    assert change(Instrument.PCL5, 38, 24).meaningful is True
    assert change(Instrument.PCL5, 38, 29).meaningful is False
    assert change(Instrument.WHO5, 44, 56).meaningful is True
    assert change(Instrument.WHO5, 44, 52).meaningful is False
    assert change(Instrument.PHQ9, 11, 6).meaningful is None  # FACTS gives no size for it
    assert change(Instrument.PHQ9, 11, 6).points == -5
    assert change(Instrument.PHQ9, None, 6) is None
