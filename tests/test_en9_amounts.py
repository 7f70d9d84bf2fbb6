"""Wave 8 (en9): an exact amount of hours or minutes is an instant; "for" before a clock told in
full after a day; "within N units" leaning ahead (docs/resolution.md, "Ago and in").

Every expected value was worked out by hand before the resolver ran, from the reference
Wednesday 5 March 2025, 10:15:00 UTC (Saturday is the 8th, Monday the 10th).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from liveblog import find_times, resolve

REF = datetime(2025, 3, 5, 10, 15, tzinfo=UTC)

# (language, text, start, grain, approximate): an exact amount lands on the reference's second, as
# "now" is that second; a hedged one ("about") is rounded at the unit said, one unit from there
AMOUNTS: list[tuple[str, str, datetime, str, bool]] = [
    ("en", "in one hour", datetime(2025, 3, 5, 11, 15, tzinfo=UTC), "second", False),
    ("en", "in 90 minutes", datetime(2025, 3, 5, 11, 45, tzinfo=UTC), "second", False),
    ("en", "2 hours ago", datetime(2025, 3, 5, 8, 15, tzinfo=UTC), "second", False),
    ("en", "in 45 seconds", datetime(2025, 3, 5, 10, 15, 45, tzinfo=UTC), "second", False),
    ("en", "a couple of hours from now", datetime(2025, 3, 5, 12, 15, tzinfo=UTC), "second", False),
    ("en", "in a pair of minutes", datetime(2025, 3, 5, 10, 17, tzinfo=UTC), "second", False),
    ("en", "in 2 more minutes", datetime(2025, 3, 5, 10, 17, tzinfo=UTC), "second", False),
    ("en", "in three more days", datetime(2025, 3, 8, tzinfo=UTC), "day", False),
    ("en", "in half an hour", datetime(2025, 3, 5, 10, 45, tzinfo=UTC), "second", False),
    ("en", "about two hours ago", datetime(2025, 3, 5, 8, 15, tzinfo=UTC), "hour", True),
    ("en", "in about half an hour", datetime(2025, 3, 5, 10, 45, tzinfo=UTC), "minute", True),
    ("en", "about 30 seconds ago", datetime(2025, 3, 5, 10, 14, 30, tzinfo=UTC), "second", True),
    ("en", "in 3 days", datetime(2025, 3, 8, tzinfo=UTC), "day", False),  # days stay calendar days
    ("de", "in 2 Stunden", datetime(2025, 3, 5, 12, 15, tzinfo=UTC), "second", False),
    ("fr", "il y a 3 heures", datetime(2025, 3, 5, 7, 15, tzinfo=UTC), "second", False),
    ("ar", "منذ ساعتين", datetime(2025, 3, 5, 8, 15, tzinfo=UTC), "second", False),
    ("ar", "منذ حوالي ساعتين", datetime(2025, 3, 5, 8, 15, tzinfo=UTC), "hour", True),
]


@pytest.mark.parametrize(("lang", "text", "start", "grain", "approx"), AMOUNTS, ids=[a[1] for a in AMOUNTS])
def test_amount_is_an_instant(lang: str, text: str, start: datetime, grain: str, approx: bool) -> None:
    w = resolve(text, REF, prefer="past", tz="UTC", languages=[lang])
    assert w is not None, text
    assert (w.start, str(w.grain), w.approximate) == (start, grain, approx)


@given(st.integers(1, 23), st.integers(1, 59), st.booleans())
def test_exact_amounts_keep_the_reference_second(hours: int, minutes: int, ahead: bool) -> None:
    """ "in H hours", "M minutes ago": exactly the reference moved by the amount, one second long."""
    for text, delta in (
        (f"{hours} hours", timedelta(hours=hours)),
        (f"{minutes} minutes", timedelta(minutes=minutes)),
    ):
        said = f"in {text}" if ahead else f"{text} ago"
        w = resolve(said, REF, prefer="past", tz="UTC", languages=["en"])
        assert w is not None, said
        want = REF + delta if ahead else REF - delta
        assert (w.start, w.end, str(w.grain)) == (want, want + timedelta(seconds=1), "second")


# (text, TIMEX3 or None): "for" joins a day to a clock only when the clock is told in full
TOLD: list[tuple[str, str | None]] = [
    ("on Saturday for 9am", "2025-03-08T09:00"),
    ("tomorrow for 10:30", "2025-03-06T10:30"),
    ("Friday for 3 pm", "2025-03-07T15:00"),
    ("on Monday for 3 hours", "2025-03-10"),  # a length: the day alone
    ("Monday for 3", "2025-03-10"),  # a bare number: no clock
]


@pytest.mark.parametrize(("text", "timex"), TOLD, ids=[c[0] for c in TOLD])
def test_for_before_a_told_clock(text: str, timex: str | None) -> None:
    w = resolve(text, REF, prefer="future", tz="UTC", languages=["en"])
    assert (w.timex if w is not None else None) == timex


# (text, prefer, TIMEX3 or None, end or None): "within N" leaning ahead is the window from the
# reference to the day it lands on (to the instant for clock units), as «خلال أسبوعين»
WITHIN: list[tuple[str, str, str | None, datetime | None]] = [
    ("within 2 weeks", "future", "2025-03-05T10:15:00/2025-03-18", datetime(2025, 3, 19, tzinfo=UTC)),
    ("within three days", "future", "2025-03-05T10:15:00/2025-03-07", datetime(2025, 3, 8, tzinfo=UTC)),
    (
        "within two hours",
        "future",
        "2025-03-05T10:15:00/2025-03-05T12:15",
        datetime(2025, 3, 5, 12, 15, tzinfo=UTC),
    ),
    ("within 24 hours of the attack", "future", None, None),  # counted from something else
    ("within 3 days", "past", None, None),  # leaning to the past: a span in the story
]


@pytest.mark.parametrize(("text", "prefer", "timex", "end"), WITHIN, ids=[f"{c[0]}-{c[1]}" for c in WITHIN])
def test_within_leaning_ahead(text: str, prefer: str, timex: str | None, end: datetime | None) -> None:
    w = resolve(text, REF, prefer=prefer, tz="UTC", languages=["en"])  # type: ignore[arg-type]
    if timex is None:
        assert w is None, text
        return
    assert w is not None, text
    assert (w.start, w.end, w.timex) == (REF, end, timex)


def test_within_in_a_told_future() -> None:
    said = "The new government will be named within two weeks."
    found = [
        (f.text, f.when.timex) for f in find_times(said, REF, prefer="future", tz="UTC", languages=["en"])
    ]
    assert found == [("within two weeks", "2025-03-05T10:15:00/2025-03-18")]


# (text, TIMEX3 values found): a bare hour opening its sentence before a day ahead is that hour;
# after a word that may count it, or before today or yesterday, it stays a number
BARE_BEFORE_DAY: list[tuple[str, list[str]]] = [
    ("9 tomorrow", ["2025-03-06T09:00"]),
    ("The vote ended. 8 the day after tomorrow", ["2025-03-07T08:00"]),
    ("Officials will free 9 tomorrow.", ["2025-03-06"]),
    ("5 today", ["2025-03-05"]),
    ("9 yesterday", ["2025-03-04"]),
    ("13 tomorrow", ["2025-03-06"]),
]


@pytest.mark.parametrize(("text", "timexes"), BARE_BEFORE_DAY, ids=[c[0] for c in BARE_BEFORE_DAY])
def test_bare_hour_before_a_day_ahead(text: str, timexes: list[str]) -> None:
    found = find_times(text, REF, prefer="future", tz="UTC", languages=["en"])
    assert [f.when.timex for f in found] == timexes


def test_a_day_from_right_now() -> None:
    w = resolve("a day from right now", REF, prefer="future", tz="UTC", languages=["en"])
    assert w is not None
    assert w.timex == "2025-03-06"


# (language, text, TIMEX3): leaning ahead, a clock less than an hour before the reference (10:15)
# is the one just told, not tomorrow's; an hour or more before it, tomorrow's (a clock with no half of
# the day said takes the half ahead first)
JUST_GONE: list[tuple[str, str, str]] = [
    ("en", "at 9:20", "2025-03-05T21:20"),  # either half: the one ahead before one just gone
    ("en", "9:20am", "2025-03-05T09:20"),
    ("en", "09:20", "2025-03-05T09:20"),
    ("en", "9:16am", "2025-03-05T09:16"),
    ("en", "9:15am", "2025-03-06T09:15"),
    ("en", "8:30am", "2025-03-06T08:30"),
    ("en", "10:14 in the morning", "2025-03-05T10:14"),
    ("en", "at 10:30", "2025-03-05T10:30"),
    ("ar", "الساعة 10 صباحا", "2025-03-05T10:00"),
]


@pytest.mark.parametrize(("lang", "text", "timex"), JUST_GONE, ids=[c[1] for c in JUST_GONE])
def test_a_clock_just_gone_is_today(lang: str, text: str, timex: str) -> None:
    w = resolve(text, REF, prefer="future", tz="UTC", languages=[lang])
    assert w is not None, text
    assert w.timex == timex


@given(st.integers(0, 23), st.integers(0, 59))
def test_leaning_ahead_a_clock_is_within_an_hour_before_or_a_day_after(hour: int, minute: int) -> None:
    w = resolve(f"{hour:02d}:{minute:02d}", REF, prefer="future", tz="UTC", languages=["en"])
    assert w is not None
    assert REF - timedelta(hours=1) < w.start < REF + timedelta(days=1)


# (text, words read, TIMEX3): a part of the day "of" a date any date rule reads, "the" before it
# or not; a number that is no day (a century, a unit) is not a date of the part
PART_OF_DATE: list[tuple[str, list[tuple[str, str]]]] = [
    ("the morning of the 15th of March, police said", [("morning of the 15th of March", "2025-03-15TMO")]),
    ("the evening of the 3rd.", [("evening of the 3rd", "2025-04-03TEV")]),
    ("the night of the 20th of March", [("night of the 20th of March", "2025-03-20TNI")]),
    ("the morning of the 15th century", [("15th century", "14XX")]),
    ("the morning of the 15th Battalion", []),
    ("the morning of the attack", []),
]


@pytest.mark.parametrize(("text", "found"), PART_OF_DATE, ids=[c[0] for c in PART_OF_DATE])
def test_part_of_a_date(text: str, found: list[tuple[str, str]]) -> None:
    got = find_times(text, REF, prefer="future", tz="UTC", languages=["en"])
    assert [(f.text, f.when.timex) for f in got] == found


@pytest.mark.parametrize("text", ["He needs 2 more days to finish.", "in more minutes", "in 2 more"])
def test_more_without_a_marker_or_a_count_is_no_date(text: str) -> None:
    assert find_times(text, REF, prefer="future", tz="UTC", languages=["en"]) == []
