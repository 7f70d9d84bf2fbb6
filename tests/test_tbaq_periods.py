"""Company-report periods: "year-end" and "this <month>".

"year-end", "year end" and "the year's end" are "the end of the year": September to December,
approximate (docs/resolution.md); with a year after them ("year-end 2023") that year's. "this
September" is the September of the reference's year, wherever the reference lies in it.
Values worked out by hand; the reference is Wednesday 6 November 2024.
"""

from __future__ import annotations

import pytest

from liveblog import find_times, resolve

REF = "2024-11-06T12:00+00:00"

# (words, timex)
CASES = [
    ("year-end", "2024-09/2024-12"),
    ("year end", "2024-09/2024-12"),
    ("the year's end", "2024-09/2024-12"),
    ("year-end 2023", "2023-09/2023-12"),
    ("this March", "2024-03"),  # behind the reference: still this year's
    ("this December", "2024-12"),
    ("this February", "2024-02"),
]


@pytest.mark.parametrize(("words", "timex"), CASES)
def test_periods(words: str, timex: str) -> None:
    w = resolve(words, REF, languages=["en"])
    assert w is not None
    assert w.timex == timex


def test_this_month_said_early_in_the_year() -> None:
    """Said on 5 February, "this September" is seven months ahead, though last September is nearer."""
    w = resolve("this September", "2024-02-05T12:00+00:00", languages=["en"])
    assert w is not None
    assert w.timex == "2024-09"


def test_year_end_in_running_text() -> None:
    found = find_times("Analysts expect the merger to close before year-end.", REF, languages=["en"])
    assert [(f.text, f.when.start.date().isoformat()) for f in found] == [("year-end", "2024-09-01")]
