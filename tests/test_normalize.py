"""Tests for liveblog._normalize: folding Arabic and Latin text with an offset map."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from liveblog._normalize import fold_char, normalize

from .strategies import noisy_text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # hamza forms on alef
        ("أمس", "امس"),
        ("إبريل", "ابريل"),
        ("آذار", "اذار"),
        ("ٱلجمعة", "الجمعه"),
        # alef maqsura, ta marbuta
        ("الضحى", "الضحي"),
        ("ليلة", "ليله"),
        # tatweel and diacritics
        ("الجمعـــة", "الجمعه"),
        ("غدًا", "غدا"),
        ("مساءً", "مساء"),
        ("فَجْرَ الجُمُعَة", "فجر الجمعه"),
        # digits
        ("٢٠:١٥", "20:15"),
        ("۲۰۲۴", "2024"),
        ("٢٢ تشرين الثاني ٢٠٢٥", "22 تشرين الثاني 2025"),
        # Persian letters, Latin case, spaces
        ("سپتمبر", "سپتمبر"),
        ("ی", "ي"),
        ("Friday 3.27PM BST", "friday 3.27pm bst"),
        ("8:15\u00a0pm", "8:15 pm"),
        # untouched
        ("ؤ ئ ء", "ؤ ئ ء"),
        ("", ""),
    ],
)
def test_normalize_folds(raw: str, expected: str) -> None:
    """Spelling variants fold to one form; other characters stay."""
    assert normalize(raw).text == expected


@pytest.mark.parametrize(
    ("raw", "word", "original"),
    [
        ("قال فجرَ الجُمعةِ: كذا", "الجمعه", "الجُمعةِ"),
        ("والخميسُ،", "الخميس", "الخميسُ"),
        ("الجمعـــة", "الجمعه", "الجمعـــة"),
        ("الساعة ٢٠:١٥ مساءً", "20:15", "٢٠:١٥"),
        ("on Friday", "friday", "Friday"),
    ],
)
def test_original_span_maps_back(raw: str, word: str, original: str) -> None:
    """A span found in the normalised text slices the original word, marks and all."""
    n = normalize(raw)
    start = n.text.index(word)
    s, e = n.original_span(start, start + len(word))
    assert raw[s:e] == original


def test_fold_char_drops_or_keeps_one() -> None:
    """fold_char gives one character or none, never two (İ lower-cases to two, so it stays)."""
    assert fold_char("ـ") == ""
    assert fold_char("İ") == "İ"
    assert fold_char("A") == "a"


@settings(max_examples=150, deadline=None)
@given(st.one_of(noisy_text, st.text(max_size=60)))
def test_offsets_are_monotonic_and_complete(text: str) -> None:
    """Offsets rise strictly, stay inside the original, and end at its length."""
    n = normalize(text)
    assert len(n.offsets) == len(n.text) + 1
    assert n.offsets[-1] == len(text)
    assert all(a < b for a, b in zip(n.offsets, n.offsets[1:], strict=False))
    for i, ch in enumerate(n.text):
        assert fold_char(text[n.offsets[i]]) == ch
