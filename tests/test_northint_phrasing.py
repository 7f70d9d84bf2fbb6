"""News phrasing of de nl pl ru uk (wave 5): one table of cases per class, values worked out by hand.

Reference: Tuesday 5 March 2024, 10:00 in Berlin (+01:00), reading the future. This week's Monday
is 4 March, last week's 26 February, three weeks back 12 February; next Friday is 8 March, the one
after 15 March; the weekend is Saturday 9 and Sunday 10 March. A unit said in days or longer is
the calendar unit the amount lands in (docs/resolution.md); a sub-day one starts at the reference
moved by the amount.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from liveblog import resolve
from liveblog.model import When

REF = "2024-03-05T10:00:00+01:00"
TZ = "Europe/Berlin"


def _read(lang: str, text: str) -> When | None:
    return resolve(text, REF, prefer="future", tz=TZ, languages=[lang])


def _start(lang: str, text: str) -> datetime:
    when = _read(lang, text)
    assert when is not None, f"{lang}: {text!r} read as no date"
    return when.start.replace(tzinfo=None)


# -- number words and a unit said alone: amounts before/after "ago" and "in" words
AMOUNTS: list[tuple[str, str, datetime, str]] = [
    ("nl", "over twee uur", datetime(2024, 3, 5, 12, 0), "second"),
    ("nl", "in vijf minuten", datetime(2024, 3, 5, 10, 5), "second"),
    ("nl", "drie weken geleden", datetime(2024, 2, 13), "day"),  # about the day (issue 14)
    ("pl", "za dwie godziny", datetime(2024, 3, 5, 12, 0), "second"),
    ("pl", "trzy tygodnie temu", datetime(2024, 2, 13), "day"),
    ("pl", "za tydzień", datetime(2024, 3, 12), "day"),
    ("pl", "rok temu", datetime(2023, 1, 1), "year"),
    ("pl", "pięć dni później", datetime(2024, 3, 10), "day"),
    ("pl", "w 2 minuty", datetime(2024, 3, 5, 10, 2), "second"),
    ("ru", "через час", datetime(2024, 3, 5, 11, 0), "second"),
    ("ru", "неделю тому назад", datetime(2024, 2, 27), "day"),
    ("ru", "год назад", datetime(2023, 1, 1), "year"),
    ("uk", "рік тому", datetime(2023, 1, 1), "year"),
    ("uk", "через хвилину", datetime(2024, 3, 5, 10, 1), "second"),
    ("nb", "én uke siden", datetime(2024, 2, 27), "day"),
    ("hr", "prije jednog tjedna", datetime(2024, 2, 27), "day"),
]


@pytest.mark.parametrize(("lang", "text", "start", "grain"), AMOUNTS)
def test_amounts(lang: str, text: str, start: datetime, grain: str) -> None:
    """A counted amount from the reference: number words, singular units, words after the amount."""
    when = _read(lang, text)
    assert when is not None, f"{lang}: {text!r} read as no date"
    assert (when.start.replace(tzinfo=None), when.grain.value) == (start, grain)


# -- windows: a plural modifier, a count and a unit ("the next two days")
WINDOWS: list[tuple[str, str, date, date]] = [
    ("nl", "komende drie dagen", date(2024, 3, 6), date(2024, 3, 9)),
    ("nl", "de afgelopen twee jaren", date(2022, 1, 1), date(2024, 1, 1)),
    ("pl", "kolejne dwa dni", date(2024, 3, 6), date(2024, 3, 8)),
    ("pl", "ostatnie trzy tygodnie", date(2024, 2, 12), date(2024, 3, 4)),
    ("nb", "seneste to uker", date(2024, 2, 19), date(2024, 3, 4)),
    ("de", "dieses Wochenende", date(2024, 3, 9), date(2024, 3, 11)),
    ("nl", "dit weekend", date(2024, 3, 9), date(2024, 3, 11)),
    ("pl", "ten weekend", date(2024, 3, 9), date(2024, 3, 11)),
]


@pytest.mark.parametrize(("lang", "text", "first", "end"), WINDOWS)
def test_windows_and_weekends(lang: str, text: str, first: date, end: date) -> None:
    """A window of whole units, and the weekend: first day and the day after the last."""
    when = _read(lang, text)
    assert when is not None, f"{lang}: {text!r} read as no date"
    assert (when.start.date(), when.end.date()) == (first, end)


# -- clocks with their half of the day, an hour word after "at", ordinal marks, days further off
POINTS: list[tuple[str, str, datetime]] = [
    ("de", "um 8 Uhr abends", datetime(2024, 3, 5, 20, 0)),
    ("de", "halb neun abends", datetime(2024, 3, 5, 20, 30)),
    ("de", "gegen 4 Uhr nachmittags", datetime(2024, 3, 5, 16, 0)),
    ("nl", "half negen 's avonds", datetime(2024, 3, 5, 20, 30)),
    ("nl", "om vijf uur 's middags", datetime(2024, 3, 5, 17, 0)),
    ("pl", "o siedemnastej", datetime(2024, 3, 5, 17, 0)),
    ("pl", "o dwudziestej pierwszej", datetime(2024, 3, 5, 21, 0)),
    ("pl", "o 17-stej", datetime(2024, 3, 5, 17, 0)),
    ("pl", "o 21stej", datetime(2024, 3, 5, 21, 0)),
    ("nl", "3de kwartaal 2023", datetime(2023, 7, 1)),
    ("nl", "21ste maart", datetime(2024, 3, 21)),
    ("nl", "op de 2de april", datetime(2024, 4, 2)),
    ("de", "übernächsten Freitag", datetime(2024, 3, 15)),
    ("de", "vorletzten Montag", datetime(2024, 2, 26)),
    ("de", "vorvorgestern", datetime(2024, 3, 2)),
    ("de", "überübermorgen", datetime(2024, 3, 8)),
    ("nb", "i overimorgen", datetime(2024, 3, 7)),
    ("sv", "i överimorgon", datetime(2024, 3, 7)),
    ("nb", "klokka 15", datetime(2024, 3, 5, 15, 0)),
]


@pytest.mark.parametrize(("lang", "text", "start"), POINTS)
def test_points(lang: str, text: str, start: datetime) -> None:
    """A clock, a day or a quarter: where it starts."""
    assert _start(lang, text) == start


# -- what stays no date: a duration, a bare weekend, an hour word at or before noon with no half
NOT_DATES: list[tuple[str, str]] = [
    ("pl", "tydzień"),  # a duration, not a date
    ("pl", "przez tydzień"),
    ("nl", "weekend"),
    ("de", "Wochenende"),
    ("pl", "o trzeciej"),  # three or fifteen: no half of the day says
    ("nl", "een"),
    ("pl", "w 15stej minucie"),  # an ordinal's ending after digits is an hour only after "o"
    ("pl", "jedna godzina"),
    ("nl", "de gesprekken duurden drie uur"),  # a duration: "uur" is a clock's only with a cue
]


@pytest.mark.parametrize(("lang", "text"), NOT_DATES)
def test_not_dates(lang: str, text: str) -> None:
    """Words that name no time alone are no date."""
    assert _read(lang, text) is None


# -- the start, middle or end of a period, and an end as a deadline (from the reference to it).
# The end of a month is its days from the 21st, of a year September-December; the start of a week
# its first three days (docs/resolution.md).
EDGES: list[tuple[str, str, datetime, datetime]] = [
    ("de", "Ende des Monats", datetime(2024, 3, 21), datetime(2024, 4, 1)),
    ("de", "Ende des Jahres 2025", datetime(2025, 9, 1), datetime(2026, 1, 1)),
    ("de", "bis zum Ende des Monats", datetime(2024, 3, 5, 10, 0), datetime(2024, 4, 1)),
    ("ru", "до конца месяца", datetime(2024, 3, 5, 10, 0), datetime(2024, 4, 1)),
    ("ru", "в начале следующей недели", datetime(2024, 3, 11), datetime(2024, 3, 14)),
    ("pl", "do końca miesiąca", datetime(2024, 3, 5, 10, 0), datetime(2024, 4, 1)),
    ("uk", "наприкінці року", datetime(2024, 9, 1), datetime(2025, 1, 1)),
    ("nl", "eind maart", datetime(2024, 3, 21), datetime(2024, 4, 1)),
]


@pytest.mark.parametrize(("lang", "text", "start", "end"), EDGES)
def test_edges_and_deadlines(lang: str, text: str, start: datetime, end: datetime) -> None:
    """A part of a period, and "until the end of" one: its start and end."""
    when = _read(lang, text)
    assert when is not None, f"{lang}: {text!r} read as no date"
    assert (when.start.replace(tzinfo=None), when.end.replace(tzinfo=None)) == (start, end)


# -- a range whose first end is a bare day after a day's prefix takes the month of its last end
RANGES: list[tuple[str, str, date, date]] = [
    ("de", "am 14. - 15. Oktober", date(2024, 10, 14), date(2024, 10, 16)),
    ("de", "am 3.-5. April", date(2024, 4, 3), date(2024, 4, 6)),
    ("fr", "le 14 - 15 octobre", date(2024, 10, 14), date(2024, 10, 16)),
    ("de", "am 14.", date(2024, 3, 14), date(2024, 3, 15)),  # alone, still this month's day
]


@pytest.mark.parametrize(("lang", "text", "first", "end"), RANGES)
def test_first_day_of_a_range_takes_the_last_ones_month(lang: str, text: str, first: date, end: date) -> None:
    """ "am 14. - 15. Oktober" is 14-15 October, not 14 March to 15 October."""
    when = _read(lang, text)
    assert when is not None, f"{lang}: {text!r} read as no date"
    assert (when.start.date(), when.end.date()) == (first, end)


# -- a clock with its minutes and its hour noun, closing or opening a range ("18:30 Uhr - 19:00 Uhr")
CLOCK_RANGES: list[tuple[str, str, datetime, datetime]] = [
    ("de", "18:30 Uhr - 19:00 Uhr", datetime(2024, 3, 5, 18, 30), datetime(2024, 3, 5, 19, 0)),
    ("ru", "18:30ч - 19:00ч", datetime(2024, 3, 5, 18, 30), datetime(2024, 3, 5, 19, 0)),
    ("nl", "18:30u - 19:00u", datetime(2024, 3, 5, 18, 30), datetime(2024, 3, 5, 19, 0)),
]


@pytest.mark.parametrize(("lang", "text", "start", "end"), CLOCK_RANGES)
def test_clock_ranges_with_hour_nouns(lang: str, text: str, start: datetime, end: datetime) -> None:
    """The hour's noun after "18:30" belongs to the clock, so the range after it is read."""
    when = _read(lang, text)
    assert when is not None, f"{lang}: {text!r} read as no date"
    assert (when.start.replace(tzinfo=None), when.end.replace(tzinfo=None)) == (start, end)
