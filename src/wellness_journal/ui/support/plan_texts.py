"""The safety plan page's hints and examples: plain officer language, never judgement.

Firearms and other means: FACTS.md "Safety plan" (Stanley & Brown 2012; PERF 2019). The app
promises nothing about careers or agency policies, which differ."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from wellness_journal.core.safety_plan import PlanSection


def _t(text: str) -> str:
    return QCoreApplication.translate("safety_plan", text)


def hint(section: PlanSection) -> str:
    """What the section holds, in one line."""
    return {
        PlanSection.WARNING_SIGNS: _t(
            "Thoughts, moods or things you do that tell you a hard stretch is starting."
        ),
        PlanSection.COPING_ALONE: _t("What you can do by yourself to take the edge off."),
        PlanSection.DISTRACTIONS: _t(
            "People to be around and places to go that get you out of your head for a while."
        ),
        PlanSection.PEOPLE: _t("People you can tell that you are struggling."),
        PlanSection.PROFESSIONALS: _t(
            "Counselors, doctors, your assistance program and crisis lines you can call."
        ),
        PlanSection.SAFER_SURROUNDINGS: _t(
            "Putting time and distance between you and the things that could do harm in a crisis."
        ),
        PlanSection.REASONS_FOR_LIVING: _t("What matters most to you. One a line."),
    }[section]


def example(section: PlanSection) -> str:
    """A one-line example, shown while the section is empty."""
    return {
        PlanSection.WARNING_SIGNS: _t(
            "For example: replaying a call over and over, not sleeping, snapping at home"
        ),
        PlanSection.COPING_ALONE: _t(
            "For example: tactical breathing in the truck, a hard workout, a hot shower"
        ),
        PlanSection.DISTRACTIONS: _t(
            "For example: coffee with a friend, the gym, the game at my brother's place"
        ),
        PlanSection.PEOPLE: _t(
            "For example: a buddy from the academy, my sister, the peer support team"
        ),
        PlanSection.PROFESSIONALS: _t(
            "For example: the counselor at the assistance program, my doctor, a crisis line"
        ),
        PlanSection.SAFER_SURROUNDINGS: _t(
            "For example: my personal handgun stays at my brother's place for now"
        ),
        PlanSection.REASONS_FOR_LIVING: _t(
            "For example: my kids, fishing with my dad, the people I still want to help"
        ),
    }[section]


def firearms_guide() -> str:
    return _t(
        "Steps people take for a while, when things are hard: personal firearms kept by someone "
        "you trust, away from home; or locked and unloaded, with the ammunition stored apart and "
        "the key held by someone else. For a duty weapon, follow your agency's policy; policies "
        "differ between agencies. The same goes for other things: someone can hold on to extra "
        "medication, and alcohol can stay out of the house for now."
    )
