"""The cold-start work of issue 13 (fast9) changes when things are built, never what they give.

Each lazy or re-expressed table is checked against the way it was computed before (kept here as
the reference), on tables worked out by hand and on generated inputs; the guards on work count
what was built (caches, imports), never seconds. Timings are in docs/performance.md.
"""

from __future__ import annotations

import re
import subprocess
import sys
import unicodedata

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from liveblog._text import pagewords
from liveblog._text.clock import to_ascii_digits
from liveblog.lang import relative
from liveblog.lang.tense import tense

# -- "N ago" phrases: a language's pattern is compiled and tried only where a phrase of it may begin


def _every_pattern(text: str, pos: int = 0) -> relative.Relative | None:
    """:func:`relative.match_relative` as it was: every language's pattern tried at every start."""
    if relative._starts().match(text, pos) is None:
        return None
    window = to_ascii_digits(text[pos : pos + relative._WINDOW])
    best = None
    for code, words in relative._tables():
        m = relative._pattern(code).match(window)
        found = relative._read(m, code, words) if m is not None else None
        if found is not None and (best is None or found.end > best.end):
            best = found
    return attrs.evolve(best, start=best.start + pos, end=best.end + pos) if best is not None else None


# (text, amount, unit, sign, language) worked out by hand; None: no phrase
RELATIVE_TABLE = [
    ("منذ 5 دقائق", 5, "minute", -1, "ar"),
    ("5 minutes ago", 5, "minute", -1, "en"),
    ("in 2 hours", 2, "hour", 1, "en"),
    ("Il y a 3 heures", 3, "hour", -1, "fr"),
    ("vor 10 Minuten", 10, "minute", -1, "de"),
    ("2 saat önce", 2, "hour", -1, "tr"),
    ("12:30 GMT", None, None, None, None),  # a number no unit word follows: no language is tried
    ("2024 elections", None, None, None, None),
    ("1234 minutes ago", None, None, None, None),  # four digits: the amount has at most three
]


@pytest.mark.parametrize(("text", "amount", "unit", "sign", "lang"), RELATIVE_TABLE)
def test_relative_by_hand(
    text: str, amount: int | None, unit: str | None, sign: int | None, lang: str | None
) -> None:
    found = relative.match_relative(text)
    got = (
        (found.amount, found.unit, found.sign, found.lang) if found is not None else (None, None, None, None)
    )
    assert got == (amount, unit, sign, lang)
    assert found == _every_pattern(text)


def _relative_words() -> list[str]:
    out: set[str] = set()
    for _code, w in relative._tables():
        out.update((*w.ago_before, *w.ago_after, *w.in_before, *w.numbers, *w.units))
    return sorted(out)


_REL_PIECES = st.sampled_from([*_relative_words(), "1", "5", "12", "123", "1234", "٣", "12:30", "x", "-"])


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.tuples(_REL_PIECES, st.sampled_from(["", " ", "  "])), min_size=1, max_size=5),
    st.sampled_from(["as is", "upper", "title"]),
)
def test_relative_as_before(parts: list[tuple[str, str]], case: str) -> None:
    """The guarded search finds what trying every language's pattern found (or fails the same way)."""
    text = "".join(p + g for p, g in parts)
    text = text.upper() if case == "upper" else text.title() if case == "title" else text

    assert relative.match_relative(text) == _every_pattern(text)


@pytest.mark.parametrize(
    ("text", "amount", "unit"),
    [
        ("3 YIL ÖNCE", 3, "year"),
        ("İKİ GÜN ÖNCE", 2, "day"),
        ("5 DAKİKA ÖNCE", 5, "minute"),
        ("VOR 3 STUNDEN", 3, "hour"),
    ],
)
def test_upper_case_stamps_read(text: str, amount: int, unit: str) -> None:
    """Upper-case stamps read as their lower-case forms: Turkish "YIL" is "yıl" (its case fold is
    "yil"), which raised KeyError before lead8 fixed the lookup."""
    r = relative.match_relative(text)
    assert r is not None
    assert (r.amount, r.unit, r.sign) == (amount, unit, -1)


def test_a_clock_line_compiles_no_relative_pattern() -> None:
    """Counted work: a line that starts with a clock tries no language's phrase pattern."""
    relative._pattern.cache_clear()
    assert relative.match_relative("12:30 GMT Strikes hit the city") is None
    assert relative.match_relative("١٢:٣٠ بتوقيت مكة") is None
    assert relative._pattern.cache_info().currsize == 0
    relative.match_relative("منذ 5 دقائق")
    # «م» begins a word of Arabic («منذ»), Persian and Urdu (their «ماه», «منٹ»): those three only
    assert relative._pattern.cache_info().currsize == 3


# -- the BMP's combining marks: a table, checked against unicodedata


def test_mark_table_is_unicodedata() -> None:
    marks = {c for c in range(0x300, 0x10000) if unicodedata.combining(chr(c))}
    listed = {c for a, b in pagewords._mark_ranges() for c in range(a, b + 1)}
    assert listed == marks
    if unicodedata.unidata_version == pagewords._MARKS_UNICODE:  # the table itself, not the fallback
        table = {
            c
            for item in pagewords._MARK_RANGES.split()
            for a, _, b in [item.partition("-")]
            for c in range(int(a, 16), int(b or a, 16) + 1)
        }
        assert table == marks


@pytest.mark.parametrize(
    ("text", "astral"),
    [("plain", False), ("كلمة", False), ("\U0001d400", True), ("a\U0001f600b", True), ("\uffff", False)],
)
def test_astral_by_hand(text: str, astral: bool) -> None:
    assert (pagewords._ASTRAL.search(text) is not None) is astral


# -- past words: a trie and a check of the letter before, the same matches as the look-behinds


def _past_pieces() -> list[str]:
    words: set[str] = {"x", "ed", "walked", "ال", "و", "1", "_", "²", "İ"}
    for lang in ("en", "ar"):
        t = tense(lang)
        assert t is not None
        words.update(t.past)
        words.update(t.past_not_after)
    return sorted(words)


PAST_TABLE = [
    ("en", "Talks were held", ["were", "held"]),  # both irregular pasts of the table
    ("en", "Pricewere", []),  # a letter before "were"
    ("en", "they walked home", ["walked"]),
    ("en", "the UNSPECIFIED talks WERE", ["UNSPECIFIED", "WERE"]),  # past_at refuses the first, not the scan
    ("ar", "وقعت الحادثة", ["وقعت"]),
    ("ar", "ووقعت الحادثة", ["ووقعت"]),
    ("ar", "المشهد", []),  # «شهد» ends a longer word: a letter before it
]


@pytest.mark.parametrize(("lang", "clause", "verbs"), PAST_TABLE)
def test_past_words_by_hand(lang: str, clause: str, verbs: list[str]) -> None:
    t = tense(lang)
    assert t is not None
    assert [m.group("verb") for m in t._past_matches(clause)] == verbs
    assert [m.span() for m in t._past_matches(clause)] == [m.span() for m in t.past_re.finditer(clause)]  # type: ignore[union-attr]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(_past_pieces()), st.sampled_from(["", " ", "-", "x", "و"])), max_size=8
    ),
    st.sampled_from(["as is", "upper"]),
)
def test_past_words_as_before(parts: list[tuple[str, str]], case: str) -> None:
    clause = "".join(p + g for p, g in parts)
    clause = clause.upper() if case == "upper" else clause
    for lang in ("en", "ar"):
        t = tense(lang)
        assert t is not None
        assert t.past_re is not None
        assert t._past_scan is not None
        assert [(m.span(), m.group("verb")) for m in t._past_matches(clause)] == [
            (m.span(), m.group("verb")) for m in t.past_re.finditer(clause)
        ]


# -- what a cold ``liveblog show`` of an Arabic page builds


def test_arabic_page_builds_no_latin_stop_words_nor_rapidfuzz() -> None:
    """Counted work in a fresh process: an Arabic page of distinct posts reads no Latin stop words,
    compiles no relative pattern for a clock line and imports no rapidfuzz."""
    code = (
        "import sys, liveblog\n"
        "from liveblog._text import langid\n"
        "from liveblog.lang import relative\n"
        "page = '12:30\\nقصف على المدينة صباح الخميس وقتل 5 مدنيين\\n\\n13:10\\nوصل الوفد إلى القاهرة مساء'\n"
        "t = liveblog.parse(page, reference='2024-11-29T21:00', tz='Asia/Damascus')\n"
        "print(len(t.entries), langid._stop_weights.cache_info().currsize,"
        " relative._pattern.cache_info().currsize, 'rapidfuzz' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == ["2", "0", "0", "False"]


# -- classes of many code points, compiled on first need


@pytest.mark.parametrize(
    ("word", "syllabic"),
    [
        ("明天", True),
        ("오늘", True),
        ("ก", True),  # Thai: the first letter of the class
        ("يوم", False),
        ("ay", False),
        ("", False),
        ("\u0e00", False),  # just before it
    ],
)
def test_syllabic_by_hand(word: str, syllabic: bool) -> None:
    from liveblog.lang import UNSPACED, _is_syllabic

    assert _is_syllabic(word) is syllabic
    assert (re.compile(f"[{UNSPACED}\uac00-\ud7a3]").match(word) is not None) is syllabic
