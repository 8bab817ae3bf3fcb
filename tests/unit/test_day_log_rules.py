from __future__ import annotations

from datetime import date

from wellness_journal.core.day_log import add_months, first_day, month_grid


def test_the_grid_holds_the_month_in_six_weeks_from_the_chosen_weekday():
    grid = month_grid(date(2025, 3, 15))  # March 2025 starts on a Saturday
    assert len(grid) == 6
    assert all(len(w) == 7 for w in grid)
    assert grid[0][0] == date(2025, 2, 24)
    assert grid[0][0].weekday() == 0
    days = [d for w in grid for d in w]
    assert date(2025, 3, 1) in days
    assert date(2025, 3, 31) in days
    sunday_first = month_grid(date(2025, 3, 15), first_weekday=6)
    assert sunday_first[0][0] == date(2025, 2, 23)
    assert sunday_first[0][6] == date(2025, 3, 1)


def test_months_add_across_years():
    assert add_months(date(2025, 1, 31), -1) == date(2024, 12, 1)
    assert add_months(date(2024, 12, 5), 1) == date(2025, 1, 1)


def test_the_first_day_is_the_older_of_creation_and_the_oldest_record():
    today = date(2025, 3, 10)
    assert first_day(date(2025, 3, 1), None, today) == date(2025, 3, 1)
    assert first_day(date(2025, 3, 1), date(2024, 6, 2), today) == date(2024, 6, 2)
    assert first_day(None, None, today) == today
