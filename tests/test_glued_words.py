"""Two classes found writing pages in twelve languages (tests/test_page_mentions_languages.py).

Hebrew glues one-letter words before a word ("and", "the", "in", "to", "from", "that", "as"):
«למחר» is «מחר» (tomorrow) with "to"; up to two such letters are read off, the word itself first,
a bound sense never. Russian and Ukrainian hour nouns are also units: «продолжались три часа» says
how long; with «в»/«о» before the number, a part of the day after it or minutes, it is a clock.
Values worked out by hand; reference Friday 2024-11-29 21:00, Europe/Paris, prefer past.
"""

from __future__ import annotations

import pytest

from liveblog.lang import lexicon, prescan
from liveblog.resolve import find_times

REF = "2024-11-29T21:00"

# (word, the dayword value it carries, letters read off) — «מחר» = +1, «אתמול» = -1
PREFIXED: list[tuple[str, int, int]] = [
    ("מחר", 1, 0),
    ("למחר", 1, 1),
    ("ולמחר", 1, 2),
    ("מאתמול", -1, 1),
    ("שאתמול", -1, 1),
]


@pytest.mark.parametrize(("word", "value", "strip"), PREFIXED)
def test_hebrew_prefixes_are_read_off(word: str, value: int, strip: int) -> None:
    lex = lexicon("he")
    assert lex is not None
    senses = [(s.value, k) for s, k in lex.starting(word) if s.kind == "dayword"]
    assert senses[:1] == [(value, strip)]


@pytest.mark.parametrize("word", ["לשון", "בית", "מלך"])
def test_no_sense_through_a_prefix_that_leaves_no_word(word: str) -> None:
    lex = lexicon("he")
    assert lex is not None
    assert [s for s, _ in lex.starting(word) if s.kind == "dayword"] == []


def test_a_prefixed_word_is_a_prescan_spot() -> None:
    text = "פגישה למחר"
    assert prescan(text, ("he",)) == [len(text)]


# (lang, text, the clock found or None for no date)
HOURS: list[tuple[str, str, str | None]] = [
    ("ru", "Обстрелы продолжались три часа.", None),
    ("ru", "Встреча в три часа дня.", "2024-11-29T15:00"),
    ("ru", "Встреча в 19 часов.", "2024-11-29T19:00"),
    ("ru", "Встреча в 7 часов вечера.", "2024-11-29T19:00"),
    ("uk", "Обстріли тривали три години.", None),
    ("uk", "Зустріч о 19 годині.", "2024-11-29T19:00"),
    # an open range's word cues the clock it names; a range's closing word in letters does too
    ("ru", "Магазины открыты после 14 часов.", "2024-11-29T14:00"),
    # "до" (until) points the clock forward (the Russian [tense] table, lead7) and, as a deadline
    # word, makes the stretch from now to it (en8's "by 2pm"): said at 21:00, until the next 11:00
    ("ru", "Магазины открыты до 11 часов.", "2024-11-29T21:00:00/2024-11-30T11:00"),
    ("uk", "Магазини відкриті після 14 годин.", "2024-11-29T14:00"),
    ("ru", "Приём с 9 до 11 часов.", "2024-11-29T09:00/2024-11-29T11:00"),
]


@pytest.mark.parametrize(("lang", "text", "clock"), HOURS)
def test_an_hour_noun_that_is_a_unit_needs_a_cue(lang: str, text: str, clock: str | None) -> None:
    found = find_times(text, REF, tz="Europe/Paris", languages=[lang])
    assert [f.when.timex for f in found] == ([clock] if clock else [])
