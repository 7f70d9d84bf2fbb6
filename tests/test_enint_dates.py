"""Clocks in three or four digits told by am/pm or a part of the day, day-Mon-year glued by one
separator, a month or a date a number of years away.

Expected values worked out by hand before the resolver ran, from the reference
Wednesday 5 March 2025, 10:15 UTC, leaning to the future: a clock still to come
today is today's, one already past with no day is tomorrow's. Two-digit years take
the POSIX pivot: 69-99 the 1900s, 00-68 the 2000s.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from liveblog import resolve

REF = datetime(2025, 3, 5, 10, 15, tzinfo=UTC)

# (text, expected TIMEX3)
CASES: list[tuple[str, str]] = [
    # HHMM with am/pm or a part of the day
    ("330 p.m.", "2025-03-05T15:30"),
    ("1215 pm", "2025-03-05T12:15"),
    ("730 in the evening", "2025-03-05T19:30"),
    ("at 1045 in the morning", "2025-03-05T10:45"),
    ("at 930 in the morning", "2025-03-05T09:30"),  # en9: 45 minutes gone, still today's
    # an hour in words after "at", with a part of the day
    ("at eight in the evening", "2025-03-05T20:00"),
    ("at four in the afternoon", "2025-03-05T16:00"),
    # day, month name and year glued by one separator
    ("14/Jul/1989", "1989-07-14"),
    ("3-Sep-19", "2019-09-03"),
    ("28-Feb-70", "1970-02-28"),
    ("5.Jan.2021", "2021-01-05"),
    ("on 12-Nov-2024", "2024-11-12"),
    # a day of the month in digits with its ending, after "on the" or "<month> the"
    ("on the 15th", "2025-03-15"),
    ("on the 2nd", "2025-04-02"),
    ("on the 20th, the talks resume", "2025-03-20"),
    ("March the 20th", "2025-03-20"),
    ("June the 1st 2024", "2024-06-01"),
    # the nth weekend of a month: the one whose Saturday is the month's nth (UTC: Saturday and
    # Sunday). Saturdays of October 2025: 4, 11, 18, 25; of March 2025: 1, 8, 15, 22, 29
    ("the last weekend of October", "2025-10-25/2025-10-26"),
    ("the first weekend of March", "2025-03-01/2025-03-02"),
    ("the second weekend in March 2026", "2026-03-14/2026-03-15"),
    # ISO 8601 intervals: a range of days, a range of clock times
    ("2025-04-01/2025-04-03", "2025-04-01/2025-04-03"),
    ("2025-04-01T09:00/2025-04-01T17:30", "2025-04-01T09:00/2025-04-01T17:30"),
    # a month "after next": the one after the coming one (March 2025 has begun: the coming is 2026's)
    ("March after next", "2027-03"),
    ("June after next", "2026-06"),
    # a weekday of a week said with its possessive (ISO week 10 of 2025 is 3-9 March)
    ("last week's Sunday", "2025-03-02"),
    ("next week's Friday", "2025-03-14"),
    ("this week’s Monday", "2025-03-03"),
    # "the week of <day>": the ISO week that holds it (20 March 2025 is a Thursday; Christmas 2025
    # too, in week 52, since 29 December 2025 begins week 1 of 2026)
    ("the week of 20 March", "2025-W12"),
    ("the week of Christmas", "2025-W52"),
    # a month or a date a whole number of years from the reference
    ("June in a year", "2026-06"),
    ("May in two years", "2027-05"),
    ("October two years ago", "2023-10"),
    ("15 August in a year", "2026-08-15"),
]


@pytest.mark.parametrize(("text", "timex"), CASES, ids=[c[0] for c in CASES])
def test_date(text: str, timex: str) -> None:
    w = resolve(text, REF, prefer="future", tz="UTC", languages=["en"])
    assert w is not None, text
    assert w.timex == timex


@pytest.mark.parametrize(
    "text",
    [
        # "at 1030" alone is 10:30 since en8 (a clock cue, the phrase ends: tests/test_en8_shapes.py);
        # a noun after the digits makes them a count
        "at 1030 people",
        "1500 troops",
        "around 1900",
        "9/Jul-2020",  # two different separators
        "on the 15th floor",  # an ordinal before a noun
        "on the 2nd try",
        "2015 in the evening",  # a 24-hour reading needs its zone: a year, then the evening
    ],
)
def test_not_a_clock_or_date(text: str) -> None:
    w = resolve(text, REF, prefer="future", tz="UTC", languages=["en"])
    assert w is None or w.timex != "2025-03-05T10:30", text
    if text != "around 1900":  # "around 1900" is the year 1900 (approximate), never 19:00
        assert w is None or "T" not in w.timex, text
    else:
        assert w is None or "T" not in w.timex


def test_year_with_its_era_is_no_clock() -> None:
    """«2020م»: «م» after a year is its era (AD), not "pm": the year 2020, never 20:20."""
    w = resolve("2020م", REF, prefer="future", tz="UTC", languages=["ar"])
    assert w is not None
    assert w.timex == "2020"


# (text, expected TIMEX3, expected end): a deadline runs from the reference to the end of the day
DEADLINES: list[tuple[str, str, datetime]] = [
    ("by the end of the day", "2025-03-05T10:15:00/2025-03-05", datetime(2025, 3, 6, tzinfo=UTC)),
    ("by end of day", "2025-03-05T10:15:00/2025-03-05", datetime(2025, 3, 6, tzinfo=UTC)),
    ("by EOD", "2025-03-05T10:15:00/2025-03-05", datetime(2025, 3, 6, tzinfo=UTC)),
    ("by the end of the day on Friday", "2025-03-05T10:15:00/2025-03-07", datetime(2025, 3, 8, tzinfo=UTC)),
]


@pytest.mark.parametrize(("text", "timex", "end"), DEADLINES, ids=[d[0] for d in DEADLINES])
def test_end_of_day_deadline(text: str, timex: str, end: datetime) -> None:
    w = resolve(text, REF, prefer="future", tz="UTC", languages=["en"])
    assert w is not None, text
    assert (w.timex, w.start, w.end) == (timex, REF, end)


def test_end_of_day_as_a_modifier_is_no_deadline() -> None:
    assert resolve("by the end of the day shift", REF, prefer="future", tz="UTC", languages=["en"]) is None


# (text, expected start, expected end): lunchtime is the midday window (11:00-14:00); "<day> early
# morning" the early hours (00:00-06:00), as "early <day> morning" is
PARTS: list[tuple[str, datetime, datetime]] = [
    ("at lunchtime on Friday", datetime(2025, 3, 7, 11, tzinfo=UTC), datetime(2025, 3, 7, 14, tzinfo=UTC)),
    ("Friday lunchtime", datetime(2025, 3, 7, 11, tzinfo=UTC), datetime(2025, 3, 7, 14, tzinfo=UTC)),
    ("Thursday early morning", datetime(2025, 3, 6, tzinfo=UTC), datetime(2025, 3, 6, 6, tzinfo=UTC)),
]


@pytest.mark.parametrize(("text", "start", "end"), PARTS, ids=[p[0] for p in PARTS])
def test_part_words(text: str, start: datetime, end: datetime) -> None:
    w = resolve(text, REF, prefer="future", tz="UTC", languages=["en"])
    assert w is not None, text
    assert (w.start, w.end) == (start, end)


def test_lunch_the_meal_is_no_time() -> None:
    """ "over lunch Tuesday": the meal, so the day alone (4 March 2025, leaning to the past)."""
    w = resolve("over lunch Tuesday", REF, prefer="past", tz="UTC", languages=["en"])
    assert w is not None
    assert w.timex == "2025-03-04"
