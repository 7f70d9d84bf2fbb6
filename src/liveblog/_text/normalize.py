"""Arabic and Latin text normalisation that remembers where every character came from.

The resolver matches words on a normalised copy of the text (hamza forms folded,
alef maqsura → ya, ta marbuta → ha, tatweel and diacritics dropped, Arabic-Indic
and Persian digits → ASCII, Latin lower-cased) and maps spans back through
:attr:`Normalized.offsets` so that what it reports points into the text exactly
as the caller gave it.

>>> n = normalize("فجرَ الجُمعة ٢٠:١٥")
>>> n.text
'فجر الجمعه 20:15'
>>> n.original_span(4, 10)
(5, 12)
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from typing import overload

import attrs

__all__ = ["INVISIBLE", "Normalized", "fold_char", "fold_chars", "normalize", "visible"]

# One character in, at most one out: "" drops it. Characters not listed are
# lower-cased when that keeps them one character long.
_FOLD: dict[str, str] = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ى": "ي",
    "ی": "ي",  # Persian yeh
    "ک": "ك",  # keheh
    "ة": "ه",
    "ـ": "",  # tatweel
    "\u00a0": " ",
    "\u202f": " ",
    "\u2009": " ",
    "\u200f": "",  # right-to-left mark
    "\u200e": "",  # left-to-right mark
    "\u200c": "",  # zero-width non-joiner
    "\u200d": "",  # zero-width joiner
    "٫": ".",  # Arabic decimal separator
    "’": "'",
}
#: Characters that format text but show nothing: direction marks (LRM, RLM, ALM), embeddings,
#: overrides and isolates, zero-width space, joiners, word joiner, BOM (ZWNBSP), soft hyphen.
#: Arabic pages put them around clocks; they are dropped before words or markers are read.
INVISIBLE = (
    "\u200b\u200c\u200d\u200e\u200f\u061c\u00ad\ufeff\u2060"
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
_INVISIBLE = re.compile(f"[{INVISIBLE}]")
for _ch in INVISIBLE:
    _FOLD[_ch] = ""


def visible(text: str) -> str:
    """``text`` without :data:`INVISIBLE` characters (the one place lines are cleaned before markers).

    >>> visible("\u200f20:15\u2069") == "20:15"
    True
    """
    if text.isprintable():  # every invisible character is a format character (Cf), never printable
        return text  # seg10: one C pass over a line of prose, a third of the regex search's work
    return _INVISIBLE.sub("", text) if _INVISIBLE.search(text) else text


for _code in range(0x064B, 0x0660):  # harakat, tanwin, shadda, sukun, hamza marks
    _FOLD[chr(_code)] = ""
_FOLD["\u0670"] = ""  # superscript alef
for _code in range(0x06D6, 0x06EE):  # Quranic annotation marks
    _FOLD[chr(_code)] = ""
for _i in range(10):
    _FOLD[chr(0x0660 + _i)] = str(_i)  # Arabic-Indic digits
    _FOLD[chr(0x06F0 + _i)] = str(_i)  # Persian (extended) digits
# Fullwidth forms of ASCII (U+FF01-FF5E), as Chinese and Japanese text writes digits and
# punctuation beside Han characters: "２０２１／３／２５", "（火）", "～".
for _code in range(0xFF01, 0xFF5F):
    _FOLD[chr(_code)] = chr(_code - 0xFEE0)
_FOLD["\u3000"] = " "  # ideographic space


# A text holds a handful of distinct characters that change; replacing each everywhere with
# str.replace beats str.translate's per-character lookups about tenfold on Arabic news text
# (and a regex substitution calling a function per changed character about fourfold).
# Replacing one character after another is the same as replacing them all at once: no
# replacement is itself a key.
_CHANGED = re.compile("[" + "".join(re.escape(k) for k in _FOLD) + "]")


def fold_chars(text: str) -> str:
    """``text`` with the table above applied (hamza forms, ya, ta marbuta, marks, digits…), no offsets."""
    return _folded(text)[0]


def _folded(text: str) -> tuple[str, list[str]]:
    """:func:`fold_chars` of ``text``, and every character of the table it holds (each once)."""
    changed: list[str] = []
    m = _CHANGED.search(text)
    while m is not None:  # nothing before m.start() changes: search on from there
        ch = m.group()
        changed.append(ch)
        text = text.replace(ch, _FOLD[ch])
        m = _CHANGED.search(text, m.start())
    return text, changed


def fold_char(ch: str) -> str:
    """The normalised form of one character: one character, or "" when it is dropped."""
    folded = _FOLD.get(ch)
    if folded is not None:
        return folded
    low = ch.lower()
    return low if len(low) == 1 else ch


@attrs.frozen
class _Offsets(Sequence[int]):
    """Where each normalised character came from, without a list as long as the text.

    Characters are only ever dropped, so index ``i`` came from ``i`` plus the number
    of characters dropped before it: ``shifts[k]`` is the k-th dropped character's
    original index minus ``k``, and every index from there on moves one further.
    """

    shifts: tuple[int, ...]
    size: int  # len(normalised text) + 1: the last entry is len(original)

    def __len__(self) -> int:
        return self.size

    @overload
    def __getitem__(self, i: int) -> int: ...

    @overload
    def __getitem__(self, i: slice) -> tuple[int, ...]: ...

    def __getitem__(self, i: int | slice) -> int | tuple[int, ...]:
        if isinstance(i, slice):
            return tuple(self[k] for k in range(*i.indices(self.size)))
        k = i + self.size if i < 0 else i
        if not 0 <= k < self.size:
            raise IndexError(i)
        return k + bisect_right(self.shifts, k)

    def __iter__(self) -> Iterator[int]:
        return (k + bisect_right(self.shifts, k) for k in range(self.size))


@attrs.frozen
class Normalized:
    """A normalised text and, for each of its characters, the index it came from."""

    text: str
    offsets: Sequence[int]  # len(text) + 1 entries; the last is len(original)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The original ``[start, end)`` that normalised ``[start, end)`` came from."""
        # Characters dropped after the last kept one (diacritics, tatweel) stay with the word.
        return self.offsets[start], max(self.offsets[end], self.offsets[start])


def normalize(text: str) -> Normalized:
    """Normalise ``text`` for matching and keep the offset map back into it."""
    n = len(text)
    if text.isascii():
        return Normalized(text.lower(), _Offsets((), n + 1))
    folded, changed = _folded(text)
    low = folded.lower()
    if len(low) != len(folded):  # a letter such as İ lower-cases to two: keep those as they are
        low = "".join(fold_char(ch) for ch in folded)
    if len(low) == n:
        return Normalized(low, _Offsets((), n + 1))
    # tok11: the characters dropped are among those the fold met: each is found with str.find, not
    # the text scanned again by a pattern of them all
    dropped = [ch for ch in changed if not _FOLD[ch]]
    at: list[int] = []
    for ch in dropped:
        i = text.find(ch)
        while i >= 0:
            at.append(i)
            i = text.find(ch, i + 1)
    if len(dropped) > 1:
        at.sort()
    shifts = tuple(i - k for k, i in enumerate(at))
    return Normalized(low, _Offsets(shifts, len(low) + 1))
