"""Words of the safety plan shared by the window and the command line (the pocket card).

No Qt here, so the headless commands never load it for these words. Each text is marked with
``QT_TRANSLATE_NOOP("safety_plan", ...)`` for Qt's translation tools; the window passes ``tr``
(``QCoreApplication.translate`` in context "safety_plan"), the command line prints them as written.
"""

from __future__ import annotations

from wellness_journal.core.models import SupportContact
from wellness_journal.core.safety_plan import PlanSection
from wellness_journal.services.messages import QT_TRANSLATE_NOOP, Translate, as_written

_TITLES = {
    PlanSection.WARNING_SIGNS: QT_TRANSLATE_NOOP("safety_plan", "My warning signs"),
    PlanSection.COPING_ALONE: QT_TRANSLATE_NOOP("safety_plan", "Things I can do on my own"),
    PlanSection.DISTRACTIONS: QT_TRANSLATE_NOOP(
        "safety_plan", "People and places that take my mind off it"
    ),
    PlanSection.PEOPLE: QT_TRANSLATE_NOOP("safety_plan", "People I can ask for help"),
    PlanSection.PROFESSIONALS: QT_TRANSLATE_NOOP("safety_plan", "Professionals and crisis lines"),
    PlanSection.SAFER_SURROUNDINGS: QT_TRANSLATE_NOOP(
        "safety_plan", "Making my surroundings safer"
    ),
    PlanSection.REASONS_FOR_LIVING: QT_TRANSLATE_NOOP("safety_plan", "My reasons for living"),
}

CARD_TITLE = QT_TRANSLATE_NOOP("safety_plan", "My safety plan")
CARD_INTRO = QT_TRANSLATE_NOOP(
    "safety_plan",
    "When things get hard, go down the steps one at a time, and keep going until one helps.",
)
CARD_NO_PLAN_TITLE = QT_TRANSLATE_NOOP("safety_plan", "When things get hard")
CARD_NO_PLAN = QT_TRANSLATE_NOOP(
    "safety_plan", "Call or text one of these. You don't have to carry it alone."
)
CARD_WARNING = QT_TRANSLATE_NOOP(
    "safety_plan",
    "The pocket card is NOT encrypted: anyone who finds the file or the paper can read it. "
    "Keep it somewhere private, and delete the file when you no longer need it.",
)
CARD_LINES = QT_TRANSLATE_NOOP("safety_plan", "Crisis and support lines")
CARD_EMERGENCY = QT_TRANSLATE_NOOP("safety_plan", "In danger right now: call {0}.")
CALL = QT_TRANSLATE_NOOP("safety_plan", "Call {0}")


def section_title(section: PlanSection, tr: Translate = as_written) -> str:
    return tr(_TITLES[section])


def step_number(section: PlanSection) -> int | None:
    """1 to 6 for the steps, None for the reasons for living."""
    order = list(PlanSection)
    return None if section is PlanSection.REASONS_FOR_LIVING else order.index(section) + 1


def contact_parts(contact: SupportContact, tr: Translate = as_written) -> list[str]:
    """How to reach a contact: "Call 988", "Text 988"... (empty when neither is set)."""
    parts = []
    if contact.phone:
        parts.append(tr(CALL).format(contact.phone))
    if contact.text:
        parts.append(contact.text)
    return parts


def contact_line(contact: SupportContact, tr: Translate = as_written) -> str:
    """One line for a contact picked into the plan: its name and how to reach it."""
    parts = contact_parts(contact, tr)
    return f"{contact.name}: {', '.join(parts)}" if parts else contact.name
