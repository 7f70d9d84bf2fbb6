"""Holidays, seasons, decades and centuries (docs/resolution.md, "Holidays, seasons, decades, centuries").

The reference is Friday 2024-11-29 12:00 UTC, the day after Thanksgiving 2024.
Every expected day was worked out by hand from a calendar, not from this program:

- Easter: 2024-03-31, 2025-04-20 (Western); Orthodox Easter 2024-05-05. From
  Easter 2024: Good Friday 29 March, Easter Monday 1 April, Palm Sunday 24 March,
  Ash Wednesday 14 February (46 days before, 2024 is a leap year), Pentecost
  19 May (+49).
- 1 November 2024 is a Friday: Thanksgiving (4th Thursday) is 28 November,
  Black Friday the 29th, Election Day (the Tuesday after the first Monday, 4
  November) the 5th. 1 November 2025 is a Saturday: Thanksgiving 2025 is
  27 November. 1 November 2023 is a Wednesday: Thanksgiving 2023 is 23 November.
- 1 January 2024 is a Monday: MLK Day (3rd Monday) is 15 January; 31 May 2024 is
  a Friday: Memorial Day (last Monday) is 27 May; 1 May 2024 is a Wednesday:
  US Mother's Day (2nd Sunday) is 12 May; 1 June 2024 is a Saturday: Father's
  Day (3rd Sunday) is 16 June; 1 September 2024 is a Sunday: US Labor Day is
  the 2nd.
- Umm al-Qura (Saudi Arabia's announcements, as in tests/test_hijri.py):
  Ramadan 1445 = 11 March - 9 April 2024; Eid al-Fitr 1445 = 10 April 2024;
  Eid al-Adha 1445 = Sunday 16 June 2024 (Arafat the 15th); Eid al-Fitr 1444 =
  21 April 2023; Eid al-Adha 1444 = 28 June 2023; Ramadan 1446 = 1-29 March
  2025; Eid al-Fitr 1446 = 30 March 2025; 1 Muharram 1446 = 7 July 2024, so
  Ashura (10 Muharram) = 16 July 2024; 1 Rabi al-Awwal 1446 = 4 September 2024,
  so the Mawlid (12th) = 15 September 2024; Eid al-Fitr fell twice in 2000
  (January and December).
- Seasons are meteorological: the reference is in autumn 2024 (September to
  November); winter 2024 is December 2024 - February 2025.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from liveblog.lang.holidays import HOLIDAYS
from liveblog.model import WhenKind
from liveblog.resolve import find_times, resolve
from liveblog.resolve._rules_holiday import occurrence

REF = "2024-11-29T12:00+00:00"

# (text, prefer, first day, last day (inclusive))
DAYS: list[tuple[str, str, str, str]] = [
    # -- fixed days
    ("Christmas", "past", "2024-12-25", "2024-12-25"),  # the nearest: 26 days ahead, not 340 back
    ("Christmas", "future", "2024-12-25", "2024-12-25"),
    ("last Christmas", "future", "2023-12-25", "2023-12-25"),
    ("next Christmas", "past", "2024-12-25", "2024-12-25"),
    ("this Christmas", "past", "2024-12-25", "2024-12-25"),
    ("Christmas 2015", "past", "2015-12-25", "2015-12-25"),
    ("Christmas Eve 2024", "past", "2024-12-24", "2024-12-24"),
    ("New Year's Day 2025", "past", "2025-01-01", "2025-01-01"),
    ("Valentine's Day 2024", "past", "2024-02-14", "2024-02-14"),
    ("Halloween", "past", "2024-10-31", "2024-10-31"),
    ("St Patrick's Day 2024", "past", "2024-03-17", "2024-03-17"),
    ("عيد الميلاد 2020", "past", "2020-12-25", "2020-12-25"),
    ("عيد الميلاد المجيد", "future", "2024-12-25", "2024-12-25"),
    ("عيد العمال", "past", "2025-05-01", "2025-05-01"),  # 153 days ahead, 212 back
    ("عيد الأم", "past", "2025-03-21", "2025-03-21"),  # 112 ahead, 253 back
    ("عيد الحب المقبل", "past", "2025-02-14", "2025-02-14"),
    # -- the nth weekday of a month
    ("Thanksgiving", "past", "2024-11-28", "2024-11-28"),
    ("Thanksgiving", "future", "2025-11-27", "2025-11-27"),
    ("last Thanksgiving", "past", "2024-11-28", "2024-11-28"),
    ("Thanksgiving 2023", "future", "2023-11-23", "2023-11-23"),
    ("thanksgiving of next year", "past", "2025-11-27", "2025-11-27"),
    ("Black Friday 2024", "past", "2024-11-29", "2024-11-29"),
    ("Election Day 2024", "past", "2024-11-05", "2024-11-05"),
    ("MLK Day 2024", "past", "2024-01-15", "2024-01-15"),
    ("Memorial Day 2024", "past", "2024-05-27", "2024-05-27"),
    ("Mother's Day 2024", "past", "2024-05-12", "2024-05-12"),
    ("Father's Day 2024", "past", "2024-06-16", "2024-06-16"),
    ("Labor Day 2024", "past", "2024-09-02", "2024-09-02"),
    ("عيد الشكر 2024", "past", "2024-11-28", "2024-11-28"),
    # -- Easter and the feasts counted from it
    ("Easter 2024", "past", "2024-03-31", "2024-03-31"),
    ("Easter", "past", "2025-04-20", "2025-04-20"),  # 142 ahead, 243 back
    ("next Easter", "past", "2025-04-20", "2025-04-20"),
    ("Good Friday 2024", "past", "2024-03-29", "2024-03-29"),
    ("Good Friday", "past", "2025-04-18", "2025-04-18"),
    ("good friday 2024", "past", "2024-03-29", "2024-03-29"),  # lower case, but a year
    ("Easter Monday 2024", "past", "2024-04-01", "2024-04-01"),
    ("Palm Sunday 2024", "past", "2024-03-24", "2024-03-24"),
    ("Ash Wednesday 2024", "past", "2024-02-14", "2024-02-14"),
    ("Pentecost 2024", "past", "2024-05-19", "2024-05-19"),
    ("Orthodox Easter 2024", "past", "2024-05-05", "2024-05-05"),
    ("عيد الفصح 2024", "past", "2024-03-31", "2024-03-31"),
    ("الجمعة العظيمة 2024", "past", "2024-03-29", "2024-03-29"),
    ("عيد الفصح المقبل", "past", "2025-04-20", "2025-04-20"),
    # -- Hijri holidays (Umm al-Qura)
    ("Eid al-Fitr", "past", "2025-03-30", "2025-03-30"),  # 1 Shawwal 1446: 121 ahead, 233 back
    ("Eid al-Fitr 2023", "past", "2023-04-21", "2023-04-21"),
    ("next Eid al-Fitr", "past", "2025-03-30", "2025-03-30"),
    ("Eid al-Adha 2024", "past", "2024-06-16", "2024-06-16"),
    ("عيد الفطر 2024", "past", "2024-04-10", "2024-04-10"),
    ("عيد الفطر المقبل", "past", "2025-03-30", "2025-03-30"),
    ("عيد الأضحى الماضي", "future", "2024-06-16", "2024-06-16"),
    ("عيد الأضحى المبارك لعام 2023", "past", "2023-06-28", "2023-06-28"),
    ("يوم عرفة", "past", "2024-06-15", "2024-06-15"),
    ("رأس السنة الهجرية", "past", "2024-07-07", "2024-07-07"),
    ("يوم عاشوراء", "past", "2024-07-16", "2024-07-16"),
    ("المولد النبوي الشريف", "past", "2024-09-15", "2024-09-15"),
    ("Ashura 2024", "future", "2024-07-16", "2024-07-16"),
]


@pytest.mark.parametrize(("text", "prefer", "first", "last"), DAYS)
def test_holiday_days(text: str, prefer: str, first: str, last: str) -> None:
    w = resolve(text, REF, prefer=prefer)  # type: ignore[arg-type]
    assert w is not None, text
    assert w.start.date() == date.fromisoformat(first)
    assert w.end.date().toordinal() - 1 == date.fromisoformat(last).toordinal()
    assert w.timex == first if first == last else w.timex == f"{first}/{last}"
    assert w.grain.value == "day"


# Ranges of days and Hijri months: (text, prefer, timex, kind)
RANGES: list[tuple[str, str, str, WhenKind]] = [
    ("Lent 2024", "past", "2024-02-14/2024-03-30", WhenKind.RANGE),  # Ash Wednesday to Holy Saturday
    ("رمضان 2024", "past", "2024-03-11/2024-04-09", WhenKind.POINT),  # a Hijri month (month grain)
    ("Ramadan 2024", "past", "2024-03-11/2024-04-09", WhenKind.POINT),
    ("رمضان المقبل", "past", "2025-03-01/2025-03-29", WhenKind.POINT),
]


@pytest.mark.parametrize(("text", "prefer", "timex", "kind"), RANGES)
def test_holiday_ranges(text: str, prefer: str, timex: str, kind: WhenKind) -> None:
    w = resolve(text, REF, prefer=prefer)  # type: ignore[arg-type]
    assert w is not None, text
    assert (w.timex, w.kind) == (timex, kind)


# Seasons, decades, centuries: (text, timex, first day, first day after, approximate)
PERIODS: list[tuple[str, str, str, str, bool]] = [
    ("last summer", "2024-SU", "2024-06-01", "2024-09-01", False),
    ("this winter", "2024-WI", "2024-12-01", "2025-03-01", False),
    ("this autumn", "2024-FA", "2024-09-01", "2024-12-01", False),
    ("last winter", "2023-WI", "2023-12-01", "2024-03-01", False),
    ("next spring", "2025-SP", "2025-03-01", "2025-06-01", False),
    ("summer 2013", "2013-SU", "2013-06-01", "2013-09-01", False),
    ("the summer of 2013", "2013-SU", "2013-06-01", "2013-09-01", False),
    ("صيف العام الماضي", "2023-SU", "2023-06-01", "2023-09-01", False),
    ("الشتاء المقبل", "2024-WI", "2024-12-01", "2025-03-01", False),
    ("خريف 2020", "2020-FA", "2020-09-01", "2020-12-01", False),
    ("the 1990s", "199X", "1990-01-01", "2000-01-01", False),
    ("the nineties", "199X", "1990-01-01", "2000-01-01", False),
    ("the '80s", "198X", "1980-01-01", "1990-01-01", False),
    ("mid-1990s", "1994/1996", "1994-01-01", "1997-01-01", True),
    ("the early 2000s", "2000/2003", "2000-01-01", "2004-01-01", True),
    ("the late 1980s", "1987/1989", "1987-01-01", "1990-01-01", True),
    ("التسعينيات", "199X", "1990-01-01", "2000-01-01", False),
    ("الثمانينات", "198X", "1980-01-01", "1990-01-01", False),
    ("تسعينيات القرن الماضي", "199X", "1990-01-01", "2000-01-01", False),
    ("منتصف الثمانينيات", "1984/1986", "1984-01-01", "1987-01-01", True),
    ("the 20th century", "19XX", "1900-01-01", "2000-01-01", False),
    ("the 19th century", "18XX", "1800-01-01", "1900-01-01", False),
    ("last century", "19XX", "1900-01-01", "2000-01-01", False),
    ("القرن العشرين", "19XX", "1900-01-01", "2000-01-01", False),
    ("القرن الحادي والعشرين", "20XX", "2000-01-01", "2100-01-01", False),
    ("القرن التاسع عشر", "18XX", "1800-01-01", "1900-01-01", False),
    ("القرن الماضي", "19XX", "1900-01-01", "2000-01-01", False),
    # abbreviations: the end of the reference's month (days 21-30 November) and year (September-December)
    ("EOM", "2024-11-21/2024-11-30", "2024-11-21", "2024-12-01", True),
    # ("by the EOY" is a deadline, from the reference to the year's end: tests/test_enduck_windows.py)
    ("the EOY", "2024-09/2024-12", "2024-09-01", "2025-01-01", True),
]


@pytest.mark.parametrize(("text", "timex", "first", "after", "approximate"), PERIODS)
def test_periods(text: str, timex: str, first: str, after: str, approximate: bool) -> None:
    w = resolve(text, REF)
    assert w is not None, text
    assert (w.timex, w.start.date().isoformat(), w.end.date().isoformat()) == (timex, first, after)
    assert w.approximate is approximate


# No date: names, compounds, a season or an ambiguous word alone, two Eids in one year.
NEGATIVES = [
    "Christmas tree",
    "Christmas shopping",
    "Easter Island",
    "Easter Smith said",
    "Good Friday sales",
    "summer",
    "the Arab Spring",
    "الربيع العربي",
    "the fall of Aleppo",
    "she lent him money",
    "on Election Day",  # which country's?
    # "Eid al-Fitr 2000" (8 January and 27 December 2000): the first since en8 (test_en8_shapes.py)
    "eom",  # only in capitals
    "the past century",  # a window of a hundred years
    "when he was in his 30s",  # an age
    "احتفل الملك بعيد الميلاد الخمسين",  # his fiftieth birthday, not Christmas
    "عيد الميلاد الـ80 للرئيس",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_date(text: str) -> None:
    assert resolve(text, REF) is None


def test_holiday_week() -> None:
    """ "Easter week" is the ISO week that holds Easter: the nearest Easter, 20 April 2025, is the
    Sunday of week 16 (30 December 2024 starts week 1); 9 April 2023 the Sunday of week 14 (2
    January 2023 starts week 1)."""
    w = resolve("Easter week", REF)
    assert w is not None
    assert w.timex == "2025-W16"
    w = resolve("Easter week 2023", REF)
    assert w is not None
    assert w.timex == "2023-W14"


def test_lower_case_name_with_a_weekday_is_the_weekday() -> None:
    """ "a good Friday for the markets": an adjective and a day, not the feast (29 March 2024)."""
    found = find_times("It was a good Friday for the markets", REF)
    assert [(f.text, f.when.timex, f.rule) for f in found] == [("Friday", "2024-11-29", "en-weekday")]


# A one-day holiday is a day that parts of the day and clocks name (classical «ليلة X»: the night before X).
ON_A_HOLIDAY = [
    ("Christmas at 6 pm", "2024-12-25T18:00"),  # the nearest Christmas (one year policy)
    ("3pm on Christmas Day", "2024-12-25T15:00"),
    ("Christmas morning", "2024-12-25TMO"),
    ("the morning of Christmas 2013", "2013-12-25TMO"),
    ("صباح عيد الفطر", "2025-03-30TMO"),
    ("مساء عيد الأضحى", "2024-06-16TEV"),
    ("ليلة عيد الفطر", "2025-03-29TNI"),
]


@pytest.mark.parametrize(("text", "timex"), ON_A_HOLIDAY)
def test_parts_and_clocks_on_a_holiday(text: str, timex: str) -> None:
    w = resolve(text, REF)
    assert w is not None, text
    assert w.timex == timex


def test_span_in_running_text() -> None:
    found = find_times("Crowds gathered in the square on Christmas Eve 2023, the mayor said.", REF)
    assert [(f.text, f.when.timex) for f in found] == [("Christmas Eve 2023", "2023-12-24")]


@given(st.integers(1900, 2100))
def test_easter_feasts_keep_their_weekdays(year: int) -> None:
    """Easter is a Sunday, Good Friday a Friday, Ash Wednesday a Wednesday, Pentecost a Sunday."""
    for key, weekday in (("easter", 6), ("good_friday", 4), ("ash_wednesday", 2), ("pentecost", 6)):
        days = occurrence(HOLIDAYS[key], year)
        assert days is not None
        assert days[0].weekday() == weekday
        assert days[0].year == year
    easter = occurrence(HOLIDAYS["easter"], year)
    assert easter is not None
    assert date(year, 3, 22) <= easter[0] <= date(year, 4, 25)  # the computus' bounds


@given(st.integers(1900, 2100), st.sampled_from(["thanksgiving", "memorial_day", "mlk_day", "labor_day_us"]))
def test_nth_weekday_holidays_fall_in_their_week(year: int, key: str) -> None:
    h = HOLIDAYS[key]
    days = occurrence(h, year)
    assert days is not None
    d = days[0]
    assert d.month == h.month
    assert d.weekday() == h.weekday
    if h.nth > 0:
        assert 7 * (h.nth - 1) < d.day <= 7 * h.nth
    else:
        assert (d + timedelta(days=7)).month != h.month  # the last one
