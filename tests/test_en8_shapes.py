"""English shapes of wave 7 (en8): abbreviations, clocks after a cue, either half of the day,
midday, lunch, Hijri feasts twice in a year, quarters, ordinal days, deadlines, the nth closest.

Every expected value was worked out by hand before the resolver ran. Reference: Wednesday
15 May 2024, 10:20 UTC (Q2 2024). Calendar facts used: Thursdays fall on the 15th in February
and August 2024 (1 February and 1 August are Thursdays), on no 15th from March to July; 5 October
2024 is a Saturday (Mondays 30 September, 7 October); Eid al-Adha fell on 3 January and on
24 December 1974 (Umm al-Qura), Eid al-Fitr on 8 January and 27 December 2000; Ramadan 1417
ran from 10 January to 7 February 1997 (29 days: 1 Shawwal was 8 February), Ramadan 1418 began
on 30 December 1997; Ramadan 1451 runs from 5 January to 3 February 2030 (1452 begins on 26
December 2030).
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from liveblog import find_times, resolve

REF = "2024-05-15T10:20:00+00:00"
REF_DT = datetime(2024, 5, 15, 10, 20)


def _read(text: str, prefer: str = "future", lang: str = "en") -> tuple[str, str] | None:
    w = resolve(text, REF, prefer=prefer, tz="UTC", languages=[lang])  # type: ignore[arg-type]
    if w is None:
        return None
    return w.start.replace(tzinfo=None).isoformat(), w.end.replace(tzinfo=None).isoformat()


def _day(d: str) -> tuple[str, str]:
    start = datetime.fromisoformat(d)
    return start.isoformat(), (start + timedelta(days=1)).isoformat()


def _minute(t: str) -> tuple[str, str]:
    start = datetime.fromisoformat(t)
    return start.isoformat(), (start + timedelta(minutes=1)).isoformat()


# (text, prefer, (start, end))
CASES: list[tuple[str, str, tuple[str, str]]] = [
    # weekday abbreviations alone: the full stop or a capital says they are one
    ("mon.", "future", _day("2024-05-20")),
    ("mon.", "past", _day("2024-05-13")),
    ("Sat", "future", _day("2024-05-18")),
    ("Sun.", "past", _day("2024-05-12")),
    ("Wed.", "future", _day("2024-05-15")),  # said on a Wednesday: today
    # a weekday and a day number that agree in no near month: the next (last) such day
    ("Thu 15th", "future", _day("2024-08-15")),
    ("Thu 15th", "past", _day("2024-02-15")),
    ("Friday 17", "past", _day("2024-05-17")),  # the near one still wins, two days ahead
    # a month/day alone, readable only month first (English data)
    ("2/15", "future", _day("2025-02-15")),
    ("2/15", "past", _day("2024-02-15")),  # a date in the year: the nearest, 90 days back
    ("12 - 25", "future", _day("2024-12-25")),
    # four digits after a clock cue: the 24-hour clock
    ("at 1030", "future", _minute("2024-05-15T10:30")),
    ("at 1030", "past", _minute("2024-05-14T10:30")),
    ("around 1030", "future", _minute("2024-05-15T10:30")),
    ("at 2145 on Friday", "future", _minute("2024-05-17T21:45")),
    ("tomorrow at 150ish", "future", _minute("2024-05-16T01:50")),
    # an hour and its minutes apart after "at"; "ish" glued to an hour
    ("at 3 15", "future", _minute("2024-05-15T15:15")),  # either half: 15:15 comes first
    ("at 3 15", "past", _minute("2024-05-15T03:15")),
    ("at 12 15", "future", _minute("2024-05-15T12:15")),
    ("3ish pm", "future", _minute("2024-05-15T15:00")),
    # an English hour 1-12 with no am/pm: either half of the day, prefer picks
    ("3:30", "future", _minute("2024-05-15T15:30")),
    ("3:30", "past", _minute("2024-05-15T03:30")),
    ("3:30", "nearest", _minute("2024-05-15T15:30")),  # 5 h 10 ahead against 6 h 50 back
    ("9:30", "past", _minute("2024-05-15T09:30")),
    ("9:30", "future", _minute("2024-05-15T21:30")),
    ("at half three", "future", _minute("2024-05-15T15:30")),
    ("at three twenty", "past", _minute("2024-05-15T03:20")),
    # ... written on the 24-hour clock, or settled by a part or am/pm: as written
    ("09:30", "future", _minute("2024-05-15T09:30")),  # en9: 50 minutes gone, still today's
    ("15:30", "past", _minute("2024-05-14T15:30")),
    ("this morning at 3", "future", _minute("2024-05-15T03:00")),
    ("at 3 am", "future", _minute("2024-05-16T03:00")),
    ("3:18a", "future", _minute("2024-05-16T03:18")),
    # midday is the hour, as noon; lunchtime keeps the midday part; lunch with its day
    ("midday", "future", _minute("2024-05-15T12:00")),
    ("midday", "past", _minute("2024-05-14T12:00")),
    ("mid day", "future", _minute("2024-05-15T12:00")),
    ("midday Thursday", "future", _minute("2024-05-16T12:00")),
    ("lunchtime", "future", ("2024-05-15T11:00:00", "2024-05-15T14:00:00")),
    ("tomorrow lunch", "future", ("2024-05-16T12:00:00", "2024-05-16T14:00:00")),
    ("tomorrow at lunch", "future", ("2024-05-16T12:00:00", "2024-05-16T14:00:00")),
    ("lunch on Friday", "future", ("2024-05-17T12:00:00", "2024-05-17T14:00:00")),
    ("over lunch Friday", "future", _day("2024-05-17")),  # the meal, then the day (TimeML's reading)
    ("after lunch", "future", ("2024-05-15T13:00:00", "2024-05-15T17:00:00")),
    ("after school", "future", ("2024-05-15T15:00:00", "2024-05-15T21:00:00")),
    # a Hijri feast or month a Gregorian year holds twice: the first
    ("Eid al-Adha 1974", "past", _day("1974-01-03")),
    ("Eid al-Fitr 2000", "past", _day("2000-01-08")),
    ("Ramadan 1997", "past", ("1997-01-10T00:00:00", "1997-02-08T00:00:00")),
    ("Ramadan 2030", "past", ("2030-01-05T00:00:00", "2030-02-04T00:00:00")),
    # quarters: a two-digit year glued; "upcoming" with a count and a singular noun
    ("18q4", "past", ("2018-10-01T00:00:00", "2019-01-01T00:00:00")),
    ("upcoming two quarter", "future", ("2024-10-01T00:00:00", "2025-01-01T00:00:00")),
    ("2 upcoming quarter", "future", ("2024-10-01T00:00:00", "2025-01-01T00:00:00")),
    # ordinal days with "the": the month prefer picks
    ("on the first", "future", _day("2024-06-01")),
    ("on the first", "past", _day("2024-05-01")),
    ("the 1st", "future", _day("2024-06-01")),
    ("on the fifteenth", "past", _day("2024-05-15")),
    # "the past week" is last week, "the past year" last year
    ("past week", "past", ("2024-05-06T00:00:00", "2024-05-13T00:00:00")),
    ("the past year", "past", ("2023-01-01T00:00:00", "2024-01-01T00:00:00")),
    # a clock said as a deadline: from the reference to that instant; a day stays the day
    ("by 2pm", "future", ("2024-05-15T10:20:00", "2024-05-15T14:00:00")),
    ("by Friday", "future", _day("2024-05-17")),
    # the rest of a period: from the reference to its end; "all week" the whole week
    ("the rest of the week", "future", ("2024-05-15T10:20:00", "2024-05-20T00:00:00")),
    ("rest of the month", "past", ("2024-05-15T10:20:00", "2024-06-01T00:00:00")),
    # "a couple" without "of" (US English): two; sub-day units keep the clock
    ("in a couple hours", "future", ("2024-05-15T12:20:00", "2024-05-15T12:20:01")),
    ("a couple days ago", "past", _day("2024-05-13")),
    # the nth closest weekday or holiday to a day
    ("the closest Monday to Oct 5th", "future", _day("2024-10-07")),
    ("the second closest Mon to October fifth", "future", _day("2024-09-30")),
    ("the closest Christmas to today", "future", _day("2023-12-25")),
    ("the second closest xmas to today", "future", _day("2024-12-25")),
    ("Thursday the 15th", "future", _day("2024-08-15")),
]

NOT_DATES: list[str] = [
    "sat",  # also a verb: alone in lower case it says nothing more
    "sun",
    "the sun rose",
    "15/2",  # readable only day first: English data says month first
    "24/7",
    "2/12",  # either order
    "went 2/15 from the field",  # a ratio in a sentence
    "at 1030 people",
    "rose to over 1030",  # a hedge inside a sentence counts
    "around 1900",  # as often the year
    "at 330 a day",
    "at 3 15-year-olds",
    "at 5 a piece",  # a bound "a" counts glued to a clock with its colon only ("3:18a")
    "4a",
    "by a 6-3 vote",
    "over lunch",
    "lunch",
    "the first",
    "on the first floor",
    "the 1st Battalion",
    "Eid al-Adha 1900",  # before the Umm al-Qura calendar: no feast that year
    "the nearest hospital to Paris",
    "by two hours",
    "all of them",
    "the couple left",
    "all week",  # a duration (TimeML annotates "all week", "all day" so)
    "all day",
    "the rest of the day shift",
]


@pytest.mark.parametrize(("text", "prefer", "span"), CASES, ids=[f"{c[0]}-{c[1]}" for c in CASES])
def test_en8_shape(text: str, prefer: str, span: tuple[str, str]) -> None:
    assert _read(text, prefer) == span


@pytest.mark.parametrize("text", NOT_DATES)
def test_en8_not_a_date(text: str) -> None:
    assert _read(text, "future") is None
    assert _read(text, "past") is None


def test_a_clock_in_arabic_stays_on_the_24_hour_clock() -> None:
    """Only a language whose table says so reads a bare hour on either half: Arabic "3:30" leaning to
    the future is 03:30 the next day."""
    assert _read("3:30", "future", "ar") == _minute("2024-05-16T03:30")


def test_a_hijri_month_held_twice_in_arabic() -> None:
    """«في رمضان 2030»: the Ramadan that begins first in 2030 (5 January), as in English."""
    assert _read("في رمضان 2030", "past", "ar") == ("2030-01-05T00:00:00", "2030-02-04T00:00:00")


def test_the_21st_century_is_no_day() -> None:
    w = resolve("the 21st century", REF, prefer="past", tz="UTC", languages=["en"])
    assert w is None or w.grain.value != "day"


def test_in_running_text() -> None:
    """The shapes are found in a sentence with their spans; "2/15" in a sentence is not."""
    text = "Polls close at 1030 on Friday; the result is due by 2pm. He went 2/15 from the field."
    found = [
        (f.text, f.when.timex) for f in find_times(text, REF, prefer="future", tz="UTC", languages=["en"])
    ]
    assert found == [
        ("1030 on Friday", "2024-05-17T10:30"),
        ("2pm", "2024-05-15T10:20:00/2024-05-15T14:00"),  # "by" stays out of the span, as a lead
    ]


@given(hour=st.integers(1, 12), minute=st.integers(0, 59), prefer=st.sampled_from(["past", "future"]))
def test_an_hour_on_either_half_is_within_twelve_hours(hour: int, minute: int, prefer: str) -> None:
    """Either half of the day: leaning to the future the clock comes within twelve hours after the
    reference, leaning to the past within twelve hours before it, and on the half it names."""
    got = _read(f"{hour}:{minute:02d}", prefer)
    assert got is not None
    start = datetime.fromisoformat(got[0])
    if prefer == "future":
        assert REF_DT <= start < REF_DT + timedelta(hours=12)
    else:
        assert REF_DT - timedelta(hours=12) < start <= REF_DT
    assert start.minute == minute
    assert start.hour % 12 == hour % 12
