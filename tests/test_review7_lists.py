"""Review of the listed days (resolve/_compose.py): a list whose last day, or head, names no month
lends none, and no list of numbers, however long, recurses without bound.

Before: "on 5, 6 and 7 people died" raised RecursionError (7 read its head "on 5", whose list read 7
again); once that loop was cut, "6" took November from "on 5" (a false date); "on 1 and 2 and 3 …
and 900" was a chain of calls as deep as the list was long (RecursionError past a few hundred days).

Reference: Friday 29 November 2024, 10:00 at +02:00, prefer past. "on 5" alone is the 5th of the
reference's month (5 November 2024, a Tuesday), as it was before lists were read.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from liveblog import find_times

REF = "2024-11-29T10:00:00+02:00"

CASES = [
    # (lang, text, [(span, timex), ...]) worked out by hand
    # a list whose last day has no month: each number keeps what it said alone (was RecursionError)
    ("en", "on 5 and 6 people died", [("5", "2024-11-05")]),
    ("en", "on 5, 6 and 7 people died", [("5", "2024-11-05")]),
    ("en", "on the 5th and 6 people", [("5th", "2024-11-05")]),
    ("en", "On Tuesday, 5 and 6 were killed", [("Tuesday, 5", "2024-11-05")]),
    ("ar", "يوم 5 و6 و7 أشخاص", [("يوم 5", "2024-11-05")]),
    # a last day or head that names its month still lends it
    ("en", "on Dec. 5, 6 and 7", [("Dec. 5", "2024-12-05"), ("6", "2024-12-06"), ("7", "2024-12-07")]),
    ("en", "on 5 and 12 December 2023", [("5", "2023-12-05"), ("12 December 2023", "2023-12-12")]),
    (
        "fr",
        "les 5, 6 et 7 décembre",
        [("5", "2024-12-05"), ("6", "2024-12-06"), ("7 décembre", "2024-12-07")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES, ids=[c[1] for c in CASES])
def test_listed_days_review(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    found = find_times(text, REF, languages=[lang])
    assert [(f.text, f.when.timex) for f in found] == expected


def test_a_list_of_a_thousand_days_is_read_without_deep_recursion() -> None:
    days = [i % 28 + 1 for i in range(1200)]  # ends … 23 and 24 December
    found = find_times("on " + " and ".join(map(str, days)) + " December", REF, languages=["en"])
    assert [(f.text, f.when.timex) for f in found] == [
        ("1", "2024-11-01"),  # "on 1": the 1st of the reference's month
        # gaps9: a list goes on through every "and", and one longer than 8 days is none
        ("24 December", "2024-12-24"),
    ]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(1, 31), st.sampled_from([", ", " and ", " ", " et "])),
        min_size=1,
        max_size=40,
    ),
    st.sampled_from(["", " December", " people", " pm", " décembre 2023"]),
    st.sampled_from(["on ", "", "les ", "December "]),
)
def test_any_run_of_numbers_reads_without_error(items: list[tuple[int, str]], tail: str, head: str) -> None:
    text = head + "".join(f"{n}{sep}" for n, sep in items[:-1]) + str(items[-1][0]) + tail
    for f in find_times(text, REF, languages=["en", "fr"]):
        assert text[f.span.start : f.span.end] == f.text
