"""The speed work of issues 13 and 14 (fast6) changes how things are computed, never what.

Each change is checked against the way it was computed before (kept here as the reference), on
tables worked out by hand and on generated inputs; the one guard on work counts calls (cProfile),
never seconds. Timings are in docs/performance.md and ``bench/``.
"""

from __future__ import annotations

import cProfile
import pstats
import re

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from liveblog.lang import TOKEN
from liveblog.lang.tense import Tense, tense
from liveblog.resolve import find_times
from liveblog.resolve._context import _cues
from liveblog.resolve._grammar import Tokens

_PATTERNS = ("forward_re", "will_re", "future_re", "past_re", "backward_re", "deictic_re", "join_re")


def _old_words(words: tuple[str, ...], *, whole: bool = False) -> str:
    """The alternation as it was built before: the look-behind in front of every word."""
    out = []
    for w in sorted(words, key=len, reverse=True):
        body = re.escape(w).replace(r"\ ", r"\s+")
        if whole and w[:1].isalpha():
            body = r"(?<![^\W\d_])" + body
        if whole and w[-1:].isalpha():
            body += r"(?![^\W\d_])"
        out.append(body)
    return "|".join(out)


def _old_patterns(t: Tense) -> dict[str, re.Pattern[str] | None]:
    """``t``'s cue patterns built the old way (same shapes as liveblog.lang.tense.Tense's)."""

    def whole(words: tuple[str, ...]) -> re.Pattern[str] | None:
        return re.compile(_old_words(words, whole=True), re.IGNORECASE) if words else None

    fill = rf"(?:\s+(?:{_old_words(t.forward_fill)}))?" if t.forward_fill else ""
    past = [_old_words(t.past, whole=True)] if t.past else []
    if t.past_ending:
        past.append(rf"(?<![^\W\d_])[^\W\d_]{{2,}}{re.escape(t.past_ending)}(?![^\W\d_])")
    return {
        "forward_re": re.compile(rf"(?:{_old_words(t.forward, whole=True)}){fill}\s+$", re.IGNORECASE)
        if t.forward
        else None,
        "will_re": whole(t.will),
        "future_re": whole(t.future),
        "past_re": re.compile(rf"(?P<verb>{'|'.join(past)})", re.IGNORECASE) if past else None,
        "backward_re": re.compile(rf"(?:{_old_words(t.backward, whole=True)})\s+$", re.IGNORECASE)
        if t.backward
        else None,
        "deictic_re": whole(t.deictic),
        "join_re": whole(t.clause_joins),
    }


def _pattern(lang: str, name: str) -> re.Pattern[str]:
    t = tense(lang)
    assert t is not None
    p = getattr(t, name)
    assert p is not None
    return p  # type: ignore[no-any-return]


# (language, pattern, clause, what it finds: None for nothing), worked out by hand: a whole-word cue
# needs no letter right before its first word and none right after its last one.
TENSE_TABLE = [
    ("en", "will_re", "Talks will resume", "will"),
    ("en", "will_re", "Goodwill talks resumed", None),  # a letter before "will"
    ("en", "will_re", "Willow trees", None),  # a letter after it
    ("en", "will_re", "they'll go", "'ll"),  # starts with an apostrophe: nothing asked before it
    ("en", "will_re", "talks were DUE   TO resume", "DUE   TO resume"),  # any case, any run of spaces
    ("en", "will_re", "results are DUE on the 5th", "are DUE"),  # lead9: "is/are due" a plan
    ("en", "will_re", "an overdue to resume", None),  # "due to resume" inside a word
    ("en", "will_re", "-due to begin", "due to begin"),  # a dash is no letter
    ("en", "forward_re", "a warning extended into ", "into "),
    ("en", "forward_re", "the Minto ", None),
    ("en", "forward_re", "talks run until at least ", "until at least "),
    ("en", "backward_re", "ever-since ", "since "),
    ("en", "backward_re", "Evensince ", None),
    ("en", "deictic_re", "the Nextel deal", None),
    ("en", "deictic_re", "(next) week", "next"),
    ("ar", "forward_re", "تستمر العاصفة حتى ", "حتى "),
    ("ar", "forward_re", "تستمر العاصفة وحتى ", None),  # «و» is a letter glued before it
    ("ar", "forward_re", "تستمر الى   غاية ", "الى   غاية "),
    ("ar", "will_re", "من المقرر أن يصل", "من المقرر"),
    ("ar", "will_re", "سوف يعقد", "سوف"),
    ("ar", "will_re", "وسوف يعقد", None),
    ("ar", "will_re", "«سوف» يعقد", "سوف"),
]


@pytest.mark.parametrize(("lang", "name", "clause", "found"), TENSE_TABLE)
def test_whole_word_cues(lang: str, name: str, clause: str, found: str | None) -> None:
    m = _pattern(lang, name).search(clause)
    assert (m.group() if m is not None else None) == found


def test_whole_word_cues_as_before_on_the_table() -> None:
    for lang, name, clause, _found in TENSE_TABLE:
        t = tense(lang)
        assert t is not None
        old = _old_patterns(t)[name]
        assert old is not None
        new = _pattern(lang, name)
        assert [m.span() for m in new.finditer(clause)] == [m.span() for m in old.finditer(clause)]


def _cue_words(lang: str) -> list[str]:
    t = tense(lang)
    assert t is not None
    words: set[str] = set()
    for field in ("forward", "forward_fill", "will", "future", "past", "deictic", "clause_joins", "backward"):
        for w in getattr(t, field):
            words.add(w)
            words.update(w.split())
    return sorted(words)


_PIECES = st.sampled_from(
    [*_cue_words("en"), *_cue_words("ar"), "x", "ed", "walked", "the", "و", "ال", "2020", "İ", "ß"]
)
_GLUE = st.sampled_from([" ", "  ", "", ",", "-", "\n", "\t", "x", "و", "'"])


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(_PIECES, _GLUE), min_size=1, max_size=8), st.sampled_from(["as is", "upper", "title"])
)
def test_whole_word_cues_as_before(parts: list[tuple[str, str]], case: str) -> None:
    """Every cue pattern of both languages finds the same spans as the old construction."""
    clause = "".join(p + g for p, g in parts)
    clause = clause.upper() if case == "upper" else clause.title() if case == "title" else clause
    for lang in ("en", "ar"):
        t = tense(lang)
        assert t is not None
        old = _old_patterns(attrs.evolve(t))
        for name in _PATTERNS:
            before, now = old[name], getattr(t, name)
            if before is None:
                assert now is None
                continue
            assert [(m.span(), m.groupdict()) for m in now.finditer(clause)] == [
                (m.span(), m.groupdict()) for m in before.finditer(clause)
            ]
            later_now, later_before = now.search(clause, 2), before.search(clause, 2)
            assert (later_now and later_now.span()) == (later_before and later_before.span())


# -- tokens -----------------------------------------------------------------------------------

_TEXT = st.text(alphabet=list("ab 1\n\t\u00a0\u2028\x1c3st.pm.م٣明 ،,-:xthnd\r\x85"), max_size=40)


def _old_tokens(text: str, windows: list[tuple[int, int]]) -> tuple[list[str], list[int], list[int]]:
    """Tokens as they were cut before: one match object per token."""
    norm: list[str] = []
    start: list[int] = []
    end: list[int] = []
    cut = False
    for a, b in windows or [(0, len(text))]:
        if cut:
            norm.append("\x00")
            start.append(end[-1])
            end.append(end[-1])
        before = len(norm)
        for m in TOKEN.finditer(text, a, b):
            norm.append(m.group(1) or m.group(0))
            start.append(m.start())
            end.append(m.end())
        cut = len(norm) > before
    return norm, start, end


@settings(max_examples=300, deadline=None)
@given(_TEXT, st.lists(st.integers(0, 40), max_size=6))
def test_tokens_as_before(text: str, cuts: list[int]) -> None:
    bounds = sorted({min(c, len(text)) for c in cuts})
    windows = list(zip(bounds[::2], bounds[1::2], strict=False))
    toks = Tokens(text, [], windows)
    assert (toks.norm, toks.start, toks.end) == _old_tokens(text, windows)
    assert toks.number == [int(w) if w.isdigit() and len(w) <= 18 else None for w in toks.norm]


@pytest.mark.parametrize(
    ("text", "norm", "start"),
    [
        ("at 9pm", ["at", "9", "pm"], [0, 3, 4]),
        ("  21st\tof\nMay", ["21", "of", "\n", "May"], [2, 7, 9, 10]),  # "st" is read with its number
        ("8 p.m. ٣", ["8", "p.m.", "٣"], [0, 2, 7]),
    ],
)
def test_tokens_by_hand(text: str, norm: list[str], start: list[int]) -> None:
    toks = Tokens(text, [])
    assert toks.norm == norm
    assert toks.start == start
    assert [e - s for s, e in zip(toks.start, toks.end, strict=True)] == [
        len(w) if w != "21" else 4 for w in norm
    ]


# -- work --------------------------------------------------------------------------------------


def test_clock_rule_looks_back_once() -> None:
    """The clock rule asks for the phrases ending before its token once per token it reads (it asked
    four times: for a hedge, a range's opening word, its closing word and an hour cue)."""
    text = "Around 9 tomorrow, 10 or 11 people met at 12:30; until 3 pm, then from 4 to 5."
    profile = cProfile.Profile()
    profile.runcall(find_times, text, "2024-11-29T21:00", languages=["en"])
    stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    clock = next(k for k in stats if k[2] == "clock" and k[0].endswith("_rules_clock.py"))
    ending_at = next(k for k in stats if k[2] == "ending_at" and k[0].endswith("_grammar.py"))
    clock_runs = stats[clock][1]
    asked_by_clock = stats[ending_at][4].get(clock, (0, 0))[1]
    assert clock_runs >= 6  # a clock is tried on each number at least
    assert asked_by_clock == clock_runs


# -- where a cue could begin (the clause pass skips clauses with none) -------------------------

# (language, text, where the first cue could begin), by hand: cue words are not whole words here.
CUE_START_TABLE = [
    ("en", "talks were due to resume", 11),  # "due" (and "due to resume")
    ("en", "talks are due to resume", 6),  # lead9: "are due" begins first
    ("en", "Goodwill gestures", 4),  # "will" inside "Goodwill": a place a cue could begin
    ("en", "THE TALKS RESUME", None),
    ("ar", "قال إنه سيتحرك", 8),  # the future prefix «س»
]


@pytest.mark.parametrize(("lang", "text", "start"), CUE_START_TABLE)
def test_cue_start_by_hand(lang: str, text: str, start: int | None) -> None:
    _tenses, pattern = _cues((lang,))
    assert pattern is not None
    m = pattern.search(text)
    assert (m.start() if m is not None else None) == start


def _old_cue_start(lang: str) -> re.Pattern[str]:
    t = tense(lang)
    assert t is not None
    parts = [_old_words((*t.forward, *t.will, *t.future))] + ([t.hint] if t.hint else [])
    return re.compile(f"(?={'|'.join(parts)})", re.IGNORECASE)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_PIECES, _GLUE), min_size=1, max_size=8), st.booleans())
def test_cue_start_as_before(parts: list[tuple[str, str]], upper: bool) -> None:
    text = "".join(p + g for p, g in parts)
    text = text.upper() if upper else text
    for lang in ("en", "ar"):
        _tenses, now = _cues((lang,))
        assert now is not None
        before = _old_cue_start(lang)
        assert [m.start() for m in now.finditer(text)] == [m.start() for m in before.finditer(text)]


@settings(max_examples=20, deadline=None)
@given(_TEXT.filter(bool), st.integers(1, 3))
def test_long_windows_cut_match_by_match_as_before(unit: str, extra: int) -> None:
    """A window longer than findall's limit is cut match by match (no list of every token's strings
    beside the token lists): the same tokens."""
    from liveblog.resolve import _grammar

    text = unit * (_grammar._FINDALL_CHARS // len(unit) + extra * 7)
    assert len(text) > _grammar._FINDALL_CHARS
    toks = Tokens(text, [])
    assert (toks.norm, toks.start, toks.end) == _old_tokens(text, [])
