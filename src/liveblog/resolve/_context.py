"""The words just before a date in running text, where they change its meaning.

The cues are data, one :class:`~liveblog.lang.tense.Tense` per language in
``lang/<code>/tense.py``; this module asks them, never which language it reads.

Two rules, both about direction in time, applied by :func:`liveblog.find_times`
to what the resolver found (a whole expression given to :func:`resolve` has
no words before it, so it is unaffected):

- **"until", "into", «حتى»**, and a future tense before the date ("will",
  "due to", «سوف», «من المقرر») point forward: "a warning extended into
  Saturday morning", «تستمر العاصفة حتى صباح الثلاثاء», "gritters will be out
  from 19:00". A date there that the past preference put before the reference
  is resolved again preferring the future.
- **"in two days" after a past verb is a duration**, not a date: "more than a
  month's rain in two days". In running English text an "in N units" reading
  needs a future cue in its clause ("will", "due", "expected", "next" …).
  Arabic «بعد يومين» is the same after a verb in the past: «عاد بعد ساعتين إلى
  منزله» ("he came back two hours later") counts from the story's own moment,
  not from now. Past narration uses the perfect, which has no prefix; so in
  running Arabic text «بعد N» needs a future word («سوف», «من المقرر»,
  «المقبل», «يتوقع» …) or a verb in the imperfect before it («تنتهي الهدنة بعد
  ثلاثة أيام», «سيعقد», «يصل الوفد») — words shaped like one that are not
  («تقرير», «نحو», «يوم», «يناير») are listed.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Sequence
from datetime import datetime

import attrs

from liveblog.lang.tense import Tense, tense
from liveblog.model import Found, When

__all__ = ["Reading", "in_context"]

_LOOK_BACK = 160  # characters of the clause before a date that are read
_CLAUSE_BREAK = re.compile(r"[.!?؟;؛\n]")

Reading = tuple[Found, str | None]
"""A date found in running text, and the language of its words when they are "in N units"
(an amount counted forward from the reference, which the clause may turn into a duration)."""


@functools.cache
def _cues(langs: tuple[str, ...]) -> tuple[tuple[Tense, ...], re.Pattern[str] | None]:
    """The languages' tense records, and every place one of their cues could begin (found once
    per text, they let the clause of each date skip its searches when none lies in it: linear in
    the text, however many dates it holds)."""
    found = tuple(t for lang in langs if (t := tense(lang)) is not None)
    starts = "|".join(p for t in found if (p := t.starts()))
    return found, (re.compile(f"(?={starts})", re.IGNORECASE) if starts else None)


def _is_duration(t: Tense, clause: str) -> bool:
    """Whether "in N units" / «بعد N» in running text says how long, not when (no future cue)."""
    if len(clause.split()) < t.bare_words:
        return False
    if t.future_re is not None and t.future_re.search(clause):
        return False
    return not (t.looks_ahead is not None and t.looks_ahead(clause))


def _forward(tenses: tuple[Tense, ...], clause: str) -> tuple[bool, str | None]:
    """Whether the clause points the date after it forward, and the forward word it ends with."""
    for t in tenses:
        m = t.forward_re.search(clause) if t.forward_re is not None else None
        if m is not None:
            return True, m.group().strip()
    for t in tenses:
        if (t.will_re is not None and t.will_re.search(clause)) or (
            t.future_clause is not None and t.future_clause(clause)
        ):
            return True, None
    return False, None


def _clause_start(breaks: list[int], start: int) -> int:
    """Where the clause before offset ``start`` begins: after the last break, at most _LOOK_BACK back."""
    k = bisect.bisect_left(breaks, start) - 1
    low = max(0, start - _LOOK_BACK)
    return breaks[k] + 1 if k >= 0 and breaks[k] >= low else low


def in_context(
    text: str,
    readings: Sequence[Reading],
    reference: datetime,
    again: Callable[[str], When | None],
    langs: tuple[str, ...],
) -> list[Found]:
    """What was found, with the two rules above applied in the cues of ``langs``; ``again``
    resolves words preferring the future."""
    tenses, cue_start = _cues(langs)
    if cue_start is None:
        return [f for f, _amount in readings]
    by_lang = {lang: t for lang in langs if (t := tense(lang)) is not None}
    out: list[Found] = []
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(text)]
    # The first place a cue could begin at or after the clauses read so far (len(text): none).
    # Clauses move forward with the dates, so each stretch of text is searched at most once, and
    # the text between clauses not at all.
    cue = -1
    for f, amount_lang in readings:
        begin = _clause_start(breaks, f.span.start)
        if cue < begin:
            m = cue_start.search(text, begin)
            cue = m.start() if m else len(text)
        counted = by_lang.get(amount_lang) if amount_lang is not None else None
        if counted is None and cue >= f.span.start:
            out.append(f)  # no cue can lie in the clause: neither rule applies
            continue
        clause = text[begin : f.span.start]
        if counted is not None and _is_duration(counted, clause):
            continue  # "fell in two days", «عاد بعد ساعتين»: how long, or counted from the story's moment
        forward, word = _forward(tenses, clause)
        # The forward word goes with the date: it is the cue a bare month needs («حتى رمضان», "until May").
        words = f"{word} {f.text}" if word else f.text
        later = again(words) if forward and f.when.end <= reference else None
        lead = clause.split()[-1:] if forward and later is None and f.when.end <= reference else []
        if lead:  # the span's first word was left out ("the" of "over the weekend"): read it again with it
            later = again(f"{lead[0]} {words}")
        if later is not None and later.start > f.when.start:
            out.append(attrs.evolve(f, when=later, rule=f"{f.rule}-forward"))
        else:
            out.append(f)
    return out
