"""The words just before a date in running text, where they change its meaning.

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
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime

import attrs

from liveblog.model import Found, When

__all__ = ["in_context"]

_LOOK_BACK = 160  # characters of the clause before a date that are read
_CLAUSE_BREAK = re.compile(r"[.!?؟;؛\n]")
_FORWARD = re.compile(
    r"(?:\b(?:until|till|into|through|ahead of)(?:\s+at\s+least)?"
    r"|(?<!\S)(?:حتى|حتي|لغاية|الى غاية|إلى غاية))\s+$",
    re.IGNORECASE,
)
# A future tense in the clause before a date points it forward too ("gritters will be out from 19:00").
_WILL = re.compile(
    r"\b(?:will|won't|shall|'ll|going to|due to|set to|scheduled|expected to|forecast to|likely to"
    r"|plans? to|is to|are to)\b"
    r"|(?<!\S)(?:سوف|من المقرر|من المتوقع|المقرر)(?!\S)",
    re.IGNORECASE,
)
_FUTURE_CUE = re.compile(
    r"\b(?:will|won't|shall|would|'ll|going to|due|expected|expects?|set to|scheduled|plans?|planned|"
    r"aims?|intends?|hopes?|is to|are to|next|promised?|threatens?)\b",
    re.IGNORECASE,
)
_MIN_CLAUSE_WORDS = 2  # fewer words before "in N units" is a bare expression, not a sentence


def _clause_before(text: str, start: int) -> str:
    before = text[max(0, start - _LOOK_BACK) : start]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    return before[breaks[-1].end() :] if breaks else before


def in_context(
    text: str,
    found: list[Found],
    reference: datetime,
    again: Callable[[str], When | None],
) -> list[Found]:
    """``found`` with the two rules above applied; ``again`` resolves words preferring the future."""
    out: list[Found] = []
    for f in found:
        clause = _clause_before(text, f.span.start)
        if f.rule == "en-in" and len(clause.split()) >= _MIN_CLAUSE_WORDS and not _FUTURE_CUE.search(clause):
            continue  # "fell in two days": how long, not when
        word = _FORWARD.search(clause)
        forward = word or _WILL.search(clause)
        # The forward word goes with the date: it is the cue a bare month needs («حتى رمضان», "until May").
        words = f"{word.group().strip()} {f.text}" if word else f.text
        later = again(words) if forward and f.when.end <= reference else None
        if later is not None and later.start > f.when.start:
            out.append(attrs.evolve(f, when=later, rule=f"{f.rule}-forward"))
        else:
            out.append(f)
    return out
