"""Feasts of the Chinese lunisolar calendar, computed with lunardate (wave 5, eastint).

The dates are the published ones, not the program's: the Spring Festival fell on 31 January
2014, 10 February 2024 and 29 January 2025 (its eve the day before); the Lantern Festival (1/15)
on 24 February 2024; the Dragon Boat Festival (5/5) on 10 June 2024; the Mid-Autumn Festival
(8/15) on 29 September 2023 and 17 September 2024. Korean 설날/추석 and Vietnamese Tết are the
same days. The reference is Friday 2024-11-29, leaning to the past: a feast without a year is
its latest occurrence (the Spring Festival of 10 February 2024, the Mid-Autumn Festival of
17 September 2024).
"""

from __future__ import annotations

import pytest

from liveblog.lang.holidays import HOLIDAYS
from liveblog.resolve import resolve
from liveblog.resolve._rules_holiday import occurrence

REF = "2024-11-29T21:00"

CASES = [
    ("zh", "2014年春节", "2014-01-31"),
    ("zh", "2025年春節", "2025-01-29"),
    ("zh", "春节", "2025-01-29"),  # the nearest: 61 days ahead, 293 back
    ("zh", "农历新年", "2025-01-29"),  # the lunar new year, not 1 January
    ("zh", "2024年除夕", "2024-02-09"),
    ("zh", "2024年元宵节", "2024-02-24"),
    ("zh", "2024年端午节", "2024-06-10"),
    ("zh", "2023年中秋节", "2023-09-29"),
    ("zh", "中秋节", "2024-09-17"),
    ("ko", "2024년 추석", "2024-09-17"),
    ("ko", "2025년 설날", "2025-01-29"),
    ("vi", "tết nguyên đán 2025", "2025-01-29"),
]


@pytest.mark.parametrize(("lang", "text", "timex"), CASES)
def test_lunar_feast(lang: str, text: str, timex: str) -> None:
    when = resolve(text, REF, languages=[lang])
    assert when is not None, text
    assert when.timex == timex


@pytest.mark.parametrize("year", [1899, 2100, 3000])
def test_outside_the_table_is_no_date(year: int) -> None:
    """lunardate covers 1900-2099: outside it a feast has no occurrence (no error, no guess)."""
    assert occurrence(HOLIDAYS["mid_autumn"], year) is None


def test_every_lunar_feast_falls_in_its_own_gregorian_year() -> None:
    """Each lunar key names months whose days fall in the Gregorian year of the same number."""
    lunar = [h for h in HOLIDAYS.values() if h.rule == "lunar"]
    assert lunar
    for h in lunar:
        for year in range(1901, 2099):
            days = occurrence(h, year)
            assert days is not None
            assert days[0].year == year
