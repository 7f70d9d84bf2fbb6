"""A bare year after a possessive is a year ("the company's 1989 results"); counts stay counts.

Expected values by hand; reference Friday 13 February 1998. A four-digit number from 1900 to 2100
after "'s", "my" or "your" names that year, as after "his" or "its" before; a number with a
thousands comma, three digits, or a unit after it is a quantity.
"""

from __future__ import annotations

import pytest

from liveblog import find_times

REF = "1998-02-13T12:00"

CASES: list[tuple[str, list[tuple[str, str]]]] = [
    ("Losses will weigh on the group's 1997 accounts.", [("1997", "1997")]),
    ("The bank’s 1996 profit was restated.", [("1996", "1996")]),  # a typographic apostrophe
    ("Britain's 2012 bid was launched on Monday.", [("2012", "2012"), ("Monday", "1998-02-09")]),
    ("She recalled my 1994 visit.", [("1994", "1994")]),
    ("The firm's 1,500 workers went on strike.", []),
    ("Boeing's 747 jets were grounded.", []),
    ("The army's 1500 troops withdrew.", []),  # 1500 lies outside the years a cue reads
    ("The plant's 2000 hours of output were lost.", []),  # a unit after it: a quantity
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_year_after_possessive(text: str, expected: list[tuple[str, str]]) -> None:
    found = find_times(text, REF, tz="UTC", languages=["en"])
    assert [(f.text, f.when.timex) for f in found] == expected
