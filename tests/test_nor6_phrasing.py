"""Classes of phrasing in pl, tr, nl and de (wave 6, nor6): one table per class, values worked out
by hand before the resolver was run.

Reference: Thursday 7 November 2024, 10:00 in Amsterdam (+01:00), reading the future. This ISO
week runs Monday 4 - Sunday 10 November; last week 28 October - 3 November; next week 11 - 17
November. 1 November 2024 is a Friday, 1 October 2025 a Wednesday; Easter 2025 is 20 April;
25 December 2024 is a Wednesday; 27 April 2025 is a Sunday; the Lunar New Year 2025 is 29 January.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from liveblog import find_times, resolve
from liveblog.model import When

REF = "2024-11-07T10:00:00+01:00"
TZ = "Europe/Amsterdam"


def _read(lang: str, text: str) -> When | None:
    return resolve(text, REF, prefer="future", tz=TZ, languages=[lang])


def _span(when: When) -> tuple[datetime, datetime, str]:
    return when.start.replace(tzinfo=None), when.end.replace(tzinfo=None), when.grain.value


def _day(y: int, m: int, d: int) -> tuple[datetime, datetime, str]:
    return datetime(y, m, d), datetime(y, m, d) + (datetime(2000, 1, 2) - datetime(2000, 1, 1)), "day"


# -- a weekday beside an amount of weeks: that weekday of the week the amount lands in; alone the
# amount stays the day it lands on (issue 14), and beside a clock too
WEEKS: list[tuple[str, str, tuple[datetime, datetime, str]]] = [
    ("de", "Freitag in zwei Wochen", _day(2024, 11, 22)),  # +14 = Thu 21 Nov, week of Mon 18
    ("de", "Montag vor drei Wochen", _day(2024, 10, 14)),  # -21 = Thu 17 Oct, week of Mon 14
    ("pl", "piątek za tydzień", _day(2024, 11, 15)),  # +7 = Thu 14 Nov, week of Mon 11
    ("en", "wednesday in 2 weeks", _day(2024, 11, 20)),
    ("de", "in zwei Wochen", _day(2024, 11, 21)),
    ("tr", "iki hafta sonra", _day(2024, 11, 21)),  # "N weeks later" from now: that day too
    ("en", "a week later", _day(2024, 11, 14)),
]


@pytest.mark.parametrize(("lang", "text", "span"), WEEKS)
def test_weekday_in_a_week_of_an_amount(lang: str, text: str, span: tuple[datetime, datetime, str]) -> None:
    when = _read(lang, text)
    assert when is not None, f"{lang}: {text!r} read as no date"
    assert _span(when) == span


def test_amount_of_weeks_beside_a_clock_is_the_day() -> None:
    when = _read("en", "in two weeks at 3pm")
    assert when is not None
    assert when.start.replace(tzinfo=None) == datetime(2024, 11, 21, 15, 0)


# -- a weekday or month that needs a cue, after the week or year it lies in, where the clause ends;
# German "der" between a weekday and its week
NAMED_IN_PERIOD: list[tuple[str, str, tuple[datetime, datetime, str]]] = [
    ("tr", "geçen hafta pazar", _day(2024, 11, 3)),
    ("tr", "gelecek hafta pazar", _day(2024, 11, 17)),
    ("nl", "volgend jaar maart", (datetime(2025, 3, 1), datetime(2025, 4, 1), "month")),
    ("de", "Sonntag der letzten Woche", _day(2024, 11, 3)),
    ("de", "Mittwoch der nächsten Woche", _day(2024, 11, 13)),
    ("en", "next year may rise", (datetime(2025, 1, 1), datetime(2026, 1, 1), "year")),  # no May
    ("nb", "søndag i forrige uke", _day(2024, 11, 3)),
    ("da", "onsdag i næste uge", _day(2024, 11, 13)),
    ("sv", "söndag i förra veckan", _day(2024, 11, 3)),
]


@pytest.mark.parametrize(("lang", "text", "span"), NAMED_IN_PERIOD)
def test_name_in_its_period(lang: str, text: str, span: tuple[datetime, datetime, str]) -> None:
    when = _read(lang, text)
    assert when is not None, f"{lang}: {text!r} read as no date"
    assert _span(when) == span


# -- days and months: a two-digit year where the clause ends, an ordinal mark after a month-first
# day, a two-letter number word before a month, Polish day adjectives and month abbreviations,
# Turkish month names with case endings
DAYS: list[tuple[str, str, tuple[datetime, datetime, str]]] = [
    ("pl", "14 kwietnia 15", _day(2015, 4, 14)),
    ("pl", "14-tego kwietnia 15", _day(2015, 4, 14)),
    ("de", "14te April 15", _day(2015, 4, 14)),
    ("pl", "marzec 3ci 2015", _day(2015, 3, 3)),
    ("tr", "üç mart 2015", _day(2015, 3, 3)),
    ("tr", "on nisan", _day(2025, 4, 10)),
    ("pl", "dzisiejsza", _day(2024, 11, 7)),
    ("pl", "wczorajszym", _day(2024, 11, 6)),
    ("pl", "jutrzejszej", _day(2024, 11, 8)),
    ("pl", "sierp. 8", _day(2025, 8, 8)),
    ("tr", "ekimin birinci salısı", _day(2025, 10, 7)),
    ("tr", "5 ekimde", _day(2025, 10, 5)),
    ("tr", "mayısta", (datetime(2025, 5, 1), datetime(2025, 6, 1), "month")),
    ("nl", "deze dag", _day(2024, 11, 7)),
    ("de", "übernächsten Mai", (datetime(2026, 5, 1), datetime(2026, 6, 1), "month")),  # next: May 2025
    ("de", "vorletzten Mai", (datetime(2023, 5, 1), datetime(2023, 6, 1), "month")),  # last: May 2024
]


@pytest.mark.parametrize(("lang", "text", "span"), DAYS)
def test_days(lang: str, text: str, span: tuple[datetime, datetime, str]) -> None:
    when = _read(lang, text)
    assert when is not None, f"{lang}: {text!r} read as no date"
    assert _span(when) == span


# -- clocks: "równo o", a bound hour noun after a clock with minutes, am/pm in Dutch
CLOCKS: list[tuple[str, str, datetime]] = [
    ("pl", "jutro równo o piątej po południu", datetime(2024, 11, 8, 17, 0)),
    ("pl", "15sta godzina", datetime(2024, 11, 7, 15, 0)),
    ("nl", "18:30 uur", datetime(2024, 11, 7, 18, 30)),
    ("nl", "1:30 am za. 21 dec", datetime(2024, 12, 21, 1, 30)),
    ("de", "um 3 am Nachmittag", datetime(2024, 11, 7, 15, 0)),
    ("de", "um 8 am Abend", datetime(2024, 11, 7, 20, 0)),
    # an hour in words after a day and "at"; after a weekday and "um" a number is an hour, no day
    ("pl", "jutro o drugiej", datetime(2024, 11, 8, 2, 0)),
    ("de", "Freitag um acht", datetime(2024, 11, 8, 8, 0)),
    ("en", "friday at three", datetime(2024, 11, 8, 3, 0)),
    # a day, then "after"/"before" and a clock: the clock on that day (an open range stays its point)
    ("nb", "i morgen etter kl. 14", datetime(2024, 11, 8, 14, 0)),
    ("en", "tomorrow before 11am", datetime(2024, 11, 8, 11, 0)),
    ("de", "morgen nach 14 Uhr", datetime(2024, 11, 8, 14, 0)),
    # a number before "på" ("kvart på 12") is the hour when no hour follows it
    ("nb", "klokken 9 på lørdag", datetime(2024, 11, 9, 9, 0)),
    ("nb", "kvart på 12", datetime(2024, 11, 7, 11, 45)),
    ("nb", "kvarter over 15", datetime(2024, 11, 7, 15, 15)),
    # a dashed day and month before a clock
    ("nb", "25-04 kl. 16:00", datetime(2025, 4, 25, 16, 0)),
]


@pytest.mark.parametrize(("lang", "text", "start"), CLOCKS)
def test_clocks(lang: str, text: str, start: datetime) -> None:
    when = _read(lang, text)
    assert when is not None, f"{lang}: {text!r} read as no date"
    assert (when.start.replace(tzinfo=None), when.grain.value) == (start, "minute")


# -- ranges: "h" after a clock, German "/" and "auf den", a dashed pair of day/month dates, "paar"
RANGES: list[tuple[str, str, datetime, datetime]] = [
    ("nl", "18:30h tot 19:00h", datetime(2024, 11, 7, 18, 30), datetime(2024, 11, 7, 19, 0)),
    ("de", "18:30h/19:00h", datetime(2024, 11, 7, 18, 30), datetime(2024, 11, 7, 19, 0)),
    ("de", "14./15.10.", datetime(2025, 10, 14), datetime(2025, 10, 16)),
    ("de", "vom 14.10. auf den 15.10.2018", datetime(2018, 10, 14), datetime(2018, 10, 16)),
    ("nl", "14/10 - 15/10", datetime(2025, 10, 14), datetime(2025, 10, 16)),
    ("de", "die nächsten paar Tage", datetime(2024, 11, 8), datetime(2024, 11, 10)),
    ("nl", "de komende paar dagen", datetime(2024, 11, 8), datetime(2024, 11, 10)),
]


@pytest.mark.parametrize(("lang", "text", "start", "end"), RANGES)
def test_ranges(lang: str, text: str, start: datetime, end: datetime) -> None:
    when = _read(lang, text)
    assert when is not None, f"{lang}: {text!r} read as no date"
    assert when.is_range
    assert (when.start.replace(tzinfo=None), when.end.replace(tzinfo=None)) == (start, end)


# -- an amount before or after a time, the nth weekday after a holiday; holidays by name
SHIFTED: list[tuple[str, str, tuple[datetime, datetime, str]]] = [
    ("de", "drei Tage nach Ostern", _day(2025, 4, 23)),
    ("nl", "twee dagen voor kerst", _day(2024, 12, 23)),
    ("da", "tre dage efter påske", _day(2025, 4, 23)),
    ("sv", "tre dagar efter påsk", _day(2025, 4, 23)),
    ("de", "dritter Dienstag nach Weihnachten", _day(2025, 1, 14)),  # 31 Dec, 7 Jan, 14 Jan
    ("de", "Chinesisches Neujahr 2025", _day(2025, 1, 29)),
    ("de", "Parsi Neujahr 2024", _day(2024, 8, 15)),  # 17 Aug 2018, a day earlier in 2020 and 2024
    ("nl", "King's Day 2025", _day(2025, 4, 26)),  # 27 April 2025 is a Sunday
]


@pytest.mark.parametrize(("lang", "text", "span"), SHIFTED)
def test_shifted_and_holidays(lang: str, text: str, span: tuple[datetime, datetime, str]) -> None:
    when = _read(lang, text)
    assert when is not None, f"{lang}: {text!r} read as no date"
    assert _span(when) == span


# -- a weekday abbreviation said as the whole expression
ALONE: list[tuple[str, str, tuple[datetime, datetime, str]]] = [
    ("nl", "za.", _day(2024, 11, 9)),
    ("nl", "ma.", _day(2024, 11, 11)),
    ("de", "mo.", _day(2024, 11, 11)),
    ("de", "so.", _day(2024, 11, 10)),
]


def test_abbreviation_alone_needs_its_full_stop() -> None:
    assert _read("en", "sat") is None  # also a verb


@pytest.mark.parametrize(("lang", "text", "span"), ALONE)
def test_abbreviation_alone(lang: str, text: str, span: tuple[datetime, datetime, str]) -> None:
    when = _read(lang, text)
    assert when is not None, f"{lang}: {text!r} read as no date"
    assert _span(when) == span


# -- running news text with numbers, quantities and scores: none of these mechanisms dates it
NEWS: list[tuple[str, str]] = [
    ("nl", "Ajax won met 3-1. Het is zo. Hij zat in de zon. De race duurde 3 h en 20 minuten."),
    ("nl", "De uitslag was 3/4 - 1/2 van de stemmen, zo'n 120 km per uur."),
    ("de", "Der Wagen fuhr 3 h später mit 120 km/h, 15 Prozent mehr als 2/3 der anderen."),
    ("de", "Drei Tage nach dem Anschlag kamen 20 Leute, ein paar Leute blieben."),
    ("pl", "Trzecia godzina strajku minęła. Wygrali równo 3 punktami, 4 osoby zostały ranne."),
    ("tr", "Tarlada ekimde sorun var. Bu aralıktan geçti ve ocakta yemek pişti. Maç 3-1 bitti."),
]


@pytest.mark.parametrize(("lang", "text"), NEWS)
def test_no_false_dates_in_news(lang: str, text: str) -> None:
    found = find_times(text, REF, prefer="future", tz=TZ, languages=[lang])
    assert [f.text for f in found] == []


SEPARATE: list[tuple[str, str, list[str]]] = [
    ("en", "monday before 3 march", ["monday", "3 march"]),  # two days, not one
    ("nb", "Kampen endte 3-1 klokken 16.", ["klokken 16"]),  # a score before a clock is no date
    ("nb", "fredag i Oslo", ["fredag"]),
]


@pytest.mark.parametrize(("lang", "text", "texts"), SEPARATE)
def test_read_apart(lang: str, text: str, texts: list[str]) -> None:
    found = find_times(text, REF, prefer="future", tz=TZ, languages=[lang])
    assert [f.text for f in found] == texts


def test_modal_after_a_year_is_no_month() -> None:
    found = find_times(
        "Prices next year may rise by 3 percent.", REF, prefer="future", tz=TZ, languages=["en"]
    )
    assert [(f.text, f.when.grain.value) for f in found] == [("next year", "year")]
