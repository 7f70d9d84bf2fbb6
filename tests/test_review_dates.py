"""Wrong dates a review found, one table row per case, each class fixed in the grammar.

Every expected value was worked out by hand from the reference Friday
29 November 2024, 21:00 in Damascus (UTC+03:00 all year, past preferred):
Sunday is the 24th, Thursday the 28th, Sunday 1 December is two days ahead.
The list is every time found in the text, in order, as TIMEX3.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from liveblog import find_times
from liveblog._text.zones import offset_after
from liveblog.resolve._partial import Partial, intersect, pick_day

REF = "2024-11-29T21:00:00+03:00"
TZ = "Asia/Damascus"

# (text, every TIMEX3 found, in order)
FOUND: list[tuple[str, list[str]]] = [
    # D1/D2: a weekday or week with a month and no day names no day: the parts stay apart
    ("Sunday in October", ["2024-11-24", "2024-10"]),
    ("يوم الأحد من شهر كانون الأول", ["2024-11-24", "2024-12"]),  # the nearest December
    # a weekday after a year-less date picks its year (1 December 2024 is a Sunday); one that agrees
    # with no year near stays apart (no Monday 1 December in 2017-2023: past, at most 6 years)
    ("1 December, Sunday", ["2024-12-01"]),
    ("1 December, Monday", ["2024-12-01", "2024-11-25"]),  # 1 December alone: the nearest
    # "the nth/last week of a month": the weeks whose Thursday is in the month (ISO 8601's rule)
    # October 2024's Thursdays are the 3rd, 10th, 17th, 24th and 31st: W40 … W44
    ("last week of October", ["2024-W44"]),
    ("the first week of October", ["2024-W40"]),
    # D6: a weekday with a year-less date: the agreeing one within a year either side first
    ("Sunday 1 December", ["2024-12-01"]),
    ("الأحد 1 كانون الأول الساعة 10 صباحا", ["2024-12-01T10:00"]),
    ("Sunday, December 1", ["2024-12-01"]),
    # no Monday 28 November within a year (2024: Thursday, 2023: Tuesday, 2025: Friday): the nearest
    # earlier year (prefer past), 2022, as documented (at most 6 years away)
    ("Monday 28 November", ["2022-11-28"]),
    # D3: a UTC word with a signed offset is one fixed-offset zone, its sign no range dash
    # 14:00 at −05:00 = 19:00Z = 22:00 in Damascus, after 21:00 today: the day before (past)
    ("At 14:00 GMT-5, the meeting began", ["2024-11-28T22:00"]),
    ("الساعة 10 بتوقيت غرينتش -3", ["2024-11-29T16:00"]),  # 13:00Z
    ("10:00 UTC-3", ["2024-11-29T16:00"]),
    ("10:00 GMT+3", ["2024-11-29T10:00"]),  # 07:00Z = 10:00 in Damascus
    ("10:00 UTC+5:30", ["2024-11-29T07:30"]),  # 04:30Z
    ("10:00 UTC −0530", ["2024-11-29T18:30"]),  # 15:30Z, a minus sign U+2212
    ("from 9:00 GMT-10:00 GMT", ["2024-11-29T12:00/2024-11-29T13:00"]),  # a dash between two clocks
    ("10:00 GMT+15", ["2024-11-29T13:00"]),  # beyond ±14 h: no offset, the clock is GMT's
    # a dash with a space after it is no sign: "10:00 GMT - 5" is 10:00-17:00 GMT, as before
    ("At 10:00 GMT - 5", ["2024-11-29T13:00/2024-11-29T20:00"]),
    # D4: a glued "N-M" with no clock cue is a score; «مساء» is then "evening" (Sunday the 24th)
    ("انتهت المباراة بنتيجة 2-1 مساء الأحد", ["2024-11-24TEV"]),
    ("فاز الفريق 2-0 مساء أمس", ["2024-11-28TEV"]),  # "0 pm" is no hour
    ("The team won 3-1 on Sunday", ["2024-11-24"]),
    ("3-4pm", ["2024-11-29T15:00/2024-11-29T16:00"]),  # Latin pm: hours, today (before 21:00)
    ("الساعة 2-4 مساء", ["2024-11-29T14:00/2024-11-29T16:00"]),  # «الساعة»: hours
    ("13-15 July", ["2024-07-13/2024-07-15"]),  # days, not hours
    # D5: range ends. The minutes of 23:00 are no end; the date said on the last end is the
    # first's too, a day earlier when the range crosses midnight (Friday the 29th, Thursday the 28th)
    ("from 23:00 to 01:00 on Friday", ["2024-11-28T23:00/2024-11-29T01:00"]),
    ("from 23:00 Thursday to 01:00 Friday", ["2024-11-28T23:00/2024-11-29T01:00"]),
    ("from 22:00 to 02:00 on Thursday", ["2024-11-27T22:00/2024-11-28T02:00"]),
    ("from 10:00 to 12:00 on Friday", ["2024-11-29T10:00/2024-11-29T12:00"]),
    # a bare first day larger than the last end's day is in the month before
    ("from 25 to 5 November", ["2024-10-25/2024-11-05"]),
    ("from 5 to 25 November", ["2024-11-05/2024-11-25"]),
    ("from 28 to 3 January", ["2024-12-28/2025-01-03"]),  # 28 December: the nearest, 29 days ahead
    # noon and midnight at the end of a clock range are instants (12:00, 00:00)
    ("from noon to 3 pm", ["2024-11-29T12:00/2024-11-29T15:00"]),
    ("from midnight to 6 am", ["2024-11-29T00:00/2024-11-29T06:00"]),
    ("from 10 pm to midnight", ["2024-11-28T22:00/2024-11-29T00:00"]),  # 22:00 today is after 21:00
    # smaller: a dotted clock with "at" before and a part of the day after is a time, not a decimal
    ("at 11.30 this morning", ["2024-11-29T11:30"]),
    ("at 8.15 in the evening", ["2024-11-29T20:15"]),
    ("shares closed at 11.30 on Friday", ["2024-11-29"]),  # no part of the day: maybe a price
    # a colon after the day ends a heading ("Nov 28: …"); "12:30" after a month is a clock
    ("Nov 28: strikes hit the city", ["2024-11-28"]),
    ("November 28: strikes", ["2024-11-28"]),
]


@pytest.mark.parametrize(("text", "timexes"), FOUND)
def test_review_dates(text: str, timexes: list[str]) -> None:
    found = find_times(text, REF, tz=TZ)
    assert [f.when.timex for f in found] == timexes


def test_weekday_and_month_without_day_do_not_join() -> None:
    assert intersect(Partial(weekday=6), Partial(year=2024, month=10)) is None
    assert intersect(Partial(week=(2024, 47)), Partial(year=2024, month=10)) is None
    assert intersect(Partial(weekday=6), Partial(week=(2024, 47))) == Partial(weekday=6, week=(2024, 47))


# (day, month, weekday, prefer, expected): the one year picker (year-less dates: the nearest)
PICKS: list[tuple[int, int, int | None, str, date | None]] = [
    (1, 12, None, "past", date(2024, 12, 1)),  # a year-less date: the nearest occurrence
    (1, 12, 6, "past", date(2024, 12, 1)),  # two days ahead beats 2019
    (1, 12, 6, "future", date(2024, 12, 1)),
    (28, 11, 3, "past", date(2024, 11, 28)),
    (28, 11, 0, "past", date(2022, 11, 28)),
    (28, 11, 0, "future", None),  # the next Monday 28 November is in 2033, 8 years after 2025
    (29, 2, 4, "past", None),  # no 29 February on a Friday within 6 years of 2024
]


@pytest.mark.parametrize(("day", "month", "weekday", "prefer", "expected"), PICKS)
def test_pick_day(day: int, month: int, weekday: int | None, prefer: str, expected: date | None) -> None:
    cands = []
    for y in range(2010, 2040):
        try:
            cands.append(date(y, month, day))
        except ValueError:
            continue
    assert pick_day(cands, date(2024, 11, 29), prefer, weekday) == expected


@given(
    st.dates(date(2000, 1, 1), date(2090, 12, 31)),
    st.integers(1, 12),
    st.integers(1, 31),
    st.integers(0, 6),
    st.sampled_from(["past", "future", "nearest"]),
)
def test_pick_day_agrees_and_prefers_the_near_year(
    today: date, month: int, day: int, weekday: int, prefer: str
) -> None:
    """A picked date is a candidate on that weekday; one within a year beats any further off."""
    cands = []
    for y in range(today.year - 8, today.year + 9):
        try:
            cands.append(date(y, month, day))
        except ValueError:
            continue
    got = pick_day(cands, today, prefer, weekday)
    near = [c for c in cands if c.weekday() == weekday and abs((c - today).days) <= 366]
    if got is not None:
        assert got in cands
        assert got.weekday() == weekday
    if near:
        assert got in near


@given(st.sampled_from("+-−"), st.integers(0, 14), st.integers(0, 59), st.booleans())
def test_offset_after_reads_every_offset(sign: str, hours: int, minutes: int, colon: bool) -> None:
    """Every offset within ±14 h is one fixed-offset zone that ends where it is written."""
    written = f"{hours}{':' if colon else ''}{minutes:02d}"
    text = f"10:00 GMT{sign}{written} today"
    found = offset_after(text, 9)
    offset = timedelta(hours=hours, minutes=minutes)
    if offset > timedelta(hours=14):
        assert found is None
        return
    assert found is not None
    assert found[0].utcoffset(None) == (offset if sign == "+" else -offset)
    assert found[1] == len(text) - len(" today")
