"""The Learn guides as content: each shipped guide is well formed, sourced, the right length and
safe, in every region; the parser refuses what the reader must never load; search finds guides by
their words. (What each region's reader sees of the crisis numbers: test_guide_regions.py.)"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from wellness_journal.core.crisis import REGIONS, region
from wellness_journal.core.exercises import is_known
from wellness_journal.core.guide_search import GuideIndex, stem
from wellness_journal.core.guides import (
    WORD_RANGE,
    Guide,
    GuideError,
    app_target,
    fill_markers,
    parse_guide,
    plain_text,
)
from wellness_journal.ui.learn.region_words import for_region

GUIDES_DIR = Path(__file__).resolve().parents[2] / "assets" / "guides"


def shipped() -> list[Guide]:
    return [
        parse_guide(p.read_text(encoding="utf-8"), p.name) for p in sorted(GUIDES_DIR.glob("*.md"))
    ]


GUIDES = shipped()
BY_ID = {g.id: g for g in GUIDES}
US = {g.id: g for g in for_region(GUIDES, region("us"))}  # as a reader in the US sees them
IN_EACH_REGION = [(r.code, g) for r in REGIONS for g in for_region(GUIDES, r)]


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


@pytest.mark.parametrize(("code", "guide"), IN_EACH_REGION, ids=lambda x: getattr(x, "id", x))
def test_each_guide_is_short_sourced_and_ends_with_something_to_try(code, guide):
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
def test_a_guide_writes_no_crisis_number_itself(guide):
    """The numbers differ by region: a guide holds a marker, never the number (not even in its
    Sources), so a reader outside the US is never told to dial 911 or 988."""
    text = full_text(guide)
    numbers = set(re.findall(r"(?<![\w-])\d[\d -]{1,}\d(?![\w-])", text))
    years = {n for n in numbers if re.fullmatch(r"(19|20)\d\d", n)}
    assert numbers - years == set()
    for place in REGIONS:
        for number in (place.emergency, *(line.phone for line in place.lines if line.phone)):
            assert number not in text, (place.code, number)
    for name in ("Copline", "Lifeline", "Samaritans", "Crisis Text Line"):
        assert name not in "".join(guide.sources), name  # sources for the lines come with them
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
        assert "crisis" in BY_ID[guide_id].markers, guide_id
        text = plain_text(US[guide_id].body)
        assert "call or text 988" in text, guide_id
        assert "Veterans: call 988 and press 1" in text, guide_id
        assert "call 911" in text, guide_id
    assert "Call 911 at once" in plain_text(US["stress-continuum"].body)  # the heart
    for guide_id in ("alcohol", "families", "peer-support"):
        assert "crisis-lines" in BY_ID[guide_id].markers, guide_id
    families = plain_text(US["families"].body)
    assert "Copline: call 1-800-267-5463" in families
    assert "their families" in families  # Copline serves families too
    assert "call 911" in families


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
        (lambda t: t.replace("Second paragraph.", "Call {{police}}."), "unknown marker"),
        (lambda t: t.replace("Second paragraph.", "Then {{crisis}} here."), "of its own"),
        (lambda t: t.replace("Second paragraph.", "{{crisis-lines}} and more"), "of its own"),
        (lambda t: t.replace("Second paragraph.", "Call {{emergency}."), "brace"),
        (lambda t: t.replace("Try this now:** [", "Try this now:** {{crisis}} ["), "not in 'Try"),
        (lambda t: t.replace("something", "call {{emergency}}"), "not in a source"),
    ],
)
def test_refuses_what_the_reader_must_not_show(change, complaint):
    with pytest.raises(GuideError) as caught:
        parse_guide(change(VALID), "bad.md")
    assert caught.value.name == "bad.md"
    assert complaint.lower() in caught.value.problem.lower()


def test_markers_are_filled_with_the_words_given():
    text = VALID.replace(
        "Second paragraph.",
        "If it is bad, call {{emergency}} now.\n\n{{crisis}}\n\nLines:\n\n{{crisis-lines}}",
    )
    guide = parse_guide(text, "x.md")
    assert guide.markers == ("emergency", "crisis", "crisis-lines")
    words = {"emergency": "111", "crisis": "Crisis words.", "crisis-lines": "- **A line**: call 1"}
    filled = fill_markers(guide, words, ("The lines' source",))
    assert "call 111 now." in filled.body
    assert "\n\nCrisis words.\n\n" in filled.body
    assert "- **A line**: call 1" in filled.body
    assert "{{" not in filled.body
    assert filled.markers == ()
    assert filled.sources == ("Someone, 2020: something", "The lines' source")
    # A guide that does not list the lines keeps its own sources; a missing word is an error.
    plain = parse_guide(VALID, "y.md")
    assert fill_markers(plain, words, ("The lines' source",)).sources == plain.sources
    with pytest.raises(KeyError):
        fill_markers(guide, {"emergency": "111"})


def test_app_targets():
    assert app_target("app:learn/sleep") == "learn/sleep"
    assert app_target("app:today") == "today"
    assert app_target("https://example.com") is None
    assert app_target("app:../etc") is None
    assert app_target("app:learn/sleep/more") is None


# -- search -----------------------------------------------------------------------------------------
INDEX = GuideIndex(US.values())


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


def test_search_finds_the_region_s_lines_and_not_the_markers():
    assert set(found("Copline")) == {"alcohol", "families", "peer-support"}
    assert "families" in found("1-800")
    assert found("Samaritans") == []
    uk = GuideIndex(for_region(GUIDES, region("uk-ie")))
    assert {h.guide.id for h in uk.search("Samaritans")} == set(BY_ID) - {"sleep"}
    assert [h.guide.id for h in uk.search("Copline")] == ["peer-support"]  # "in the US, Copline"
    assert uk.search("911") == []
    (hit, *_) = uk.search("Samaritans")
    assert "116 123" in hit.snippet
    for hit in INDEX.search("crisis") + INDEX.search("danger") + uk.search("call"):
        assert "{" not in hit.snippet, hit.snippet  # a marker is never shown or searched


def test_search_needs_every_word_and_says_nothing_for_no_match():
    assert {"sleep", "alcohol"} <= set(found("sleep alcohol"))
    assert "moral-injury" not in found("sleep alcohol")
    for guide_id in found("sleep alcohol"):
        text = plain_text(full_text(US[guide_id])).lower()
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
