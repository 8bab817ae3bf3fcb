"""What a guide's region markers say: the emergency number and the crisis and support lines of
the user's region, in plain words.

A guide never writes a crisis number (they differ by region); it holds a marker
(``core/guides.py``: ``{{emergency}}``, ``{{crisis}}``, ``{{crisis-lines}}``) and the Learn page
fills it in from the region's default lines (``core/crisis.py``), the same lines the Support page
starts with, before the guides are searched or shown. The region is the one the support-now panel
and the About box use (``ui/support/emergency.py``).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from wellness_journal.core.crisis import Region
from wellness_journal.core.guides import CRISIS, CRISIS_LINES, EMERGENCY, Guide, fill_markers
from wellness_journal.core.models import SupportContact
from wellness_journal.ui.support.regions import region_name


def _t(text: str) -> str:
    return QCoreApplication.translate("learn", text)


def _lower_first(text: str) -> str:
    """Lower the first letter for the middle of a sentence ("Answered by" -> "answered by"); a
    word in capitals ("HOME") or a number ("24/7") stays as it is."""
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


def reach(line: SupportContact, named: bool = False) -> str:
    """How to reach a line, to follow a comma: "call or text 988", "call Samaritans on 116 123"
    (``named``), "call 13 11 14, or text 0477 13 11 14", "text HOME to 741741"."""
    phone, text = line.phone.strip(), line.text.strip()
    if phone and text.casefold() == f"text {phone}".casefold():
        return _t("call or text {0}").format(phone)
    if not phone:
        return _lower_first(text)
    call = _t("call {0} on {1}").format(line.name, phone) if named else _t("call {0}").format(phone)
    return _t("{0}, or {1}").format(call, _lower_first(text)) if text else call


def crisis_paragraph(place: Region, *, note: bool = True) -> str:
    """``{{crisis}}``: what to do when thinking of ending your life, then in danger right now;
    the first line's note too unless ``note`` is False (the guide lists the lines already)."""
    danger = _t("If you are in danger right now, call {0}.").format(place.emergency)
    if not place.lines:
        return danger
    first = place.lines[0]
    talk = _t("If you are thinking about ending your life, {0}.").format(reach(first, named=True))
    return " ".join(part for part in (talk, first.note if note else "", danger) if part)


def lines_list(place: Region) -> str:
    """``{{crisis-lines}}``: one list item a line, its name in bold, how to reach it, when it is
    open and its note, as the Support page shows them."""
    items = []
    for line in place.lines:
        when = f" ({_lower_first(line.role)})" if line.role else ""
        note = f" {line.note}" if line.note else ""
        items.append(f"- **{line.name}**: {reach(line)}{when}.{note}")
    return "\n".join(items)


def lines_source(place: Region) -> str:
    """The Sources line a guide that lists the lines gets: which services, for which region."""
    return _t("Crisis and support lines ({0}), as on the Support page: {1}").format(
        region_name(place), ", ".join(line.name for line in place.lines)
    )


def marker_words(place: Region, *, lists_lines: bool = False) -> dict[str, str]:
    """The words for each marker; ``lists_lines``: the guide has ``{{crisis-lines}}``, whose
    list carries each line's note, so ``{{crisis}}`` does not say the first one again."""
    return {
        EMERGENCY: place.emergency,
        CRISIS: crisis_paragraph(place, note=not lists_lines),
        CRISIS_LINES: lines_list(place),
    }


def for_region(guides: Iterable[Guide], place: Region) -> list[Guide]:
    """The guides as a reader in ``place`` sees them: every marker filled in."""
    words = {flag: marker_words(place, lists_lines=flag) for flag in (False, True)}
    source = (lines_source(place),)
    return [fill_markers(guide, words[CRISIS_LINES in guide.markers], source) for guide in guides]
