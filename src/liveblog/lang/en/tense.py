"""English cues for the tense of a clause before a date (see :class:`liveblog.lang.tense.Tense`)."""

from __future__ import annotations

from liveblog.lang.tense import Tense

__all__ = ["TENSE"]

TENSE = Tense(
    # "a warning extended into Saturday morning", "talks run until Friday"
    forward=("until", "till", "into", "through", "ahead of"),
    forward_fill=("at least",),
    # "gritters will be out from 19:00"
    will=(
        *("will", "won't", "shall", "'ll", "going to", "due to", "set to", "scheduled", "expected to"),
        *("forecast to", "likely to", "plan to", "plans to", "is to", "are to"),
    ),
    # "more than a month's rain in two days" is a duration; "talks will resume in two days" a date
    future=(
        *("will", "won't", "shall", "would", "'ll", "going to", "due", "expected", "expect", "expects"),
        *("set to", "scheduled", "plan", "plans", "planned", "aim", "aims", "intend", "intends", "hope"),
        *("hopes", "is to", "are to", "next", "promise", "promised", "threaten", "threatens"),
    ),
    bare_words=2,
)
