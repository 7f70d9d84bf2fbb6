"""Amounts of time said with fractions, decimals and post-markers (English).

Every expected value was worked out by hand before the resolver ran, from the
reference Wednesday 5 March 2025, 10:15 UTC. Sub-day amounts keep the clock
(an exact amount of hours or minutes is the instant it lands on, at the second,
as "now" is: en9); days are the day they land in, weeks the ISO week
(docs/resolution.md, "Ago and in"). 2025-W08 is 17-23 February, 2025-W12 17-23 March.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from liveblog import resolve

REF = datetime(2025, 3, 5, 10, 15, tzinfo=UTC)

# (text, expected TIMEX3, grain name)
CASES: list[tuple[str, str, str]] = [
    # fractions of an hour in digits, glued or not to the unit
    ("in 1/2 hour", "2025-03-05T10:45:00", "SECOND"),
    ("in 3/4h", "2025-03-05T11:00:00", "SECOND"),
    ("in 1/4 h", "2025-03-05T10:30:00", "SECOND"),
    ("1/2 hour ago", "2025-03-05T09:45:00", "SECOND"),
    # decimals
    ("in 1.5 hours", "2025-03-05T11:45:00", "SECOND"),
    ("2.5 hours ago", "2025-03-05T07:45:00", "SECOND"),
    # "and a half" between the number and the unit
    ("in 2 and a half hours", "2025-03-05T12:45:00", "SECOND"),
    ("one and a half hours ago", "2025-03-05T08:45:00", "SECOND"),
    # fractions in words: "a quarter of an hour" is not one quarter of a year
    ("in a quarter of an hour", "2025-03-05T10:30:00", "SECOND"),
    ("in three-quarters of an hour", "2025-03-05T11:00:00", "SECOND"),
    ("three quarters of an hour ago", "2025-03-05T09:30:00", "SECOND"),
    # "from now", "hence" after the amount
    ("4 hours from now", "2025-03-05T14:15:00", "SECOND"),
    ("20 minutes from now", "2025-03-05T10:35:00", "SECOND"),
    ("three days hence", "2025-03-08", "DAY"),
    ("two months from now", "2025-05", "MONTH"),
    # a fortnight is two weeks
    ("a fortnight ago", "2025-02-19", "DAY"),  # about the day two weeks back (issue 14)
    ("in a fortnight", "2025-03-19", "DAY"),
]


@pytest.mark.parametrize(("text", "timex", "grain"), CASES, ids=[c[0] for c in CASES])
def test_amount(text: str, timex: str, grain: str) -> None:
    w = resolve(text, REF, prefer="past", tz="UTC", languages=["en"])
    assert w is not None, text
    assert (w.timex, w.grain.name) == (timex, grain)


@pytest.mark.parametrize(
    "text",
    [
        "in 1/2",  # no unit
        "a 2.5 percent rise",  # a decimal that is no amount of time
        "from now on",  # no amount
        "in 5/3 hours",  # a fraction over one is no fraction of an hour here
    ],
)
def test_not_an_amount(text: str) -> None:
    assert resolve(text, REF, prefer="past", tz="UTC", languages=["en"]) is None
