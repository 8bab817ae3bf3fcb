"""Pure journal rules: search text to FTS5, tags, previews, identity, jrnl parsing, Markdown."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from wellness_journal.core import jrnl
from wellness_journal.core.errors import ImportFileError
from wellness_journal.core.journal import (
    Entry,
    clean_tags,
    fingerprint,
    moment_keys,
    plain_preview,
)
from wellness_journal.core.journal_markdown import Split, render
from wellness_journal.core.journal_prompts import DEFAULT_PROMPTS
from wellness_journal.core.journal_search import parse

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "jrnl"
EST = timezone(timedelta(hours=-5))


def utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=timezone.utc)


@pytest.mark.parametrize(
    ("typed", "fts"),
    [
        ("tired", '"tired"*'),
        ("tired ", '"tired"'),
        ("tired shoul", '"tired" "shoul"*'),
        ("shoul* night", '"shoul"* "night"*'),
        ('"hard call" again', '"hard call" "again"*'),
        ('"hard ca', '"hard ca"*'),
        ('NEAR(a b) OR "x', '"NEAR(a" "b)" "OR"'),
        ('"long d', '"long"'),
        ('"long da', '"long da"*'),
        ("DROP TABLE x; --", '"DROP" "TABLE" "x;"'),
        ('say ""hi""', '"say" "hi"'),
        ("-- ;; ** ()", ""),
        ("s", ""),
        ("night s", '"night"'),
        ("a ", '"a"'),
    ],
)
def test_search_text_becomes_quoted_fts(typed, fts):
    assert parse(typed).fts() == fts


def test_a_quote_inside_a_word_is_escaped():
    assert parse('it"s', typing=False).fts() == '"it" "s"'
    assert parse("o'clock", typing=False).fts() == '"o\'clock"'


def test_tags_are_cleaned_and_unique():
    assert clean_tags("#Night Shift, @sleep, sleep,, ") == ("night-shift", "sleep")
    assert clean_tags(["Café", "café"]) == ("café",)


def test_preview_drops_markdown_marks_and_is_short():
    body = "# Tonight\n\n- walked **the dog**\n- slept [early](x)\n" + "word " * 200
    preview = plain_preview(body)
    assert preview.startswith("Tonight walked the dog slept early word")
    assert len(preview) <= 240


def test_preview_skips_no_mark_it_should_remove():
    # The preview tries each Markdown pattern only on lines with its marks: the same text as
    # trying every pattern on every line.
    import re

    from wellness_journal.core import journal

    def every_pattern(body: str) -> str:
        lines = []
        for line in body[: 240 * 8].splitlines():
            line = journal._MD_LINE_MARKS.sub("", line)
            line = journal._MD_LINK.sub(r"\1", line)
            line = journal._MD_INLINE.sub(r"\2", line)
            if line.strip():
                lines.append(line.strip())
        text = " ".join(lines)
        return text[:239].rstrip() + "…" if len(text) > 240 else text

    bodies = [
        "1. first _step_ ~~gone~~ `code` [a link](x) ![img](y)\n> quoted **bold** end",
        "  - [x] done item\n### Heading\nplain line, no marks at all",
        "under_score_words and * lone stars * and ~ tilde",
        "##no space heading\n+ plus item with __strong__",
        "only ~~struck~~ here\nonly `code` here\nonly [a link](x) here\nonly ![a](b) too",
        re.sub("x", "word ", "x" * 300),
    ]
    for body in bodies:
        assert plain_preview(body) == every_pattern(body)


def test_fingerprint_is_the_whole_record_but_not_whitespace_title_split_or_tag_order():
    a = fingerprint("Long night.", "Coffee  helped.\n", ("court", "k9"), 2)
    assert a == fingerprint("", "Long night.\nCoffee helped.", ["k9", "court"], 2)
    assert a != fingerprint("Long night.", "Coffee helped!", ("court", "k9"), 2)
    assert a != fingerprint("Long night.", "Coffee helped.", ("court",), 2)
    assert a != fingerprint("Long night.", "Coffee helped.", ("court", "k9"), None)


def test_moment_keys_match_the_instant_or_the_wall_clock_minute():
    when = datetime(2024, 3, 1, 21, 30, 15, tzinfo=EST)
    instant, wall = moment_keys("p", when)
    assert moment_keys("p", when.replace(second=0)) == (instant, wall)
    in_utc = moment_keys("p", when.astimezone(timezone.utc))
    assert in_utc[0] == instant  # the same moment written with another offset
    assert in_utc[1] != wall
    elsewhere = moment_keys("p", when.replace(tzinfo=timezone(timedelta(hours=9))))
    assert elsewhere[1] == wall  # the same clock time read in another zone
    assert elsewhere[0] != instant
    assert moment_keys("p", when + timedelta(minutes=1))[0] != instant
    assert moment_keys("q", when)[0] != instant
    assert instant != wall


def test_prompts_never_ask_to_retell_the_event():
    hard = next(p for p in DEFAULT_PROMPTS if p.uid == "prompt-after-hard-call")
    assert "no need to write what happened" in hard.text.lower()
    for p in DEFAULT_PROMPTS:
        lowered = p.text.lower()
        assert "describe what happened" not in lowered
        assert "in detail" not in lowered


def test_jrnl_text_and_json_fixtures_read_the_same_entries():
    text = jrnl.from_text((FIXTURES / "journal.txt").read_text("utf-8"), localize=utc)
    import json

    data = json.loads((FIXTURES / "export.json").read_text("utf-8"))
    from_json = jrnl.from_json(data, localize=utc)
    assert len(text) == len(from_json) == 5
    for a, b in zip(text, from_json, strict=True):
        assert (a.written_at, a.title, a.body, sorted(a.tags)) == (
            b.written_at,
            b.title,
            b.body,
            sorted(b.tags),
        )
    starred = text[1]
    assert starred.title == "Three good things."
    assert "starred" in starred.tags
    assert "gratitude" in starred.tags
    assert sorted(text[0].tags) == ["sam", "work"]
    assert text[2].body.endswith("#hardcall @self-care")
    assert "夜勤 🌙" in text[2].body
    assert text[4].written_at == datetime(2024, 2, 29, 7, 0, tzinfo=timezone.utc)


def test_jrnl_default_stamps_are_read_as_strptime_reads_them():
    for blob in ("2024-03-01 21:30", " 1999-12-31 00:05 ", "2024-02-29 07:00"):
        assert jrnl._parse_stamp(blob) == datetime.strptime(blob.strip(), "%Y-%m-%d %H:%M")
    for blob in ("2024-13-01 21:30", "2023-02-29 10:00", "2024-03-01 24:00", "2024-03-01T21:30"):
        assert jrnl._parse_stamp(blob) is None
    assert jrnl._parse_stamp("2024-3-1 9:30") == datetime(2024, 3, 1, 9, 30)  # still read
    assert jrnl._parse_stamp("2024-03-01 09:30 PM") == datetime(2024, 3, 1, 21, 30)


def test_jrnl_text_bad_lines_are_named():
    with pytest.raises(ImportFileError, match="line 1"):
        jrnl.from_text("just some notes\n[2024-01-01 10:00] x\n")
    with pytest.raises(ImportFileError, match="line 3"):
        jrnl.from_text("[2024-01-01 10:00] ok\nbody\n[2024-13-45 99:99] broken\n")
    with pytest.raises(ImportFileError):
        jrnl.from_text("\n\n")


def test_jrnl_json_bad_entries_are_named():
    good = {"title": "t", "body": "b", "date": "2024-01-01", "time": "10:00", "tags": []}
    with pytest.raises(ImportFileError, match="entry 2"):
        jrnl.from_json({"entries": [good, {**good, "date": "01/02/2024"}]})
    with pytest.raises(ImportFileError, match="entry 1"):
        jrnl.from_json({"entries": [{**good, "tags": "x"}]})
    with pytest.raises(ImportFileError):
        jrnl.from_json({"tags": {}})


def _entry(day: int, title: str, body: str, hour: int = 9) -> Entry:
    return Entry(
        id=None,
        uid=f"u{day}{hour}",
        written_at=datetime(2023 + day // 400, 1 + day % 12, 1 + day % 27, hour, tzinfo=EST),
        title=title,
        body=body,
        tags=("sleep",),
        mood=4,
    )


def test_markdown_per_entry_keeps_the_body_as_typed_and_names_files_uniquely():
    body = "## Tonight\n\n- walked *the dog*\n\n`SELECT 1;` <b>not html</b>\n"
    entries = [_entry(1, "Same title", body), _entry(1, "Same title", "second", hour=9)]
    files = render(entries, Split.ENTRY)
    names = [n for n, _ in files]
    assert len(set(names)) == 2
    assert all(n.endswith(".md") for n in names)
    first = files[0][1]
    assert first.startswith("# Same title\n")
    assert "mood: good" in first
    assert "#sleep" in first
    assert body.rstrip("\n") in first


def test_markdown_per_year_groups_entries():
    entries = [_entry(1, "a", "one"), _entry(401, "b", "two"), _entry(2, "", "three")]
    files = dict(render(entries, Split.YEAR))
    assert sorted(files) == ["2023.md", "2024.md"]
    assert files["2023.md"].count("\n## ") == 2
    assert "three" in files["2023.md"]
    assert "two" in files["2024.md"]


def test_matches_are_marked_in_python_like_the_index_finds_them():
    from wellness_journal.core.journal_search import mark, match_pattern, snippet

    s, e = "<", ">"
    pattern = match_pattern(parse("cafe shoul"))
    assert mark("Café then shoulders, not shoulder-less", pattern, s, e) == (
        "<Café> then <shoulders>, not <shoulder>-less"
    )
    phrase = match_pattern(parse('"long day"'))
    assert mark("A long   day; a long night; LONG-day", phrase, s, e) == (
        "A <long   day>; a long night; <LONG-day>"
    )
    exact = match_pattern(parse("tired ", typing=True))
    assert mark("tired retired tiredness", exact, s, e) == "<tired> retired tiredness"
    body = " ".join(["filler"] * 80) + " the shoulders were tight " + " ".join(["end"] * 80)
    piece = snippet(body, match_pattern(parse("tight")), s, e)
    assert piece.startswith("…")
    assert piece.endswith("…")
    assert "<tight>" in piece
    assert len(piece) < 260
    assert snippet("no match here", match_pattern(parse("zebra")), s, e) == "no match here"
    assert snippet("", None, s, e) == ""
