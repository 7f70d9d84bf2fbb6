"""Holidays of the German (and every Latin-script) table: Hebrew calendar, Advent, days counted back.

Expected days are worked out by hand from published calendars, not from the
program: a Hebrew holiday is given on its civil day as Israel keeps it
(lang/holidays.py). Yom Kippur 5784 was Monday 25 September 2023; Rosh Hashanah
5785 was 3-4 October 2024; Passover 5784 ran 23-29 April 2024 (seven days in
Israel); Hanukkah 5785 26 December 2024 - 2 January 2025; Purim fell on 7 March
2023 and, 5784 being a leap year, in Adar II on 24 March 2024; 9 Av 5782 was a
Saturday (6 August 2022), kept on Sunday the 7th; 5 Iyar 5784 was a Monday (13 May
2024), kept on Tuesday the 14th; 27 Nisan 5784 was a Sunday (5 May 2024), kept on
Monday the 6th; Shavuot 5784 was 12 June 2024. The first Sunday of Advent is the
fourth Sunday before Christmas: 3 December 2023, 1 December 2024, 30 November 2025. Western Easter 2024 is
31 March (Rosenmontag 48 days before: 12 February).
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from liveblog import resolve
from liveblog.lang.holidays import HOLIDAYS
from liveblog.resolve._rules_holiday import occurrence

REF = "2024-03-05T10:00:00+01:00"
TZ = "Europe/Berlin"

# (lang, text, first day, last day)
HEBREW: list[tuple[str, str, date, date]] = [
    ("de", "Jom Kippur 2023", date(2023, 9, 25), date(2023, 9, 25)),
    ("de", "Rosch Haschana 2024", date(2024, 10, 3), date(2024, 10, 4)),
    ("de", "Pessach 2024", date(2024, 4, 23), date(2024, 4, 29)),
    ("de", "Chanukka 2024", date(2024, 12, 26), date(2025, 1, 2)),
    ("de", "Purim 2023", date(2023, 3, 7), date(2023, 3, 7)),
    ("de", "Purim 2024", date(2024, 3, 24), date(2024, 3, 24)),
    ("de", "Tischa be-Aw 2022", date(2022, 8, 7), date(2022, 8, 7)),  # 9 Av a Sabbath: kept on Sunday
    ("de", "Jom Haatzmaut 2024", date(2024, 5, 14), date(2024, 5, 14)),  # 5 Iyar a Monday: Tuesday
    ("de", "Jom Haschoa 2024", date(2024, 5, 6), date(2024, 5, 6)),  # 27 Nisan a Sunday: Monday
    ("de", "Schawuot 2024", date(2024, 6, 12), date(2024, 6, 12)),
    ("nl", "Yom Kippur 2023", date(2023, 9, 25), date(2023, 9, 25)),  # the transliteration, any table
    ("pl", "Hanukkah 2024", date(2024, 12, 26), date(2025, 1, 2)),
]

CHURCH_YEAR: list[tuple[str, str, date, date]] = [
    ("de", "erster Advent 2023", date(2023, 12, 3), date(2023, 12, 3)),
    ("de", "am ersten Advent 2024", date(2024, 12, 1), date(2024, 12, 1)),
    ("de", "zweiter Advent 2025", date(2025, 12, 7), date(2025, 12, 7)),
    ("de", "dritter Advent 2024", date(2024, 12, 15), date(2024, 12, 15)),
    ("de", "vierter Advent 2023", date(2023, 12, 24), date(2023, 12, 24)),
    ("de", "Buß- und Bettag 2023", date(2023, 11, 22), date(2023, 11, 22)),
    ("de", "Buß- und Bettag 2025", date(2025, 11, 19), date(2025, 11, 19)),
    ("de", "Totensonntag 2023", date(2023, 11, 26), date(2023, 11, 26)),
    ("de", "Volkstrauertag 2024", date(2024, 11, 17), date(2024, 11, 17)),
    ("de", "Erntedankfest 2024", date(2024, 10, 6), date(2024, 10, 6)),
    ("de", "Rosenmontag 2024", date(2024, 2, 12), date(2024, 2, 12)),
    ("de", "Weiberfastnacht 2024", date(2024, 2, 8), date(2024, 2, 8)),
    ("de", "Hoher Donnerstag 2024", date(2024, 3, 28), date(2024, 3, 28)),
    ("de", "Reformationstag 2024", date(2024, 10, 31), date(2024, 10, 31)),
    ("de", "Martinstag 2024", date(2024, 11, 11), date(2024, 11, 11)),
]


@pytest.mark.parametrize(("lang", "text", "first", "last"), HEBREW + CHURCH_YEAR)
def test_holiday_days(lang: str, text: str, first: date, last: date) -> None:
    """A holiday with its year is its days: one day, or the range of them."""
    when = resolve(text, REF, prefer="future", tz=TZ, languages=[lang])
    assert when is not None, f"{lang}: {text!r} read as no date"
    assert when.start.date() == first
    assert (when.end - timedelta(seconds=1)).date() == last


def test_a_hebrew_holiday_alone_is_the_next_one() -> None:
    """Without a year, reading the future: Purim 5784 (24 March 2024) is still to come."""
    when = resolve("Purim", REF, prefer="future", tz=TZ, languages=["de"])
    assert when is not None
    assert when.start.date() == date(2024, 3, 24)


def _first(key: str, year: int) -> date:
    days = occurrence(HOLIDAYS[key], year)
    assert days is not None, f"{key} {year}"
    return days[0]


@pytest.mark.parametrize("year", range(1990, 2060))
def test_hebrew_holidays_keep_their_order_every_year(year: int) -> None:
    """Property over many years: Rosh Hashanah comes 9 days before Yom Kippur, Sukkot 5
    days after it, Shemini Atzeret 7 after Sukkot; Shavuot's 50 days after Passover's."""
    rh, yk = _first("rosh_hashanah", year), _first("yom_kippur", year)
    su, sa = _first("sukkot", year), _first("shemini_atzeret", year)
    assert (yk - rh, su - yk, sa - su) == (timedelta(9), timedelta(5), timedelta(7))
    assert _first("shavuot", year) - _first("passover", year) == timedelta(50)


@pytest.mark.parametrize("year", range(1990, 2060))
def test_advent_and_the_days_counted_back_from_it(year: int) -> None:
    """Property: the fourth Advent Sunday falls on 18-24 December, the first three weeks before it;
    Totensonntag a week before the first, Buß- und Bettag four days before Totensonntag."""
    a1, a4 = _first("advent_1", year), _first("advent_4", year)
    ts, bb = _first("sunday_of_the_dead", year), _first("repentance_day_de", year)
    assert date(year, 12, 18) <= a4 <= date(year, 12, 24)
    assert (a4.weekday(), bb.weekday()) == (6, 2)
    assert (a4 - a1, a1 - ts, ts - bb) == (timedelta(21), timedelta(7), timedelta(4))
    assert date(year, 11, 16) <= bb <= date(year, 11, 22)
