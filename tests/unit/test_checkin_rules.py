"""Check-in rules: scales, blank check-ins, editable choice lists."""

from __future__ import annotations

from datetime import date

from wellness_journal.core.checkin import Checkin, clean_list, is_blank, out_of_range

DAY = date(2024, 5, 1)


def test_scales():
    assert out_of_range(Checkin(None, "", DAY, mood=1, stress=0, energy=10)) == []
    assert out_of_range(Checkin(None, "", DAY, mood=0, stress=11, energy=-1)) == [
        "mood",
        "stress",
        "energy",
    ]
    assert out_of_range(Checkin(None, "", DAY, mood=6)) == ["mood"]


def test_blank():
    assert is_blank(Checkin(None, "", DAY, note="  "))
    assert not is_blank(Checkin(None, "", DAY, stress=0))
    assert not is_blank(Checkin(None, "", DAY, shift="night"))


def test_clean_list_trims_drops_blanks_and_repeats():
    assert clean_list(["  day ", "Night", "", "night", "K9   detail", "x" * 80]) == [
        "day",
        "Night",
        "K9 detail",
        "x" * 60,
    ]
    assert len(clean_list([str(i) for i in range(100)])) == 40
