"""Marker shapes of live pages in more languages (pages8): every expected value worked out by hand.

The words come from ``lang/<code>/page.toml`` (:mod:`liveblog._text.pagedata`);
these tables check the shapes they make, not the files' contents.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from liveblog._text.clock import leading_clock
from liveblog._text.pagedata import page_list, page_map, page_tables
from liveblog.lang.relative import match_relative
from liveblog.segment._lines import numeric_day
from liveblog.segment._markers import leading_marker, parse_edit_stamp

# line, hour, minute: a part of the day before the clock, counters, cue and suffix words
CLOCKS = [
    ("下午3:10", 15, 10),  # zh afternoon
    ("晚上11:55", 23, 55),  # zh evening: 11 at night
    ("晚上9:40", 21, 40),
    ("凌晨0:40", 0, 40),  # zh small hours: a 24-hour zero stays zero
    ("上午8:05", 8, 5),
    ("中午12:30", 12, 30),  # zh midday: 12 stays, 1 is 13
    ("中午1:15", 13, 15),
    ("14時30分", 14, 30),  # ja counters
    ("0時15分", 0, 15),
    ("午後3時5分", 15, 5),
    ("下午2点30分", 14, 30),  # zh counters after a part of the day
    ("오후 8시 5분", 20, 5),  # ko
    ("오전 0시 20분", 0, 20),
    ("오후 10시 30분", 22, 30),
    ("밤 11시 40분", 23, 40),
    ("새벽 2시 10분", 2, 10),
    ("오후 8시", 20, 0),  # the hour alone, nothing glued after it
    ("सुबह 9:40 बजे", 9, 40),  # hi morning
    ("दोपहर 12:05 बजे", 12, 5),  # hi midday: 12:05 stays
    ("दोपहर 2:30 बजे", 14, 30),
    ("शाम 6:20 बजे", 18, 20),  # hi evening
    ("रात 11:15 बजे", 23, 15),  # hi night: 11 is 23, 1 is 1
    ("रात 1:30 बजे", 1, 30),
    ("دوپہر 2:30 بجے", 14, 30),  # ur, as Hindi
    ("رات 11:15 بجے", 23, 15),
    ("ساعت ۱۴:۳۰", 14, 30),  # fa cue, Persian digits
    ("godz. 23:40", 23, 40),  # pl cue
    ("14.52 uur", 14, 52),  # nl suffix
    ("kl. 13.05", 13, 5),  # sv cue (already known)
    ("pukul 14.30", 14, 30),  # id cue
    ("2:30 p. m.", 14, 30),  # es: the spaced 12-hour words after the clock
    ("11:05 a. m.", 11, 5),
    ("9:15 μ.μ.", 21, 15),  # el
    ("１４：３０", 14, 30),  # full-width digits and colon (Japanese and Chinese pages)
    ("０時１５分", 0, 15),
    ("午後３時５分", 15, 5),
]


@pytest.mark.parametrize(("line", "hour", "minute"), CLOCKS)
def test_clock_words_of_other_languages(line: str, hour: int, minute: int) -> None:
    got = leading_clock(line)
    assert got is not None, line
    clock, end = got
    assert (clock.hour, clock.minute, end) == (hour, minute, len(line))


@pytest.mark.parametrize(
    "line",
    [
        "3時間前に発表",  # a duration counter, not an hour
        "오전 14시",  # am before a 24-hour clock past noon: the two disagree (hour24)
        "下午",  # a part of the day with no clock
        "godz.",
        "O godz. 1:00 czasu polskiego zamknięte",  # "O godz." opens a sentence: no cue here
    ],
)
def test_no_clock_starts_these_lines(line: str) -> None:
    assert leading_clock(line) is None


# line, shape, hour, minute, date written in the label
DATED = [
    ("09:10, 24 Nov", "clock-date", 9, 10, "24 Nov"),
    ("14:30 30/11", "clock-date", 14, 30, "30/11"),
    ("14:30, 30 Nov 2024", "clock-date", 14, 30, "30 Nov 2024"),
    ("24/11 19:30", "date-clock", 19, 30, "24/11"),
    ("2024/10/31 15:10", "date-clock", 15, 10, "2024/10/31"),
    ("2일 오후 11시 50분", "date-clock", 23, 50, "2일"),
    ("28日 0時15分", "date-clock", 0, 15, "28日"),
    ("30.11. 14:30", "date-clock", 14, 30, "30.11."),
    ("Вчера, 23:48", "date-clock", 23, 48, "Вчера"),  # a day word before the clock
    ("Вчера в 23:48", "date-clock", 23, 48, "Вчера"),
    ("昨天 23:48", "date-clock", 23, 48, "昨天"),
    ("Aujourd'hui à 00h15", "date-clock", 0, 15, "Aujourd'hui"),  # a day word with an apostrophe, a cue
    ("12월 3일 오전 0시 15분", "date-clock", 0, 15, "12월 3일"),  # two words of date
    ("어제 오후 11시 48분", "date-clock", 23, 48, "어제"),
]


@pytest.mark.parametrize(("line", "shape", "hour", "minute", "day_text"), DATED)
def test_a_date_on_the_clock_line_in_either_order(
    line: str, shape: str, hour: int, minute: int, day_text: str
) -> None:
    m = leading_marker(line)
    assert m is not None, line
    assert (m.shape, m.hour, m.minute, m.date_text, m.rest_at) == (shape, hour, minute, day_text, None)


def test_a_clock_then_words_that_are_no_date_keeps_its_title() -> None:
    """ "18:00 Runde 2" looks like "09:10, 24 Nov"; when the words name no day it is a clock and a title."""
    m = leading_marker("18:00 Runde 2")
    assert m is not None
    assert m.fallback is not None
    assert (m.fallback.hour, m.fallback.rest_at, m.fallback.date_text) == (18, 6, None)


@pytest.mark.parametrize(
    "line",
    ["Stand: 02.06.2024 13:05 Uhr", "24/11 19:30 Cerraron las urnas"],  # a label with a colon; a title after
)
def test_date_first_lines_that_are_not_date_clock_markers(line: str) -> None:
    m = leading_marker(line)
    assert m is None or m.shape != "date-clock"


# stamp, amount, unit, language of the table that reads it
RELATIVE = [
    ("5分前", 5, "minute", "ja"),
    ("3時間前", 3, "hour", "ja"),
    ("５分前", 5, "minute", "ja"),  # full-width digit
    ("10분 전", 10, "minute", "ko"),
    ("10분전", 10, "minute", "ko"),
    ("5 分钟前", 5, "minute", "zh"),
    ("2小时前", 2, "hour", "zh"),
    ("5 मिनट पहले", 5, "minute", "hi"),
    ("2 घंटे पहले", 2, "hour", "hi"),
    ("15 minut temu", 15, "minute", "pl"),
    ("5 minuten geleden", 5, "minute", "nl"),
    ("för 12 minuter sedan", 12, "minute", "sv"),  # a circumfix: both words
    ("2 timmar sedan", 2, "hour", "sv"),
    ("5 хвилин тому", 5, "minute", "uk"),
    ("πριν από 5 λεπτά", 5, "minute", "el"),
    ("5 menit yang lalu", 5, "minute", "id"),
    ("5 phút trước", 5, "minute", "vi"),
]


@pytest.mark.parametrize(("stamp", "amount", "unit", "lang"), RELATIVE)
def test_relative_stamps_of_more_languages(stamp: str, amount: int, unit: str, lang: str) -> None:
    r = match_relative(stamp)
    assert r is not None, stamp
    assert (r.amount, r.unit, r.sign, r.end, r.lang) == (amount, unit, -1, len(stamp), lang)
    m = leading_marker(stamp)
    assert m is not None
    assert m.relative is not None
    assert m.raw == stamp


@pytest.mark.parametrize("text", ["3時間", "14時30分", "5분", "5 minuten", "för 5"])
def test_no_relative_without_its_ago_word(text: str) -> None:
    r = match_relative(text)
    assert r is None or r.end < len(text)


@pytest.mark.parametrize(
    ("line", "hour", "minute"),
    [("Uppdaterad kl. 13.40", 13, 40), ("Bijgewerkt om 14.10 uur", 14, 10), ("Zaktualizowano 14:20", 14, 20)],
)
def test_edit_stamps_of_more_languages(line: str, hour: int, minute: int) -> None:
    m = parse_edit_stamp(line)
    assert m is not None
    assert (m.hour, m.minute) == (hour, minute)


def test_edit_stamp_with_more_after_it_is_no_stamp() -> None:
    assert parse_edit_stamp("Uppdaterad kl. 13.40 med nya uppgifter") is None


REF = datetime(2024, 12, 3, 6, 15, tzinfo=ZoneInfo("Asia/Jakarta"))
JANUARY = datetime(2025, 1, 2, 9, 0, tzinfo=ZoneInfo("Europe/Madrid"))


@pytest.mark.parametrize(
    ("day", "month", "reference", "lang", "expected"),
    [
        ("3", "12", REF, "es", date(2024, 12, 3)),  # day first
        ("24", "11", REF, "es", date(2024, 11, 24)),
        ("31", "12", JANUARY, "es", date(2024, 12, 31)),  # a January page's New Year's Eve
        ("4", "12", REF, "es", date(2024, 12, 4)),  # the day after the reference: still this year
    ],
)
def test_numeric_day_and_month_take_the_reference_year(
    day: str, month: str, reference: datetime, lang: str, expected: date
) -> None:
    assert numeric_day(day, "/", month, reference, lang) == expected


def test_every_page_table_is_well_formed() -> None:
    """Each ``lang/<code>/page.toml`` has only the documented sections, and its words are strings."""
    known = {
        "clock": {"before", "after", "hour", "minute", "cues", "suffixes"},
        "relative": {"glued", "ago-after", "ago-before", "in-before", "units"},
        "furniture": {"chrome", "metadata", "summary", "pinned", "edit", "staff", "name-particles"}
        | {"stamp", "updated"}  # lead10
        | {"now"},  # h11: "Just now"
    }
    parts = {"am", "pm", "noon", "night"}
    units = {"second", "minute", "hour", "day", "week", "month", "year"}
    assert page_tables(), "no page.toml found"
    for code, doc in page_tables().items():
        assert set(doc) <= set(known), code
        for section, keys in doc.items():
            assert set(keys) <= known[section], (code, section)
    for table in page_map("clock", "before").values():
        assert set(table.values()) <= parts
    for table in page_map("relative", "units").values():
        assert set(table.values()) <= units
    for words in page_list("furniture", "chrome").values():
        assert all(isinstance(w, str) and w.strip() == w and w for w in words)


@pytest.mark.parametrize(
    ("rest", "byline"),
    [
        ("Jan de Vries", True),  # a name particle between capitalised words
        ("Ludwig von Beethoven", True),
        ("José Pérez", True),  # accented capitals
        ("Łukasz Nowak", True),
        ("Redactie", True),  # the desk signing as a whole
        ("Partijleiders opnieuw bijeen", False),  # a headline in sentence case
        ("de Vries", False),  # a particle cannot open the name
        ("Update", False),  # one word that is no desk
    ],
)
def test_bylines_beside_a_clock(rest: str, byline: bool) -> None:
    from liveblog.segment import _names_a_person

    assert _names_a_person(rest) is byline


@pytest.mark.parametrize(("line", "hour"), [("・13時55分 激戦州で勝利確実", 13), ("• 12.31 Uhr: Titel", 12)])
def test_list_bullets_before_a_clock(line: str, hour: int) -> None:
    m = leading_marker(line)
    assert m is not None
    assert m.hour == hour
    assert m.rest_at is not None


def test_a_word_before_a_clock_that_names_no_day_starts_nothing() -> None:
    """ "Breaking 14:30" has the shape of "Вчера, 23:48", but "Breaking" is no day: no post starts there."""
    from liveblog import parse

    page = (
        "Storm live\n\nWinds are rising.\n\n15:10\nFerries cancelled\nAll sailings are off.\nBreaking 14:30\n"
    )
    tl = parse(page, reference=datetime(2024, 12, 3, 16, 0, tzinfo=ZoneInfo("UTC")), tz="UTC")
    assert [e.marker for e in tl.entries if e.kind.value == "post"] == ["15:10"]
