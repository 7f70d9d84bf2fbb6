"""Twenty-one more languages read from dateparser's CLDR tables, and the tokens of Brahmic scripts.

id ms hi bn mr ne ta th fi et lt lv cs sk sl sr mk sq be az sw have generated tables
(``lang/<code>/cldr.json``, no hand-written phrasing yet): weekday and month names, day words,
"N ago" / "in N" and number words. Before, a text in these languages went to dateparser's search
alone, which reads no relative date. The generator also takes a unit's forms from the "N ago"
patterns themselves ("pred (\\d+) dňami", "пре (\\d+) дана": the case the preposition asks for)
and the words after the unit together ("(\\d+) hari yang lalu").

Brahmic scripts write vowel signs and viramas as combining marks, which ``\\w`` does not match:
"दिन" was cut into "द", "ि", "न"; a word is now one token with its marks. Thai, Lao, Myanmar and
Khmer are written without spaces and are cut one letter at a time, as Han and kana are.

Reference: Friday 29 November 2024, 10:00 at +02:00, prefer past: three days ago is Tuesday 26
November, yesterday Thursday 28, Monday is the 25th, in two weeks Friday 13 December.
"""

from __future__ import annotations

import pytest

from liveblog.lang import TOKEN

from .found_check import spans

CASES = [
    # (lang, text, timex)
    ("id", "3 hari yang lalu", "2024-11-26"),
    ("id", "kemarin", "2024-11-28"),
    ("id", "dalam 2 minggu", "2024-12-13"),
    ("id", "Senin", "2024-11-25"),
    ("ms", "3 hari lalu", "2024-11-26"),
    ("hi", "3 दिन पहले", "2024-11-26"),
    ("hi", "सोमवार", "2024-11-25"),
    ("hi", "5 दिसंबर 2024", "2024-12-05"),
    ("bn", "৩ দিন আগে", "2024-11-26"),
    ("bn", "সোমবার", "2024-11-25"),
    ("th", "3 วันที่แล้ว", "2024-11-26"),
    ("th", "เมื่อวาน", "2024-11-28"),
    ("fi", "3 päivää sitten", "2024-11-26"),
    ("fi", "eilen", "2024-11-28"),
    ("cs", "před 3 dny", "2024-11-26"),
    ("cs", "včera", "2024-11-28"),
    ("sk", "pred 3 dňami", "2024-11-26"),
    ("sl", "pred 3 dnevi", "2024-11-26"),
    ("sr", "пре 3 дана", "2024-11-26"),
    ("mk", "пред 3 дена", "2024-11-26"),
    ("sq", "3 ditë më parë", "2024-11-26"),
    ("lv", "pirms 3 dienām", "2024-11-26"),
    ("be", "3 дні таму", "2024-11-26"),
    ("sw", "siku 3 zilizopita", "2024-11-26"),
    ("sw", "Jumatatu", "2024-11-25"),
]


@pytest.mark.parametrize(("lang", "text", "timex"), CASES, ids=[f"{c[0]}:{c[1]}" for c in CASES])
def test_generated_language_reads_relative_dates(lang: str, text: str, timex: str) -> None:
    assert spans(lang, text) == [(text, timex)]


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("3 दिन पहले", ["3", "दिन", "पहले"]),
        ("কাল সকাল ১০টা", ["কাল", "সকাল", "১০", "টা"]),
        ("நேற்று காலை", ["நேற்று", "காலை"]),
        ("सुबह। १०", ["सुबह", "।", "१०"]),  # the danda and the digits stay apart
        ("เมื่อวาน", ["เ", "ม", "ื", "่", "อ", "ว", "า", "น"]),  # unspaced: one letter a token
    ],
)
def test_words_keep_their_marks(text: str, tokens: list[str]) -> None:
    assert [m.group() for m in TOKEN.finditer(text)] == tokens


# First hand-written tables for Indonesian and Hindi (lead7): modifiers after (id) or before (hi)
# the name, parts of the day, the clock cue "pukul" and the hour word «बजे», zones of the region
# ("WIB" is +07:00: 14:30 WIB is 09:30 at +02:00), and the tense words (a future verb after the
# date in Hindi, which puts the verb last).
PHRASES = [
    ("id", "kemarin pukul 14.30 WIB", "kemarin pukul 14.30 WIB", "2024-11-28T09:30"),
    ("id", "Senin lalu", "Senin lalu", "2024-11-25"),
    ("id", "pekan depan", "pekan depan", "2024-W49"),
    ("id", "bantuan akan tiba pada hari Senin", "hari Senin", "2024-12-02"),
    ("id", "tadi malam", "tadi malam", "2024-11-28TNI"),
    ("hi", "सुबह 9 बजे", "सुबह 9 बजे", "2024-11-29T09:00"),
    ("hi", "अगले सप्ताह", "अगले सप्ताह", "2024-W49"),
    ("hi", "बैठक सोमवार को होगी", "सोमवार", "2024-12-02"),
]


@pytest.mark.parametrize(("lang", "text", "span", "timex"), PHRASES, ids=[c[1] for c in PHRASES])
def test_first_news_tables(lang: str, text: str, span: str, timex: str) -> None:
    assert spans(lang, text) == [(span, timex)]
