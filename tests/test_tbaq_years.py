"""Bare years in running English news: after "of", "both", "due", "a", in a list of years.

A four-digit number is a year only with a cue; these cues are words of the ``yearbefore`` table.
"of", "both" and "due" are closed cues: the year must end its phrase (punctuation, the end of
the text, or "and"/"or"), since "a crowd of 2000 people" is a quantity. A number right after a
year and a comma or "and" continues a list of years. Cued years start at 1800 ("in 1851").
Values worked out by hand; the reference is 6 November 2024.
"""

from __future__ import annotations

import pytest

from liveblog import find_times

REF = "2024-11-06T12:00+00:00"

# (running text, every (words, timex) expected, in order)
CASES = [
    ("Profit rose in the first nine months of 2023.", [("2023", "2023")]),
    ("He was convicted under the Wildlife Act of 1981.", [("1981", "1981")]),
    ("Crime fell in 2019, 2020 and 2022.", [("2019", "2019"), ("2020", "2020"), ("2022", "2022")]),
    ("Output grew in both 2021 and 2022.", [("2021", "2021"), ("2022", "2022")]),
    ("A 2015 treaty bans the trade.", [("2015", "2015")]),
    ("The city was founded in 1851.", [("1851", "1851")]),
    ("The notes due 2030 and the shares were sold.", [("2030", "2030")]),
    # quantities stay quantities
    ("A crowd of 2000 people gathered.", []),
    ("Police said 1999 votes were cast.", []),
    ("The group has a total of 1950 members.", []),
    ("It cost 2000, 1500 and 1200 dollars.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_bare_years_in_running_text(text: str, expected: list[tuple[str, str]]) -> None:
    found = find_times(text, REF, languages=["en"])
    assert [(f.text, f.when.timex) for f in found] == expected
