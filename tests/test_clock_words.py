"""Clocks said in words, hour-only clocks, a bare hour with its day or part, numeric dates.

Every expected value was worked out by hand from the reference, Friday 29
November 2024, 21:00 in Damascus (UTC+03:00 all year): Thursday is the 28th,
"tomorrow" Saturday the 30th. Leaning to the past, a clock said alone is the
latest at or before 21:00 (so 21:30 is Thursday's); leaning to the future, the
first at or after it. A clock said in GMT is three hours later in Damascus.
Numeric dates: an impossible reading decides the order of day and month
("4/25" is April 25 anywhere, "25/4" too); an ambiguous one follows the zone's
country (New York: month first; Damascus: day first).
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from liveblog import resolve
from liveblog._text.clock import match_clock
from liveblog._text.zones import month_first, zoneinfo

REF = datetime(2024, 11, 29, 21, 0, tzinfo=timezone(timedelta(hours=3)))
TZ = "Asia/Damascus"

# (text, prefer, expected TIMEX3)
CASES: list[tuple[str, str, str]] = [
    # minutes said around an hour (English)
    ("a quarter past 3pm", "past", "2024-11-29T15:15"),
    ("half past nine pm", "past", "2024-11-28T21:30"),
    ("half past 9 am", "past", "2024-11-29T09:30"),
    ("at ten to six", "past", "2024-11-29T17:50"),  # en8: either half; the last before 21:00
    ("ten to six pm", "past", "2024-11-29T17:50"),
    ("20 minutes past 3pm", "past", "2024-11-29T15:20"),
    ("30 minutes past 3 pm", "past", "2024-11-29T15:30"),
    ("at 20 past 3pm", "past", "2024-11-29T15:20"),
    ("twenty after 3pm", "past", "2024-11-29T15:20"),
    ("10 minutes to 4pm", "past", "2024-11-29T15:50"),
    ("a quarter to noon", "past", "2024-11-29T11:45"),
    ("a quarter past noon", "past", "2024-11-29T12:15"),
    ("15 minutes to midnight", "past", "2024-11-28T23:45"),
    ("a quarter to 1", "past", "2024-11-29T12:45"),
    ("at half three", "past", "2024-11-29T15:30"),  # en8: 15:30, not 03:30
    ("half three pm", "past", "2024-11-29T15:30"),
    ("at 3 o'clock", "past", "2024-11-29T15:00"),  # en8: either half
    ("3 o'clock pm", "past", "2024-11-29T15:00"),
    # clocks in number words
    ("four twenty-three a m", "past", "2024-11-29T04:23"),
    ("ten thirty am", "past", "2024-11-29T10:30"),
    ("at seven fifteen", "past", "2024-11-29T19:15"),  # en8: either half
    ("nine fifty nine a m", "past", "2024-11-29T09:59"),
    ("at three twenty pm", "past", "2024-11-29T15:20"),
    ("ten thirty p m", "past", "2024-11-28T22:30"),
    # a bare hour with its day or part of the day
    ("at 9 tomorrow", "future", "2024-11-30T09:00"),
    ("9 tomorrow morning", "future", "2024-11-30T09:00"),
    ("at 5 tomorrow afternoon", "future", "2024-11-30T17:00"),
    ("8 this evening", "past", "2024-11-29T20:00"),
    ("8 tonight", "future", "2024-11-29T20:00"),
    ("tomorrow at 5", "future", "2024-11-30T05:00"),
    ("3 in the morning", "past", "2024-11-29T03:00"),
    ("at 8 in the evening", "past", "2024-11-29T20:00"),
    # the hour alone with "h", with or without a zone; four digits with a zone
    ("15h", "past", "2024-11-29T15:00"),
    ("at 8h", "past", "2024-11-29T08:00"),
    ("Thursday 15h", "past", "2024-11-28T15:00"),
    ("Thursday 8h GMT", "past", "2024-11-28T11:00"),
    ("1315 GMT", "past", "2024-11-29T16:15"),
    # Arabic: the hour in words and its minutes
    ("الثالثة وربع عصرا", "past", "2024-11-29T15:15"),
    # ar8: a bare hour with no half of the day is on the 12-hour clock (Syntax.twelve_hour): the
    # latest of 03:15 and 15:15 at or before Friday 21:00 is 15:15 (it was 03:15, the hour as written)
    ("الثالثة وربع", "past", "2024-11-29T15:15"),
    ("الساعة الثالثة والنصف", "past", "2024-11-29T15:30"),  # ar8: was 03:30
    ("الرابعة إلا ربع مساء", "past", "2024-11-29T15:45"),
    ("الساعة الخامسة إلا ثلث عصرا", "past", "2024-11-29T16:40"),
    ("الثالثة وعشر دقائق صباحا", "past", "2024-11-29T03:10"),
    ("الساعة 3 و 18 دقيقة صباحا", "past", "2024-11-29T03:18"),
    ("الساعة 3 و15 دقيقة عصرا", "past", "2024-11-29T15:15"),
    ("الساعة الحادية عشرة وخمس وأربعون دقيقة صباحا", "past", "2024-11-29T11:45"),
    ("الساعة ثلاثة وثلث مساء", "past", "2024-11-29T15:20"),
    ("الساعة 12 إلا ربع", "past", "2024-11-29T11:45"),
    ("الساعة الرابعة وثلاث وعشرون دقيقة فجرا", "past", "2024-11-29T04:23"),
    ("الساعة خمسة", "past", "2024-11-29T17:00"),  # ar8: was 05:00
    ("الساعة الثامنة والنصف مساء", "past", "2024-11-29T20:30"),
    ("الساعة 8 بعد المغرب", "past", "2024-11-29T20:00"),
    ("الساعة خمسة إلا ثلث قبل المغرب", "past", "2024-11-29T16:40"),
    # numeric dates (Damascus: day first when both readings are possible); with no year the nearest
    # occurrence to Friday 29 November 2024 (docs/resolution.md): 25 April 2025 is 147 days ahead,
    # 25 April 2024 218 days back; 15 February 2025 is 78 days ahead, 15 February 2024 288 back
    # tb9: 25 April 2025 is 147 days ahead, more than 120: leaning past, the last one
    ("on 4/25", "past", "2024-04-25"),
    ("on 25/4", "past", "2024-04-25"),
    ("on 2/15", "past", "2025-02-15"),
    ("in 2/15", "past", "2025-02-15"),
    ("on 2 / 15", "past", "2025-02-15"),
    ("3/4/2024", "past", "2024-04-03"),
    ("10/31/74", "past", "1974-10-31"),
    ("10-31-1974", "past", "1974-10-31"),
    ("2/2013", "past", "2013-02"),
    ("10/2014", "past", "2014-10"),
    ("2014-10", "past", "2014-10"),
    ("4/25 at 4:00pm", "past", "2024-04-25T16:00"),
    ("السبت 30-11-2024", "past", "2024-11-30"),
    ("يوم 25/4", "past", "2024-04-25"),
    # kept out: a score, a fraction, a count, a range's ends, a season, durations
    ("3-0 مساء الأحد", "past", "2024-11-24TEV"),
    ("from 3 to 5 pm", "past", "2024-11-29T15:00/2024-11-29T17:00"),
    ("they lost 5 today", "past", "2024-11-29"),  # a count and a day, not 05:00
    ("Jan. 1, 1990 at 1,015 francs a share", "past", "1990-01-01"),  # a price, not 01:00
]

NOT_TIMES: list[str] = [
    "3-0",
    "they won 3-0",
    "1/2",
    "3/4 of the voters",
    "9/11",
    "24/7",
    "24/7 coverage",
    # no year, no cue, in a sentence: a ratio as much as a date ("2/15" alone is 15 February since
    # en8: the whole expression, readable only month first, in English; tests/test_en8_shapes.py)
    "went 2/15 from the field",
    "1,500 troops",
    "half a million people",
    "half three-quarters of the voters",
    "10 to 15 people",
    "two thirty-year-olds",
    "نحو 1/2 السكان",
]


def _timex(text: str, prefer: str, tz: str = TZ) -> str | None:
    r = resolve(text, REF, prefer=prefer, tz=tz)  # type: ignore[arg-type]
    return None if r is None else r.timex


@pytest.mark.parametrize(("text", "prefer", "expected"), CASES, ids=[c[0] for c in CASES])
def test_clock_words(text: str, prefer: str, expected: str) -> None:
    assert _timex(text, prefer) == expected


@pytest.mark.parametrize("text", NOT_TIMES)
def test_not_a_time(text: str) -> None:
    assert _timex(text, "past") is None


@pytest.mark.parametrize(
    ("text", "tz", "expected"),
    [
        ("3/4/2024", "America/New_York", "2024-03-04"),  # month first in the United States
        ("3/4/2024", "Europe/London", "2024-04-03"),
        ("25/4/2024", "America/New_York", "2024-04-25"),  # no 25th month: day first anywhere
        ("4/25/2024", "Europe/London", "2024-04-25"),
    ],
)
def test_numeric_order_by_zone(text: str, tz: str, expected: str) -> None:
    assert _timex(text, "past", tz) == expected


def test_month_first_zones() -> None:
    assert month_first(zoneinfo("America/Indiana/Indianapolis"))
    assert not month_first(zoneinfo("Asia/Riyadh"))
    assert not month_first(timezone(timedelta(hours=-5)))  # an offset names no country


@pytest.mark.parametrize(
    ("text", "hour_only", "expected"),
    [
        ("15h", True, (15, 0, 3)),
        ("8h GMT", True, (8, 0, 2)),
        ("15h", False, None),  # the segmenter's reading: "2h ago" is two hours
        ("2h ago", False, None),
        ("18h32", False, (18, 32, 5)),
    ],
)
def test_hour_only_clock(text: str, hour_only: bool, expected: tuple[int, int, int] | None) -> None:
    c = match_clock(text, hour_only=hour_only)
    assert (None if c is None else (c.hour, c.minute, c.end)) == expected


def test_durations_stay_durations() -> None:
    # "2h ago" is the instant 19:00 today, "in 9h" 06:00 tomorrow: never the clock 02:00 or 09:00
    assert _timex("2h ago", "past") == "2024-11-29T19:00:00"
    assert _timex("in 9h", "future") == "2024-11-30T06:00:00"


_EN_HOURS = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
]


@given(st.integers(1, 11), st.integers(1, 59))
def test_minutes_past_and_to_any_pm_hour(hour: int, minutes: int) -> None:
    # "M minutes past H pm" is (H + 12):M; "M minutes to H pm" is M minutes before it, the same day
    past = _timex(f"{minutes} minutes past {hour} pm", "past")
    assert past is not None
    assert past[11:] == f"{hour + 12:02d}:{minutes:02d}"
    to = _timex(f"{minutes} minutes to {_EN_HOURS[hour - 1]} pm", "past")
    total = (hour + 12) * 60 - minutes
    assert to is not None
    assert to[11:] == f"{total // 60:02d}:{total % 60:02d}"


@given(st.integers(1, 12), st.sampled_from([("وربع", 15), ("والنصف", 30), ("وثلث", 20), ("إلا ربع", -15)]))
def test_arabic_hour_and_fraction(hour: int, minutes: tuple[str, int]) -> None:
    # «الساعة H وربع مساء»: the hour on the 24-hour clock by «مساء» (12 stays 12), then the minutes
    word, delta = minutes
    h24 = hour if hour == 12 else hour + 12
    total = h24 * 60 + delta
    got = _timex(f"الساعة {hour} {word} مساء", "past")
    assert got is not None
    assert got[11:] == f"{total // 60:02d}:{total % 60:02d}"
