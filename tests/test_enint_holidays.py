"""Holidays of the Hebrew calendar, the Lunar New Year, names in lower case, years in words.

Expected values worked out by hand before the resolver ran, from the reference
Wednesday 5 March 2025, 10:15 UTC, and published calendars for the Hebrew and
Chinese dates (the Hebrew year 5785 began on 3 October 2024 and is not a leap
year; 5786 began on 23 September 2025). Hebrew holidays are the civil day of the
Hebrew date as Israel keeps it (docs/accuracy.md lists Duckling's eve convention):
Passover seven days, Simchat Torah on 22 Tishri with Shemini Atzeret, Yom
Ha'atzmaut moved off a Friday or Saturday to the Thursday before (5 Iyar 5785 is
Saturday 3 May 2025), Yom HaShoah off a Friday to the Thursday (27 Nisan 5785 is
Friday 25 April), Tisha B'Av off a Sabbath to the Sunday (9 Av 5775 was Saturday
25 July 2015). Easter 2025 is 20 April, Easter 2026 5 April.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from liveblog import resolve
from liveblog.resolve._lunisolar import chinese_new_year, hebrew_to_gregorian

REF = datetime(2025, 3, 5, 10, 15, tzinfo=UTC)

# (text, prefer, expected TIMEX3)
CASES: list[tuple[str, str, str]] = [
    # the Hebrew calendar
    ("Purim", "future", "2025-03-14"),
    ("Shushan Purim", "future", "2025-03-15"),
    ("last Purim", "future", "2024-03-24"),  # 5784 was a leap year: 14 Adar II
    ("Passover", "future", "2025-04-13/2025-04-19"),
    ("Pesach 2025", "past", "2025-04-13/2025-04-19"),
    ("Yom HaShoah 2025", "past", "2025-04-24"),
    ("Yom HaZikaron 2025", "past", "2025-04-30"),
    ("Yom Ha'atzmaut 2025", "past", "2025-05-01"),
    ("Lag BaOmer 2025", "past", "2025-05-16"),
    ("Shavuot 2025", "past", "2025-06-02"),
    ("Tisha B'Av 2025", "past", "2025-08-03"),
    ("Tisha B'Av 2015", "past", "2015-07-26"),
    ("Rosh Hashanah 2025", "past", "2025-09-23/2025-09-24"),
    ("Yom Kippur", "future", "2025-10-02"),
    ("the Day of Atonement 1973", "past", "1973-10-06"),
    ("Sukkot 2025", "past", "2025-10-07/2025-10-13"),
    ("Simchat Torah 2023", "past", "2023-10-07"),
    ("Hanukkah 2025", "past", "2025-12-15/2025-12-22"),
    ("Tu BiShvat", "past", "2025-02-13"),
    # the Lunar New Year
    ("Chinese New Year", "future", "2026-02-17"),
    ("last Lunar New Year", "future", "2025-01-29"),
    ("Lunar New Year 2033", "past", "2033-01-31"),
    ("the Chinese New Year of 1985", "past", "1985-02-20"),
    # names with a weekday in them, written all in lower case
    ("palm sunday", "future", "2025-04-13"),
    ("good friday", "future", "2025-04-18"),
    ("whit monday", "future", "2025-06-09"),
    ("trinity sunday", "future", "2025-06-15"),
    ("thursday of mysteries", "future", "2025-04-17"),
    # a year said in words after the name
    ("Easter two thousand twenty-six", "past", "2026-04-05"),
    ("Easter Sunday nineteen ninety", "past", "1990-04-15"),
    # the nth weekday after or before a holiday (Christmas 2025 is a Thursday, Thanksgiving 2025
    # the fourth Thursday of November, the 27th)
    ("the first Monday after Easter", "future", "2025-04-21"),
    ("the second Sunday before Christmas", "future", "2025-12-14"),
    ("the third Tuesday after Christmas 2025", "past", "2026-01-13"),
    ("the first Friday after Thanksgiving 2025", "past", "2025-11-28"),
    # the Parsi New Year: 15 August 2024 and 2025, a day earlier after the leap day of 2028
    ("Parsi New Year 2025", "past", "2025-08-15"),
    ("Parsi New Year 2028", "past", "2028-08-14"),
    # a holiday in the month an amount lands in (Thanksgiving 2024: 28 November)
    ("Thanksgiving four months ago", "future", "2024-11-28"),
    ("Easter in a month", "past", "2025-04-20"),
    # the Ides of March
    ("the Ides of March", "future", "2025-03-15"),
    ("the ides of march 44", "future", "2025-03-15"),  # "44" is no year here: the name alone
]


@pytest.mark.parametrize(("text", "prefer", "timex"), CASES, ids=[c[0] for c in CASES])
def test_holiday(text: str, prefer: str, timex: str) -> None:
    w = resolve(text, REF, prefer=prefer, tz="UTC", languages=["en"])  # type: ignore[arg-type]
    assert w is not None, text
    assert w.timex == timex


def test_adjective_and_capitalised_day_is_the_weekday() -> None:
    """ "a good Friday for the markets": "good" in lower case before a capitalised day is an adjective,
    so the words name the coming Friday (7 March 2025), not Good Friday."""
    w = resolve("a good Friday for the markets", REF, prefer="future", tz="UTC", languages=["en"])
    assert w is not None
    assert w.timex == "2025-03-07"


def test_chinese_new_year_table() -> None:
    """Published Lunar New Year dates, including 2033 (the year a leap eleventh month makes simple
    rules based on the solstice's month fail) and the ends of the supported range."""
    known = {
        1900: date(1900, 1, 31),
        1949: date(1949, 1, 29),
        1985: date(1985, 2, 20),
        1976: date(1976, 1, 31),
        1990: date(1990, 1, 27),
        2000: date(2000, 2, 5),
        2015: date(2015, 2, 19),
        2019: date(2019, 2, 5),
        2022: date(2022, 2, 1),
        2028: date(2028, 1, 26),
        2012: date(2012, 1, 23),
        2020: date(2020, 1, 25),
        2021: date(2021, 2, 12),
        2023: date(2023, 1, 22),
        2033: date(2033, 1, 31),
        2034: date(2034, 2, 19),
        2050: date(2050, 1, 23),
    }
    assert {y: chinese_new_year(y) for y in known} == known
    assert chinese_new_year(1899) is None
    assert chinese_new_year(2101) is None


def test_hebrew_dates() -> None:
    """Adar is Adar II in a leap year; a day a month lacks is None. 5784 (16 September 2023 to
    2 October 2024, 383 days) is a deficient leap year, so Heshvan has 29 days; 5785 (3 October
    2024 to 22 September 2025, 355 days) is a complete one, so Heshvan has 30 (30 Heshvan 5785
    was 1 December 2024, the first day of Rosh Chodesh Kislev)."""
    assert hebrew_to_gregorian(5784, 12, 14) == date(2024, 3, 24)
    assert hebrew_to_gregorian(5785, 12, 14) == date(2025, 3, 14)
    assert hebrew_to_gregorian(5784, 8, 30) is None
    assert hebrew_to_gregorian(5785, 8, 30) == date(2024, 12, 1)
