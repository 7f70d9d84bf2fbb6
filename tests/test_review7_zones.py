"""Review of the zone abbreviations added in session 7: "Sgt" is Sergeant before a name, so "SGT"
(Singapore, +08:00) names a zone after a clock only in capitals, as "EAT", "CAT" and "West" do.

Reference: Friday 29 November 2024, 10:00 at +02:00: 10:00 SGT is 02:00 UTC, 04:00 at +02:00.
"""

from __future__ import annotations

import pytest

from liveblog import find_times

REF = "2024-11-29T10:00:00+02:00"

CASES = [
    # (text, [(span, timex)]) worked out by hand
    ("At 10:00 Sgt. John Smith was shot.", [("10:00", "2024-11-29T10:00")]),
    ("At 10:00 Sgt Smith said", [("10:00", "2024-11-29T10:00")]),
    ("At 10:00 SGT the ship docked.", [("10:00 SGT", "2024-11-29T04:00")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_sergeant_is_no_zone(text: str, expected: list[tuple[str, str]]) -> None:
    found = find_times(text, REF, languages=["en"])
    assert [(f.text, f.when.timex) for f in found] == expected
