"""Conventions ar9 re-examined against Duckling's Arabic (docs/accuracy.md, "Arabic, wave 8"):
leaning to the future, what is under way at the reference is meant — a clock gone by in the hour
under way (any language) or, said with an Arabic part of the day, in the half of the day under way;
a day gone by in the month under way — unless a clause's future tense asks for the next one;
«منتصف» / «نص شهر» before a month name its midpoint (the 15th, approximate), «أواسط» the middle
days; «هذا الاثنين» the Monday to come.

Expected values worked out by hand before the resolver ran. Reference: Tuesday 18 March 2025,
10:15 in Tunis (+01:00, no DST); the Monday before is the 17th, the next the 24th. Umm al-Qura:
Eid al-Fitr 1446 (1 Shawwal) fell on 30 March 2025, so 15 Shawwal is 13 April 2025.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from liveblog import find_times, resolve

TZ = "Africa/Tunis"
REF = "2025-03-18T10:15:00+01:00"
AFTERNOON = "2025-03-18T15:00:00+01:00"


def _read(text: str, prefer: str = "future", ref: str = REF, lang: str = "ar") -> tuple[str, bool] | None:
    when = resolve(text, ref, prefer=prefer, tz=TZ, languages=[lang])  # type: ignore[arg-type]
    return None if when is None else (when.timex, when.approximate)


# (text, language, prefer, reference, TIMEX3)
CLOCKS: list[tuple[str, str, str, str, str]] = [
    # the morning is under way at 10:15: a morning clock gone by is this morning's
    ("الساعة 8 صباحا", "ar", "future", REF, "2025-03-18T08:00"),
    ("الساعة الخامسة فجرا", "ar", "future", REF, "2025-03-18T05:00"),
    ("الساعة 7 الصبح", "ar", "future", REF, "2025-03-18T07:00"),  # a part word after the hour
    ("الساعة 11 صباحا", "ar", "future", REF, "2025-03-18T11:00"),  # ahead anyway
    ("الساعة 9 مساء", "ar", "future", REF, "2025-03-18T21:00"),
    ("الساعة 8 صباحا", "ar", "past", REF, "2025-03-18T08:00"),
    # at 15:00 the morning is over: the next one
    ("الساعة 8 صباحا", "ar", "future", AFTERNOON, "2025-03-19T08:00"),
    ("الساعة 2 ظهرا", "ar", "future", AFTERNOON, "2025-03-18T14:00"),  # the afternoon is under way
    # English "am" says the half, not a part of the day: only the hour under way stays today's
    ("8am", "en", "future", REF, "2025-03-19T08:00"),
    ("10:05am", "en", "future", REF, "2025-03-18T10:05"),
    # merged with en9: a clock told with its half and under an hour gone (20 minutes) is the one just
    # told, today's, though its hour (9) is no longer the one under way
    ("9:55am", "en", "future", REF, "2025-03-18T09:55"),
    ("الساعة 10:05 صباحا", "ar", "future", REF, "2025-03-18T10:05"),
]


@pytest.mark.parametrize(("text", "lang", "prefer", "ref", "timex"), CLOCKS)
def test_clock_under_way(text: str, lang: str, prefer: str, ref: str, timex: str) -> None:
    assert _read(text, prefer, ref, lang) == (timex, False)


# a clause told in the future wants the next one (the context pass reads the date again)
TOLD: list[tuple[str, str, str]] = [
    ("ستبدأ الهدنة الساعة 8 صباحا", "الساعة 8 صباحا", "2025-03-19T08:00"),
    ("ستبدأ الهدنة الساعة السابعة الصبح", "الساعة السابعة الصبح", "2025-03-19T07:00"),
    ("The truce will start at 10:05am", "10:05am", "2025-03-19T10:05"),
    ("وقع الانفجار الساعة 8 صباحا", "الساعة 8 صباحا", "2025-03-18T08:00"),
]


@pytest.mark.parametrize(("text", "said", "timex"), TOLD)
def test_future_tense_wants_the_next(text: str, said: str, timex: str) -> None:
    found = find_times(text, REF, tz=TZ)
    assert [(f.text, f.when.timex) for f in found] == [(said, timex)]


# (text, language, TIMEX3): leaning to the future
DAYS: list[tuple[str, str, str]] = [
    ("3 مارس", "ar", "2025-03-03"),  # gone by in March, the month under way: this year's
    ("الأول من آذار", "ar", "2025-03-01"),
    ("25 مارس", "ar", "2025-03-25"),
    ("18 مارس", "ar", "2025-03-18"),
    ("3 أبريل", "ar", "2025-04-03"),
    ("3 فبراير", "ar", "2026-02-03"),  # February is over: the next one
    ("March 3", "en", "2025-03-03"),
    ("3 March 2024", "en", "2024-03-03"),
]


@pytest.mark.parametrize(("text", "lang", "timex"), DAYS)
def test_day_in_the_month_under_way(text: str, lang: str, timex: str) -> None:
    assert _read(text, lang=lang) == (timex, False)


# (text, language, TIMEX3, approximate)
MIDDLES: list[tuple[str, str, str, bool]] = [
    ("منتصف أبريل", "ar", "2025-04-15", True),
    ("في منتصف شهر أبريل 2024", "ar", "2024-04-15", True),
    ("نص شهر 4", "ar", "2025-04-15", True),
    ("منتصف الشهر", "ar", "2025-03-15", True),  # this month's
    ("منتصف شوال 1446", "ar", "2025-04-13", True),
    ("أواسط أبريل", "ar", "2025-04-11/2025-04-20", True),
    ("منتصف العام", "ar", "2025-05/2025-08", True),  # a year's middle stays its middle months
    ("mid April", "en", "2025-04-11/2025-04-20", True),
]


@pytest.mark.parametrize(("text", "lang", "timex", "approximate"), MIDDLES)
def test_midpoint_of_a_month(text: str, lang: str, timex: str, approximate: bool) -> None:
    assert _read(text, lang=lang) == (timex, approximate)


# (text, language, prefer, TIMEX3)
THIS: list[tuple[str, str, str, str]] = [
    ("هذا الاثنين", "ar", "future", "2025-03-24"),
    ("هذا الاثنين", "ar", "past", "2025-03-24"),
    ("هذا الثلاثاء", "ar", "past", "2025-03-18"),  # said on a Tuesday: today
    ("هذا الخميس", "ar", "past", "2025-03-20"),
    ("this Monday", "en", "future", "2025-03-17"),  # English: the nearer one
]


@pytest.mark.parametrize(("text", "lang", "prefer", "timex"), THIS)
def test_this_weekday(text: str, lang: str, prefer: str, timex: str) -> None:
    assert _read(text, prefer, lang=lang) == (timex, False)


_HALVES = {"صباحا": 0, "مساء": 12}
_MONTHS = [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
]


@settings(max_examples=60, deadline=None)
@given(
    st.datetimes(datetime(2020, 1, 1), datetime(2030, 12, 31)),
    st.integers(1, 11),
    st.sampled_from(sorted(_HALVES)),
)
def test_clock_is_in_the_half_under_way_or_ahead(moment: datetime, hour: int, word: str) -> None:
    """Leaning to the future, «الساعة H صباحا/مساء» is ahead of the reference within a day, or gone by
    on the reference's own date in the half of the day the reference is in."""
    ref = moment.replace(second=0, microsecond=0, tzinfo=timezone(timedelta(hours=1)))
    when = resolve(f"الساعة {hour} {word}", ref, prefer="future", languages=["ar"])
    assert when is not None
    start = when.start.astimezone(ref.tzinfo)
    assert start.hour == hour + _HALVES[word]
    if start < ref:
        assert start.date() == ref.date()
        assert (start.hour < 12) == (ref.hour < 12)
    else:
        assert start - ref < timedelta(days=1)


@settings(max_examples=60, deadline=None)
@given(st.dates(date(2020, 1, 1), date(2030, 12, 31)), st.integers(1, 12), st.integers(1, 28))
def test_day_month_is_in_the_month_under_way_or_ahead(today: date, month: int, day: int) -> None:
    """Leaning to the future, a day and month said without a year lies from the first of the month
    under way to less than a year after the reference."""
    ref = datetime(today.year, today.month, today.day, 12, tzinfo=UTC)
    when = resolve(f"{day} {_MONTHS[month - 1]}", ref, prefer="future", languages=["ar"])
    assert when is not None
    got = when.start.date()
    assert (got.month, got.day) == (month, day)
    assert today.replace(day=1) <= got < today.replace(day=1) + timedelta(days=366)
