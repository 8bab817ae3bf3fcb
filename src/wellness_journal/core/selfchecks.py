"""Self-checks: five validated questionnaires (and the PHQ-2, the PHQ-9's first two questions),
scored exactly as their owners publish them. Nothing here is a diagnosis, and no word here says so.

Totals, bands and cut-offs (FACTS.md, "Questionnaires"):

- PHQ-9: 9 items 0-3, total 0-27; 0-4 minimal, 5-9 mild, 10-14 moderate, 15-19 moderately
  severe, 20-27 severe (Kroenke, Spitzer & Williams 2001). Any answer above 0 on item 9 needs
  follow-up whatever the total: ``Score.safety``, set even when other items were skipped.
- PHQ-2: PHQ-9 items 1-2, total 0-6; 3 or more is the cut-off (Kroenke 2003).
- GAD-7: 7 items 0-3, total 0-21; 5 mild, 10 moderate, 15 severe; 10 or more: further evaluation.
- PCL-5: 20 items 0-4, total 0-80; clusters B (items 1-5), C (6-7), D (8-14), E (15-20);
  provisional cut-off 31-33; no official severity bands; a change of 10 points or more counts.
- AUDIT-C: 3 items 0-4, total 0-12; cut-off 4 or more for men, 3 or more for women (Bush 1998;
  Bradley 2003). Sex is asked only for this; "prefer not to say" compares with both.
- WHO-5: 5 items 0-5, raw 0-25, times 4 is 0-100; 50 or below suggests checking for depression;
  a change of 10 points counts.

A total exists only when every item was answered: one skipped question means no total (and no
band), and ``Score.missing`` says which.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum


class Instrument(str, Enum):
    PHQ9 = "PHQ-9"
    PHQ2 = "PHQ-2"
    GAD7 = "GAD-7"
    PCL5 = "PCL-5"
    AUDITC = "AUDIT-C"
    WHO5 = "WHO-5"

    @property
    def slug(self) -> str:
        """The id in links: ``selfchecks/phq-9``."""
        return self.value.lower()

    @classmethod
    def from_slug(cls, slug: str) -> Instrument | None:
        return next((i for i in cls if i.slug == slug), None)


class Sex(str, Enum):
    """Asked only for the AUDIT-C's cut-off."""

    MALE = "male"
    FEMALE = "female"
    UNSPECIFIED = "unspecified"  # "prefer not to say": both cut-offs are shown


@dataclass(frozen=True)
class Scale:
    items: int
    high: int  # each item scores 0..high
    multiplier: int = 1  # WHO-5: the raw total times 4

    @property
    def max_total(self) -> int:
        return self.items * self.high * self.multiplier


SCALES = {
    Instrument.PHQ9: Scale(9, 3),
    Instrument.PHQ2: Scale(2, 3),
    Instrument.GAD7: Scale(7, 3),
    Instrument.PCL5: Scale(20, 4),
    Instrument.AUDITC: Scale(3, 4),
    Instrument.WHO5: Scale(5, 5, multiplier=4),
}


class Band(str, Enum):
    """Where a total falls, in the published bands or against the published cut-off. The values
    are what an export writes."""

    MINIMAL = "minimal"
    MILD = "mild"
    MODERATE = "moderate"
    MODERATELY_SEVERE = "moderately severe"
    SEVERE = "severe"
    BELOW_CUTOFF = "below the cut-off"
    AT_OR_ABOVE_CUTOFF = "at or above the cut-off"
    PCL5_BELOW = "below 31"  # under the provisional cut-off of 31-33
    PCL5_WITHIN = "31 to 33"  # within it
    PCL5_ABOVE = "above 33"  # past it
    BELOW_BOTH = "below both cut-offs"  # AUDIT-C, sex not given: under 3
    BETWEEN = "at the cut-off for women, below the one for men"  # AUDIT-C, not given: 3
    ABOVE_BOTH = "at or above both cut-offs"  # AUDIT-C, not given: 4 or more
    WHO5_LOW = "50 or below"
    WHO5_ABOVE = "above 50"


# Lowest total of each band, highest band first.
PHQ9_BANDS = (
    (20, Band.SEVERE),
    (15, Band.MODERATELY_SEVERE),
    (10, Band.MODERATE),
    (5, Band.MILD),
    (0, Band.MINIMAL),
)
GAD7_BANDS = ((15, Band.SEVERE), (10, Band.MODERATE), (5, Band.MILD), (0, Band.MINIMAL))
PHQ2_CUTOFF = 3
PHQ9_TALK = 10  # "10 or more": sensitivity and specificity 88% (Kroenke 2001)
GAD7_TALK = 10  # "10 or more: further evaluation"
PCL5_CUTOFF = (31, 33)  # provisional
AUDITC_CUTOFF = {Sex.MALE: 4, Sex.FEMALE: 3}
WHO5_CUTOFF = 50  # 50 or below
MEANINGFUL_CHANGE = {Instrument.PCL5: 10, Instrument.WHO5: 10}
SAFETY_ITEM = 9  # PHQ-9 item 9


@dataclass(frozen=True)
class Cluster:
    key: str  # "B", "C", "D", "E"
    first: int  # item numbers, 1-based, inclusive
    last: int

    @property
    def items(self) -> range:
        return range(self.first, self.last + 1)


PCL5_CLUSTERS = (Cluster("B", 1, 5), Cluster("C", 6, 7), Cluster("D", 8, 14), Cluster("E", 15, 20))


@dataclass(frozen=True)
class ClusterScore:
    cluster: Cluster
    total: int

    @property
    def max_total(self) -> int:
        return len(self.cluster.items) * SCALES[Instrument.PCL5].high


Answers = tuple[int | None, ...]


@dataclass(frozen=True)
class Score:
    instrument: Instrument
    total: int | None  # None when any item was skipped
    band: Band | None
    raw: int | None = None  # WHO-5: the sum before times 4 (the others: the total)
    clusters: tuple[ClusterScore, ...] = ()  # PCL-5, when complete
    missing: tuple[int, ...] = ()  # the skipped items, 1-based
    safety: bool = False  # PHQ-9 item 9 above 0: support now, whatever the total
    sex: Sex | None = None  # AUDIT-C

    @property
    def complete(self) -> bool:
        return self.total is not None

    @property
    def max_total(self) -> int:
        return SCALES[self.instrument].max_total

    @property
    def worth_a_talk(self) -> bool:
        """At or past the point where the published guidance suggests talking it over with a
        professional (PHQ-9 and GAD-7 10 or more, PHQ-2 3 or more, PCL-5 31 or more, AUDIT-C at
        a cut-off, WHO-5 50 or below), or the safety item answered."""
        return self.safety or (self.band is not None and self.band in TALK_BANDS)


TALK_BANDS = frozenset(
    {
        Band.MODERATE,
        Band.MODERATELY_SEVERE,
        Band.SEVERE,
        Band.AT_OR_ABOVE_CUTOFF,
        Band.PCL5_WITHIN,
        Band.PCL5_ABOVE,
        Band.BETWEEN,
        Band.ABOVE_BOTH,
        Band.WHO5_LOW,
    }
)


def _from_table(total: int, table: Sequence[tuple[int, Band]]) -> Band:
    return next(band for low, band in table if total >= low)


def band_for(instrument: Instrument, total: int, sex: Sex | None = None) -> Band:
    """The band of a complete ``total`` (for WHO-5: the 0-100 score)."""
    if instrument is Instrument.PHQ9:
        return _from_table(total, PHQ9_BANDS)
    if instrument is Instrument.GAD7:
        return _from_table(total, GAD7_BANDS)
    if instrument is Instrument.PHQ2:
        return Band.AT_OR_ABOVE_CUTOFF if total >= PHQ2_CUTOFF else Band.BELOW_CUTOFF
    if instrument is Instrument.PCL5:
        low, high = PCL5_CUTOFF
        if total < low:
            return Band.PCL5_BELOW
        return Band.PCL5_WITHIN if total <= high else Band.PCL5_ABOVE
    if instrument is Instrument.AUDITC:
        if sex in AUDITC_CUTOFF:
            return Band.AT_OR_ABOVE_CUTOFF if total >= AUDITC_CUTOFF[sex] else Band.BELOW_CUTOFF
        women, men = AUDITC_CUTOFF[Sex.FEMALE], AUDITC_CUTOFF[Sex.MALE]
        if total < women:
            return Band.BELOW_BOTH
        return Band.BETWEEN if total < men else Band.ABOVE_BOTH
    return Band.WHO5_LOW if total <= WHO5_CUTOFF else Band.WHO5_ABOVE


def problems(instrument: Instrument, answers: Sequence[object]) -> list[str]:
    """What is wrong with ``answers`` for ``instrument`` (empty when they can be scored): the
    number of answers must be the form's, each a whole number in range or None (skipped)."""
    scale = SCALES[instrument]
    if len(answers) != scale.items:
        return [f"{instrument.value} has {scale.items} answers, not {len(answers)}"]
    bad = [
        number
        for number, value in enumerate(answers, 1)
        if value is not None
        and (isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= scale.high)
    ]
    if bad:
        return [f"answer {n} is not a whole number from 0 to {scale.high}" for n in bad]
    return []


def score(instrument: Instrument, answers: Sequence[int | None], sex: Sex | None = None) -> Score:
    """Score ``answers`` (item scores in form order, None for a skipped item). Raises ValueError
    for answers the form cannot have."""
    found = problems(instrument, answers)
    if found:
        raise ValueError("; ".join(found))
    if instrument is not Instrument.AUDITC:
        sex = None
    elif sex is None:
        sex = Sex.UNSPECIFIED
    safety = instrument is Instrument.PHQ9 and (answers[SAFETY_ITEM - 1] or 0) > 0
    missing = tuple(n for n, value in enumerate(answers, 1) if value is None)
    if missing:
        return Score(instrument, None, None, missing=missing, safety=safety, sex=sex)
    values = [int(v) for v in answers if v is not None]
    raw = sum(values)
    total = raw * SCALES[instrument].multiplier
    clusters: tuple[ClusterScore, ...] = ()
    if instrument is Instrument.PCL5:
        clusters = tuple(
            ClusterScore(c, sum(values[n - 1] for n in c.items)) for c in PCL5_CLUSTERS
        )
    return Score(
        instrument,
        total,
        band_for(instrument, total, sex),
        raw=raw,
        clusters=clusters,
        safety=safety,
        sex=sex,
    )


@dataclass(frozen=True)
class Change:
    """From the last complete result of the same questionnaire to this one."""

    before: int
    after: int
    meaningful_size: int | None  # PCL-5 and WHO-5: 10 points; None where FACTS gives no size

    @property
    def points(self) -> int:
        return self.after - self.before

    @property
    def meaningful(self) -> bool | None:
        """True when the change reaches the size that counts (None where none is published)."""
        if self.meaningful_size is None:
            return None
        return abs(self.points) >= self.meaningful_size


def change(instrument: Instrument, before: int | None, after: int | None) -> Change | None:
    if before is None or after is None:
        return None
    return Change(before, after, MEANINGFUL_CHANGE.get(instrument))


HIGHER_IS_BETTER = frozenset({Instrument.WHO5})


@dataclass(frozen=True)
class SelfCheck:
    """One self-check as taken: the answers in form order (None for a skipped item); the total,
    band and clusters are always worked out from them, never stored."""

    id: int | None
    uid: str
    instrument: Instrument
    taken_at: datetime  # aware
    answers: Answers
    sex: Sex | None = None  # AUDIT-C only
    note: str = ""

    def score(self) -> Score:
        return score(self.instrument, self.answers, self.sex)


def record_problems(check: SelfCheck) -> list[str]:
    """The rules a stored self-check keeps (for imports): answers that fit the form, and a sex
    only on an AUDIT-C."""
    found = problems(check.instrument, check.answers)
    if check.sex is not None and check.instrument is not Instrument.AUDITC:
        found.append("'sex' belongs only to an AUDIT-C")
    return found


@dataclass(frozen=True)
class History:
    """The results of one questionnaire, oldest first."""

    instrument: Instrument
    checks: tuple[SelfCheck, ...] = field(default=())

    def last_complete_before(self, check: SelfCheck) -> SelfCheck | None:
        earlier = [
            c
            for c in self.checks
            if c.uid != check.uid and c.taken_at < check.taken_at and c.score().complete
        ]
        return earlier[-1] if earlier else None
