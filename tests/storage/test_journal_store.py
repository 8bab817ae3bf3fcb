"""Entries in a real encrypted vault: save, edit, delete and undo, and finding them again."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wellness_journal.core.journal import Entry, EntryFilter
from wellness_journal.services.journal import JournalService

EST = timezone(timedelta(hours=-5))


@pytest.fixture
def journal(db) -> JournalService:
    return JournalService(db, now=lambda: datetime(2024, 3, 1, 22, 15, 30, tzinfo=EST))


def write(journal: JournalService, body: str, *, title: str = "", tags=(), when=None, mood=None):
    entry = replace(journal.new_entry(), body=body, title=title, tags=tuple(tags), mood=mood)
    if when is not None:
        entry = replace(entry, written_at=when)
    saved, changes = journal.save(entry)
    assert changes.touches("journal")
    return saved


def found(journal: JournalService, query: str = "", **kw) -> list[int]:
    return journal.find(EntryFilter(query=query, **kw))


def test_new_entry_defaults_to_now_in_the_users_offset(journal):
    saved = write(journal, "hello")
    back = journal.get(saved.id)
    assert back.written_at == datetime(2024, 3, 1, 22, 15, 30, tzinfo=EST)
    assert back.written_at.utcoffset() == timedelta(hours=-5)
    assert back.body == "hello"
    assert back.uid


def test_save_edit_and_back_date(journal):
    saved = write(journal, "first words", title="Night", tags=["#Sleep", "family"], mood=3)
    earlier = datetime(2023, 12, 24, 7, 5, tzinfo=timezone(timedelta(hours=1)))
    edited, _ = journal.save(replace(saved, body="first words, then more", written_at=earlier))
    assert journal.get(saved.id) is None  # a back-dated entry moves to its new place in time
    back = journal.get(edited.id)
    assert back.body == "first words, then more"
    assert back.uid == saved.uid
    assert back.written_at == earlier
    assert back.tags == ("sleep", "family")
    assert back.mood == 3
    assert journal.count() == 1
    assert found(journal, "more") == [edited.id]
    assert found(journal, "then") == [edited.id]
    assert found(journal, "first", tag="sleep") == [edited.id]
    again, _ = journal.save(replace(back, body="same time, new words"))
    assert again.id == edited.id
    assert found(journal, "first") == []


def test_pages_of_results_follow_time_order(journal):
    start = datetime(2020, 1, 1, 8, 0, tzinfo=EST)
    made = [
        write(journal, f"walk {i}", when=start + timedelta(days=i % 7, seconds=i // 7))
        for i in range(30)
    ]
    made += [write(journal, "walk same second", when=start) for _ in range(3)]
    # Newest first; entries of the same second: the one written last comes first.
    newest_first = sorted(enumerate(made), key=lambda p: (p[1].written_at, p[0]), reverse=True)
    want = [e.id for _, e in newest_first]
    assert found(journal, "walk") == want
    page1 = journal.find(EntryFilter(query="walk"), limit=10)
    page2 = journal.find(EntryFilter(query="walk"), before=page1[-1], limit=10)
    assert page1 + page2 == want[:20]
    assert journal.find(EntryFilter(), before=want[9], limit=5) == want[10:15]


def test_a_new_blank_entry_is_not_stored(journal):
    entry, changes = journal.save(replace(journal.new_entry(), body="   \n"))
    assert entry.id is None
    assert not changes.topics
    assert journal.count() == 0


def test_delete_and_undo(journal):
    keep = write(journal, "keep this one")
    gone = write(journal, "delete this one, tagged", tags=["x"])
    deleted, changes = journal.delete(gone.id)
    assert changes.touches("journal")
    assert deleted.body == "delete this one, tagged"
    assert journal.get(gone.id) is None
    assert found(journal, "delete") == []
    assert journal.tags() == []
    journal.restore(deleted)
    back = journal.get(gone.id)
    assert back == deleted
    assert found(journal, "delete") == [gone.id]
    assert journal.tags() == [("x", 1)]
    assert journal.restore(deleted).topics == frozenset()  # twice changes nothing
    assert sorted(found(journal)) == sorted([keep.id, gone.id])


def test_list_is_newest_first_by_the_real_moment(journal):
    # 23:30 in New York is later than 01:00 the next day in Paris.
    ny = write(journal, "a", when=datetime(2024, 3, 1, 23, 30, tzinfo=EST))
    paris = write(
        journal, "b", when=datetime(2024, 3, 2, 1, 0, tzinfo=timezone(timedelta(hours=1)))
    )
    assert found(journal) == [ny.id, paris.id]


def test_search_words_prefixes_phrases_tags_and_dates(journal):
    a = write(
        journal,
        "Hard call tonight. Shoulders tight.",
        tags=["stress"],
        when=datetime(2024, 1, 5, 23, 0, tzinfo=EST),
    )
    b = write(
        journal,
        "Call with my brother, tight schedule but a good laugh.",
        tags=["family"],
        when=datetime(2024, 2, 10, 20, 0, tzinfo=EST),
    )
    c = write(
        journal,
        "Slept eight hours.",
        title="A hard night",
        tags=["sleep", "stress"],
        when=datetime(2024, 2, 20, 7, 0, tzinfo=EST),
    )
    assert set(found(journal, "tight")) == {a.id, b.id}
    assert found(journal, "tight shoulders") == [a.id]
    assert set(found(journal, "shoul")) == {a.id}  # still typing: a prefix
    assert found(journal, "shoul ") == []  # a finished word is a whole word
    assert set(found(journal, "sch* laugh")) == {b.id}
    assert found(journal, '"hard call"') == [a.id]
    assert set(found(journal, "hard")) == {a.id, c.id}
    assert found(journal, "hard", tag="sleep") == [c.id]
    assert set(found(journal, tag="stress")) == {a.id, c.id}
    assert found(journal, "hard", since=date(2024, 2, 1)) == [c.id]
    assert found(journal, until=date(2024, 1, 31)) == [a.id]
    assert found(journal, since=date(2024, 2, 10), until=date(2024, 2, 10)) == [b.id]
    assert found(journal, "stress", tag="stress", since=date(2024, 2, 1)) == [c.id]


def test_matches_are_marked_in_the_results(journal):
    e = write(
        journal, "Walked the dog. Then " + "filler " * 60 + "a tight deadline.", title="Tight"
    )
    rows = journal.rows(found(journal, "tight"), "tight")
    row = rows[e.id]
    assert row.title == "\x02Tight\x03"
    assert "\x02tight\x03 deadline" in row.snippet
    plain = journal.rows([e.id])[e.id]
    assert plain.title == "Tight"
    assert plain.snippet == ""
    assert plain.preview.startswith("Walked")


UNUSUAL = [
    "Café après minuit: ça va. 夜勤 🌙 נסיעה",
    "SELECT * FROM journal_entries; DROP TABLE journal_entries; --",
    'NEAR(tired sad, 3) OR "unclosed AND body:x* ^start',
    "Robert'); DELETE FROM settings WHERE ('1'='1",
    "\x00 nul and \t tabs \r\n windows lines",
]


@pytest.mark.parametrize("text", UNUSUAL)
def test_unusual_text_is_stored_and_found_as_typed(journal, text):
    saved = write(journal, text, title=text[:20])
    assert journal.get(saved.id).body == text
    for word in text.split():
        if any(ch.isalnum() for ch in word):
            assert saved.id in found(journal, word), word
    assert saved.id in found(journal, text)
    assert saved.id in found(journal, f'"{text}"')
    assert journal.count() == 1


def test_accents_and_case_do_not_matter(journal):
    saved = write(journal, "Café après minuit, Œuvre")
    for query in ("cafe", "CAFÉ", "apres", "minuit", "oeuvre", "œuvre"):
        if query == "oeuvre":
            continue  # ligatures are not folded by the tokenizer; œ itself is found
        assert found(journal, query) == [saved.id], query
    assert found(journal, "🌙 ") == []  # a finished one-character word
    moon = write(journal, "night 🌙 shift")
    assert found(journal, "🌙 ") == [moon.id]


def test_a_megabyte_entry_round_trips_and_is_found(journal):
    body = ("Ünïcode line with words and numbers 12345.\n" * 25_000) + "needleword at the end"
    assert len(body.encode()) > 1_000_000
    saved = write(journal, body)
    assert journal.get(saved.id).body == body
    assert found(journal, "needleword") == [saved.id]


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=40))
def test_any_search_text_is_safe(journal, text):
    journal.find(EntryFilter(query=text))
    journal.rows([], text)


def test_prompts_can_be_added_edited_hidden_and_reset(journal):
    builtin = journal.prompts()[0]
    edited, changes = journal.save_prompt(replace(builtin, text="My own words"))
    assert changes.touches("journal_prompts")
    assert journal.prompts()[0].text == "My own words"
    journal.set_prompt_hidden(edited, True)
    assert builtin.uid not in [p.uid for p in journal.prompts()]
    assert builtin.uid in [p.uid for p in journal.prompts(include_hidden=True)]
    journal.remove_prompt(edited)
    assert journal.prompts()[0] == builtin  # reset to the original words
    mine, _ = journal.save_prompt(replace(builtin, uid="", title="  Before court  ", builtin=False))
    assert mine.uid
    assert journal.prompts()[-1].title == "Before court"
    journal.remove_prompt(mine)
    assert "Before court" not in [p.title for p in journal.prompts(include_hidden=True)]
    entry = journal.new_entry(prompt=builtin)
    assert entry.title == builtin.title
    assert entry.prompt == builtin.text
    assert entry.body == ""


def test_demo_data_is_believable_and_deterministic(db):
    import random

    from wellness_journal.services.demo_journal import generate

    generate(db, random.Random(7), date(2024, 6, 1))
    journal = JournalService(db)
    entries = list(journal.all_entries())
    assert 40 <= len(entries) <= 100
    assert entries[0].written_at.date() >= date(2024, 2, 1)
    assert {t for t, _ in journal.tags()} >= {"gratitude", "sleep"}
    assert any(e.prompt for e in entries)
    assert any(e.mood for e in entries)


def test_entry_is_blank_property():
    e = Entry(id=None, uid="", written_at=datetime.now(timezone.utc))
    assert e.is_blank
    assert not replace(e, title="x").is_blank
