"""Reading Daylio's CSV export: layouts, times, notes, moods, and clear refusals naming the line."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

import pytest

from wellness_journal.core import daylio
from wellness_journal.core.errors import ImportFileError

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "daylio"
HEADER8 = "full_date,date,weekday,time,mood,activities,note_title,note\n"
UTC_MINUS_5 = timezone(timedelta(hours=-5))


def fixture(name: str) -> str:
    return (FIXTURES / name).read_bytes().decode("utf-8-sig")


def fixed_zone(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC_MINUS_5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("9:15 pm", time(21, 15)),
        ("9:15 PM", time(21, 15)),
        ("12:05 am", time(0, 5)),
        ("12:30 pm", time(12, 30)),
        ("11:59 p.m.", time(23, 59)),
        ("21:35", time(21, 35)),
        ("07:05", time(7, 5)),
        ("0:00", time(0, 0)),
        ("7:05:30", time(7, 5, 30)),
    ],
)
def test_times_in_twelve_and_twenty_four_hours(text, expected):
    assert daylio.parse_time(text) == expected


@pytest.mark.parametrize("text", ["13:15 pm", "0:10 am", "24:00", "9:61", "nine", "", "9 pm"])
def test_impossible_times_are_refused(text):
    with pytest.raises(ValueError):
        daylio.parse_time(text)


def test_every_layout_is_recognised_by_its_header():
    for name in (
        "daylio_export_current.csv",
        "daylio_export_older.csv",
        "daylio_export_24h.csv",
        "daylio_export_2018.csv",
    ):
        assert daylio.looks_like_daylio(fixture(name)), name
    assert not daylio.looks_like_daylio("[2024-01-01 10:00] a jrnl entry\n")
    assert not daylio.looks_like_daylio("day,mood,stress\n2024-01-01,4,3\n")


def test_the_current_eight_column_export():
    rows = daylio.parse(fixture("daylio_export_current.csv"))
    assert [(r.day, r.at) for r in rows] == sorted((r.day, r.at) for r in rows)  # oldest first
    assert len(rows) == 6
    home = next(r for r in rows if r.title == "Home on time")
    assert (home.day, home.at, home.mood, home.level) == (date(2024, 3, 5), time(23, 40), "rad", 5)
    assert home.activities == ("family", "good meal", "walk")
    # <br> and entities become text; the quoting of "" inside notes is undone.
    assert (
        home.note
        == "Kids were still up. We ate together & laughed about the dog.\nBest night in weeks."
    )
    court = next(r for r in rows if r.title == "Long shift")
    assert court.mood == "sad"
    assert court.level is None
    assert '"difficult" call' in court.note
    overtime = next(r for r in rows if r.title == "Overtime again")
    assert overtime.note == (
        "Third double this week.\n**Need** to ask about the roster, politely, tomorrow."
    )


def test_the_older_seven_column_export_with_mixed_time_formats():
    rows = daylio.parse(fixture("daylio_export_older.csv"))
    assert len(rows) == 5
    assert {r.title for r in rows} == {""}
    paperwork = next(r for r in rows if r.note == "Paperwork all day")
    assert paperwork.at == time(14, 58)  # a 24-hour time inside a 12-hour file
    lake = next(r for r in rows if r.at == time(18, 50))
    assert lake.activities == ("friends", "fishing", "nap")  # activities without quotes


def test_the_oldest_export_with_a_year_column():
    rows = daylio.parse(fixture("daylio_export_2018.csv"))
    assert [r.day for r in rows] == [date(2018, 5, 16), date(2018, 5, 17), date(2018, 5, 18)]


def test_a_row_becomes_an_entry_with_mood_tags_and_local_time():
    rows = daylio.parse(fixture("daylio_export_current.csv"))
    by_title = {daylio.to_entry(r, localize=fixed_zone).title: r for r in rows}
    home = daylio.to_entry(by_title["Home on time"], localize=fixed_zone)
    assert home.written_at == datetime(2024, 3, 5, 23, 40, tzinfo=UTC_MINUS_5)
    assert home.mood == 5
    assert home.tags == ["family", "good-meal", "walk", "daylio"]
    court = daylio.to_entry(by_title["Long shift"], localize=fixed_zone)
    assert court.mood is None
    assert "mood-sad" in court.tags
    assert "stressed/frustrated" in court.tags
    # A row with neither note nor title still carries its mood and activities.
    quiet = daylio.to_entry(next(r for r in rows if r.at == time(7, 10)), localize=fixed_zone)
    assert quiet.title == "Daylio: meh"
    assert quiet.body == "Activities: work, bad sleep, tired"
    assert quiet.mood == 3
    bare = daylio.to_entry(next(r for r in rows if r.mood == "awful"), localize=fixed_zone)
    assert (bare.title, bare.body, bare.mood, bare.tags) == ("Daylio: awful", "", 1, ["daylio"])


def test_the_days_check_in_mood_is_the_latest_default_mood_of_the_day():
    rows = daylio.parse(
        HEADER8
        + '2024-01-02,x,x,9:00 pm,custom,"","",""\n'
        + '2024-01-02,x,x,8:00 pm,good,"","",""\n'
        + '2024-01-02,x,x,7:00 am,awful,"","",""\n'
        + '2024-01-01,x,x,10:00 am,sad,"","",""\n'
    )
    assert daylio.day_moods(rows) == {date(2024, 1, 2): 4}
    assert daylio.other_moods(rows) == {"custom": 1, "sad": 1}


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        (
            HEADER8 + '2024-01-01,x,x,9:00 pm,good,"","",""\n2024-13-01,x,x,9:00,good,,,\n',
            3,
            "date",
        ),
        (HEADER8 + "2024-01-01,x,x,25:00,good,,,\n", 2, "time"),
        (HEADER8 + "2024-01-01,x,x,9:00,,,,\n", 2, "no mood"),
        (HEADER8 + "2024-01-01,x,x,9:00,good,,\n", 2, "7 values"),
        (HEADER8 + '\n2024-01-01,x,x,9:00,good,,"a "quoted" note",x\n', 3, "not valid CSV"),
        (HEADER8 + '2024-01-01,x,x,9:00,good,,"",\n2024-01-02,x,x,9:00,good,,"open\n', 3, "CSV"),
        (HEADER8 + "2024-01-01,x,x,9:00,go\x00od,,,\n", 2, "NUL"),
        (
            HEADER8 + '2024-01-01,x,x,9:00,good,,"two\nlines",x\n2024-01-02,x,x,9:00,good,,,,\n',
            4,
            "9 values",
        ),
    ],
)
def test_a_bad_file_is_refused_naming_the_line(text, line, words):
    with pytest.raises(ImportFileError) as caught:
        daylio.parse(text)
    assert f"line {line}" in caught.value.detail
    assert words in caught.value.detail


def test_a_header_alone_is_an_empty_export_and_a_stranger_is_refused():
    assert daylio.parse(HEADER8) == []
    with pytest.raises(ImportFileError, match="not a Daylio CSV export"):
        daylio.parse("a,b,c\n1,2,3\n")


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("one<br>two<br/>three<br />four", "one\ntwo\nthree\nfour"),
        ("<ul><li>eggs</li><li>milk</li></ul>", "- eggs\n- milk"),
        ("<b>bold</b> and <i>soft</i>", "**bold** and *soft*"),
        ("1 &lt; 2 &amp;&amp; 3 &gt; 2", "1 < 2 && 3 > 2"),
        ("a <3 b, <tag> stays", "a <3 b, <tag> stays"),
        ("  spaced  \r\n\r\n\r\n\r\nout  ", "spaced\n\nout"),
    ],
)
def test_note_html_becomes_plain_text(raw, text):
    assert daylio.note_text(raw) == text
