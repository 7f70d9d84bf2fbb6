"""Tests for liveblog._text.normalize: folding Arabic and Latin text with an offset map."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from liveblog._text.normalize import _FOLD, fold_char, fold_chars, normalize

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


_DROPPED_CHARS = frozenset(k for k, v in _FOLD.items() if not v)


@settings(max_examples=150, deadline=None)
@given(st.one_of(noisy_text, st.text(max_size=60), st.text(alphabet="".join(_FOLD) + "ab جمعة", max_size=40)))
def test_offsets_list_every_kept_character(text: str) -> None:
    """Offsets are the original indexes of the characters kept, in order, then the original's length."""
    kept = [i for i, ch in enumerate(text) if ch not in _DROPPED_CHARS]
    offsets = normalize(text).offsets
    assert list(offsets) == [*kept, len(text)]
    assert [offsets[i] for i in range(-len(offsets), len(offsets))] == [*kept, len(text)] * 2
    assert offsets[1:-1] == tuple(kept[1:])


def test_offsets_refuse_an_index_past_the_end() -> None:
    """Reading past the last offset is an IndexError, as on a tuple."""
    offsets = normalize("الجُمعة").offsets
    assert (len(offsets), offsets[-1]) == (7, 7)
    with pytest.raises(IndexError):
        offsets[7]


def test_no_folded_character_is_folded_again() -> None:
    """No character the table writes is itself in the table: folding one character after another is safe."""
    assert [v for v in _FOLD.values() if v in _FOLD] == []


@settings(max_examples=150, deadline=None)
@given(st.one_of(noisy_text, st.text(alphabet="".join(_FOLD) + "ab جمعة İ", max_size=60)))
def test_fold_chars_is_the_table_applied_to_each_character(text: str) -> None:
    """fold_chars gives what looking every character up in the table gives."""
    assert fold_chars(text) == "".join(_FOLD.get(ch, ch) for ch in text)
