"""Similarity of entries: the match key, the score, and every threshold, in one place.

Private to :mod:`liveblog.assemble.dedup` (which re-exports the public names).
"""

from __future__ import annotations

from datetime import timedelta

import attrs
from rapidfuzz import fuzz

from liveblog._text import pagewords as words
from liveblog._text.normalize import normalize

__all__ = ["DEFAULT", "Thresholds", "match_key", "similarity"]


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
    whole = fuzz.ratio(a, b)
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) >= min_prefix and len(long) > len(short):
        return max(whole, fuzz.ratio(short, long[: len(short)]))
    return whole
