"""Tests for Hijri (Islamic, Umm al-Qura) dates in liveblog.resolve (docs/resolution.md, "Hijri dates").

The reference is Friday 2024-11-29 21:00 in Asia/Damascus, which is 27 Jumada
al-Ula 1446 AH. Expected Gregorian days were worked out without this program:

- public facts: Saudi Arabia began Ramadan 1445 on Monday 11 March 2024 and
  kept Eid al-Fitr (1 Shawwal 1445) on Wednesday 10 April 2024 and Eid al-Adha
  (10 Dhu al-Hijjah 1445) on Sunday 16 June 2024; Ramadan 1446 began on
  Saturday 1 March 2025 and Eid al-Fitr 1446 was Sunday 30 March 2025; the
  October war began on Saturday 6 October 1973, «العاشر من رمضان» 1393;
- every other day from ICU's ``islamic-umalqura`` calendar (Node 20
  ``Intl.DateTimeFormat("en-u-ca-islamic-umalqura")``), e.g. 2024-11-29 is
  5/27/1446, 2024-07-16 is 1/10/1446, 2024-09-04 is 3/1/1446, 2024-10-04 is
  4/1/1446, 2024-12-02 is 6/1/1446, 2023-12-12 is 5/28/1445, 2024-02-11 is
  8/1/1445, 2030-01-05 and 2030-12-26 both start a Ramadan (1451, 1452).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import liveblog
from liveblog.lang import hijri as hijri_table
from liveblog.model import EventKind, Grain
from liveblog.resolve import _hijri, find_times, resolve

REF = "2024-11-29T21:00"
TZ = "Asia/Damascus"

# (text, first day, last day (inclusive), grain, rule)
DATES: list[tuple[str, str, str, str, str]] = [
    # -- day, Hijri month, Hijri year
    ("في 1 رمضان 1445هـ", "2024-03-11", "2024-03-11", "day", "hijri-day-month-year"),
    ("1 رمضان 1445 هـ", "2024-03-11", "2024-03-11", "day", "hijri-day-month-year"),
    ("١ رمضان ١٤٤٥ هـ", "2024-03-11", "2024-03-11", "day", "hijri-day-month-year"),
    ("1 شوال 1445 هجرية", "2024-04-10", "2024-04-10", "day", "hijri-day-month-year"),
    ("10 ذي الحجة 1445 للهجرة", "2024-06-16", "2024-06-16", "day", "hijri-day-month-year"),
    ("10 ذو الحجة عام 1445 هـ", "2024-06-16", "2024-06-16", "day", "hijri-day-month-year"),
    ("27 جمادى الأولى 1446", "2024-11-29", "2024-11-29", "day", "hijri-day-month-year"),
    ("27 جمادي الاولى 1446 هـ", "2024-11-29", "2024-11-29", "day", "hijri-day-month-year"),
    ("1 جمادى الآخرة 1446 هـ", "2024-12-02", "2024-12-02", "day", "hijri-day-month-year"),
    ("1 محرم 1446 هـ", "2024-07-07", "2024-07-07", "day", "hijri-day-month-year"),
    ("1 رمضان 1446 هـ", "2025-03-01", "2025-03-01", "day", "hijri-day-month-year"),
    ("العاشر من رمضان 1393 هـ", "1973-10-06", "1973-10-06", "day", "hijri-day-month-year"),
    ("2 صفر 1445 هـ", "2023-08-18", "2023-08-18", "day", "hijri-day-month-year"),
    # the weekday agrees; one day off is a local sighting; further off, the date wins
    ("الجمعة 27 جمادى الأولى 1446 هـ", "2024-11-29", "2024-11-29", "day", "hijri-day-month-weekday"),
    ("يوم الجمعة 27 جمادى الأولى 1446 هـ", "2024-11-29", "2024-11-29", "day", "hijri-day-month-weekday"),
    ("الخميس 27 جمادى الأولى 1446 هـ", "2024-11-28", "2024-11-28", "day", "hijri-day-month-weekday"),
    (
        "الاثنين 27 جمادى الأولى 1446 هـ",
        "2024-11-29",
        "2024-11-29",
        "day",
        "hijri-day-month-weekday-mismatch",
    ),
    # -- Hijri month and year: first to last day of the month
    ("رمضان 1445", "2024-03-11", "2024-04-09", "month", "hijri-month-year"),
    ("وبرمضان 1445", "2024-03-11", "2024-04-09", "month", "hijri-month-year"),  # clitics glued
    ("للمحرم 1446", "2024-07-07", "2024-08-04", "month", "hijri-month-year"),
    ("ذي الحجة 1445", "2024-06-07", "2024-07-06", "month", "hijri-month-year"),
    ("شهر ربيع الأول 1446 هـ", "2024-09-04", "2024-10-03", "month", "hijri-month-year"),
    ("شعبان 1445", "2024-02-11", "2024-03-10", "month", "hijri-month-year"),
    ("جمادى الأولى 1446", "2024-11-03", "2024-12-01", "month", "hijri-month-year"),
    ("رمضان 1446", "2025-03-01", "2025-03-29", "month", "hijri-month-year"),
    # -- no year: the most recent at or before the reference (prefer="past")
    ("غرة شوال", "2024-04-10", "2024-04-10", "day", "hijri-day-month"),
    ("غرة شهر رمضان", "2024-03-11", "2024-03-11", "day", "hijri-day-month"),
    ("العاشر من محرم", "2024-07-16", "2024-07-16", "day", "hijri-day-month"),
    ("الأول من رمضان", "2024-03-11", "2024-03-11", "day", "hijri-day-month"),
    ("27 جمادى الأولى", "2024-11-29", "2024-11-29", "day", "hijri-day-month"),  # today counts
    ("28 جمادى الأولى", "2023-12-12", "2023-12-12", "day", "hijri-day-month"),  # tomorrow: last year's
    ("الجمعة 27 جمادى الأولى", "2024-11-29", "2024-11-29", "day", "hijri-day-month-weekday"),
    ("في رمضان", "2024-03-11", "2024-04-09", "month", "hijri-month"),
    ("في شهر رمضان المبارك", "2024-03-11", "2024-04-09", "month", "hijri-month"),
    ("خلال شهر رمضان", "2024-03-11", "2024-04-09", "month", "hijri-month"),
    ("منذ شهر رمضان", "2024-03-11", "2024-04-09", "month", "hijri-month"),  # since, not a month ago
    # the middle: days 11-20 of the month, as for a Gregorian month (issue 14, ar6; was the month)
    ("منتصف شعبان", "2024-02-25", "2024-02-25", "day", "edge-midpoint+hijri-month"),  # ar9: its 15th
    ("أواسط شعبان", "2024-02-21", "2024-03-01", "day", "edge-mid+hijri-month"),
    ("في جمادى الأولى", "2024-11-03", "2024-12-01", "month", "hijri-month"),  # the current month
    ("رمضان الماضي", "2024-03-11", "2024-04-09", "month", "hijri-month"),
    ("رمضان المقبل", "2025-03-01", "2025-03-29", "month", "hijri-month"),
    ("في رمضان 2024", "2024-03-11", "2024-04-09", "month", "hijri-month-gregorian-year"),
    # -- English
    ("1 Ramadan 1445 AH", "2024-03-11", "2024-03-11", "day", "hijri-day-month-year"),
    ("10 Dhul Hijjah 1445", "2024-06-16", "2024-06-16", "day", "hijri-day-month-year"),
    ("Dhu al-Hijjah 10, 1445 AH", "2024-06-16", "2024-06-16", "day", "hijri-day-month-year"),
    ("the 10th of Muharram", "2024-07-16", "2024-07-16", "day", "hijri-day-month"),
    ("Ramadan 1445", "2024-03-11", "2024-04-09", "month", "hijri-month-year"),
    ("Rabi' al-Awwal 1446", "2024-09-04", "2024-10-03", "month", "hijri-month-year"),
    ("Rabi I 1446", "2024-09-04", "2024-10-03", "month", "hijri-month-year"),
    ("Jumada al-Ula 1446", "2024-11-03", "2024-12-01", "month", "hijri-month-year"),
    ("during Ramadan", "2024-03-11", "2024-04-09", "month", "hijri-month"),
    ("last Ramadan", "2024-03-11", "2024-04-09", "month", "hijri-month"),
    ("next Ramadan", "2025-03-01", "2025-03-29", "month", "hijri-month"),
    # -- numeric, with the era written after it
    ("1446/05/27هـ", "2024-11-29", "2024-11-29", "day", "hijri-numeric-date"),
    ("27/5/1446 هـ", "2024-11-29", "2024-11-29", "day", "hijri-numeric-date"),
    ("الجمعة 1446/5/27 هـ", "2024-11-29", "2024-11-29", "day", "hijri-numeric-date-weekday"),
    ("1445-09-01 AH", "2024-03-11", "2024-03-11", "day", "hijri-numeric-date"),
    # -- a Hijri date and its Gregorian day: one date, the Gregorian one
    ("بتاريخ 1446/5/27هـ الموافق 2024/11/29م", "2024-11-29", "2024-11-29", "day", "dual-date"),
    ("الجمعة 29/11/2024 الموافق 27/5/1446 هـ", "2024-11-29", "2024-11-29", "day", "dual-date"),
    (
        "الجمعة 27 جمادى الأولى 1446 هـ الموافق 29 نوفمبر 2024 م",
        "2024-11-29",
        "2024-11-29",
        "day",
        "dual-date",
    ),
    ("29 نوفمبر 2024 الموافق 27 جمادى الأولى 1446 هـ", "2024-11-29", "2024-11-29", "day", "dual-date"),
    ("29 نوفمبر 2024 (27 جمادى الأولى 1446 هـ)", "2024-11-29", "2024-11-29", "day", "dual-date"),
    ("الأحد 1 ديسمبر 2024م الموافق 1 جمادى الآخرة 1446هـ", "2024-12-01", "2024-12-01", "day", "dual-date"),
    ("1 Ramadan 1445 AH (11 March 2024)", "2024-03-11", "2024-03-11", "day", "dual-date"),
    ("1 رمضان 1445 هـ الموافق 20 مارس 2024", "2024-03-20", "2024-03-20", "day", "dual-date-mismatch"),
]


@pytest.mark.parametrize(("text", "first", "last", "grain", "rule"), DATES, ids=[c[0] for c in DATES])
def test_hijri_dates(text: str, first: str, last: str, grain: str, rule: str) -> None:
    """A Hijri date resolves to its Umm al-Qura days, as one expression, at the grain its words give."""
    found = find_times(text, REF, tz=TZ)
    assert len(found) == 1, found
    w = found[0].when
    assert w.start.date() == date.fromisoformat(first)
    assert w.end.date() == date.fromisoformat(last) + timedelta(days=1)
    assert w.start.hour == 0
    assert w.grain == Grain(grain)
    assert found[0].rule == rule


# (text, prefer, first day, last day)
PREFERRED: list[tuple[str, str, str, str]] = [
    ("غرة شوال", "future", "2025-03-30", "2025-03-30"),
    ("غرة شوال", "nearest", "2025-03-30", "2025-03-30"),  # 121 days ahead, 233 back
    ("في رمضان", "future", "2025-03-01", "2025-03-29"),
    ("في رمضان", "nearest", "2025-03-01", "2025-03-29"),  # 4 months ahead, 8 back
    ("في ربيع الأول", "nearest", "2024-09-04", "2024-10-03"),  # 2 months back
    ("27 جمادى الأولى", "future", "2024-11-29", "2024-11-29"),
    ("28 جمادى الأولى", "future", "2024-11-30", "2024-11-30"),
]


@pytest.mark.parametrize(("text", "prefer", "first", "last"), PREFERRED)
def test_hijri_prefer(text: str, prefer: str, first: str, last: str) -> None:
    """A Hijri date without a year follows ``prefer`` like a Gregorian one."""
    w = resolve(text, REF, tz=TZ, prefer=prefer)  # type: ignore[arg-type]
    assert w is not None
    assert w.start.date().isoformat() == first
    assert (w.end.date() - date.fromisoformat(last)).days == 1


NOT_DATES: list[str] = [
    "محمد رمضان",  # a name
    "قال الفنان محمد رمضان 27 عاما",  # a name and an age
    "حرب رمضان",  # a war's name, no cue
    "مدينة العاشر من رمضان",  # a city
    "حرب العاشر من رمضان",  # a war
    "الرئيس رجب طيب أردوغان",  # a given name
    "فاز الأهلي 2 صفر",  # a score
    "بنتيجة 3 صفر",
    "السفر بدون محرم",  # a guardian
    "سلاح محرم دوليا",  # forbidden
    "45 رمضان",  # no such day
    "31 رمضان 1445 هـ",  # no such day
    "30 رمضان 1446 هـ",  # Ramadan 1446 had 29 days
    "1 رمضان 1342 هـ",  # before the calendar's range
    "رمضان 1501",  # after it
    "17 رمضان 2 هـ",  # Badr: far outside the range, and no recent date either
    # «في رمضان 2030»: two Ramadans begin in 2030; since en8 the first (tests/test_en8_shapes.py)
    "شعبان عبد الرحيم",  # a name
    "Tariq Ramadan",
    "in Ramadan Abdullah's house",  # a name after a cue
    "the ramadan",  # lower case
    "Ramadan 27 people",  # an English month-day needs its year
    "الربيع العربي",
    "1446/05/27",  # a Hijri year without its era: not read, and not the Gregorian year 1446
    "1446-05-27",
    "1446/13/27 هـ",  # no 13th month
    "27/05/1446",
    "٢٧/٠٥/١٤٤٦",
    "30/09/1446 هـ",  # Ramadan 1446 had 29 days
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_hijri_not_dates(text: str) -> None:
    """Names, scores and days the calendar does not have are no date (not an error), found or resolved."""
    assert find_times(text, REF, tz=TZ) == []
    assert resolve(text, REF, tz=TZ) is None


def test_weak_joiner_keeps_two_dates() -> None:
    """A Hijri and a Gregorian date that disagree, joined only by a comma, stay two dates."""
    found = find_times("1 رمضان 1445 هـ، 20 مارس 2024", REF, tz=TZ)
    assert [f.when.timex for f in found] == ["2024-03-11", "2024-03-20"]


def test_span_and_text() -> None:
    """The span leaves out the preposition and keeps «شهر» and the epithet; the timex is the interval."""
    (f,) = find_times("وذلك في شهر رمضان المبارك الماضي", REF, tz=TZ)
    assert f.text == "شهر رمضان المبارك الماضي"
    assert f.when.timex == "2024-03-11/2024-04-09"


def test_hijri_clock() -> None:
    """A clock after a Hijri day is on that day."""
    w = resolve("27 رمضان 1445 هـ الساعة 8 مساء", REF, tz=TZ)
    assert w is not None
    assert w.start.isoformat() == "2024-04-06T20:00:00+03:00"
    assert w.grain is Grain.MINUTE


def test_part_of_hijri_day() -> None:
    """A part of the day before a Hijri date is that day's part («مساء 27 رمضان»)."""
    w = resolve("مساء 27 رمضان 1445", REF, tz=TZ)
    assert w is not None
    assert (w.timex, w.part) == ("2024-04-06TEV", "evening")


def test_reference_out_of_range() -> None:
    """A year-less Hijri date said after the calendar's range (2077) is no date."""
    assert resolve("في رمضان", datetime(2080, 1, 1), tz=TZ) is None
    assert resolve("1 رمضان 1445 هـ", datetime(2080, 1, 1), tz=TZ) is not None


@pytest.mark.parametrize(
    ("y", "m", "d", "expected"),
    [
        (1445, 9, 1, date(2024, 3, 11)),
        (1445, 10, 1, date(2024, 4, 10)),
        (1446, 5, 27, date(2024, 11, 29)),
        (1445, 12, 10, date(2024, 6, 16)),
        (1343, 1, 1, date(1924, 8, 1)),  # the first day of the range hijridate documents
        (1342, 12, 29, None),
        (1501, 1, 1, None),
        (1446, 9, 30, None),
    ],
)
def test_conversion(y: int, m: int, d: int, expected: date | None) -> None:
    """The conversion answers the Umm al-Qura day, None outside the library's range."""
    assert _hijri.to_gregorian(y, m, d) == expected


# First days of the months of 1446 AH by ICU's islamic-umalqura calendar (see the module docstring).
FIRSTS_1446 = {
    1: "2024-07-07",
    2: "2024-08-05",
    3: "2024-09-04",
    4: "2024-10-04",
    5: "2024-11-03",
    6: "2024-12-02",
    7: "2025-01-01",
    8: "2025-01-31",
    9: "2025-03-01",
    10: "2025-03-30",
    11: "2025-04-29",
    12: "2025-05-28",
}


def _written(spelling: str) -> str:
    """A table spelling as news writes it: "rabi ' al - awwal" → "Rabi' Al-Awwal"."""
    return spelling.replace(" ' ", "'").replace(" ’ ", "’").replace(" - ", "-").title()


SPELLINGS = [(m, name, "هـ") for m, names in hijri_table._AR_MONTHS.items() for name in names] + [
    (m, _written(name), "AH") for m, names in hijri_table._EN_MONTHS.items() for name in names
]


@pytest.mark.parametrize(("month", "name", "era"), SPELLINGS, ids=[s[1] for s in SPELLINGS])
def test_every_spelling(month: int, name: str, era: str) -> None:
    """Every spelling in the month table names its month: the 1st of it in 1446 is ICU's first day."""
    w = resolve(f"1 {name} 1446 {era}", REF, tz=TZ)
    assert w is not None
    assert w.start.date().isoformat() == FIRSTS_1446[month]


@settings(max_examples=60, deadline=None)
@given(st.integers(1343, 1500), st.integers(1, 12))
def test_months_tile(y: int, m: int) -> None:
    """Months last 29 or 30 days and each begins where the one before it ends.

    The archived Umm al-Qura calendars of 1343-1364 AH (which hijridate follows)
    printed a few months of 28 or 31 days.
    """
    days = _hijri.month_days(y, m)
    assert days is not None
    first, after = days
    assert (after - first).days in ((29, 30) if y >= 1365 else (28, 29, 30, 31))
    ny, nm = (y, m + 1) if m < 12 else (y + 1, 1)
    following = _hijri.month_days(ny, nm)
    assert following is None or following[0] == after
    assert _hijri.of(first) == (y, m, 1)


def test_dual_date_is_one_mention() -> None:
    """A Hijri date with its Gregorian day in an entry gives one mention event, on the Gregorian day."""
    page = (
        "20:15\nأعلنت الوزارة يوم الجمعة 27 جمادى الأولى 1446 هـ الموافق 29 نوفمبر 2024 م بدء الهدنة\n"
        "\n19:00\nقال مصدر إن المعارك اشتدت في شهر رمضان المبارك\n"
    )
    tl = liveblog.parse(page, reference=REF, tz=TZ)
    mentions = sorted((e.expression, e.when.timex) for e in tl.events if e.kind is EventKind.MENTION)
    assert mentions == [
        ("شهر رمضان المبارك", "2024-03-11/2024-04-09"),
        ("يوم الجمعة 27 جمادى الأولى 1446 هـ الموافق 29 نوفمبر 2024 م", "2024-11-29"),
    ]


def test_hijri_day_header() -> None:
    """A line that is a Hijri date heads the entries after it (26 Jumada al-Ula 1446 = Thursday 28 Nov)."""
    page = "الخميس 26 جمادى الأولى 1446 هـ\n\n20:15\nالقوات تدخل المدينة\n\n18:00\nبدء الهجوم\n"
    tl = liveblog.parse(page, reference=REF, tz=TZ)
    assert sorted(e.when.timex for e in tl.entries if e.when is not None) == [
        "2024-11-28T18:00",
        "2024-11-28T20:15",
    ]


@pytest.mark.parametrize(
    ("text", "words", "timex"),
    [
        ("منذ شهر نوفمبر", "شهر نوفمبر", "2024-11"),
        ("منذ شهر رمضان", "شهر رمضان", "2024-03-11/2024-04-09"),
        ("منذ شهر", "منذ شهر", "2024-10"),  # an amount alone is still an amount
    ],
)
def test_since_the_month_of(text: str, words: str, timex: str) -> None:
    """«منذ شهر X» names the month X ("since the month of"), not "a month ago"."""
    (f,) = find_times(text, REF, tz=TZ)
    assert (f.text, f.when.timex) == (words, timex)
