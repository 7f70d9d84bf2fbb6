"""Review of wave 6 (review6): false dates and crashes found in ordinary news text.

Every expected value is worked out by hand before running the resolver; reference Friday
29 November 2024 21:00 UTC unless a row says otherwise.
"""

from __future__ import annotations

import pytest

from liveblog import find_times

REF = "2024-11-29T21:00"

# A possessive before a round hundred: a count as often as a year, so none; other years stay.
POSSESSIVE: list[tuple[str, list[tuple[str, str]]]] = [
    ("The country's 2000 soldiers were deployed on the border.", []),
    ("The city's 1800 police officers were on duty.", []),
    ("The company’s 1900 employees went on strike.", []),  # a typographic apostrophe
    ("Your 2100 points count double.", []),
    ("Apple's 2023 results beat forecasts.", [("2023", "2023")]),
    ("The party's 2019 manifesto promised cuts.", [("2019", "2019")]),
    ("He recalled my 1994 visit.", [("1994", "1994")]),
]


@pytest.mark.parametrize(("text", "expected"), POSSESSIVE, ids=[c[0][:40] for c in POSSESSIVE])
def test_round_hundred_after_possessive_is_a_count(text: str, expected: list[tuple[str, str]]) -> None:
    found = find_times(text, REF, tz="UTC", languages=["en"])
    assert [(f.text, f.when.timex) for f in found] == expected
