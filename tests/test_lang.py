"""Tests for liveblog.lang: the lexicon's word lookups and the pre-scan that finds where dates may start."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from liveblog._text.normalize import normalize
from liveblog.lang import Lexicon, _starting, lexicon, prescan

LANGS = [("ar",), ("en",), ("ar", "en")]


def _lex(lang: str) -> Lexicon:
    lex = lexicon(lang)
    assert lex is not None
    return lex


def _plain_prescan(text: str, langs: tuple[str, ...]) -> list[int]:
    """The pre-scan as first written: one pattern scanned over the text, its match ends."""
    words: set[str] = set()
    for lang in langs:
        lex = _lex(lang)
        for w in lex.trigger_words():
            words.add(w)
            if lex.clitics and w.startswith("ال") and len(w) > 4:  # as lang.prescan: «ان» is no spot
                words.add(w[2:])
    alternation = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    pattern = re.compile(rf"\d+|(?<!\w)[وفبلك]{{0,2}}(?:{alternation})(?!\w)")
    return [m.end() for m in pattern.finditer(text)]


# -- the pre-scan: (normalised text, languages, ends of the spots found)
PRESCAN_CASES: list[tuple[str, tuple[str, ...], list[int]]] = [
    ("قتل 15 مدنيا والخميس", ("ar",), [6, 20]),  # a number, a weekday with و glued on
    ("الجمعه", ("ar",), [6]),  # a word at the very start of the text
    ("لليوم", ("ar",), [5]),  # لل + (ال)يوم
    ("بالامس قتل", ("ar",), [6]),
    ("x2024", ("ar",), [5]),  # digits count inside a word too
    ("2024الجمعه", ("ar",), [4]),  # a word glued to digits does not start there
    ("الجمعهx", ("ar",), []),  # nor one that runs on into more letters
    ("_الجمعه", ("ar",), []),  # "_" is a word character
    ("(الجمعه)", ("ar",), [7]),
    ("friday, monday", ("en",), [6, 14]),
    ("fridays", ("en",), []),
    ("friday الجمعه", ("ar",), [13]),  # only the languages asked for
    ("friday الجمعه", ("ar", "en"), [6, 13]),
    ("قال المتحدث إن الوضع صعب", ("ar",), []),
    ("", ("ar",), []),
    ("12:30\n٢", ("ar",), [2, 5, 7]),  # \d is any decimal digit, as before
]


@pytest.mark.parametrize(("text", "langs", "ends"), PRESCAN_CASES)
def test_prescan_finds(text: str, langs: tuple[str, ...], ends: list[int]) -> None:
    """The pre-scan reports the end of every digit run and of every whole trigger word."""
    assert prescan(text, langs) == ends


_PIECES = [
    *"وفبلكاx_1٢é \n،.-(",  # one character each
    *["ال", "2024", "الجمعه", "الخميس", "اليوم", "يوم", "امس", "مساء"],
    *["friday", "fri", "monday", "march", "night"],
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14).map("".join), st.sampled_from(LANGS))
def test_prescan_same_as_plain_pattern(text: str, langs: tuple[str, ...]) -> None:
    """The fast pre-scan finds exactly the spots the plain pattern finds, on any text."""
    assert prescan(text, langs) == _plain_prescan(text, langs)


def test_prescan_same_as_plain_pattern_on_the_seed() -> None:
    """On the seed page the fast pre-scan and the plain pattern agree spot for spot."""
    from bench import _pages

    text = normalize(_pages.seed_text()).text
    found = prescan(text, ("ar",))
    assert found == _plain_prescan(text, ("ar",))
    assert len(found) > 20


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_trigger_words_are_letters_only(lang: str) -> None:
    """Trigger words are letters only: the fast pre-scan relies on it."""
    bad = [w for w in _lex(lang).trigger_words() if not re.fullmatch(r"[^\W\d_]+", w)]
    assert bad == []


# -- word lookups: (language, word, [(kind, value, clitic letters)] in order)
STARTING_CASES: list[tuple[str, str, list[tuple[str, object, int]]]] = [
    ("ar", "الخميس", [("weekday", 3, 0)]),
    ("ar", "والخميس", [("weekday", 3, 1)]),
    ("ar", "بالامس", [("dayword", -1, 1)]),  # ب off: الأمس
    ("ar", "امس", [("dayword", -2, 0), ("dayword", -1, 0)]),  # «أمس الأول» (two words) first
    ("ar", "وامس", [("dayword", -2, 1), ("dayword", -1, 1)]),
    ("ar", "قتل", []),
    ("ar", "ا" * 11, []),  # longer than any phrase's first word plus two clitics
    ("en", "wfriday", []),  # no clitics in English
]


@pytest.mark.parametrize(("lang", "word", "senses"), STARTING_CASES)
def test_starting_senses(lang: str, word: str, senses: list[tuple[str, object, int]]) -> None:
    """A word's senses come with the clitic letters stripped, longest phrases first."""
    got = [(s.kind, s.value, strip) for s, strip in _lex(lang).starting(word)]
    assert got == senses


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_starting_same_as_uncached_lookup(lang: str) -> None:
    """The remembered lookup answers as the plain one for every first word, with clitics glued on."""
    lex = _lex(lang)
    for first in lex.by_first:
        for word in (first, "و" + first, "ب" + first, "فل" + first, first[1:]):
            assert lex.starting(word) == _starting(lex.by_first, lex.clitics, word), word


def test_starting_remembers_words_only_within_a_bound() -> None:
    """The lookup cache is bounded, and over-long words are answered without being kept."""
    lex = _lex("ar")
    info = lex._lookup.cache_info()  # type: ignore[attr-defined]
    assert info.maxsize == 4096
    lex.starting("ا" * 50_000)
    assert lex._lookup.cache_info().currsize == info.currsize  # type: ignore[attr-defined]
