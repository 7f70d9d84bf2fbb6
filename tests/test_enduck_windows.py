"""Windows, counted units, deadlines and durations in English (liveblog.resolve._windows).

Every expected value was worked out by hand from the reference before the resolver ran:
Wednesday 15 May 2024, 10:20 UTC (ISO week 20 runs Monday 13 May to Sunday 19 May).
"""

from __future__ import annotations

from datetime import datetime

import pytest

from liveblog import resolve
from liveblog.model import WhenKind

REF = "2024-05-15T10:20:00+00:00"
R, P = WhenKind.RANGE, WhenKind.POINT

# text, prefer, start, end (exclusive), kind
CASES: list[tuple[str, str, str, str, WhenKind]] = [
    # windows: the whole units beside the reference's own, as one range
    ("last 2 days", "past", "2024-05-13T00:00", "2024-05-15T00:00", R),
    ("the past three weeks", "past", "2024-04-22T00:00", "2024-05-13T00:00", R),
    ("next 3 months", "future", "2024-06-01T00:00", "2024-09-01T00:00", R),
    ("last 2 years", "past", "2022-01-01T00:00", "2024-01-01T00:00", R),
    ("next 2 hours", "future", "2024-05-15T11:00", "2024-05-15T13:00", R),
    ("last 3 minutes", "past", "2024-05-15T10:17", "2024-05-15T10:20", R),
    ("over the next few days", "future", "2024-05-16T00:00", "2024-05-19T00:00", R),
    ("previous two months", "past", "2024-03-01T00:00", "2024-05-01T00:00", R),
    ("in the past 24 hours", "past", "2024-05-14T10:00", "2024-05-15T10:00", R),
    # "upcoming" with a count: the one unit that many ahead
    ("upcoming two weeks", "future", "2024-05-27T00:00", "2024-06-03T00:00", P),
    ("2 upcoming months", "future", "2024-07-01T00:00", "2024-08-01T00:00", P),
    ("three upcoming days", "future", "2024-05-18T00:00", "2024-05-19T00:00", P),
    # the one after the next one (today is no "next")
    ("Friday after next", "future", "2024-05-24T00:00", "2024-05-25T00:00", P),
    ("wednesday after next", "past", "2024-05-29T00:00", "2024-05-30T00:00", P),
    # counted weekdays, today left out
    ("3 Fridays from now", "future", "2024-05-31T00:00", "2024-06-01T00:00", P),
    ("two Mondays ago", "past", "2024-05-06T00:00", "2024-05-07T00:00", P),
    ("2 Wednesdays back", "past", "2024-05-01T00:00", "2024-05-02T00:00", P),
    ("four sundays hence", "future", "2024-06-09T00:00", "2024-06-10T00:00", P),
    # deadlines: from the reference to the end of an end said as one
    ("by the end of the month", "future", "2024-05-15T10:20", "2024-06-01T00:00", R),
    ("by EOY", "future", "2024-05-15T10:20", "2025-01-01T00:00", R),
    ("by end of next month", "future", "2024-05-15T10:20", "2024-07-01T00:00", R),
    # durations from a time: the last end is the start plus the amount
    ("4pm for 30 mins", "future", "2024-05-15T16:00", "2024-05-15T16:30", R),
    ("from 9am for forty-five minutes", "future", "2024-05-16T09:00", "2024-05-16T09:45", R),
    ("for 2 hours starting from 6pm", "future", "2024-05-15T18:00", "2024-05-15T20:00", R),
    ("from 18 December for 10 days", "future", "2024-12-18T00:00", "2024-12-29T00:00", R),
    ("for a week from 3 June", "future", "2024-06-03T00:00", "2024-06-11T00:00", R),
    # edges of a modified period ("past" beside an edge word is the last one)
    ("the end of past week", "past", "2024-05-10T00:00", "2024-05-13T00:00", R),
    ("at the beginning of the following week", "future", "2024-05-20T00:00", "2024-05-23T00:00", R),
    ("the beginning of around next week", "future", "2024-05-20T00:00", "2024-05-23T00:00", R),
    # a range said by its bounds; the 12-hour clock in words
    ("later than 9:30 but before 11:00 on Friday", "future", "2024-05-17T09:30", "2024-05-17T11:00", R),
    ("from 2 to 5 in the pm", "future", "2024-05-15T14:00", "2024-05-15T17:00", R),
    ("late tonight", "past", "2024-05-15T21:00", "2024-05-16T00:00", P),
    # a time moved by an amount, at the time's own grain (Easter 2024 was 31 March)
    ("3 days before yesterday", "past", "2024-05-11T00:00", "2024-05-12T00:00", P),
    ("two days after tomorrow", "future", "2024-05-18T00:00", "2024-05-19T00:00", P),
    ("a week before Christmas", "future", "2024-12-18T00:00", "2024-12-19T00:00", P),
    ("10 minutes after 3pm", "future", "2024-05-15T15:10", "2024-05-15T15:11", P),
    ("3 years from today", "future", "2027-05-15T00:00", "2027-05-16T00:00", P),
    ("a month after 31 January 2025", "future", "2025-02-28T00:00", "2025-03-01T00:00", P),
    ("three days after Easter 2024", "past", "2024-04-03T00:00", "2024-04-04T00:00", P),
]

NOT_DATES = [
    "for two days",  # a duration with no start
    # "the past week" is last week since en8 (Duckling; TimeML's "the past year" is last year)
    "within 24 hours",
    "two upcoming",  # no unit
    "last few",
    "two days after the election",  # moved from no time
    "2 hours before the vote",
]


@pytest.mark.parametrize(("text", "prefer", "start", "end", "kind"), CASES)
def test_window_class(text: str, prefer: str, start: str, end: str, kind: WhenKind) -> None:
    w = resolve(text, REF, prefer=prefer, tz="UTC", languages=["en"])  # type: ignore[arg-type]
    assert w is not None, text
    got = (w.start.replace(tzinfo=None), w.end.replace(tzinfo=None), w.kind)
    assert got == (datetime.fromisoformat(start), datetime.fromisoformat(end), kind), text


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_a_window(text: str) -> None:
    assert resolve(text, REF, tz="UTC", languages=["en"]) is None


def test_by_a_year_stays_the_year() -> None:
    """ "by 2040" names the year (news), not a span from now: only an end said as one is a deadline."""
    w = resolve("by 2040", REF, tz="UTC", languages=["en"])
    assert w is not None
    assert (w.timex, w.kind) == ("2040", WhenKind.POINT)


def test_window_timex_names_first_and_last_unit() -> None:
    w = resolve("last 2 days", REF, tz="UTC", languages=["en"])
    assert w is not None
    assert w.timex == "2024-05-13/2024-05-14"


def test_a_few_days_window_is_approximate() -> None:
    """ "the next few days" is read as three days, flagged approximate; "the next 3 days" is exact."""
    few = resolve("the next few days", REF, prefer="future", tz="UTC", languages=["en"])
    three = resolve("the next 3 days", REF, prefer="future", tz="UTC", languages=["en"])
    assert few is not None
    assert three is not None
    assert (few.start, few.end, few.approximate) == (three.start, three.end, True)
    assert three.approximate is False
