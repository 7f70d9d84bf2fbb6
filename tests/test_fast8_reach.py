"""What the tables can read decides where rules are tried (fast8), never what is found.

A rule reads numbers, punctuation, words the tables know (or that a phrase of the tables covers)
and letters glued after a number or a sign; every date holds a number or a word that names a time. So
``Tokens.may_start`` refuses a start whose readable stretch holds neither (and a number with a
word of no table on each side), ``Tokens.reach_back`` stops the look-back before a pre-scan hit
at a word of no table, and a longer match inside a date is looked for only when what follows the
date holds one (``Tokens.names_time``). The tables below are worked out by hand from the English and Arabic
rows (``report``, ``lists``, ``names``, ``said``, «قال», «تقرير» have no sense; ``of`` and «من» only
function senses; ``friday``, ``days``, «الجمعه» name a time); the property checks that the
filters change no answer; the count checks that a line of no date runs no rule.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from liveblog._text.normalize import normalize
from liveblog.lang import lexicon
from liveblog.resolve import find_times
from liveblog.resolve._compose import Composer
from liveblog.resolve._grammar import Tokens

REF = datetime(2024, 11, 29, 21, 0, tzinfo=ZoneInfo("Asia/Damascus"))


def _tokens(text: str, lang: str) -> Tokens:
    norm = normalize(text).text
    lex = lexicon(lang)
    assert lex is not None
    return Tokens(norm, [lex], [(0, len(norm))])


# (language, text, token index, may a date start there), worked out by hand
MAY_START = [
    ("en", "the report lists 180 names", 3, False),  # a count between two words of no table
    ("en", "in 180 days", 1, True),  # "in" before it: a cue may make it a year or an amount
    ("en", "180", 0, True),  # the whole text: "1996" alone is a year
    ("en", "report 180", 1, True),  # the last token: nothing after it to rule it out
    ("en", "report 180, names", 1, True),  # punctuation after it is read ("180, 181")
    ("en", "said of report", 1, False),  # "of" says no time and "report" ends the stretch
    ("en", "said of friday", 1, True),  # a weekday follows
    ("en", "of , friday", 0, True),  # through a comma (a joining word) to the weekday
    ("en", "of , report friday", 0, False),  # the stretch ends at "report" before the weekday
    ("en", "friday report", 0, True),  # a word that names a time starts it
    ("ar", "قال تقرير 180 تقرير", 2, False),
    ("ar", "في 180 يوما", 1, True),  # «في» before it
    ("ar", "من تقرير", 0, False),  # «من» alone says no time
    ("ar", "من الجمعة", 0, True),
]


@pytest.mark.parametrize(("lang", "text", "i", "expected"), MAY_START)
def test_may_start(lang: str, text: str, i: int, expected: bool) -> None:
    assert _tokens(text, lang).may_start(i) is expected


# (language, text, hit token, lowest token, first token a rule may start on), worked out by hand
REACH_BACK = [
    ("en", "talks in friday", 2, 0, 1),  # "talks" has no sense: the look-back stops after it
    ("en", "of in friday", 2, 0, 0),  # both read
    ("en", "report , in friday", 3, 0, 1),  # the comma and "in" are read, "report" is not
    ("en", "the 1990s report friday", 4, 0, 4),  # "1990s" is two tokens; "report" right before the hit
    ("en", "in 1990s friday", 3, 0, 0),  # in, 1990, s, friday: "s" glued after the number is read
    ("en", "of in friday", 2, 1, 1),  # never below the lowest token asked
    ("ar", "قال في الجمعة", 2, 0, 1),
]


@pytest.mark.parametrize(("lang", "text", "k", "lo", "expected"), REACH_BACK)
def test_reach_back(lang: str, text: str, k: int, lo: int, expected: int) -> None:
    assert _tokens(text, lang).reach_back(k, lo) == expected


def _best_calls(monkeypatch: pytest.MonkeyPatch, text: str, lang: str) -> int:
    calls = 0
    best = Composer.best

    def counted(self: Composer, i: int) -> object:
        nonlocal calls
        calls += 1
        return best(self, i)

    monkeypatch.setattr(Composer, "best", counted)
    assert find_times(text, REF, languages=[lang]) == []
    return calls


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The report lists 180 names of the victims."),  # a pre-scan hit (180), no cue beside it
        ("ar", "أفاد التقرير رقم 180 بما يلي."),  # the same in Arabic: «رقم» and «بما» have no sense
    ],
)
def test_a_line_without_a_date_runs_no_rule(monkeypatch: pytest.MonkeyPatch, lang: str, text: str) -> None:
    assert _best_calls(monkeypatch, text, lang) == 0


_WORDS = {
    "en": [
        *("friday", "in", "of", "at", "the", "days", "3", "2020", "15", ",", "pm", "last", "march"),
        *("until", "and", "-", ":", "report", "lists", "names", "said", "ago", "2", "hours", "1990s", "\n"),
    ],
    "ar": [
        *("الجمعة", "في", "من", "الى", "يوم", "3", "2020", "15", "،", "مساء", "الماضي", "آذار"),
        *("حتى", "و", "-", ":", "قال", "تقرير", "رقم", "بما", "منذ", "ساعات", "الساعة", "عام", "\n"),
    ],
}


def _always(_toks: Tokens, _i: int, since: int | None = None) -> bool:
    return True


def _lowest(_toks: Tokens, _k: int, lo: int) -> int:
    return lo


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(["en", "ar"]).flatmap(
        lambda lang: st.tuples(
            st.just(lang), st.lists(st.sampled_from(_WORDS[lang]), min_size=1, max_size=12)
        )
    )
)
def test_the_filters_change_no_answer(case: tuple[str, list[str]]) -> None:
    lang, words = case
    text = " ".join(words)
    with pytest.MonkeyPatch.context() as mp:  # every start tried, the look-back never stopped
        mp.setattr(Tokens, "may_start", _always)
        mp.setattr(Tokens, "names_time", _always)  # the longer match inside is always looked for
        mp.setattr(Tokens, "reach_back", _lowest)
        plain = find_times(text, REF, languages=[lang])
    assert find_times(text, REF, languages=[lang]) == plain


# (language, text, token index, does the readable stretch from there hold a time), by hand
NAMES_TIME = [
    ("en", ". report friday", 0, False),  # the full stop is read, "report" ends the stretch
    ("en", ", in friday", 0, True),
    ("en", "of the", 0, False),  # the text ends with function words
    ("en", "of 3", 0, True),  # a number
    ("ar", "، بعد تقرير", 0, False),  # «بعد» alone is a function word here («بعد الغد» is a day)
    ("ar", "، بعد الغد", 0, True),
]


@pytest.mark.parametrize(("lang", "text", "i", "expected"), NAMES_TIME)
def test_names_time(lang: str, text: str, i: int, expected: bool) -> None:
    assert _tokens(text, lang).names_time(i) is expected


def test_a_phrase_running_past_the_date_counts() -> None:
    """the, year, ', s, end: "year's end" is one phrase from "year"; after "the year" the tokens
    "' s end" hold no time of their own, but the phrase started inside runs past them."""
    toks = _tokens("the year's end", "en")
    assert toks.names_time(2) is False
    assert toks.names_time(2, since=1) is True
