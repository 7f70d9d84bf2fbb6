"""Wave 8 (tb9): the direction of year-less dates and bare weekdays in English news.

Every expected value is worked out by hand from the reference before running the resolver
(docs/resolution.md, "Year-less dates leaning past" and "The weekday of tomorrow").
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from liveblog import find_times, resolve

# Thursday 30 October 2025. Days ahead: to 1 November 2, to 7 December 38, to 3 January
# 1 + 30 + 31 + 3 = 65, to 1 February 94, to 20 February 113, to 1 March 122, to 31 March 152.
THU = datetime(2025, 10, 30, 12, 0, tzinfo=UTC)
# Monday 27 October 2025: Tuesday the 28th is tomorrow, the last Tuesday the 21st.
MON = datetime(2025, 10, 27, 12, 0, tzinfo=UTC)

YEAR_LESS = [
    # (words, prefer, TIMEX3): leaning past, the coming one only when it begins within 120 days
    ("Dec. 7", "past", "2025-12-07"),
    ("Jan. 3", "past", "2026-01-03"),
    ("20 February", "past", "2026-02-20"),
    ("March 31", "past", "2025-03-31"),  # 152 days ahead, 213 back: nearer ahead, but a report looks back
    ("April 15", "past", "2025-04-15"),
    ("October 31", "past", "2025-10-31"),  # tomorrow's date
    ("in February", "past", "2026-02"),  # begins 94 days ahead
    ("in March", "past", "2025-03"),  # begins 122 days ahead
    ("November", "past", "2025-11"),
    ("June", "past", "2025-06"),
    ("March 31", "future", "2026-03-31"),
    ("March 31", "nearest", "2026-03-31"),  # "nearest" asked for is still the nearer one
    ("in March", "future", "2026-03"),
]


@pytest.mark.parametrize(("text", "prefer", "timex"), YEAR_LESS)
def test_year_less_dates_leaning_past(text: str, prefer: str, timex: str) -> None:
    when = resolve(text, THU, prefer=prefer, languages=["en"])  # type: ignore[arg-type]
    assert when is not None
    assert when.timex == timex


IN_CLAUSE = [
    # a clause told in the future still reaches the coming one up to half a year ahead
    ("The plant is expected to reopen on March 31.", "2026-03-31"),
    ("The new rules will take effect in March.", "2026-03"),
    ("Smith was named chairman, effective March 1.", "2026-03-01"),
    # told in the past, or with no tense at all, the last one
    ("The plant reopened on March 31.", "2025-03-31"),
    ("Profits rose sharply in March.", "2025-03"),
    # within 120 days a past clause keeps a schedule ahead (the two-month rule reaches no further)
    ("The talks were set for Dec. 7.", "2025-12-07"),
]


@pytest.mark.parametrize(("text", "timex"), IN_CLAUSE)
def test_year_less_dates_in_their_clause(text: str, timex: str) -> None:
    found = find_times(text, THU, tz="UTC", languages=["en"])
    assert [f.when.timex for f in found] == [timex]


WEEKDAYS_ALONE = [
    ("Tuesday", "2025-10-28"),  # tomorrow, not six days ago
    ("Tuesday morning", "2025-10-28TMO"),
    ("9 a.m. Tuesday", "2025-10-28T09:00"),
    ("Monday", "2025-10-27"),  # said on that weekday: today
    ("Sunday", "2025-10-26"),
    ("Wednesday", "2025-10-22"),  # five days back, not two ahead
    ("last Tuesday", "2025-10-21"),  # a modifier says which
    ("Tue.", "2025-10-28"),  # an abbreviation said alone, as the name
    ("Tue", "2025-10-28"),
]


@pytest.mark.parametrize(("text", "timex"), WEEKDAYS_ALONE)
def test_weekday_of_tomorrow_alone(text: str, timex: str) -> None:
    when = resolve(text, MON, languages=["en"])
    assert when is not None
    assert when.timex == timex


WEEKDAYS_IN_CLAUSE = [
    ("The talks resume Tuesday.", "2025-10-28"),
    ("The minister said he will travel to Paris on Tuesday.", "2025-10-28"),
    ("Talks collapsed on Tuesday.", "2025-10-21"),  # a past verb: last week's
    ("Police said the man was arrested Tuesday.", "2025-10-21"),
    ("The ministry said Tuesday that the border had reopened.", "2025-10-21"),  # the day of the saying
    ("Officials told reporters Tuesday the border was open.", "2025-10-21"),
    ("The strike ended Wednesday.", "2025-10-22"),  # not tomorrow's weekday: unchanged
]


@pytest.mark.parametrize(("text", "timex"), WEEKDAYS_IN_CLAUSE)
def test_weekday_of_tomorrow_in_its_clause(text: str, timex: str) -> None:
    found = find_times(text, MON, tz="UTC", languages=["en"])
    assert [f.when.timex for f in found] == [timex]


def test_today_is_not_moved_a_week() -> None:
    """Said at 01:58 on a Thursday, "Thursday evening" in a past clause is that day's evening: the
    week-back move is only for a weekday read as tomorrow."""
    early = datetime(2025, 10, 30, 1, 58, tzinfo=UTC)
    found = find_times("A man was killed Thursday evening.", early, tz="UTC", languages=["en"])
    assert [f.when.timex for f in found] == ["2025-10-30TEV"]


@pytest.mark.parametrize("text", ["الثلاثاء", "يوم الثلاثاء"])
def test_arabic_keeps_the_last_weekday(text: str) -> None:
    """Arabic news says «غدا الثلاثاء» or «الثلاثاء المقبل» for the coming day: its table does not
    set ``weekday_tomorrow``, so a bare Tuesday said on a Monday is the last one (21 October)."""
    when = resolve(text, MON, languages=["ar"])
    assert when is not None
    assert when.timex == "2025-10-21"


# Friday 15 March 2024, 12:00 UTC: a week before is Friday 8 March; 2022 two years before.
FRI = datetime(2024, 3, 15, 12, 0, tzinfo=UTC)

PHRASES = [
    # a vague amount back from now, a window of "several": the past, not a day
    ("several years ago", "PAST_REF"),
    ("a few days ago", "PAST_REF"),
    ("many decades ago", "PAST_REF"),
    ("the past several quarters", "PAST_REF"),
    ("over the last several months", "PAST_REF"),
    ("as soon as possible", "FUTURE_REF"),
    ("the past few weeks", "2024-W08/2024-W10"),  # "few" stays the window of three weeks before this one
    # "or so" after an amount hedges it
    ("a week or so ago", "2024-03-08"),
    ("two years or so ago", "2022"),
    # two quarters named by their order are a half
    ("the first two quarters of 2023", "2023-H1"),
    ("the last two quarters of 2023", "2023-H2"),
    ("two quarters ago", "2023-Q3"),  # an amount, not a half
]


@pytest.mark.parametrize(("text", "timex"), PHRASES)
def test_news_phrases(text: str, timex: str) -> None:
    when = resolve(text, FRI, languages=["en"], refs=True)
    assert when is not None
    assert when.timex == timex


@pytest.mark.parametrize("text", ["several years ago", "as soon as possible", "the past several quarters"])
def test_references_need_asking(text: str) -> None:
    """Without ``refs`` a vague reference names no time (exports never make it an instant)."""
    assert resolve(text, FRI, languages=["en"]) is None


def test_or_so_is_approximate() -> None:
    when = resolve("a week or so ago", FRI, languages=["en"])
    assert when is not None
    assert when.approximate


# Said at noon on Friday 15 March 2024: yesterday is Thursday the 14th.
LATE = [
    # the evening's last hours (21:00-24:00) of a day are an evening part; of a night, a night part
    ("late yesterday", "2024-03-14TEV", "late_evening"),
    ("late on Thursday", "2024-03-14TEV", "late_evening"),
    ("late Thursday evening", "2024-03-14TEV", "late_evening"),
    ("late Thursday night", "2024-03-14TNI", "late_night"),
    ("late last night", "2024-03-14TNI", "late_night"),
]


@pytest.mark.parametrize(("text", "timex", "part"), LATE)
def test_late_in_the_day_or_the_night(text: str, timex: str, part: str) -> None:
    when = resolve(text, FRI, languages=["en"])
    assert when is not None
    assert (when.timex, when.part) == (timex, part)
    assert (when.start.hour, when.end.hour) == (21, 0)


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September")
_MONTHS += ("October", "November", "December")
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@settings(max_examples=150, deadline=None)
@given(
    today=st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)),
    month=st.integers(1, 12),
    day=st.integers(1, 28),
)
def test_a_year_less_day_leaning_past_is_behind_or_soon(today: date, month: int, day: int) -> None:
    """The day chosen lies at most a year back, and ahead only within 120 days; and it is the
    coming one whenever that is so near."""
    ref = datetime(today.year, today.month, today.day, 12, 0, tzinfo=UTC)
    when = resolve(f"{_MONTHS[month - 1]} {day}", ref, languages=["en"])
    assert when is not None
    got = when.start.date()
    assert (got.month, got.day) == (month, day)
    assert timedelta(days=-366) < got - today <= timedelta(days=120)
    coming = min(d for d in (date(y, month, day) for y in (today.year, today.year + 1)) if d >= today)
    if (coming - today).days <= 120:
        assert got == coming


@settings(max_examples=100, deadline=None)
@given(today=st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)), wd=st.integers(0, 6))
def test_an_english_weekday_alone_is_within_the_last_six_days_or_tomorrow(today: date, wd: int) -> None:
    ref = datetime(today.year, today.month, today.day, 12, 0, tzinfo=UTC)
    when = resolve(_DAYS[wd], ref, languages=["en"])
    assert when is not None
    got = when.start.date()
    assert got.weekday() == wd
    assert timedelta(days=-5) <= got - today <= timedelta(days=1)
