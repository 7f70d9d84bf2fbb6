"""Company reports: "the latest quarter" is a quarter that is over.

"the latest quarter" (and "the latest period", "the latest fiscal year") names the quarter said
before it; when that one has not ended at the reference (a forecast for the current quarter),
or none was said, the last quarter over. Values worked out by hand: the reference, 6 November
2024, lies in 2024-Q4, so the last quarter over is 2024-Q3 and the last year over 2023.
"""

from __future__ import annotations

import pytest

from liveblog import find_times

REF = "2024-11-06T12:00+00:00"

# (running text, every (words, timex) expected, in order)
CASES = [
    ("Profit rose in the latest quarter.", [("latest quarter", "2024-Q3")]),
    (
        "The company expects a loss in the fourth quarter. In the latest quarter, sales rose.",
        [("fourth quarter", "2024-Q4"), ("latest quarter", "2024-Q3")],
    ),
    (
        "The company expects a loss in the fourth quarter. Profit in the latest quarter was up "
        "from a year earlier.",
        [("fourth quarter", "2024-Q4"), ("latest quarter", "2024-Q3"), ("a year earlier", "2023-Q3")],
    ),
    # a quarter already over stays the one meant
    (
        "Sales fell in the second quarter. In the latest quarter, they fell again.",
        [("second quarter", "2024-Q2"), ("latest quarter", "2024-Q2")],
    ),
    ("Revenue doubled in the latest fiscal year.", [("latest fiscal year", "2023")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_latest_period_is_over(text: str, expected: list[tuple[str, str]]) -> None:
    found = find_times(text, REF, languages=["en"])
    assert [(f.text, f.when.timex) for f in found] == expected
