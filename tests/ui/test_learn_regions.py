"""The guides' crisis numbers are the reader's region's: in the reader, every guide that speaks of
crisis help shows that region's emergency number and first crisis line, and no number of another
region (a reader in the UK sees 999 or 112, never 911 or 988); a change of region in Settings
reaches the guide on screen and the search."""

from __future__ import annotations

import re

import pytest

from wellness_journal.core.crisis import REGIONS, Region, region
from wellness_journal.ui.learn.links import load_guides
from wellness_journal.ui.learn.page import LearnPage
from wellness_journal.ui.learn.reader import GuideView
from wellness_journal.ui.learn.region_words import for_region

SHIPPED, _ = load_guides()
CRISIS_WORDS = ("ending your life", "danger right now", "crisis")


def numbers_of(place: Region) -> set[str]:
    """Every number a region gives: its emergency numbers and its lines' numbers and codes."""
    found = set(place.emergency.split(" or "))
    for line in place.lines:
        found |= set(re.findall(r"\d[\d -]*\d", f"{line.phone} {line.text} {line.note}"))
    return {n.strip() for n in found}


def other_numbers(place: Region) -> set[str]:
    others = set().union(*(numbers_of(r) for r in REGIONS if r.code != place.code))
    return others - numbers_of(place)


def shows(number: str, text: str) -> bool:
    return re.search(rf"(?<![\d,.-]){re.escape(number)}(?![\d-])", text) is not None


def test_each_region_has_numbers_of_its_own():
    assert numbers_of(region("us")) >= {"911", "988", "1-800-267-5463", "741741", "838255"}
    assert other_numbers(region("uk-ie")) >= {"911", "988", "000", "1-800-267-5463"}
    assert other_numbers(region("ca")) >= {"999", "112", "116 123", "000", "1-800-267-5463"}
    assert "911" not in other_numbers(region("ca"))  # Canada dials 911 and 988 too


@pytest.mark.parametrize("place", REGIONS, ids=lambda r: r.code)
def test_a_reader_sees_the_crisis_numbers_of_their_region_only(qtbot, place):
    view = GuideView()
    qtbot.addWidget(view)
    view.resize(800, 600)
    speaking_of_crisis = []
    for guide in for_region(SHIPPED, place):
        view.show_guide(guide)
        text = " ".join(view.toPlainText().split())
        assert "{{" not in text, guide.id
        for number in other_numbers(place):
            assert not shows(number, text), (guide.id, number)
        if any(words in text.lower() for words in CRISIS_WORDS):
            speaking_of_crisis.append(guide.id)
            assert shows(place.emergency, text), guide.id
            assert shows(place.lines[0].phone, text), guide.id
    assert len(speaking_of_crisis) == 6  # every guide but sleep


def test_the_lines_read_as_sentences_in_the_reader(qtbot):
    view = GuideView()
    qtbot.addWidget(view)
    guides = {g.id: g for g in for_region(SHIPPED, region("uk-ie"))}
    view.show_guide(guides["families"])
    text = " ".join(view.toPlainText().split())
    assert "Samaritans: call 116 123 (free, 24/7)." in text
    assert "If anyone is in danger right now, call 999 or 112." in text
    assert "Crisis and support lines (United Kingdom and Ireland), as on the Support page" in text
    view.show_guide(guides["stress-continuum"])
    text = " ".join(view.toPlainText().split())
    assert (
        "If you are thinking about ending your life, call Samaritans on 116 123. "
        "If you are in danger right now, call 999 or 112." in text
    )
    assert "Call 999 or 112 at once." in text  # chest pain
    au = {g.id: g for g in for_region(SHIPPED, region("au"))}
    view.show_guide(au["after-incident"])
    assert "call Lifeline on 13 11 14, or text 0477 13 11 14." in view.toPlainText()


@pytest.mark.parametrize("place", REGIONS, ids=lambda r: r.code)
def test_no_guide_says_a_lines_note_twice(qtbot, place):
    """A guide that lists the lines and also says whom to call (peer support, alcohol, families)
    gives each line's note once: a US reader saw the veterans' line twice in one guide."""
    view = GuideView()
    qtbot.addWidget(view)
    notes = [line.note for line in place.lines if line.note]
    for guide in for_region(SHIPPED, place):
        view.show_guide(guide)
        text = " ".join(view.toPlainText().split())
        for note in notes:
            assert text.count(note) <= 1, (guide.id, note)
    view.show_guide({g.id: g for g in for_region(SHIPPED, place)}["stress-continuum"])
    first = place.lines[0].note  # a guide without the list still gives the first line's note
    assert not first or first in " ".join(view.toPlainText().split())


def choose_region(shell, code: str) -> None:  # type: ignore[no-untyped-def]
    shell.main_area.show_page("settings")
    card = shell.main_area.page("settings").region
    card.choice.setCurrentIndex(card.choice.findData(code))


def test_a_change_of_region_reaches_the_guide_on_screen_and_the_search(qtbot, unlocked_shell):
    area = unlocked_shell.main_area
    area.show_page("learn/stress-continuum")
    page = area.current_page()
    assert isinstance(page, LearnPage)
    assert "call 911." in page.view.toPlainText()

    choose_region(unlocked_shell, "uk-ie")
    area.show_page("learn")
    assert page.current_guide() == "stress-continuum"  # still open, now with the UK's numbers
    text = " ".join(page.view.toPlainText().split())
    assert "call 999 or 112." in text
    assert not shows("911", text)
    assert not shows("988", text)
    page.show_list()
    page.search.setText("Samaritans")
    assert "sleep" not in [c.guide.id for c in page.list.cards]
    assert len(page.list.cards) == 6
    page.search.setText("911")
    assert page.list.cards == []

    choose_region(unlocked_shell, "us")
    area.show_page("learn/families")
    text = " ".join(page.view.toPlainText().split())
    assert "Copline: call 1-800-267-5463" in text
    assert "call 911." in text
    assert "Samaritans" not in text
