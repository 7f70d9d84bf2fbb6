"""The typed partial time: compositions in any word order, and ranges as one result.

Every expected value below was worked out by hand from the reference,
Friday 29 November 2024, 21:00 in Damascus (UTC+03:00 all year): Thursday is
the 28th, Wednesday the 27th, Tuesday the 26th, Monday the 25th; "yesterday"
is the 28th and "tomorrow" Saturday the 30th. A clock said in GMT is three
hours later on the Damascus clock. A range's TIMEX3 names its two ends; its
``start``/``end`` are the span it covers, to the end of the last end.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from liveblog import Timeline, find_times, resolve
from liveblog._json import when_to_dict
from liveblog.model import Entry, EntryKind, Event, EventKind, Grain, Span, When, WhenKind
from liveblog.resolve._partial import Partial, Range, distribute, intersect

REF = "2024-11-29T21:00:00+03:00"
TZ = "Asia/Damascus"
PLUS3 = timezone(timedelta(hours=3))

# (text, prefer, expected TIMEX3): one time said in several parts, in different orders.
COMPOSITIONS: list[tuple[str, str, str]] = [
    # English: a clock, a day and a part of the day in every order
    ("3:15 on Thursday afternoon", "past", "2024-11-28T15:15"),
    ("Thursday afternoon at 3:15", "past", "2024-11-28T15:15"),
    ("on Thursday at 3:15 in the afternoon", "past", "2024-11-28T15:15"),
    ("afternoon of Thursday at 3:15", "past", "2024-11-28T15:15"),
    ("8pm last night", "past", "2024-11-28T20:00"),
    ("last night at 8pm", "past", "2024-11-28T20:00"),
    ("last night, 8pm", "past", "2024-11-28T20:00"),
    ("Thursday 8:00 GMT", "past", "2024-11-28T11:00"),
    ("8:00 GMT on Thursday", "past", "2024-11-28T11:00"),
    ("on Thursday at 8:00 GMT", "past", "2024-11-28T11:00"),
    ("Thursday evening at 9pm", "past", "2024-11-28T21:00"),
    ("9pm on Thursday evening", "past", "2024-11-28T21:00"),
    ("at 9:30 on Wednesday morning", "past", "2024-11-27T09:30"),
    ("Wednesday morning at 9:30", "past", "2024-11-27T09:30"),
    ("on Monday at 10:45", "past", "2024-11-25T10:45"),
    ("10:45 on Monday", "past", "2024-11-25T10:45"),
    ("yesterday at 14:00", "past", "2024-11-28T14:00"),
    ("14:00 yesterday", "past", "2024-11-28T14:00"),
    ("2 pm yesterday afternoon", "past", "2024-11-28T14:00"),
    ("tomorrow at 6:30", "future", "2024-11-30T06:30"),
    ("6:30 tomorrow morning", "future", "2024-11-30T06:30"),
    ("tomorrow morning at 6:30", "future", "2024-11-30T06:30"),
    ("4:15 in the afternoon", "past", "2024-11-29T16:15"),
    ("Friday 29 November at 10:00", "past", "2024-11-29T10:00"),
    ("10:00 on 27 November", "past", "2024-11-27T10:00"),
    ("27 November, 10:00", "past", "2024-11-27T10:00"),
    ("on 27 November in the evening", "past", "2024-11-27TEV"),
    ("the evening of 27 November", "past", "2024-11-27TEV"),
    ("November 27 at 6 pm", "past", "2024-11-27T18:00"),
    ("6 pm on November 27", "past", "2024-11-27T18:00"),
    ("6 pm, November 27", "past", "2024-11-27T18:00"),
    ("at 11:20 pm GMT on Tuesday", "past", "2024-11-27T02:20"),
    ("Tuesday 23:20 GMT", "past", "2024-11-27T02:20"),
    ("3 days ago at 5pm", "past", "2024-11-26T17:00"),
    ("5pm 3 days ago", "past", "2024-11-26T17:00"),
    ("two days ago in the morning", "past", "2024-11-27TMO"),
    ("this morning at 7:45", "past", "2024-11-29T07:45"),
    # Arabic: the same parts, with «عند»، «في»، «من» between them and zones after
    ("يوم الخميس عند الساعة الثالثة عصرا بتوقيت مكة", "past", "2024-11-28T15:00"),
    ("الساعة الثالثة عصرا يوم الخميس", "past", "2024-11-28T15:00"),
    ("عصر يوم الخميس عند الساعة الثالثة", "past", "2024-11-28T15:00"),
    ("الخميس الساعة 8 مساء", "past", "2024-11-28T20:00"),
    ("الساعة 8 مساء الخميس", "past", "2024-11-28T20:00"),
    ("مساء الخميس الساعة 8", "past", "2024-11-28T20:00"),
    ("الساعة 10:30 صباح الأربعاء", "past", "2024-11-27T10:30"),
    ("صباح الأربعاء عند الساعة 10:30", "past", "2024-11-27T10:30"),
    ("أمس الساعة 14:00", "past", "2024-11-28T14:00"),
    ("الساعة 14:00 من يوم أمس", "past", "2024-11-28T14:00"),
    ("الساعة الثامنة مساء أمس", "past", "2024-11-28T20:00"),
    ("مساء أمس في الساعة الثامنة", "past", "2024-11-28T20:00"),
    ("يوم الثلاثاء الساعة 11:20 بتوقيت غرينتش", "past", "2024-11-26T14:20"),
    ("الساعة 11:20 بتوقيت غرينتش يوم الثلاثاء", "past", "2024-11-26T14:20"),
    ("في 27 نوفمبر عند الساعة السادسة مساء", "past", "2024-11-27T18:00"),
    ("الساعة السادسة مساء يوم 27 نوفمبر", "past", "2024-11-27T18:00"),
    ("صباح اليوم الساعة 7:45", "past", "2024-11-29T07:45"),
    ("الساعة 7:45 من صباح اليوم", "past", "2024-11-29T07:45"),
    ("قبل ثلاثة أيام عند الساعة الخامسة مساء", "past", "2024-11-26T17:00"),
    ("الساعة الخامسة مساء قبل ثلاثة أيام", "past", "2024-11-26T17:00"),
    ("يوم الإثنين الساعة 10:45", "past", "2024-11-25T10:45"),
    ("الساعة 10:45 يوم الإثنين", "past", "2024-11-25T10:45"),
    ("غدا الساعة السادسة والنصف صباحا", "future", "2024-11-30T06:30"),
    ("الساعة السادسة والنصف من صباح الغد", "future", "2024-11-30T06:30"),
    ("الخميس عند الساعة 9 بتوقيت غرينتش", "past", "2024-11-28T12:00"),
]

# (text, prefer, expected TIMEX3 "first/last"): a range is one result.
RANGES: list[tuple[str, str, str]] = [
    # English clock ranges: the pm, the day and the zone are shared by both ends
    ("from 3 to 5 pm", "past", "2024-11-29T15:00/2024-11-29T17:00"),
    ("3-5pm", "past", "2024-11-29T15:00/2024-11-29T17:00"),
    ("between 3 and 5 pm", "past", "2024-11-29T15:00/2024-11-29T17:00"),
    ("from 3pm to 5pm", "past", "2024-11-29T15:00/2024-11-29T17:00"),
    ("3pm until 5pm", "past", "2024-11-29T15:00/2024-11-29T17:00"),
    ("between 3pm and 5pm", "past", "2024-11-29T15:00/2024-11-29T17:00"),
    ("from 9:30 to 11:00 on Thursday", "past", "2024-11-28T09:30/2024-11-28T11:00"),
    ("Thursday from 9:30 to 11:00", "past", "2024-11-28T09:30/2024-11-28T11:00"),
    ("on Thursday between 9:30 and 11:00", "past", "2024-11-28T09:30/2024-11-28T11:00"),
    ("9:30-11:00 on Thursday", "past", "2024-11-28T09:30/2024-11-28T11:00"),
    ("from 8am until 6", "past", "2024-11-29T08:00/2024-11-29T18:00"),
    ("11:30-1:30", "past", "2024-11-29T11:30/2024-11-29T13:30"),
    ("from 22:00 to 02:00", "past", "2024-11-28T22:00/2024-11-29T02:00"),
    ("from 10:00 GMT to 14:00 GMT", "past", "2024-11-29T13:00/2024-11-29T17:00"),
    ("10:00-14:00 GMT", "past", "2024-11-29T13:00/2024-11-29T17:00"),
    ("from 3 to 5 pm on Thursday", "past", "2024-11-28T15:00/2024-11-28T17:00"),
    ("Thursday between 3 and 5 pm", "past", "2024-11-28T15:00/2024-11-28T17:00"),
    # English day ranges: the month and year are shared
    ("13-15 November", "past", "2024-11-13/2024-11-15"),
    ("13–15 November", "past", "2024-11-13/2024-11-15"),
    ("from 13 to 15 November", "past", "2024-11-13/2024-11-15"),
    ("November 13-15", "past", "2024-11-13/2024-11-15"),
    ("November 13 to 15", "past", "2024-11-13/2024-11-15"),
    ("between 13 and 15 November", "past", "2024-11-13/2024-11-15"),
    ("from the 13th to the 15th of November", "past", "2024-11-13/2024-11-15"),
    ("November 13 - November 15", "past", "2024-11-13/2024-11-15"),
    ("from Monday to Wednesday", "past", "2024-11-25/2024-11-27"),
    ("Monday to Wednesday", "past", "2024-11-25/2024-11-27"),
    ("between Monday and Wednesday", "past", "2024-11-25/2024-11-27"),
    ("from 1 to 3 December", "future", "2024-12-01/2024-12-03"),
    ("27 November - 2 December", "past", "2024-11-27/2024-12-02"),
    # Arabic
    ("من الساعة 3 الى 5 عصرا", "past", "2024-11-29T15:00/2024-11-29T17:00"),
    ("من الساعة 3 إلى الساعة 5 عصرا", "past", "2024-11-29T15:00/2024-11-29T17:00"),
    ("بين الساعة 3 و5 عصرا", "past", "2024-11-29T15:00/2024-11-29T17:00"),
    ("من 13 إلى 15 نوفمبر", "past", "2024-11-13/2024-11-15"),
    ("من 13 حتى 15 نوفمبر", "past", "2024-11-13/2024-11-15"),
    ("بين 13 و15 نوفمبر", "past", "2024-11-13/2024-11-15"),
    ("13-15 نوفمبر", "past", "2024-11-13/2024-11-15"),
    ("نوفمبر 13 الى 15", "past", "2024-11-13/2024-11-15"),
    ("من 13 نوفمبر إلى 15 نوفمبر", "past", "2024-11-13/2024-11-15"),
    ("الخميس من الساعة التاسعة حتى الساعة الحادية عشرة صباحا", "past", "2024-11-28T09:00/2024-11-28T11:00"),
    ("من الساعة 9 وحتى الساعة 11 صباح يوم الخميس", "past", "2024-11-28T09:00/2024-11-28T11:00"),
    ("من الاثنين إلى الأربعاء", "past", "2024-11-25/2024-11-27"),
    ("بين الاثنين والأربعاء", "past", "2024-11-25/2024-11-27"),
    ("من 1 إلى 3 ديسمبر", "future", "2024-12-01/2024-12-03"),
    ("من الساعة 22:00 حتى الساعة 02:00", "past", "2024-11-28T22:00/2024-11-29T02:00"),
    ("من 27 نوفمبر إلى 2 ديسمبر", "past", "2024-11-27/2024-12-02"),
    ("من الثالث والعشرين وحتى السادس والعشرين من شهر أكتوبر", "past", "2024-10-23/2024-10-26"),
]


# (text, expected TIMEX3, whether a range), prefer past: parts of periods and the nth of a cycle.
PRODUCTIONS: list[tuple[str, str, bool]] = [
    ("early March", "2025-03-01/2025-03-10", True),
    ("late October", "2024-10-21/2024-10-31", True),
    ("mid November", "2024-11-11/2024-11-20", True),
    ("أواخر شهر آذار", "2025-03-21/2025-03-31", True),
    ("مطلع أكتوبر", "2024-10-01/2024-10-10", True),
    ("the end of next week", "2024-12-06/2024-12-08", True),
    ("the end of 2012", "2012-09/2012-12", True),
    ("the last Friday of October", "2024-10-25", False),
    ("the first Tuesday of October", "2024-10-01", False),
    ("آخر اثنين من شهر آذار", "2025-03-31", False),
    ("الاثنين الأخير من شهر مارس", "2025-03-31", False),
    ("the last day of October", "2024-10-31", False),
    ("Sunday of last week", "2024-11-24", False),
    ("الأحد من الأسبوع الماضي", "2024-11-24", False),
    ("أحد الأسبوع الماضي", "2024-11-24", False),
    ("Tuesday the 19th", "2024-11-19", False),
    ("Saturday morning at 9", "2024-11-30T09:00", False),  # tb9: said on a Friday, tomorrow's
]


@pytest.mark.parametrize(("text", "timex", "is_range"), PRODUCTIONS)
def test_parts_of_periods_and_nth_of_a_cycle(text: str, timex: str, is_range: bool) -> None:
    """Edges of a month, week or year are approximate ranges; the nth weekday of a month is a day."""
    w = resolve(text, REF, tz=TZ)
    assert w is not None
    assert (w.timex, w.is_range) == (timex, is_range)
    assert w.approximate == is_range


@pytest.mark.parametrize(("text", "prefer", "timex"), COMPOSITIONS)
def test_compositions_in_any_order(text: str, prefer: str, timex: str) -> None:
    """Parts said in any order are one time."""
    w = resolve(text, REF, prefer=prefer, tz=TZ)  # type: ignore[arg-type]
    assert w is not None
    assert (w.timex, w.kind) == (timex, WhenKind.POINT)


@pytest.mark.parametrize(("text", "prefer", "timex"), RANGES)
def test_ranges_are_one_result(text: str, prefer: str, timex: str) -> None:
    """A range is one result: both ends in the TIMEX3, the covered span in start/end.

    A clock end is an instant (the span stops at it); a day end is included whole.
    """
    found = find_times(text, REF, prefer=prefer, tz=TZ)  # type: ignore[arg-type]
    assert len(found) == 1
    w = found[0].when
    assert (w.timex, w.kind) == (timex, WhenKind.RANGE)
    first, last = timex.split("/")
    assert w.start == datetime.fromisoformat(first if "T" in first else first + "T00:00").replace(
        tzinfo=PLUS3
    )
    step = timedelta(0) if "T" in last else timedelta(days=1)
    end = datetime.fromisoformat(last if "T" in last else last + "T00:00").replace(tzinfo=PLUS3) + step
    assert w.end == end


def test_counts_of_the_tables() -> None:
    """The issue asks for at least 60 compositions and 40 ranges, Arabic and English."""
    assert len(COMPOSITIONS) >= 60
    assert len(RANGES) >= 40
    arabic = [t for t, _, _ in COMPOSITIONS + RANGES if any("\u0600" <= c <= "\u06ff" for c in t)]
    assert 40 <= len(arabic) <= len(COMPOSITIONS) + len(RANGES) - 40


@pytest.mark.parametrize(
    "text",
    [
        "killed 3 to 5 people",
        "between 2 and 3 people were hurt",
        "Friday and Saturday",  # two days, not a range: no "between"
        "الخميس والجمعة",
        "قتل ما بين 3 و5 أشخاص",
    ],
)
def test_no_false_ranges(text: str) -> None:
    """Numbers that are counts, and two days joined by "and" alone, are no range."""
    assert all(not f.when.is_range for f in find_times(text, REF, tz=TZ))


def test_friday_and_hours_ago_stay_two_times() -> None:
    """Two atoms that both name the day are two times, not one."""
    found = find_times("in a statement on Friday, about three hours ago, the army said", REF, tz=TZ)
    assert [f.text for f in found] == ["Friday", "about three hours ago"]


# -- the value itself -------------------------------------------------------------------------

_HOURS = st.integers(0, 23)
_PARTS = st.sampled_from(["morning", "afternoon", "evening", "night", None])
_partials = st.builds(
    Partial,
    year=st.sampled_from([None, 2024]),
    month=st.sampled_from([None, 11]),
    day=st.sampled_from([None, 28, 29]),
    part=_PARTS,
    hour=st.one_of(st.none(), _HOURS),
    minute=st.sampled_from([None, 0, 15]),
    meridiem=st.booleans(),
)


@given(_partials, _partials)
def test_intersect_is_symmetric(a: Partial, b: Partial) -> None:
    """Order does not matter: a ∩ b is b ∩ a."""
    assert intersect(a, b) == intersect(b, a)


@given(_partials, _partials)
def test_intersect_keeps_what_both_said(a: Partial, b: Partial) -> None:
    """An intersection keeps every date field either side set (the clock may move to pm)."""
    v = intersect(a, b)
    if v is not None:
        for name in ("year", "month", "day", "part", "minute"):
            said = getattr(a, name) if getattr(a, name) is not None else getattr(b, name)
            assert getattr(v, name) == said


def test_intersect_refuses_contradictions() -> None:
    """Two days, two clocks, or 8 pm in the morning are no one time."""
    assert intersect(Partial(day=28), Partial(day=29, hour=3)) is None
    assert intersect(Partial(hour=3), Partial(hour=4, day=1)) is None
    assert intersect(Partial(hour=20, meridiem=True), Partial(part="morning")) is None


def test_distribute_lends_month_and_pm() -> None:
    """ "13-15 July": the first end borrows the month; "3-5 pm": the first end borrows the pm."""
    r = distribute(Partial(number=13), Partial(month=7, day=15))
    assert r == Range(Partial(month=7, day=13), Partial(month=7, day=15))
    r = distribute(Partial(number=3), Partial(hour=17, minute=0, meridiem=True))
    assert r is not None
    assert (r.first.hour, r.last.hour) == (15, 17)
    assert distribute(Partial(number=3), Partial(number=5)) is None  # a score


def test_grain_comes_from_the_value() -> None:
    """The grain is the finest field said."""
    assert Partial(year=2024).grain is Grain.YEAR
    assert Partial(year=2024, month=3).grain is Grain.MONTH
    assert Partial(weekday=3).grain is Grain.DAY
    assert Partial(part="evening").grain is Grain.PART_OF_DAY
    assert Partial(hour=3).grain is Grain.MINUTE
    assert Partial(hour=3, minute=0, second=5).grain is Grain.SECOND


# -- a range through the model and the exports ------------------------------------------------


def _range_when() -> When:
    start = datetime(2024, 11, 13, tzinfo=PLUS3)
    return When(start, start + timedelta(days=3), Grain.DAY, "2024-11-13/2024-11-15", kind=WhenKind.RANGE)


def test_range_values_are_checked() -> None:
    """A range names both ends in its TIMEX3 and has no part of the day."""
    start = datetime(2024, 11, 13, tzinfo=PLUS3)
    with pytest.raises(ValueError, match="both ends"):
        When(start, start + timedelta(days=3), Grain.DAY, "2024-11-13", kind=WhenKind.RANGE)
    with pytest.raises(ValueError, match="no part"):
        When(
            start,
            start + timedelta(hours=3),
            Grain.PART_OF_DAY,
            "2024-11-13TMO/2024-11-13TAF",
            False,
            "morning",
            "range",
        )


def _timeline(w: When) -> Timeline:
    text = "talks from 13 to 15 November"
    entry = Entry("e1", EntryKind.POST, "20:15", None, None, text, Span(0, len(text)))
    event = Event("m1", EventKind.MENTION, w, text, "e1", text[6:], Span(6, len(text)), "range")
    return Timeline(datetime.fromisoformat(REF), TZ, "en", (entry,), (event,))


def test_a_range_round_trips_through_json() -> None:
    """The JSON writes the kind of a range and reads it back; points are written as before."""
    w = _range_when()
    d = when_to_dict(w)
    assert d is not None
    assert d["kind"] == "range"
    point = When(w.start, w.start + timedelta(days=1), Grain.DAY, "2024-11-13")
    assert "kind" not in (when_to_dict(point) or {})
    tl = _timeline(w)
    assert Timeline.from_json(tl.to_json()) == tl


def test_a_range_is_one_calendar_event() -> None:
    """ICS: one VEVENT from the first day to the day after the last; Markdown and show say both ends."""
    from liveblog.export import export_timeline
    from liveblog.render import time_label

    tl = _timeline(_range_when())
    text = export_timeline(tl, "ics")
    assert text.count("BEGIN:VEVENT") == 1
    assert "DTSTART;VALUE=DATE:20241113" in text
    assert "DTEND;VALUE=DATE:20241116" in text
    assert "2024-11-13 to 2024-11-15, range" in export_timeline(tl, "md")
    assert time_label(_range_when(), PLUS3) == "2024-11-13 – 15"


def test_a_clock_range_is_a_bar_in_the_html_view() -> None:
    """The HTML view draws a range of clock times from its first end to its last (15:00 to 17:00)."""
    from liveblog.export._htmlview import bar_extent

    found = find_times("from 3 to 5 pm", REF, tz=TZ)
    assert len(found) == 1
    w = found[0].when
    assert bar_extent(w) == (
        datetime(2024, 11, 29, 15, 0, tzinfo=PLUS3),
        datetime(2024, 11, 29, 17, 0, tzinfo=PLUS3),
    )
