"""The day before or after a named day: one reading for every way of saying it.

A ``dayshift`` word («عشية», «غداة», "the eve of", "Vorabend", "vigilia", "víspera(s)") and a bound
day anaphor followed by what it counts from ("le lendemain de", "la veille du", "il giorno dopo")
are read by one production (``liveblog.resolve._windows.day_from``): the day, or holiday, named next
is moved by one day, a clock on it moves with it, and an event ("the eve of the vote") names no day.

Reference: Friday 29 November 2024, 10:00 at +02:00. A year-less date takes its nearest occurrence
(7 October 2024 is 53 days back; 13 February 2025 is 76 days ahead, 2024's 290 back; 25 April
2025 is 147 ahead, 2024's 218 back; 2 June 2024 is 180 back, 2025's 185 ahead); Easter 2025 is
20 April; Eid al-Adha 1445 is 16 June 2024 (Umm al-Qura), nearer than 6 June 2025.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from liveblog import find_times

REF = "2024-11-29T10:00:00+02:00"

DAYS = [
    ("en", "on the eve of 7 October", "eve of 7 October", "2024-10-06"),
    ("en", "the eve of Christmas", "eve of Christmas", "2024-12-24"),
    ("fr", "le lendemain de Pâques", "lendemain de Pâques", "2025-04-21"),
    ("fr", "le lendemain du 13 février", "lendemain du 13 février", "2025-02-14"),
    ("fr", "la veille du 14 juillet", "la veille du 14 juillet", "2024-07-13"),
    ("fr", "la veille du 14 juillet à 20h", "la veille du 14 juillet à 20h", "2024-07-13T20:00"),
    ("it", "il giorno dopo Natale", "il giorno dopo Natale", "2024-12-26"),
    ("it", "il giorno dopo il 2 giugno", "il giorno dopo il 2 giugno", "2024-06-03"),
    ("it", "alla vigilia del 2 giugno", "vigilia del 2 giugno", "2024-06-01"),
    ("es", "la víspera de Navidad", "la víspera de Navidad", "2024-12-24"),
    ("es", "en vísperas de Navidad", "vísperas de Navidad", "2024-12-24"),
    (
        "es",
        "la víspera del 25 de abril",
        "la víspera del 25 de abril",
        "2024-04-24",
    ),  # 25 April 2025 is 147 days ahead (tb9)
    ("de", "am Vorabend des 3. Oktober", "Vorabend des 3. Oktober", "2024-10-02"),
    ("ar", "عشية 7 أكتوبر", "عشية 7 أكتوبر", "2024-10-06"),
    ("ar", "غداة عيد الأضحى", "غداة عيد الأضحى", "2024-06-17"),
]


@pytest.mark.parametrize(("lang", "text", "span", "timex"), DAYS)
def test_the_day_before_or_after_a_named_day(lang: str, text: str, span: str, timex: str) -> None:
    found = find_times(text, REF, languages=[lang])
    assert [(f.text, f.when.timex) for f in found] == [(span, timex)]


EVENTS = [
    ("en", "on the eve of the vote"),
    ("en", "the day after the vote"),
    ("fr", "la veille du sommet"),
    ("it", "la vigilia delle elezioni"),
    ("it", "il giorno dopo le elezioni"),
    ("es", "en vísperas de la cumbre"),
    ("de", "am Vorabend der Wahl"),
    ("ar", "عشية الانتخابات"),
]


@pytest.mark.parametrize(("lang", "text"), EVENTS)
def test_an_event_names_no_day(lang: str, text: str) -> None:
    assert find_times(text, REF, languages=[lang]) == []


@given(st.dates(min_value=date(1950, 1, 2), max_value=date(2100, 12, 30)))
def test_the_eve_of_any_dated_day_is_the_day_before(d: date) -> None:
    text = f"on the eve of {d.day} {calendar.month_name[d.month]} {d.year}"
    found = find_times(text, REF, languages=["en"])
    assert [f.when.timex for f in found] == [(d - timedelta(days=1)).isoformat()]


@pytest.mark.parametrize("ref", ["0002-01-01T10:00:00+00:00", "9998-12-31T10:00:00+00:00"])
@pytest.mark.parametrize(
    ("lang", "text"),
    [("en", "on the eve of 1 January"), ("fr", "le lendemain du 31 décembre"), ("ar", "غداة 31 ديسمبر")],
)
def test_at_the_calendars_edges_no_exception(ref: str, lang: str, text: str) -> None:
    for found in find_times(text, ref, languages=[lang]):
        assert 1 <= found.when.start.year <= 9999
