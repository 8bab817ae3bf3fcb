"""The Learn guides as content: each shipped guide is well formed, sourced, the right length and
safe; the parser refuses what the reader must never load; search finds guides by their words."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from wellness_journal.core.exercises import is_known
from wellness_journal.core.guide_search import GuideIndex, stem
from wellness_journal.core.guides import (
    WORD_RANGE,
    Guide,
    GuideError,
    app_target,
    parse_guide,
    plain_text,
)

GUIDES_DIR = Path(__file__).resolve().parents[2] / "assets" / "guides"
# Phone numbers and short codes as FACTS.md gives them (US lines, and 911).
ALLOWED_NUMBERS = {"988", "911", "1-800-267-5463", "838255", "741741"}


def shipped() -> list[Guide]:
    return [
        parse_guide(p.read_text(encoding="utf-8"), p.name) for p in sorted(GUIDES_DIR.glob("*.md"))
    ]


GUIDES = shipped()
BY_ID = {g.id: g for g in GUIDES}


def full_text(guide: Guide) -> str:
    return "\n".join([guide.title, guide.summary, guide.body, guide.try_this, *guide.sources])


VALID = """---
id: test-guide
title: A test guide
audience: Officers
summary: One line.
order: 9
---

First paragraph with a [link](app:toolbox/box).

## A heading

Second paragraph.

**Try this now:** [open Today](app:today).

## Sources

- Someone, 2020: something
"""


def test_seven_guides_in_order_with_unique_ids():
    assert [g.id for g in GUIDES] == [
        "stress-continuum",
        "after-incident",
        "sleep",
        "alcohol",
        "moral-injury",
        "families",
        "peer-support",
    ]
    assert len(BY_ID) == len(GUIDES)


@pytest.mark.parametrize("guide", GUIDES, ids=lambda g: g.id)
def test_each_guide_is_short_sourced_and_ends_with_something_to_try(guide):
    low, high = WORD_RANGE
    assert low <= guide.words <= high, f"{guide.id}: {guide.words} words"
    # With the sources counted too it still fits.
    assert guide.words + len(" ".join(guide.sources).split()) <= high
    assert guide.sources
    assert all(len(s) > 10 for s in guide.sources)
    assert guide.try_this.startswith("**Try this now:**")
    assert any(app_target(f"app:{t}") for t in guide.links)
    assert guide.title
    assert guide.audience
    assert guide.summary


@pytest.mark.parametrize("guide", GUIDES, ids=lambda g: g.id)
def test_links_lead_to_guides_and_exercises_that_exist(guide):
    for target in guide.links:
        page, _, detail = target.partition("/")
        if page == "learn" and detail:
            assert detail in BY_ID, target
            assert detail != guide.id, target
        if page == "toolbox" and detail:
            assert is_known(detail), target


@pytest.mark.parametrize("guide", GUIDES, ids=lambda g: g.id)
def test_numbers_are_only_the_crisis_lines_facts_gives(guide):
    text = full_text(guide)
    numbers = set(re.findall(r"(?<![\w-])\d[\d-]{2,}\d(?![\w-])", text))
    years = {n for n in numbers if re.fullmatch(r"(19|20)\d\d", n)}
    assert numbers - years <= ALLOWED_NUMBERS, numbers - years - ALLOWED_NUMBERS
    assert "UNVERIFIED" not in text
    assert "459-3020" not in text  # Safe Call Now: unverified, left out


@pytest.mark.parametrize("guide", GUIDES, ids=lambda g: g.id)
def test_no_diagnosis_and_no_promises(guide):
    text = plain_text(full_text(guide)).lower()
    for promise in (
        "guarantee",
        "100% confidential",
        "completely confidential",
        "will not find out",
    ):
        assert promise not in text
    assert "you have ptsd" not in text
    assert "you are depressed" not in text


def test_safety_lines_that_must_stay():
    sleep = plain_text(BY_ID["sleep"].body).lower()
    assert "do not drive" in sleep
    assert "get a ride" in sleep
    alcohol = plain_text(BY_ID["alcohol"].body).lower()
    assert "talk to a doctor first" in alcohol  # no sudden stop alone for heavy daily drinking
    moral = full_text(BY_ID["moral-injury"])
    assert "thought-records" not in moral  # FACTS: a thought record is not the tool for it
    for guide_id in ("stress-continuum", "after-incident", "moral-injury", "peer-support"):
        text = plain_text(BY_ID[guide_id].body)
        assert "call or text 988" in text, guide_id
        assert "call 911" in text, guide_id
    assert "1-800-267-5463" in BY_ID["families"].body  # Copline serves families too


def test_parses_front_matter_body_try_this_and_sources():
    guide = parse_guide(VALID, "x.md")
    assert (guide.id, guide.title, guide.audience, guide.summary, guide.order) == (
        "test-guide",
        "A test guide",
        "Officers",
        "One line.",
        9,
    )
    assert "Try this now" not in guide.body
    assert "Sources" not in guide.body
    assert guide.links == ("toolbox/box", "today")
    assert guide.sources == ("Someone, 2020: something",)
    assert plain_text(guide.body).startswith("First paragraph with a link.")


@pytest.mark.parametrize(
    ("change", "complaint"),
    [
        (lambda t: t.replace("---\nid", "id", 1), "front-matter"),
        (lambda t: t.replace("title: A test guide\n", ""), "lacks title"),
        (lambda t: t.replace("order: 9", "colour: red"), "unknown key"),
        (lambda t: t.replace("id: test-guide", "id: Test Guide"), "the id"),
        (lambda t: t.replace("order: 9", "order: first"), "order"),
        (lambda t: t.replace("Second paragraph.", "![me](/home/me/photo.png)"), "images"),
        (lambda t: t.replace("(app:toolbox/box)", "(https://example.com)"), "into the app"),
        (lambda t: t.replace("(app:toolbox/box)", "(file:///etc/passwd)"), "into the app"),
        (lambda t: t.replace("Second paragraph.", "See www.example.com."), "web addresses"),
        (lambda t: t.replace("Second paragraph.", "Hi <img src=x>"), "HTML"),
        (lambda t: t.replace("Second paragraph.", "[a][ref]\n\n[ref]: /etc/x"), "inline"),
        (lambda t: t.replace("## Sources\n\n- Someone, 2020: something\n", ""), "Sources"),
        (lambda t: t.replace("- Someone, 2020: something", ""), "empty"),
        (lambda t: t + "- [x](https://example.com)\n", "plain text"),
        (lambda t: t + "- see https://example.com\n", "plain text"),
        (lambda t: t.replace("**Try this now:** [open Today](app:today).", "The end."), "Try"),
        (lambda t: t.replace("[open Today](app:today)", "open Today"), "link into the app"),
    ],
)
def test_refuses_what_the_reader_must_not_show(change, complaint):
    with pytest.raises(GuideError) as caught:
        parse_guide(change(VALID), "bad.md")
    assert caught.value.name == "bad.md"
    assert complaint.lower() in caught.value.problem.lower()


def test_app_targets():
    assert app_target("app:learn/sleep") == "learn/sleep"
    assert app_target("app:today") == "today"
    assert app_target("https://example.com") is None
    assert app_target("app:../etc") is None
    assert app_target("app:learn/sleep/more") is None


# -- search -----------------------------------------------------------------------------------------
INDEX = GuideIndex(GUIDES)


def found(query: str) -> list[str]:
    return [h.guide.id for h in INDEX.search(query)]


def test_search_finds_guides_by_their_words():
    assert found("sleep")[0] == "sleep"
    assert found("alcohol")[0] == "alcohol"
    assert set(found("chaplain")[:2]) == {"moral-injury", "peer-support"}
    assert found("family")[0] == "families"
    assert found("debriefing") == ["after-incident"]
    assert found("moral injury")[0] == "moral-injury"
    assert "sleep" in found("apnea")


def test_search_stems_and_prefixes():
    assert found("drinking")[0] == "alcohol"
    assert found("drink")[0] == "alcohol"
    assert "sleep" in found("naps")
    assert "sleep" in found("drows")  # as you type
    assert found("NIGHTMARES") == found("nightmare")
    assert stem("drinking") == stem("drinks") == "drink"


def test_search_needs_every_word_and_says_nothing_for_no_match():
    assert {"sleep", "alcohol"} <= set(found("sleep alcohol"))
    assert "moral-injury" not in found("sleep alcohol")
    for guide_id in found("sleep alcohol"):
        text = plain_text(full_text(BY_ID[guide_id])).lower()
        assert "sleep" in text
        assert "alcohol" in text
    assert found("xyzzy") == []
    assert found("sleep xyzzy") == []


def test_empty_search_lists_every_guide_in_order():
    assert found("") == [g.id for g in GUIDES]
    assert found("  ,. ") == [g.id for g in GUIDES]


def test_a_hit_shows_a_sentence_that_holds_the_word():
    (hit, *_) = INDEX.search("debriefing")
    assert "debriefing" in hit.snippet.lower()
    assert not hit.snippet.startswith("#")
    (hit, *_) = INDEX.search("Litz")
    assert "Litz" in hit.snippet  # found in the sources, shown from them
