"""Review of the Nordic "jul" bound (lang/sv, da, nb news.toml): its comment says "i jul" is
Christmas, but "i" is a month cue ("i juli"), so the bound month still counted: "I jul reser vi"
(at Christmas we travel) was July 2024. "i jul" is now a holiday row of its own.

Reference: Friday 29 November 2024, 10:00 at +02:00: the nearest Christmas is 25 December 2024.
"""

from __future__ import annotations

import pytest

from liveblog import find_times

REF = "2024-11-29T10:00:00+02:00"

CASES = [
    # (lang, text, [(span, timex)]) worked out by hand
    ("sv", "I jul reser vi hem.", [("I jul", "2024-12-25")]),
    ("da", "I jul rejser vi hjem.", [("I jul", "2024-12-25")]),
    ("nb", "I jul reiser vi hjem.", [("I jul", "2024-12-25")]),
    ("sv", "den 5 jul", [("5 jul", "2024-07-05")]),  # with a day: July
    ("sv", "i juli", [("juli", "2024-07")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES, ids=[f"{c[0]}:{c[1]}" for c in CASES])
def test_i_jul_is_christmas(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    found = find_times(text, REF, languages=[lang])
    assert [(f.text, f.when.timex) for f in found] == expected
