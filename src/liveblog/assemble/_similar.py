"""Similarity of entries: the match key, the score, and every threshold, in one place.

Private to :mod:`liveblog.assemble.dedup` (which re-exports the public names).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from datetime import timedelta
from types import ModuleType
from typing import TypeVar

import attrs

from liveblog._text import pagewords as words
from liveblog._text.normalize import normalize

__all__ = [
    "DEFAULT",
    "MAX_SHARED",
    "Thresholds",
    "compatible",
    "facts",
    "match_key",
    "rarest",
    "ratio",
    "similarity",
]


@functools.cache
def _fuzz() -> ModuleType:
    from rapidfuzz import fuzz

    return fuzz


def ratio(a: str, b: str, *, score_cutoff: float | None = None) -> float:
    """rapidfuzz's ``fuzz.ratio`` of two strings, 0 to 100 (0 under ``score_cutoff``). rapidfuzz is
    imported when two texts are first compared (fast9: a page of distinct posts, as the seed is,
    never compares two, and the import is 8 ms of a cold ``liveblog show``)."""
    return float(_fuzz().ratio(a, b, score_cutoff=score_cutoff))


def _score(_inst: object, attribute: attrs.Attribute[float], value: float) -> None:
    if not 0 <= value <= 100:
        raise ValueError(f"threshold {attribute.name} must be a score from 0 to 100, got {value!r}")


@attrs.frozen
class Thresholds:
    """Every number deduplication decides with, in one place.

    Scores are rapidfuzz similarities from 0 to 100 between match keys
    (:func:`match_key`); ``tests/test_dedup.py`` holds pairs on both sides of
    each one.

    - ``same_minute`` (80): two entries stamped the same minute are one when
      their keys score at least this. A pinned copy or a key-events item
      scores 100; an edit that fixes a typo and adds a sentence scores ~95 by
      the prefix comparison; two different posts filed in the same minute
      rarely pass 60.
    - ``repost`` (95): entries at different times (within ``repost_window``),
      or under two different anchors, are one only when near-identical: a
      re-post changes nothing or a character or two.
    - ``repost_window`` (30 minutes): how far apart a re-post may be; a post
      with the same words hours later is a new development, not a repeat.
    - ``min_prefix`` (12 characters): the shortest key compared with the start
      of a longer one (a key-events title against the post it repeats);
      shorter keys must match whole.
    - ``mention`` (90): two mentions of the same date in different entries are
      one happening when the clauses around them score at least this.
    - ``clause_words`` (5): a mention's clause is this many words either side
      of its date expression (attribution at a sentence's start varies between
      reports of one happening; the words next to the date do not).
    """

    same_minute: float = attrs.field(default=80.0, validator=_score)
    repost: float = attrs.field(default=95.0, validator=_score)
    repost_window: timedelta = attrs.field(default=timedelta(minutes=30))
    min_prefix: int = attrs.field(default=12, validator=attrs.validators.ge(1))
    mention: float = attrs.field(default=90.0, validator=_score)
    clause_words: int = attrs.field(default=5, validator=attrs.validators.ge(1))

    @repost_window.validator
    def _check_window(self, _attribute: attrs.Attribute[timedelta], value: timedelta) -> None:
        if value < timedelta(0):
            raise ValueError(f"repost_window must not be negative, got {value!r}")


DEFAULT = Thresholds()

# Candidates, not all pairs: where many texts could pair up (thousands of posts in one minute, one
# date cited by thousands of posts), a text is compared only with those that hold one of its
# SIGNATURE rarest words. Texts similar enough to be one share most words, the rarest included;
# a word held by more than MAX_SHARED texts is no evidence of which ones, and is not looked up.
SIGNATURE = 4
MAX_SHARED = 64


_W = TypeVar("_W", str, int)


def rarest(words_: Iterable[_W], counts: Mapping[_W, int]) -> list[_W]:
    """The :data:`SIGNATURE` rarest of ``words_`` held by at most :data:`MAX_SHARED` texts (ties by word).

    >>> rarest(["the", "aleppo", "toll", "rises"], {"the": 900, "aleppo": 2, "toll": 40, "rises": 40})
    ['aleppo', 'rises', 'toll']
    """
    usable = {w for w in words_ if counts.get(w, 0) <= MAX_SHARED}
    return sorted(usable, key=lambda w: (counts.get(w, 0), w))[:SIGNATURE]


def hold(index: dict[_W, int | list[int]], word: _W, n: int) -> None:
    """Note in a word index that text ``n`` holds ``word``.

    Most words of a crowded index stand in one text: that text is kept as an
    int, and a list only for a word that several texts hold (a list each took
    a third of the index's memory).
    """
    held = index.get(word)
    if held is None:
        index[word] = n
    elif isinstance(held, int):
        index[word] = [held, n]
    else:
        held.append(n)


def holders_of(index: Mapping[_W, int | list[int]], word: _W) -> Iterable[int]:
    """The texts that hold ``word`` in an index built by :func:`hold`."""
    held = index.get(word)
    if held is None:
        return ()
    return (held,) if isinstance(held, int) else held


def match_key(title: str | None, text: str) -> str:
    """What two entries are compared on: normalised, folded title and text.

    >>> match_key("إغلاق مطار الكويت", "أمام الرحلات…")
    'اغلاق مطار الكويت امام الرحلات'
    >>> match_key(None, "اغلاق مطار الكويت امام الرحلات")
    'اغلاق مطار الكويت امام الرحلات'
    """
    joined = f"{title} {text}" if title else text
    return words.fold(normalize(joined).text)


def similarity(a: str, b: str, *, min_prefix: int = DEFAULT.min_prefix) -> float:
    """How alike two match keys are, 0 to 100: whole keys, or the shorter against the longer's start.

    >>> similarity("severe flood warning", "severe flood warning issued for the calder")
    100.0
    >>> similarity("death toll rises officials say seven", "death toll rises the department says") < 80
    True
    """
    if a == b:
        return 100.0
    whole = ratio(a, b)
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) >= min_prefix and len(long) > len(short):
        return max(whole, ratio(short, long[: len(short)]))
    return whole


_WORD = re.compile(r"[^\W_]+")
# What may stand between the end of one sentence and the next word: the next word starts a sentence
# (and is capitalised for that reason alone in cased scripts).
_SENTENCE_GAP = re.compile(r"[.!?؟…:;\n\"'«»“”(\[–—-]")


def facts(title: str | None, text: str) -> frozenset[str]:
    """The figures and names a post states: its numbers, and its capitalised words inside a sentence.

    Language-general: numbers in any digits (normalised to ASCII), and in a
    cased script every word with a capital that does not open a sentence
    (places, people, organisations). A script without case (Arabic) gives its
    numbers only. Names are read from the text, not the title (titles are
    often in Title Case).

    >>> sorted(facts(None, "Death toll in Aleppo rises to 12. Rescuers are still searching."))
    ['12', 'aleppo']
    >>> sorted(facts("Update 3", "ارتفع عدد القتلى في حلب إلى ١٢"))
    ['12', '3']
    """
    found: set[str] = set()
    for part, names in ((title or "", False), (text, True)):
        previous_end = -1
        for m in _WORD.finditer(part):
            word = m.group()
            if any(ch.isdigit() for ch in word):
                found.update(re.findall(r"\d+", normalize(word).text))
            elif (
                names
                and word[0].isupper()
                and previous_end >= 0
                and not _SENTENCE_GAP.search(part, previous_end, m.start())
            ):
                found.add(word.casefold())
            previous_end = m.end()
    return frozenset(found)


def compatible(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two posts' facts can belong to one post: the one's are all in the other's.

    A truncated key-events item or an edit that adds a sentence only adds
    facts; "Death toll in Aleppo rises to 12" and "… in Homs rises to 40" each
    state something the other does not, so they are two posts.

    >>> compatible(frozenset({"12", "aleppo"}), frozenset({"12", "aleppo", "unicef"}))
    True
    >>> compatible(frozenset({"12", "aleppo"}), frozenset({"40", "homs"}))
    False
    """
    return a <= b or b <= a
