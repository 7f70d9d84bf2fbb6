"""Memory per line: the mechanisms that keep a page of many short lines small, with unchanged results.

Peak RSS is a benchmark figure (``python bench/hostile.py``); these tests pin
that each mechanism gives exactly what the simple version gave.
"""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

import liveblog
from liveblog.assemble import _merged_ignored
from liveblog.lang import lexicon
from liveblog.model import Ignored, Span
from liveblog.read import read_text
from liveblog.resolve._grammar import Tokens
from liveblog.segment import LineKind, segment, split_lines
from liveblog.segment._lines import iter_lines

REF = datetime(2024, 11, 29, 21, 0, tzinfo=UTC)


def _split_reference(text: str) -> list[tuple[int, int, int, str]]:
    """The old definition: ``text.split("\\n")`` with offsets, less an empty last part."""
    out: list[tuple[int, int, int, str]] = []
    start = 0
    for i, raw in enumerate(text.split("\n")):
        out.append((i, start, start + len(raw), raw))
        start += len(raw) + 1
    if out and not out[-1][3]:
        out.pop()
    return out


def _as_tuples(text: str) -> list[tuple[int, int, int, str]]:
    return [(ln.index, ln.span.start, ln.span.end, ln.text) for ln in iter_lines(text)]


# (text, lines worked out by hand: index, start, end, text)
SPLITS = [
    ("", []),
    ("\n", [(0, 0, 0, "")]),
    ("a", [(0, 0, 1, "a")]),
    ("a\n", [(0, 0, 1, "a")]),
    ("a\n\n", [(0, 0, 1, "a"), (1, 2, 2, "")]),
    ("\nab", [(0, 0, 0, ""), (1, 1, 3, "ab")]),
    ("ab\ncd\n\nx", [(0, 0, 2, "ab"), (1, 3, 5, "cd"), (2, 6, 6, ""), (3, 7, 8, "x")]),
]


def test_lines_by_hand() -> None:
    for text, expected in SPLITS:
        assert _as_tuples(text) == expected, text


@given(st.text(alphabet="ab \n\r", max_size=40))
def test_lines_are_the_split_of_the_text(text: str) -> None:
    assert _as_tuples(text) == _split_reference(text)
    assert [(ln.index, ln.span.start, ln.span.end, ln.text) for ln in split_lines(text)] == _split_reference(
        text
    )


def test_identical_lines_share_one_string() -> None:
    lines = list(iter_lines("Show more\n" * 3))
    assert [ln.text for ln in lines] == ["Show more"] * 3
    assert lines[0].text is lines[1].text is lines[2].text


def _ig(start: int, end: int, text: str, reason: str) -> Ignored:
    return Ignored(text, Span(start, end), reason)


_IGNORED = st.builds(
    lambda a, n, text, reason: _ig(a, a + n, text, reason),
    st.integers(0, 5),
    st.integers(0, 2),
    st.sampled_from(["x", "y"]),
    st.sampled_from(["r1", "r2"]),
)


@given(st.lists(_IGNORED, max_size=8), st.lists(_IGNORED, max_size=4), st.booleans())
def test_merged_records_are_the_sorted_set(a: list[Ignored], b: list[Ignored], presort: bool) -> None:
    def key(ig: Ignored) -> tuple[int, int, str, str]:
        return ig.span.start, ig.span.end, ig.text, ig.reason

    if presort:
        a.sort(key=key)  # the segmenter's usual case: already in order
    assert _merged_ignored(a, b) == sorted({*a, *b}, key=key)


def test_merged_records_by_hand() -> None:
    one, two, three = _ig(0, 4, "Menu", "r"), _ig(5, 9, "Show", "r"), _ig(5, 9, "Show", "s")
    assert _merged_ignored([one, two, two], [three, one]) == [one, two, three]
    assert _merged_ignored([two, one], []) == [one, two]


def test_segmenter_hands_assembly_only_content_lines() -> None:
    text = "20:15\nShow more\nThe army said on Friday it had withdrawn.\nShow more\n"
    seg = segment(read_text(text), reference=REF, page_zone=UTC, lang="en")
    assert [ln.text for ln in seg.lines] == ["The army said on Friday it had withdrawn."]
    assert {ln.kind for ln in seg.lines} == {LineKind.CONTENT}
    # The set-aside lines are still every one of them, with their spans: 6 + 9 + 1 + 41 + 1 = 58.
    shows = [(ig.text, ig.span.start, ig.span.end) for ig in seg.ignored if ig.text == "Show more"]
    assert shows == [("Show more", 6, 15), ("Show more", 58, 67)]


def test_show_more_lines_are_all_kept_in_order() -> None:
    tl = liveblog.parse("Show more\n" * 50, reference="2024-11-29T21:00", tz="UTC", lang="en")
    assert [(ig.text, ig.span.start, ig.span.end) for ig in tl.ignored] == [
        ("Show more", 10 * i, 10 * i + 9) for i in range(50)
    ]


def test_number_tokens_take_no_cache_entry() -> None:
    en = lexicon("en")
    assert en is not None
    toks = Tokens("12 12 12 may", [en])
    assert [toks.hits(i) for i in range(3)] == [[], [], []]
    assert toks.hits(3)  # "may" is a month (and more)
    assert toks.hits(9) == []  # past the end
    # tok10: one slot per token, numbers holding the one shared empty list, not a list each
    assert [k for k, found in enumerate(toks._senses) if found] == [3]
    assert all(toks._senses[k] is toks._senses[0] for k in range(3))
