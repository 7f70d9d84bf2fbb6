"""The front of ``find_times`` does less work for the same tokens, windows and offsets (tok11).

- ``Tokens._covered`` (is a token inside a phrase that starts before it?) asks first whether the
  token's word is a later word of some phrase of the tables (one set per table, built once): only
  such a word can lie inside one, since a phrase's later words are matched as they are. A word of
  running prose is then found readable or not without looking up the tokens before it.
- ``_windows`` makes the stretches around the pre-scan's hits in one pass over the hits (they come
  in order, so each stretch ends at its last hit's end).
- ``normalize`` finds the dropped characters among those its fold met, with ``str.find``, instead
  of scanning the whole text again with a pattern of every droppable character.

Each is compared with the way it was computed before (kept here) on generated English and Arabic
phrases, texts and hits; work is counted (tokens looked up), never timed.
"""

from __future__ import annotations

import importlib
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from liveblog._text.normalize import _FOLD, _folded, normalize
from liveblog.lang import Lexicon, lexicon
from liveblog.resolve import _grammar
from liveblog.resolve._grammar import Hit, Tokens, _phrases

resolve_module = importlib.import_module("liveblog.resolve")  # the package (liveblog.resolve is a function)


def _tokens(text: str, langs: tuple[str, ...]) -> Tokens:
    norm = normalize(text).text
    lexicons: list[Lexicon] = [lex for lang in langs if (lex := lexicon(lang)) is not None]
    return Tokens(norm, lexicons, [(0, len(norm))])


def _covered_by_every_phrase(t: Tokens, p: int, lo: int) -> bool:
    """``_covered`` as it was: every token from ``lo`` to ``p`` looked up."""
    return any(h.end > p for q in range(lo, min(p, len(t))) for h in t.hits(q))


# -- the later words of the tables, worked out by hand ------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "word", "later"),
    [
        ("en", "ahead", True),  # "in the weeks ahead"
        ("en", "beyond", True),  # "and beyond"
        ("en", "delta", False),  # in no phrase at all
        ("en", "said", False),
        ("ar", "الراهن", True),  # «في الوقت الراهن»، «الوقت الراهن»
        ("ar", "قال", False),
    ],
)
def test_later_words_by_hand(lang: str, word: str, later: bool) -> None:
    assert (word in _phrases(lang)[1]) is later


def test_most_words_of_a_phrase_as_before() -> None:
    for lang in ("en", "ar", "fr"):
        lex = lexicon(lang)
        assert lex is not None
        most = max(len(s.words) for senses in lex.by_first.values() for s in senses)
        assert _phrases(lang)[0] == most
    assert _phrases("xx") == (1, frozenset())  # no table: one word, no later word


@pytest.mark.parametrize(
    ("text", "p", "unread"),
    [
        ("in the weeks ahead", 3, False),  # "ahead" is inside the phrase that starts at "in"
        ("the ahead", 1, True),  # a later word, but no phrase here runs over it
        ("alpha beta gamma delta friday", 3, True),
        ("في الوقت الراهن", 2, False),
        ("قال الراهن", 1, True),
    ],
)
def test_unread_by_hand(text: str, p: int, unread: bool) -> None:
    lang = "ar" if text[0] > "z" else "en"
    assert _tokens(text, (lang,)).unread(p) is unread


# -- work, counted ----------------------------------------------------------------------------------


@pytest.fixture
def looked_up(monkeypatch: pytest.MonkeyPatch) -> Counter[int]:
    counts: Counter[int] = Counter()
    real = Tokens._look_up

    def counted(self: Tokens, i: int) -> list[Hit]:
        counts[i] += 1
        return real(self, i)

    monkeypatch.setattr(Tokens, "_look_up", counted)
    return counts


def test_a_prose_word_is_read_without_the_tokens_before_it(looked_up: Counter[int]) -> None:
    """The word "delta" has no sense and is no later word of any phrase: nothing covers it, and the three
    tokens before it (a phrase of seven words starting there might once have covered it) are not
    looked up."""
    t = _tokens("alpha beta gamma delta friday", ("en",))
    assert t.unread(3)
    assert sorted(looked_up) == [3]
    assert t.reach_back(4, 0) == 4  # the look-back stops at "delta"
    assert sorted(looked_up) == [3]


def test_a_later_word_still_looks_back(looked_up: Counter[int]) -> None:
    t = _tokens("in the weeks ahead", ("en",))
    assert not t.unread(3)
    assert 0 in looked_up  # the phrase that covers "ahead" starts at "in"


class _Everything(frozenset[str]):
    """A set that holds every word: the later-words filter turned off."""

    def __contains__(self, word: object) -> bool:
        return True


def _find_counted(text: str, lang: str, *, filtered: bool) -> tuple[list[str], Counter[int]]:
    counts: Counter[int] = Counter()
    real = Tokens._look_up

    def counted(self: Tokens, i: int) -> list[Hit]:
        counts[i] += 1
        return real(self, i)

    mp = pytest.MonkeyPatch()
    mp.setattr(Tokens, "_look_up", counted)
    if not filtered:
        mp.setattr(_grammar, "_phrase_facts", lambda langs: (_grammar._phrases(langs[0])[0], _Everything()))
    try:
        found = resolve_module.find_times(text, "2024-11-29T21:00", languages=[lang])
    finally:
        mp.undo()
    return [f.text for f in found], counts


@pytest.mark.parametrize(
    ("text", "lang", "dates"),
    [
        (
            "قال مسؤول محلي إن القصف استمر طويلا وإن المدنيين فروا من المدينة الجمعة، ثم عادوا السبت",
            "ar",
            ["الجمعة", "السبت"],
        ),
        ("officials said the shelling went on for hours and people fled on Friday", "en", ["Friday"]),
    ],
)
def test_find_times_looks_up_fewer_tokens(text: str, lang: str, dates: list[str]) -> None:
    """The same dates with the later-words filter on and off; on, fewer tokens are looked up (those
    before the word of prose that stops the look-back from each date), each once."""
    on, counted_on = _find_counted(text, lang, filtered=True)
    off, counted_off = _find_counted(text, lang, filtered=False)
    assert on == off == dates
    assert set(counted_on) < set(counted_off)
    assert set(counted_on.values()) == {1}


# -- filter on and off give the same answers ----------------------------------------------------------

_WORDS = {
    "en": [
        *("in", "the", "weeks", "months", "ahead", "and", "beyond", "new", "year", "'", "s", "day"),
        *("friday", "of", "3", "said", "delta", "at", "pm", ",", ".", "until", "then", "\n", "eve"),
    ],
    "ar": [
        *("في", "الوقت", "الراهن", "من", "الى", "يوم", "الجمعة", "3", "،", "قال", "منذ", "ذلك"),
        *("الحين", "العام", "نفسه", "الساعة", "الثالثة", "مساء", "والخميس", "\n"),
    ],
}

_PHRASES = st.sampled_from([("en",), ("ar",), ("en", "ar"), ("ar", "en")]).flatmap(
    lambda langs: st.tuples(
        st.just(langs),
        st.lists(st.sampled_from([w for lang in langs for w in _WORDS[lang]]), min_size=1, max_size=14),
    )
)


@settings(max_examples=300, deadline=None)
@given(_PHRASES)
def test_covered_as_before(case: tuple[tuple[str, ...], list[str]]) -> None:
    """With or without the later-words set, the same tokens are covered (every start, every token)."""
    langs, words = case
    t = _tokens(" ".join(words), langs)
    for p in range(len(t) + 1):
        for lo in range(p + 1):
            assert t._covered(p, lo) is _covered_by_every_phrase(t, p, lo)


# -- the windows ------------------------------------------------------------------------------------


def _tok10_windows(text: str, hits: list[int]) -> list[tuple[int, int]]:
    """``_windows`` as tok10 left it."""
    before, after_hit = resolve_module._BEFORE, resolve_module._AFTER
    out: list[tuple[int, int]] = []
    for pos in hits:
        a = max(pos - before, 0)
        b = min(pos + after_hit, len(text))
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    snapped: list[tuple[int, int]] = []
    for a, b in out:
        space = text.rfind(" ", 0, a) if a else -1
        line = text.rfind("\n", space + 1, a) if a else -1
        sa = max(space, line) + 1
        space = text.find(" ", b)
        line = text.find("\n", b, space if space >= 0 else len(text))
        snapped.append((sa, line if line >= 0 else space if space >= 0 else len(text)))
    merged: list[tuple[int, int]] = []
    for a, b in snapped:
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged


def test_windows_by_hand() -> None:
    text = "word " * 200  # 1,000 characters, a space after every fourth letter
    # hits 100 and 300 are 200 apart: one stretch, 40 to 440, snapped to the spaces around it
    assert resolve_module._windows(text, [100, 300]) == [(40, 444)]
    # 100 and 301 are 201 apart: two stretches (40-240, 241-441), snapped to (40, 244) and (240,
    # 444), which then overlap and are merged
    assert resolve_module._windows(text, [100, 301]) == [(40, 444)]
    # 100 and 400: (40-240, 340-540), snapped to the spaces at 244 and 339, 544: two windows
    assert resolve_module._windows(text, [100, 400]) == [(40, 244), (340, 544)]
    assert resolve_module._windows(text, [10, 990]) == [(0, 154), (930, 1000)]
    assert resolve_module._windows(text, []) == []


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ab \n", max_size=900), st.lists(st.integers(0, 900), max_size=12))
def test_windows_as_before(text: str, hits: list[int]) -> None:
    at = sorted({h for h in hits if h <= len(text)})
    assert resolve_module._windows(text, at) == _tok10_windows(text, at)


# -- normalize's dropped characters ---------------------------------------------------------------------


def test_folded_names_the_characters_it_changed() -> None:
    # أ (an alef form), the damma mark and the tatweel, each named once, where first met
    assert _folded("أحمدُ أ ـ") == ("احمد ا ", ["أ", "ُ", "ـ"])
    assert _folded("plain") == ("plain", [])


_DROPPED = frozenset(k for k, v in _FOLD.items() if not v)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="".join(_FOLD) + "ab جمعة ", max_size=60))
def test_dropped_offsets_as_before(text: str) -> None:
    """The offsets are those a scan of every droppable character gave."""
    kept = [i for i, ch in enumerate(text) if ch not in _DROPPED]
    assert list(normalize(text).offsets) == [*kept, len(text)]
