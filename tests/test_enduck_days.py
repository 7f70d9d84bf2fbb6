"""Ordinal days, quarters, abbreviations and lower-case months in English.

Every expected value was worked out by hand before the resolver ran. Reference: Wednesday
15 May 2024, 10:20 UTC (Q2 2024; June 2024 has Fridays 7, 14, 21, 28; 2 September 2024 is a Monday).
"""

from __future__ import annotations

from datetime import datetime

import pytest

from liveblog import find_times, resolve

REF = "2024-05-15T10:20:00+00:00"

# text, prefer, start, end (exclusive)
CASES: list[tuple[str, str, str, str]] = [
    # ordinal days: before "of" a month, after a month, of a month said relatively
    ("the first of June", "future", "2024-06-01T00:00", "2024-06-02T00:00"),
    ("June third", "future", "2024-06-03T00:00", "2024-06-04T00:00"),
    ("the twenty-first of July", "future", "2024-07-21T00:00", "2024-07-22T00:00"),
    ("march third 2015", "past", "2015-03-03T00:00", "2015-03-04T00:00"),
    ("the 20th of next month", "future", "2024-06-20T00:00", "2024-06-21T00:00"),
    ("10 of this month", "past", "2024-05-10T00:00", "2024-05-11T00:00"),
    ("the 3rd of the previous month", "past", "2024-04-03T00:00", "2024-04-04T00:00"),
    # quarters: "qtr", an ordinal in digits, counted ahead
    ("next qtr", "future", "2024-07-01T00:00", "2024-10-01T00:00"),
    ("3rd quarter 2019", "past", "2019-07-01T00:00", "2019-10-01T00:00"),
    ("the 1st qtr of 2020", "past", "2020-01-01T00:00", "2020-04-01T00:00"),
    ("two upcoming quarters", "future", "2024-10-01T00:00", "2025-01-01T00:00"),
    # weekday abbreviations that are no English word, alone and with a clock
    ("fri", "future", "2024-05-17T00:00", "2024-05-18T00:00"),
    ("thurs.", "past", "2024-05-16T00:00", "2024-05-17T00:00"),  # tb9: said on a Wednesday, tomorrow
    ("tues at 9 GMT", "future", "2024-05-21T09:00", "2024-05-21T09:01"),
    ("3:45p", "future", "2024-05-15T15:45", "2024-05-15T15:46"),
    # the nth weekday of a month named in lower case after "of"/"in"
    ("last friday of june", "future", "2024-06-28T00:00", "2024-06-29T00:00"),
    ("first monday in september", "future", "2024-09-02T00:00", "2024-09-03T00:00"),
    ("in october", "future", "2024-10-01T00:00", "2024-11-01T00:00"),
]

# "in a quarter that lost money": a singular "quarter" is no unit of time (news says it of a quarter)
NOT_DATES = ["october", "april", "sat", "sun", "wed", "mon", "p", "the first", "may", "in a quarter"]


@pytest.mark.parametrize(("text", "prefer", "start", "end"), CASES)
def test_day_class(text: str, prefer: str, start: str, end: str) -> None:
    w = resolve(text, REF, prefer=prefer, tz="UTC", languages=["en"])  # type: ignore[arg-type]
    assert w is not None, text
    got = (w.start.replace(tzinfo=None), w.end.replace(tzinfo=None))
    assert got == (datetime.fromisoformat(start), datetime.fromisoformat(end)), text


@pytest.mark.parametrize("text", NOT_DATES)
def test_word_alone_is_no_date(text: str) -> None:
    assert resolve(text, REF, tz="UTC", languages=["en"]) is None


# The nth from the end, and quarters counted as units. Hand-worked: October 2018 has Thursdays
# 4, 11, 18, 25 (its second last week starts Monday 15 October); 2018's last three Thursdays are
# 13, 20, 27 December (the third last week starts Monday 10 December); May has 31 days (the fifth
# last is the 27th); June 2024 has Sundays 2, 9, 16, 23, 30 (the second last is the 23rd).
NTH_LAST: list[tuple[str, str, str]] = [
    ("the second last week of October 2018", "2018-10-15T00:00", "2018-10-22T00:00"),
    ("third last week of 2018", "2018-12-10T00:00", "2018-12-17T00:00"),
    ("the 3rd last week of 2018", "2018-12-10T00:00", "2018-12-17T00:00"),
    ("fifth last day of May 2024", "2024-05-27T00:00", "2024-05-28T00:00"),
    ("the second last Sunday of June 2024", "2024-06-23T00:00", "2024-06-24T00:00"),
    ("2 quarters ago", "2023-10-01T00:00", "2024-01-01T00:00"),  # Q2 2024 - 2 = Q4 2023
    ("upcoming two quarters", "2024-10-01T00:00", "2025-01-01T00:00"),
    ("2 upcoming month", "2024-07-01T00:00", "2024-08-01T00:00"),
]


@pytest.mark.parametrize(("text", "start", "end"), NTH_LAST)
def test_nth_from_the_end_and_quarters(text: str, start: str, end: str) -> None:
    w = resolve(text, REF, prefer="future", tz="UTC", languages=["en"])
    assert w is not None, text
    got = (w.start.replace(tzinfo=None), w.end.replace(tzinfo=None))
    assert got == (datetime.fromisoformat(start), datetime.fromisoformat(end)), text


def test_a_number_before_next_month_is_no_day() -> None:
    """ "2 next month" has no "of": not the 2nd of next month; "next month" alone is read."""
    found = find_times("2 next month", REF, prefer="future", tz="UTC", languages=["en"])
    assert [(f.text, f.when.timex) for f in found] == [("next month", "2024-06")]
