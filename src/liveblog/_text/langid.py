"""The page's main language: its script, then a language identification library (lingua).

A page mixes languages: an Arabic live blog has English chrome ("Live",
"Reuters"), an English one quotes Arabic. Each line with enough letters votes
with its letters; the language with most letters is the page's. A line's
script names its candidates (Arabic script: ar, fa, ur; Cyrillic: ru, uk, bg;
Hebrew: he alone; Arabic script without a letter that only Persian and Urdu
write: ar), and lingua, in its low-accuracy mode (trigram models, loaded only
for the candidates of the scripts the page uses), picks among them.
docs/languages.md compares the libraries we tried and says why this one.

>>> detect_language("تغطية مباشرة Live\\nقالت وزارة الصحة إن عدد القتلى ارتفع إلى 15 شخصا")
'ar'
>>> detect_language("Live – Le ministère de la santé a indiqué que le bilan était passé à 15 morts")
'fr'
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from typing import Any

__all__ = ["CANDIDATES", "DEFAULT", "detect_language", "script_of"]

# The languages a page may be identified as (those with word tables in liveblog.lang), by script.
_BY_SCRIPT: dict[str, tuple[str, ...]] = {
    "LATIN": (
        *("en", "fr", "de", "es", "it", "pt", "tr", "nl", "pl", "ca", "da", "ga", "hr", "hu"),
        *("nb", "ro", "sv", "vi"),
    ),
    "ARABIC": ("ar", "fa", "ur"),
    "CYRILLIC": ("ru", "uk", "bg"),
    "HEBREW": ("he",),
    "GREEK": ("el",),
    "GEORGIAN": ("ka",),
    "HANGUL": ("ko",),
    "HIRAGANA": ("ja",),
    "KATAKANA": ("ja",),
    "CJK": ("zh",),
}
CANDIDATES = tuple(dict.fromkeys(c for group in _BY_SCRIPT.values() for c in group))
"""Every language a page may be identified as."""

DEFAULT = "en"
_SAMPLE = 20_000  # characters of a page read to identify it
_LINE_LETTERS = 12  # a line with fewer letters ("BBC", "12:05") does not vote on its own
_LETTER = re.compile(r"[^\W\d_]")
# Letters Persian and Urdu write and the Arabic alphabet lacks (Farsi yeh and keheh included):
# Arabic-script text with none of them is Arabic, and no model is loaded for it.
_PERSO_URDU = frozenset("پچژگکیےۓٹڈڑںھۀۃ")


def script_of(char: str) -> str | None:
    """The script of a letter as :data:`_BY_SCRIPT` names it ("ARABIC"), None for other scripts."""
    name = unicodedata.name(char, "")
    first = name.split(" ", 1)[0]
    if first in _BY_SCRIPT:
        return first
    return "CJK" if name.startswith("CJK UNIFIED") else None


def _script(text: str) -> str | None:
    counts = Counter(script_of(c) for c in _LETTER.findall(text))
    counts.pop(None, None)
    if not counts:
        return None
    if counts.keys() & {"HIRAGANA", "KATAKANA"}:
        return "HIRAGANA"  # Japanese mixes kana with kanji
    return counts.most_common(1)[0][0]


@functools.cache
def _detector(script: str) -> Any:
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = [getattr(IsoCode639_1, c.upper()) for c in _BY_SCRIPT[script]]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).with_low_accuracy_mode().build()


def _identify(text: str, letters: int) -> str | None:
    script = _script(text)
    if script is None:
        return None
    group = _BY_SCRIPT[script]
    if script == "ARABIC" and _PERSO_URDU.isdisjoint(text):
        return "ar"
    if len(group) == 1 or letters < _LINE_LETTERS:  # "Live": too few letters to tell, the script's first
        return group[0]  # the script says it: no model to load
    found = _detector(script).detect_language_of(text)
    return found.iso_code_639_1.name.lower() if found is not None else group[0]


def detect_language(text: str) -> str:
    """The main language of ``text``, a code of :data:`CANDIDATES` (:data:`DEFAULT` with no letters)."""
    sample = text[:_SAMPLE]
    votes: Counter[str] = Counter()
    for line in sample.splitlines():
        letters = len(_LETTER.findall(line))
        if letters >= _LINE_LETTERS:
            lang = _identify(line, letters)
            if lang is not None:
                votes[lang] += letters
    if votes:
        return votes.most_common(1)[0][0]
    return _identify(sample, len(_LETTER.findall(sample))) or DEFAULT
