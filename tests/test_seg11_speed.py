"""The tenth session's cuts in the segmenter, the context pass and assembly (seg11) read as before.

Each mechanism is a cheaper way of computing the same thing; each is compared here with the way it
was computed before (kept here, or in the module, as the reference) on tables, on texts worked out by
hand and on generated text. The guards on work count calls, never seconds; the instruction figures
are in docs/performance.md ("Tenth session (seg11)").
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from liveblog._text import pagewords

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
