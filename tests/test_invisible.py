"""Invisible formatting characters around a clock (common on Arabic pages) do not stop it being a marker."""

from __future__ import annotations

import pytest

import liveblog
from liveblog._text.normalize import INVISIBLE, normalize, visible
from liveblog.segment._markers import parse_marker

# name → the character (each listed in the issue; all are format characters that show nothing)
CHARACTERS = {
    "RLM": "\u200f",
    "LRM": "\u200e",
    "ALM": "\u061c",
    "ZWSP": "\u200b",
    "ZWJ": "\u200d",
    "ZWNJ": "\u200c",
    "BOM": "\ufeff",
    "WJ": "\u2060",
    "LRI": "\u2066",
    "RLI": "\u2067",
    "FSI": "\u2068",
    "PDI": "\u2069",
    "LRE": "\u202a",
    "RLE": "\u202b",
    "PDF": "\u202c",
    "LRO": "\u202d",
    "RLO": "\u202e",
    "SHY": "\u00ad",
}
PLACES = {
    "before": "{c}20:15",
    "after": "20:15{c}",
    "around": "{c}20:15{c}",
    "inside": "20{c}:15",
    "isolated": "\u2067{c}٢٠:١٥\u2069",
}
CASES = [(name, place) for name in CHARACTERS for place in PLACES]


@pytest.mark.parametrize(("name", "place"), CASES)
def test_a_clock_wrapped_in_invisible_characters_is_a_marker(name: str, place: str) -> None:
    """Each character, before, after, around or inside the clock: the post is dated 20:15, text intact."""
    clock = PLACES[place].format(c=CHARACTERS[name])
    page = f"{clock}\nخبر عاجل عن حلب\n19:30\nخبر آخر\n"
    tl = liveblog.parse(page, reference="2024-11-29T21:00", tz="UTC")
    posts = sorted((e for e in tl.entries if e.when is not None), key=lambda e: e.when.start if e.when else 0)
    assert [(e.when.timex if e.when else None, e.title) for e in posts] == [  # a one-line post: a title
        ("2024-11-29T19:30", "خبر آخر"),
        ("2024-11-29T20:15", "خبر عاجل عن حلب"),
    ]
    assert posts[1].marker in ("20:15", "٢٠:١٥")
    marker_span = posts[1].copies[0].span
    assert page[marker_span.start : marker_span.start + len(clock)] == clock  # spans still index the page


def test_the_resolver_drops_the_same_characters_with_offsets_kept() -> None:
    """find_times reads a clock with invisible characters in it and reports the span as written."""
    text = "قال \u2067\u200f20:15\u2069 مساء"
    (found,) = liveblog.find_times(text, "2024-11-29T21:00", languages=["ar"])
    assert text[found.span.start : found.span.end] == found.text
    assert "20:15" in visible(found.text)
    assert normalize("".join(CHARACTERS.values())).text == ""


def test_every_listed_character_is_invisible() -> None:
    """The table covers every character of the issue, and only format characters."""
    import unicodedata

    assert set(CHARACTERS.values()) <= set(INVISIBLE)
    assert all(unicodedata.category(ch) == "Cf" for ch in INVISIBLE)
    assert parse_marker("\u200f\u2066٢٠:١٥\u2069") is not None
