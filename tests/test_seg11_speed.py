"""The tenth session's cuts in the segmenter, the context pass and assembly (seg11) read as before.

Each mechanism is a cheaper way of computing the same thing; each is compared here with the way it
was computed before (kept here, or in the module, as the reference) on tables, on texts worked out by
hand and on generated text. The guards on work count calls, never seconds; the instruction figures
are in docs/performance.md ("Tenth session (seg11)").
"""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from liveblog import assemble
from liveblog._text import pagewords
from liveblog.assemble import _mentions
from liveblog.assemble.dedup import dedupe_mentions
from liveblog.lang import relative
from liveblog.lang.ar import tense as ar_tense
from liveblog.model import Event, EventKind
from liveblog.read import read_text
from liveblog.resolve import _context
from liveblog.segment import segment

ZONE = ZoneInfo("Asia/Damascus")
REF = datetime(2024, 11, 29, 21, 0, tzinfo=ZONE)

# --- fold: a table of each character's fold ------------------------------------------------------

#: Characters of every kind fold tells apart: ASCII letters, digits and signs, accented Latin (composed
#: and decomposed), Greek and Cyrillic with case, Arabic letters with hamza forms, marks, tatweel,
#: Eastern digits, presentation forms, ligatures, spaces of several kinds, invisible characters,
#: characters outside the table (CJK, Hangul, astral).
_FOLD_ALPHABET = (
    "aZz09_ -.,;:!?'\"()[]/|\t\n"
    "éÉçßİıŁœæÅÀ\u0301\u0308ǅﬁ½²"
    "ΣσςΑάΌ"
    "ЁёЙй"
    "أإآٱؤئءاىيةهکیـًٌٍَُِّْٰ٠١٩۰۹،؛؟«»٫"
    "\u00a0\u2009\u202f\u3000\u200b\u200c\u200d\u200e\u200f\u2066\u2069\ufeff"
    "…–—“”‘’•"
    "ﻻﷺﺍ"
    "下午오후한국"
    "\U0001d400\U0001f600\U00010000"
)


def _chars_of_the_table() -> list[str]:
    return [chr(c) for lo, hi in pagewords._TABLED for c in range(lo, hi + 1)]


@pytest.mark.parametrize("template", ["{}", "ab{}cd", "بب{}بب", " {} ", "X{}{}Y", "{}{}"])
def test_fold_of_every_tabled_character_is_the_decomposed_fold(template: str) -> None:
    # Every character of the table (and a stretch past each end of it) alone, inside words of two
    # scripts, between spaces and doubled: the tabled fold is the fold of NFKD and the rest.
    chars = [*_chars_of_the_table(), *map(chr, range(0x0800, 0x0900)), *map(chr, range(0xFB50, 0xFE00))]
    for ch in chars:
        text = template.format(ch, ch) if template.count("{}") == 2 else template.format(ch)
        assert pagewords.fold(text) == pagewords._fold_decomposed(text), (hex(ord(ch)), template)


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet=_FOLD_ALPHABET, max_size=140))
def test_fold_is_the_decomposed_fold_on_generated_text(text: str) -> None:
    assert pagewords.fold(text) == pagewords._fold_decomposed(text)


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        # worked out by hand: hamza forms and ta marbuta by the resolver's table, punctuation out
        ("وذكر المتحدث أن «موسكو تعتبر الهجوم انتهاكا».", "وذكر المتحدث ان موسكو تعتبر الهجوم انتهاكا"),
        ("مسؤول: رئيس الهيئة", "مسوول رييس الهييه"),  # ؤ and ئ lose their hamza by NFKD
        ("Ünïcödé — Straße", "unicode strasse"),  # marks dropped, ß case-folded
        ("ﻻ تنسَ", "لا تنس"),  # a presentation-form ligature: outside the table, decomposed
        ("Σ ΣΑΣ", "σ σασ"),  # casefold, not lower: no final sigma
        ("a\u200db", "ab"),  # an invisible joiner inside a word is dropped, not a space
    ],
)
def test_fold_by_hand(text: str, folded: str) -> None:
    assert pagewords.fold(text) == folded
    assert pagewords._fold_decomposed(text) == folded


def test_a_tabled_text_is_not_decomposed(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    decomposed = pagewords._fold_decomposed

    def counting(text: str) -> str:
        calls.append(text)
        return decomposed(text)

    monkeypatch.setattr(pagewords, "_fold_decomposed", counting)
    pagewords.fold('وأكدت مصادر سورية لـ"سكاي نيوز عربية"، الجمعة، أن الطيران الروسي')
    pagewords.fold("Ünïcödé — Straße, Ελλάδα, Москва, שלום")
    assert calls == []
    pagewords.fold("ﻻ تنسَ")  # a character outside the table: the text is decomposed
    pagewords.fold("下午")
    assert calls == ["ﻻ تنسَ", "下午"]


def test_the_table_keeps_only_characters_whose_fold_is_fixed() -> None:
    # Replacing one character after another equals replacing them all at once only when no fold
    # holds a character that changes again: every character of every fold stays as it is.
    changed, changing = pagewords._fold_table()
    for ch, to in changed.items():
        for c in to:
            assert c not in changed, (ch, to)
            assert c.isspace() or changing.match(c) is None, (ch, to)


# --- assembly: sentence gaps found from their mark, each expression folded once --------------------

_OLD_SENTENCE_END = re.compile(r"(?<=[.!?؟…])\s+|(?<=[.!?؟][\"»”])\s+")  # before seg11


def _old_gaps(line: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _OLD_SENTENCE_END.finditer(line)]


@pytest.mark.parametrize(
    ("line", "gaps"),
    [
        ("One. Two! Three", [(4, 5), (9, 10)]),
        ('He said "go." Then', [(13, 14)]),  # a quote after the full stop
        ('"Go" now', []),  # a quote after no end mark
        ('Wait…" no', []),  # "…" and a quote: no end
        ("قال. ثم؟ لا… «نعم.»  بعد", [(4, 5), (8, 9), (12, 13), (19, 21)]),
        ('" x', []),  # a quote at the line's start
        ('.."  y', [(3, 5)]),
    ],
)
def test_sentence_gaps_by_hand(line: str, gaps: list[tuple[int, int]]) -> None:
    sentences = assemble._Sentences(line)
    assert list(zip(sentences.starts, sentences.ends, strict=True)) == gaps
    assert _old_gaps(line) == gaps


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet='ab .!?؟…"»”«\t\n', max_size=60))
def test_sentence_gaps_as_the_look_behind_found_them(line: str) -> None:
    sentences = assemble._Sentences(line)
    assert list(zip(sentences.starts, sentences.ends, strict=True)) == _old_gaps(line)


def test_assembly_folds_each_expression_once(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "19:26\nقال مصدر إن الفصائل سيطرت على حلب مساء الخميس. وفي يوم الجمعة تقدمت.\n"
    seg = segment(read_text(text), reference=REF, page_zone=ZONE, lang="ar")
    expected = assemble.assemble(seg, reference=REF, tz="Asia/Damascus", lang="ar")
    folded: list[str] = []
    fold, clause_key = pagewords.fold, _mentions.clause_key
    in_clause = [False]

    def counting(text: str) -> str:
        if not in_clause[0]:
            folded.append(text)
        return fold(text)

    def clause(sentence: str, expression: str, *, around: int) -> str:
        in_clause[0] = True  # the clause's words are folded with the sentence's: not counted
        try:
            return clause_key(sentence, expression, around=around)
        finally:
            in_clause[0] = False

    monkeypatch.setattr(pagewords, "fold", counting)
    monkeypatch.setattr(_mentions, "clause_key", clause)
    got = assemble.assemble(seg, reference=REF, tz="Asia/Damascus", lang="ar")
    assert got == expected
    mentions = [e.expression for e in got.events if e.kind is EventKind.MENTION]
    assert sorted(mentions) == ["مساء الخميس", "يوم الجمعة"]  # «في» is left out of the span
    assert sorted(t for t in folded if t in mentions) == sorted(mentions)  # once each, not twice


def test_dedupe_mentions_is_the_folded_deduplication() -> None:
    # the public entry point folds and hands on: the same events as given folded by assembly
    text = "19:26\nمساء الخميس قتل 5. مساء الخميس قتل 5.\n\n19:20\nمساء الخميس قتل 5.\n"
    seg = segment(read_text(text), reference=REF, page_zone=ZONE, lang="ar")
    starts = [ln.start for ln in seg.lines]
    raw = [m for e in seg.entries for m in assemble._entry_mentions(e, seg.lines, starts, REF, "ar")]
    assert len(raw) == 3
    assert [f for _ev, f in raw] == [pagewords.fold(ev.expression) for ev, _f in raw]
    assert dedupe_mentions([ev for ev, _f in raw], {}) == _mentions._dedupe_folded(raw, {})


# --- the context pass: clause breaks found from their character -----------------------------------

_OLD_CLAUSE_BREAK = re.compile(r"[!?؟;؛\n]|\.(?![^\s\"'”’)\]]|\s+[a-z0-9])")  # before seg11


@pytest.mark.parametrize(
    ("text", "breaks"),
    [
        ("Talks failed. Then", [12]),  # a full stop before a space and a capital
        ("the U.S. on Tuesday", []),  # inside a word, then before a small letter
        ("at 5 p.m. on Friday", []),
        ("cost $1.5 billion.", [17]),  # a decimal point; the stop ends the text
        ('said "go." Then; later! no? yes؟ لا؛ \nx', [8, 15, 22, 26, 31, 35, 37]),  # a stop before a quote
        ("end.) next", [3]),  # a full stop before a closing bracket
    ],
)
def test_clause_breaks_by_hand(text: str, breaks: list[int]) -> None:
    assert [m.start() for m in _context._CLAUSE_BREAK.finditer(text)] == breaks
    assert [m.start() for m in _OLD_CLAUSE_BREAK.finditer(text)] == breaks


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="aZ5 .!?؟;؛\n\"'”’)]", max_size=50), st.integers(0, 50), st.integers(0, 50))
def test_clause_breaks_as_the_alternation_found_them(text: str, pos: int, endpos: int) -> None:
    new, old = _context._CLAUSE_BREAK, _OLD_CLAUSE_BREAK
    assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)]
    found, was = new.search(text, pos, endpos), old.search(text, pos, endpos)  # as _after_said asks
    assert (found and found.span()) == (was and was.span())


# --- the Arabic future hint: alternatives that start with a letter ---------------------------------

_OLD_FUTURE_HINT = re.compile(rf"(?<![^\s«\"'(])[وف]?س|{ar_tense._HINT.removeprefix('س|')}")  # before


@pytest.mark.parametrize(
    ("clause", "span"),
    [
        ("وسيعقد الاجتماع", (0, 2)),  # «و» then «سـ» at the clause's start
        ("قال إنه (سوف يصل", (9, 10)),  # «سـ» after a bracket
        ("أسس الحزب", None),  # «س» inside a word is no prefix
        ("من المقرر أن", (5, 9)),
        ("تم تأجيل الجلسة", (3, 8)),
        ("وقد أرجئت", (4, 8)),
        ("«فستعقد", (1, 3)),
    ],
)
def test_future_hint_by_hand(clause: str, span: tuple[int, int] | None) -> None:
    found, was = ar_tense._FUTURE_HINT.search(clause), _OLD_FUTURE_HINT.search(clause)
    assert (found and found.span()) == span
    assert (was and was.span()) == span


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet="وفسمتقرعنخطجيلءئأإاؤبدظكه «\"'(x.", max_size=40))
def test_future_hint_as_the_look_behind_found_it(clause: str) -> None:
    found, was = ar_tense._FUTURE_HINT.search(clause), _OLD_FUTURE_HINT.search(clause)
    assert (found and found.span()) == (was and was.span())


# --- relative labels: the first words as a trie ---------------------------------------------------


def _old_starts() -> re.Pattern[str]:
    """:func:`relative._starts` as seg10 left it: the first words one after another."""
    firsts: set[str] = set()
    for _code, words in relative._tables():
        firsts |= {*words.ago_before, *words.in_before, *words.numbers}
    alternatives = r"[\d٠-٩۰-۹]|(?:" + relative._alternation(firsts) + r")(?!\w)"
    lead = "".join(sorted({re.escape(w[0]) for w in firsts}))
    return re.compile(rf"(?=[\d٠-٩۰-۹{lead}])(?:{alternatives})", re.IGNORECASE)


def _first_words() -> list[str]:
    return sorted({w for _c, ws in relative._tables() for w in (*ws.ago_before, *ws.in_before, *ws.numbers)})


@pytest.mark.parametrize("word", _first_words())
def test_every_first_word_still_starts_a_label(word: str) -> None:
    old = _old_starts()
    for text in (word, f"{word} 5", word.upper(), f"{word}x", f"{word[:-1]}"):
        assert (relative._starts().match(text) is None) == (old.match(text) is None), text


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from([*_first_words(), " ", "x", "5", "دخلت", "ago", "."]), max_size=4))
def test_relative_starts_as_the_alternation_found_them(parts: list[str]) -> None:
    text = "".join(parts)
    assert (relative._starts().match(text) is None) == (_old_starts().match(text) is None)


def test_an_event_sourced_directly_is_its_evolved_copy() -> None:
    # _sourced builds the event attrs.evolve would: the same fields through the same __init__, which
    # holds no converter nor validator that evolve would have run differently
    assert all(f.converter is None and f.validator is None for f in attrs.fields(Event))
    text = "19:26\nمساء الخميس قتل 5.\n"
    seg = segment(read_text(text), reference=REF, page_zone=ZONE, lang="ar")
    starts = [ln.start for ln in seg.lines]
    (ev, _folded), *_ = [
        m for e in seg.entries for m in assemble._entry_mentions(e, seg.lines, starts, REF, "ar")
    ]
    assert _mentions._sourced(ev, ("a", "b")) == attrs.evolve(ev, sources=("a", "b"))
    assert _mentions._sourced(ev, ("c",), "c") == attrs.evolve(ev, entry_id="c", sources=("c",))
