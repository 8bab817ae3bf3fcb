"""What the toolbox says: names, short instructions and cautions for each exercise, by id.

Wording follows content/FACTS.md and makes no claim beyond it. A new exercise in
``core/exercises.py`` gets its name and summary here; until then its id is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from wellness_journal.core.exercises import Caution, Exercise, Family, Phase, PhaseKind


class Words(QObject):
    def name(self, exercise_id: str) -> str:
        names = {
            "box": self.tr("Box breathing"),
            "sigh": self.tr("Physiological sigh"),
            "resonance": self.tr("Slow, even breathing"),
            "478": self.tr("4-7-8 breathing"),
            "pmr_short": self.tr("Muscle relaxation, short"),
            "pmr_full": self.tr("Muscle relaxation, full"),
            "grounding": self.tr("5-4-3-2-1 grounding"),
        }
        return names.get(exercise_id, exercise_id)

    def summary(self, exercise_id: str) -> str:
        summaries = {
            "box": self.tr(
                "Tactical breathing, as taught at the academy: in, hold, out, hold, "
                "four seconds each."
            ),
            "sigh": self.tr(
                "Two breaths in through the nose, the second a short top-up, then a long, slow "
                "breath out through the mouth. In a 2023 study, five minutes a day of this lifted "
                "mood more than the other exercises tried."
            ),
            "resonance": self.tr(
                "Slow breathing at about six breaths a minute. The pace that feels best differs "
                "from person to person, so adjust it until it feels easy."
            ),
            "478": self.tr("Breathe in for 4 seconds, hold for 7, breathe out for 8."),
            "pmr_short": self.tr(
                "Tense and let go of four muscle groups, one after another. About 3 minutes."
            ),
            "pmr_full": self.tr(
                "Ten muscle groups, each tensed for a few seconds and then let go, twice. "
                "About 15 minutes."
            ),
            "grounding": self.tr(
                "Come back to the here and now through your senses: 5 things you see, 4 you can "
                "touch, 3 you hear, 2 you smell, 1 you taste."
            ),
        }
        return summaries.get(exercise_id, "")

    def family(self, family: Family) -> str:
        return {
            Family.BREATHING: self.tr("Breathing"),
            Family.BODY: self.tr("Body"),
            Family.GROUNDING: self.tr("Grounding"),
        }[family]

    def caution(self, caution: Caution, *, running: bool = False) -> str:
        """``running``: said beside an exercise started in one click (no first screen, so no
        tick box to point to)."""
        if running and caution is Caution.BREATH_HOLDS:
            return self.tr(
                "With a heart or lung condition, or if you are pregnant, stop and breathe "
                "normally, then choose slow, even breathing, or start this one from the Toolbox "
                "with the holds left out."
            )
        return {
            Caution.SIT_OR_LIE: self.tr("Sit or lie down for this one."),
            Caution.STOP_IF_DIZZY: self.tr(
                "Stop if you feel dizzy or light-headed, and breathe normally."
            ),
            Caution.FEW_CYCLES_FIRST: self.tr(
                "For the first month, no more than four breaths at a time; after that, up to eight."
            ),
            Caution.BREATH_HOLDS: self.tr(
                "With a heart or lung condition, or if you are pregnant, leave out the holds "
                "(tick below) or choose slow, even breathing instead."
            ),
            Caution.OVER_BREATHING: self.tr(
                "Breathe gently, not deeply. If you feel light-headed or tingly, make the breaths "
                "smaller or stop."
            ),
            Caution.NOT_DRIVING: self.tr("Not while driving: this one takes your attention."),
            Caution.GENTLE_TENSION: self.tr(
                "Tense firmly but never to the point of pain, and skip any part that is hurt."
            ),
        }[caution]

    def cautions(self, ex: Exercise, *, running: bool = False) -> str:
        return " ".join(self.caution(c, running=running) for c in ex.cautions)

    def phase(self, phase: Phase) -> str:
        """The words inside the pacer."""
        return {
            PhaseKind.SETTLE: self.tr("Get comfortable"),
            PhaseKind.INHALE: self.tr("Breathe in"),
            PhaseKind.INHALE_MORE: self.tr("A little more"),
            PhaseKind.HOLD_IN: self.tr("Hold"),
            PhaseKind.EXHALE: self.tr("Breathe out"),
            PhaseKind.HOLD_OUT: self.tr("Hold"),
            PhaseKind.TENSE: self.tr("Tense"),
            PhaseKind.RELEASE: self.tr("Let go"),
            PhaseKind.REST: self.tr("Rest"),
        }[phase.kind]

    def guidance(self, exercise_id: str, phase: Phase) -> str:
        """One line under the pacer: how to do this phase."""
        if phase.kind is PhaseKind.TENSE:
            return self.muscle(phase.cue)
        if phase.kind is PhaseKind.RELEASE:
            return self.tr("Let the muscles go loose. Notice how they feel as they soften.")
        if phase.kind is PhaseKind.SETTLE:
            if exercise_id.startswith("pmr"):
                return self.tr("Sit or lie comfortably. Let your breathing settle.")
            return self.tr("Sit comfortably, shoulders down. Breathe out slowly.")
        if phase.kind is PhaseKind.REST:
            return self.tr("Stay as you are for a moment. Breathe easily.")
        if exercise_id == "sigh":
            return {
                PhaseKind.INHALE: self.tr("A deep breath in through the nose."),
                PhaseKind.INHALE_MORE: self.tr("A second, short breath in to top up."),
                PhaseKind.EXHALE: self.tr("A long, slow breath out through the mouth."),
            }.get(phase.kind, "")
        return {
            PhaseKind.INHALE: self.tr("In through the nose, filling from the belly."),
            PhaseKind.HOLD_IN: self.tr("Hold gently, without straining."),
            PhaseKind.EXHALE: self.tr("Slowly out, letting the shoulders drop."),
            PhaseKind.HOLD_OUT: self.tr("Rest with empty lungs."),
        }.get(phase.kind, "")

    def muscle(self, group: str) -> str:
        return {
            "hands": self.tr("Hands: make tight fists."),
            "upper_arms": self.tr("Upper arms: bend your elbows and tighten your biceps."),
            "forehead": self.tr("Forehead: raise your eyebrows as high as they go."),
            "eyes_cheeks": self.tr("Eyes and cheeks: squeeze your eyes shut, scrunch your nose."),
            "jaw": self.tr("Jaw: press your lips together and clench your teeth lightly."),
            "neck_shoulders": self.tr("Shoulders: shrug them up towards your ears."),
            "chest_back": self.tr("Chest and back: pull your shoulder blades together."),
            "stomach": self.tr("Stomach: tighten it as if bracing for a push."),
            "thighs_buttocks": self.tr("Thighs: press your knees together and tighten."),
            "calves_feet": self.tr("Calves and feet: pull your toes up towards you."),
            "arms": self.tr("Arms: make fists and tighten both arms."),
            "face_neck": self.tr("Face and shoulders: scrunch your face, shrug your shoulders."),
            "chest_stomach": self.tr("Chest and stomach: tighten them and hold."),
            "legs": self.tr("Legs: straighten them and pull your toes up towards you."),
        }.get(group, self.tr("Tense the muscles."))

    def sense(self, sense: str, count: int) -> str:
        return {
            "see": self.tr("Look around. Name {0} things you can see."),
            "touch": self.tr("Name {0} things you can feel or touch."),
            "hear": self.tr("Listen. Name {0} things you can hear."),
            "smell": self.tr("Name {0} things you can smell."),
            "taste": self.tr("Name {0} thing you can taste."),
        }.get(sense, self.tr("Name {0} things.")).format(count)

    def sense_label(self, sense: str) -> str:
        return {
            "see": self.tr("See"),
            "touch": self.tr("Touch"),
            "hear": self.tr("Hear"),
            "smell": self.tr("Smell"),
            "taste": self.tr("Taste"),
        }.get(sense, sense)

    def length(self, seconds: float) -> str:
        minutes = round(seconds / 60)
        if minutes < 1:
            return self.tr("Under a minute")
        if minutes == 1:
            return self.tr("About 1 minute")
        return self.tr("About {0} minutes").format(minutes)


def clock_text(seconds: float) -> str:
    """1:05 for 65 seconds."""
    whole = max(0, round(seconds))
    return f"{whole // 60}:{whole % 60:02d}"
