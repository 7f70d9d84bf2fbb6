"""Ranges and joins in the languages whose tables are generated, and when dateparser's reading wins.

Every expected value was worked out by hand from the reference, Friday 29
November 2024, 21:00 in Damascus, reading the past: Monday is the 25th,
Wednesday the 27th; a day of March or July without a year is this year's
(both before 29 November); a clock with no day is today's, the 29th. A range's
TIMEX3 names its two ends.
"""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

import pytest

from liveblog import find_times, resolve
from liveblog.lang._data import _news
from liveblog.model import When, WhenKind
from liveblog.resolve import _refines, _when

REF = "2024-11-29T21:00:00+03:00"
# Dates without a year are the nearest occurrence (docs/resolution.md): March 2025 begins 92 days
# after the reference, March 2024 ended 243 days before it.
TZ = "Asia/Damascus"
ZONE = ZoneInfo(TZ)

# (language, text, TIMEX3 of the one range read): "from … to …", "between … and …".
RANGES: list[tuple[str, str, str]] = [
    ("fr", "du 3 au 5 mars", "2025-03-03/2025-03-05"),
    ("fr", "entre lundi et mercredi", "2024-11-25/2024-11-27"),
    ("fr", "de 10h à 12h", "2024-11-29T10:00/2024-11-29T12:00"),
    ("de", "von Montag bis Mittwoch", "2024-11-25/2024-11-27"),
    ("de", "zwischen Montag und Mittwoch", "2024-11-25/2024-11-27"),
    ("es", "entre el lunes y el miércoles", "2024-11-25/2024-11-27"),
    ("es", "del lunes al miércoles", "2024-11-25/2024-11-27"),
    ("it", "dal 3 al 5 marzo", "2025-03-03/2025-03-05"),
    ("it", "tra lunedì e mercoledì", "2024-11-25/2024-11-27"),
    ("pt", "13 a 15 Julho", "2024-07-13/2024-07-15"),  # «a» without an opener: days, not times
    ("ru", "с 3 по 5 марта", "2025-03-03/2025-03-05"),
    ("ru", "с 10:00 до 12:00", "2024-11-29T10:00/2024-11-29T12:00"),
    ("uk", "з 3 по 5 березня", "2025-03-03/2025-03-05"),
    ("tr", "Pazartesi ile Çarşamba", "2024-11-25/2024-11-27"),
    ("nl", "van maandag tot woensdag", "2024-11-25/2024-11-27"),
    ("nl", "tussen maandag en woensdag", "2024-11-25/2024-11-27"),
    ("pl", "Lipca 13 do 15", "2024-07-13/2024-07-15"),
    ("ru", "13 - 15 июля", "2024-07-13/2024-07-15"),  # a dash closes a range in every language
    ("uk", "11:30-13:30", "2024-11-29T11:30/2024-11-29T13:30"),
]

# (language, text, TIMEX3): a day and its clock joined by a word.
JOINS: list[tuple[str, str, str]] = [
    ("fr", "lundi à 15h", "2024-11-25T15:00"),
    ("de", "Montag um 15:00", "2024-11-25T15:00"),
    ("es", "el lunes a las 15:00", "2024-11-25T15:00"),
    ("it", "lunedì alle 15:00", "2024-11-25T15:00"),
    ("pt", "segunda-feira às 15h", "2024-11-25T15:00"),
    ("ru", "в понедельник в 15:00", "2024-11-25T15:00"),
    ("uk", "у понеділок о 15:00", "2024-11-25T15:00"),
    ("tr", "Pazartesi saat 15:00", "2024-11-25T15:00"),
    ("nl", "maandag om 15:00", "2024-11-25T15:00"),
    ("pl", "w poniedziałek o 15:00", "2024-11-25T15:00"),
    ("nb", "torsdag kl 8:00", "2024-11-28T08:00"),  # Thursday is the 28th
    ("sv", "torsdag kl. 8:00", "2024-11-28T08:00"),
]


@pytest.mark.parametrize(("lang", "text", "timex"), RANGES)
def test_range(lang: str, text: str, timex: str) -> None:
    found = find_times(text, REF, tz=TZ, languages=[lang])
    assert [(f.text, f.when.kind, f.when.timex) for f in found] == [(text, WhenKind.RANGE, timex)]


@pytest.mark.parametrize(("lang", "text", "timex"), JOINS)
def test_join(lang: str, text: str, timex: str) -> None:
    when = resolve(text, REF, tz=TZ, languages=[lang])
    assert when is not None
    assert when.timex == timex


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "le 16 à 18h"),  # the 16th at 6 pm: «à» opens no range of times by itself
        ("fr", "vendredi 15 à 16h"),  # Friday the 15th at 4 pm
        ("es", "el 16 a las 18:00"),
    ],
)
def test_common_closer_alone_makes_no_range_of_times(lang: str, text: str) -> None:
    found = find_times(text, REF, tz=TZ, languages=[lang])
    assert all(f.when.kind != WhenKind.RANGE for f in found)


# (language, text, TIMEX3): our reading left short words unread; dateparser's finer reading inside
# ours wins, a reading no finer than ours does not displace it.
READINGS: list[tuple[str, str, str]] = [
    ("pt", "um de março", "2025-03-01"),  # our bare month (the nearest March); dateparser reads its first day
    # A year-less day dateparser reads is placed by our one year picker, as ours would be: the
    # nearest occurrence (3 March 2025 is 94 days after the reference, 3 March 2024 271 before).
    ("fr", "le 3 mars", "2025-03-03"),
    ("es", "el 5 de marzo", "2025-03-05"),
    # Our weekday with its day number and clock left over: dateparser's clock on that day stands,
    # though it names no month; a day number that is not that weekday's leaves ours standing.
    ("fr", "samedi 23 à 18h", "2024-11-23T18:00"),
    ("fr", "lundi 25 à 16h", "2024-11-25T16:00"),
    ("fr", "samedi 24 à 18h", "2024-11-23"),  # the 24th is a Sunday
]


@pytest.mark.parametrize(("lang", "text", "timex"), READINGS)
def test_which_reading_stands(lang: str, text: str, timex: str) -> None:
    when = resolve(text, REF, tz=TZ, languages=[lang])
    assert when is not None
    assert when.timex == timex


def _day(y: int, m: int, d: int) -> When:
    return _when.day(date(y, m, d), ZONE)


@pytest.mark.parametrize(
    ("theirs", "ours", "refines"),
    [
        (_day(2024, 3, 1), _when.month(2024, 3, ZONE), True),  # 1 March inside March
        (_day(2024, 3, 5), _when.year(2024, ZONE), True),
        (_when.month(2024, 3, ZONE), _when.month(2024, 3, ZONE), False),  # the same, not finer
        (_day(2024, 4, 1), _when.month(2024, 3, ZONE), False),  # outside ours: a different date
        (_when.month(2024, 3, ZONE), _day(2024, 3, 1), False),  # coarser
    ],
)
def test_refines(theirs: When, ours: When, refines: bool) -> None:
    assert _refines(theirs, ours) is refines


def test_news_table_takes_range_and_join_rows() -> None:
    text = '[range-from]\n"entre" = "between"\n[range-to]\n"et" = "between"\n"à" = "from"\n'
    text += '[join]\n"à" = true\n'
    rows, _ = _news("xx", text, [])
    assert sorted(rows) == sorted(
        [
            ("entre", "range-from", "between"),
            ("et", "range-to", "between"),
            ("à", "range-to", "from"),
            ("à", "join", None),
        ]
    )


@pytest.mark.parametrize(
    "text",
    ['[range-to]\n"et" = "and"\n', '[range-from]\n"de" = "any"\n', '[range-to]\n"à" = 1\n'],
)
def test_news_table_refuses_bad_range_rows(text: str) -> None:
    with pytest.raises(ValueError, match="expected one of"):
        _news("xx", text, [])


# (language, text, TIMEX3 on the Damascus clock): a clock said in GMT (UTC+0) or CET (UTC+1 in
# November) is three or two hours later in Damascus (UTC+3).
ZONED: list[tuple[str, str, str]] = [
    ("de", "Montag um 8:00 GMT", "2024-11-25T11:00"),
    ("nl", "maandag om 8:00 GMT", "2024-11-25T11:00"),
    ("it", "lunedì alle 8:00 GMT", "2024-11-25T11:00"),
    ("ru", "в понедельник в 8:00 GMT", "2024-11-25T11:00"),
    ("uk", "16:00 CET", "2024-11-29T18:00"),
    ("da", "torsdag kl. 8:00 GMT", "2024-11-28T11:00"),
]


@pytest.mark.parametrize(("lang", "text", "timex"), ZONED)
def test_zone_after_clock(lang: str, text: str, timex: str) -> None:
    when = resolve(text, REF, tz=TZ, languages=[lang])
    assert when is not None
    assert when.timex == timex


def test_zone_abbreviation_that_is_a_word_is_no_zone() -> None:
    # German "ist" (is) is also India's abbreviation: after a clock it stays a word.
    found = find_times("Um 15:00 ist Schluss", REF, tz=TZ, languages=["de"])
    assert [f.when.timex for f in found] == ["2024-11-29T15:00"]
    assert all("ist" not in f.text for f in found)


# (language, text, TIMEX3 or None): a month name that is also a word counts after a cue word.
MONTH_CUES: list[tuple[str, str, str | None]] = [
    ("fr", "en mars", "2025-03"),
    ("fr", "depuis mai", "2024-05"),
    ("de", "im Mai", "2024-05"),
    ("nl", "in maart", "2025-03"),
    ("es", "en mayo", "2024-05"),
    ("fr", "la mission sur Mars", None),  # the planet
]


@pytest.mark.parametrize(("lang", "text", "timex"), MONTH_CUES)
def test_month_cue(lang: str, text: str, timex: str | None) -> None:
    when = resolve(text, REF, tz=TZ, languages=[lang])
    assert (when.timex if when is not None else None) == timex
