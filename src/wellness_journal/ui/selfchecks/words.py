"""The words the self-checks use around the questionnaires (never the questionnaires' own, which
come word for word from assets/selfchecks/forms.json). Plain functions over
``QCoreApplication.translate``, so the Trends charts can use them off the GUI thread.

Calm and plain: a band is said in everyday words with its published range; nothing is called a
diagnosis except to say that this is not one; no "positive" or "negative" screens.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from wellness_journal.core.selfcheck_schedule import Due
from wellness_journal.core.selfchecks import (
    AUDITC_CUTOFF,
    PCL5_CUTOFF,
    WHO5_CUTOFF,
    Band,
    Change,
    Cluster,
    Instrument,
    Score,
    SelfCheck,
    Sex,
)
from wellness_journal.ui.today.labels import short_day as short_day
from wellness_journal.ui.today.labels import step_name


def _t(text: str) -> str:
    return QCoreApplication.translate("selfchecks", text)


def name(instrument: Instrument) -> str:
    """What it is about, in a word or two."""
    return {
        Instrument.PHQ9: _t("Mood"),
        Instrument.PHQ2: _t("Mood, quick check"),
        Instrument.GAD7: _t("Worry and nerves"),
        Instrument.PCL5: _t("After a hard experience"),
        Instrument.AUDITC: _t("Alcohol"),
        Instrument.WHO5: _t("Well-being"),
    }[instrument]


def title(instrument: Instrument) -> str:
    return _t("{0} ({1})").format(name(instrument), instrument.value)


def about(instrument: Instrument) -> str:
    return {
        Instrument.PHQ9: _t(
            "How often, over the last 2 weeks, low mood and what often comes with it (sleep, "
            "energy, appetite, concentration) have bothered you."
        ),
        Instrument.PHQ2: _t(
            "The first two questions of the PHQ-9: interest in things, and feeling down. A quick "
            "look; the PHQ-9 gives the fuller picture."
        ),
        Instrument.GAD7: _t(
            "How often, over the last 2 weeks, worry, nerves, restlessness and irritability have "
            "bothered you."
        ),
        Instrument.PCL5: _t(
            "How much, in the past month, reactions to a very stressful experience have bothered "
            "you: memories and dreams of it, avoiding reminders, mood, feeling on guard. Many "
            "officers take it a month or so after a critical incident."
        ),
        Instrument.AUDITC: _t(
            "Three questions about how often and how much you drank in the past year."
        ),
        Instrument.WHO5: _t(
            "Five statements about how you have been feeling over the last two weeks. Here a "
            "higher score means better well-being."
        ),
    }[instrument]


def length(instrument: Instrument) -> str:
    return {
        Instrument.PHQ9: _t("9 questions · about 2 minutes"),
        Instrument.PHQ2: _t("2 questions · under a minute"),
        Instrument.GAD7: _t("7 questions · about 2 minutes"),
        Instrument.PCL5: _t("20 questions · about 5 minutes"),
        Instrument.AUDITC: _t("3 questions · under a minute"),
        Instrument.WHO5: _t("5 questions · about a minute"),
    }[instrument]


def recall(period: str) -> str:
    """The time a question asks about, for a form whose items carry it themselves."""
    return {
        "2 weeks": _t("About the last 2 weeks"),
        "month": _t("About the past month"),
        "year": _t("About the past year"),
    }[period]


def not_a_diagnosis() -> str:
    return _t(
        "This is not a diagnosis. It shows how you have been doing, so you can notice changes "
        "over time and decide what helps."
    )


def score_line(score: Score) -> str:
    """ "8 out of 27", or for the WHO-5 "56 out of 100 (14 × 4)"."""
    if score.total is None:
        return _t("No total")
    if score.instrument is Instrument.WHO5:
        return _t("{0} out of 100 ({1} × 4)").format(score.total, score.raw)
    return _t("{0} out of {1}").format(score.total, score.max_total)


def out_of(score: Score) -> str:
    """What the big number is out of: "out of 27", or "out of 100 (14 × 4)" for the WHO-5."""
    if score.total is None:
        return _t("No total")
    if score.instrument is Instrument.WHO5:
        return _t("out of 100 ({0} × 4)").format(score.raw)
    return _t("out of {0}").format(score.max_total)


def band_name(instrument: Instrument, band: Band | None) -> str:
    """The band in a few words with its range, e.g. "Mild range (5 to 9)"."""
    if band is None:
        return ""
    ranges = {
        (Instrument.PHQ9, Band.MINIMAL): _t("Minimal range (0 to 4)"),
        (Instrument.PHQ9, Band.MILD): _t("Mild range (5 to 9)"),
        (Instrument.PHQ9, Band.MODERATE): _t("Moderate range (10 to 14)"),
        (Instrument.PHQ9, Band.MODERATELY_SEVERE): _t("Moderately severe range (15 to 19)"),
        (Instrument.PHQ9, Band.SEVERE): _t("Severe range (20 to 27)"),
        (Instrument.GAD7, Band.MINIMAL): _t("Minimal range (0 to 4)"),
        (Instrument.GAD7, Band.MILD): _t("Mild range (5 to 9)"),
        (Instrument.GAD7, Band.MODERATE): _t("Moderate range (10 to 14)"),
        (Instrument.GAD7, Band.SEVERE): _t("Severe range (15 to 21)"),
        (Instrument.PHQ2, Band.BELOW_CUTOFF): _t("Below 3"),
        (Instrument.PHQ2, Band.AT_OR_ABOVE_CUTOFF): _t("3 or more"),
        (Instrument.PCL5, Band.PCL5_BELOW): _t("Below 31"),
        (Instrument.PCL5, Band.PCL5_WITHIN): _t("Between 31 and 33"),
        (Instrument.PCL5, Band.PCL5_ABOVE): _t("Above 33"),
        (Instrument.WHO5, Band.WHO5_LOW): _t("50 or below"),
        (Instrument.WHO5, Band.WHO5_ABOVE): _t("Above 50"),
    }
    if instrument is Instrument.AUDITC:
        return {
            Band.BELOW_CUTOFF: _t("Below the cut-off"),
            Band.AT_OR_ABOVE_CUTOFF: _t("At or above the cut-off"),
            Band.BELOW_BOTH: _t("Below both cut-offs"),
            Band.BETWEEN: _t("At the cut-off for women, below the one for men"),
            Band.ABOVE_BOTH: _t("At or above both cut-offs"),
        }[band]
    return ranges[(instrument, band)]


def meaning(score: Score) -> str:
    """What the band means, in calm words, with the next step where the guidance gives one."""
    band, instrument = score.band, score.instrument
    if band is None:
        return ""
    if instrument is Instrument.PHQ9:
        return {
            Band.MINIMAL: _t("Few of these problems have bothered you over the last 2 weeks."),
            Band.MILD: _t(
                "Some of these problems have bothered you on some days. That is common, "
                "especially with shift work, and worth keeping an eye on."
            ),
            Band.MODERATE: _t(
                "These problems have bothered you on many days. Talking it over with a "
                "counselor, peer supporter or doctor could help."
            ),
            Band.MODERATELY_SEVERE: _t(
                "These problems have bothered you on most days. That is a lot to carry; a "
                "counselor or doctor can help, and it is worth reaching out soon."
            ),
            Band.SEVERE: _t(
                "These problems have bothered you nearly every day. That is a lot to carry, and "
                "you do not have to carry it alone: reach out to a counselor or doctor soon."
            ),
        }[band]
    if instrument is Instrument.GAD7:
        return {
            Band.MINIMAL: _t("Worry and nerves have bothered you little over the last 2 weeks."),
            Band.MILD: _t(
                "Worry and nerves have bothered you on some days. Worth keeping an eye on."
            ),
            Band.MODERATE: _t(
                "Worry and nerves have bothered you on many days. A counselor or doctor can help "
                "you look at it more closely."
            ),
            Band.SEVERE: _t(
                "Worry and nerves have bothered you nearly every day. That is hard going; a "
                "counselor or doctor can help, and it is worth reaching out soon."
            ),
        }[band]
    if instrument is Instrument.PHQ2:
        if band is Band.AT_OR_ABOVE_CUTOFF:
            return _t(
                "3 or more is the point where it is worth taking the full PHQ-9, and talking it "
                "over with someone you trust."
            )
        return _t("Below 3, the point where the PHQ-2 suggests a closer look.")
    if instrument is Instrument.PCL5:
        return _pcl5_meaning(band)
    if instrument is Instrument.AUDITC:
        return _audit_meaning(band, score.sex)
    if band is Band.WHO5_LOW:
        return _t(
            "{0} or below is where the WHO-5 suggests checking your mood with a doctor or "
            "counselor. The PHQ-9 here looks at mood more closely."
        ).format(WHO5_CUTOFF)
    return _t("Above {0}. On the WHO-5, higher means better well-being.").format(WHO5_CUTOFF)


def _pcl5_meaning(band: Band) -> str:
    low, high = PCL5_CUTOFF
    if band is Band.PCL5_BELOW:
        return _t(
            "The PCL-5 has no official levels. A total of {0} to {1} or more is where the VA's "
            "National Center for PTSD suggests a talk with a professional; yours is below that."
        ).format(low, high)
    return _t(
        "The PCL-5 has no official levels, but {0} to {1} or more is where the VA's National "
        "Center for PTSD suggests a talk with a professional. Reactions like these are common "
        "after hard calls, and earlier help shortens the way back: a counselor who knows trauma, "
        "or a peer supporter, is a good next step."
    ).format(low, high)


def _audit_meaning(band: Band, sex: Sex | None) -> str:
    men, women = AUDITC_CUTOFF[Sex.MALE], AUDITC_CUTOFF[Sex.FEMALE]
    if sex is Sex.MALE or sex is Sex.FEMALE:
        cut = AUDITC_CUTOFF[sex]
        whose = _t("the cut-off for men") if sex is Sex.MALE else _t("the cut-off for women")
        if band is Band.AT_OR_ABOVE_CUTOFF:
            return _t(
                "{0} or more ({1}) is the point where drinking is worth talking over with a "
                "doctor or counselor. It is a prompt for a conversation, not a judgement."
            ).format(cut, whose)
        return _t("Below {0}, {1}.").format(cut, whose)
    if band is Band.BELOW_BOTH:
        return _t("Below both cut-offs: {0} for men and {1} for women.").format(men, women)
    if band is Band.BETWEEN:
        return _t(
            "The cut-off is {0} for women and {1} for men. Drinking like this can be worth "
            "talking over with a doctor or counselor: a prompt for a conversation, not a judgement."
        ).format(women, men)
    return _t(
        "At or above both cut-offs ({0} for men, {1} for women): worth talking over with a "
        "doctor or counselor. It is a prompt for a conversation, not a judgement."
    ).format(men, women)


def skipped(score: Score) -> str:
    numbers = ", ".join(str(n) for n in score.missing)
    if len(score.missing) == 1:
        text = _t("You skipped question {0}, so there is no total this time.").format(numbers)
    else:
        text = _t("You skipped questions {0}, so there is no total this time.").format(numbers)
    return (
        text
        + " "
        + _t(
            "A total counts only with every question answered. Your answers are kept, and you can "
            "take it again whenever you like."
        )
    )


def cluster_name(cluster: Cluster) -> str:
    return {
        "B": _t("Coming back uninvited (memories, dreams, reactions)"),
        "C": _t("Avoiding reminders"),
        "D": _t("Thoughts and mood"),
        "E": _t("On edge, sleep and concentration"),
    }[cluster.key]


def change_line(instrument: Instrument, found: Change, when: str) -> str:
    """The change since the last complete result, and for the PCL-5 and WHO-5 whether it
    reaches the size that counts."""
    points = found.points
    if points == 0:
        text = _t("The same as last time ({0}): {1}.").format(when, found.before)
    else:
        size = _t("1 point") if abs(points) == 1 else _t("{0} points").format(abs(points))
        way = _t("higher") if points > 0 else _t("lower")
        text = _t("Last time ({0}): {1}. This time {2} {3}.").format(when, found.before, size, way)
        if instrument is Instrument.WHO5:
            text += " " + _t("On the WHO-5, higher is better.")
    if found.meaningful_size is None:
        return text
    counts = found.meaningful_size
    if found.meaningful:
        return (
            text
            + " "
            + _t(
                "A change of {0} points or more is the size that counts as a real change, and this "
                "one is."
            ).format(counts)
        )
    return (
        text
        + " "
        + _t(
            "A change of {0} points or more is the size that counts as a real change; this one is "
            "smaller."
        ).format(counts)
    )


def reminder_choice(days: int) -> str:
    return {
        0: _t("No reminder"),
        14: _t("Every 2 weeks"),
        28: _t("Every 4 weeks"),
        91: _t("Every 3 months"),
    }[days]


def result_words(check: SelfCheck) -> str:
    """ "8, mild range (5 to 9)", or "no total (a question was skipped)"."""
    score = check.score()
    if score.total is None:
        return _t("no total (a question was skipped)")
    band = band_name(score.instrument, score.band)
    return (
        _t("{0}, {1}").format(score.total, band[:1].lower() + band[1:])
        if band
        else str(score.total)
    )


def due_text(item: Due) -> str:
    """A gentle line saying a self-check is due, and why."""
    if item.incident is not None and item.step is not None:
        return _t(
            "It is {0} since the critical incident on {1}. The {2} is there if you want to see "
            "how you are doing; it takes about 5 quiet minutes."
        ).format(step_name(item.step), short_day(item.incident.occurred_on), title(item.instrument))
    return _t("A reminder you asked for: {0}, {1}.").format(
        title(item.instrument), reminder_choice(item.every_days).lower()
    )
