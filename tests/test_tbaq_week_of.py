""" "the week of March 6": the ISO week (Monday to Sunday) that holds the day.

Values worked out by hand: 2 December 2024 is a Monday of ISO week 49; 6 March 2023 a Monday,
63 days after Monday 2 January 2023 (week 1), so week 10; 5 September 2024 a Thursday in the
week of Monday 2 September, 35 weeks after Monday 1 January 2024 (week 1), so week 36.
"""

from __future__ import annotations

import pytest

from liveblog import find_times, resolve

REF = "2024-11-06T12:00+00:00"

CASES = [
    ("the week of Dec. 2", "2024-W49"),  # Dec. 2 is 26 days ahead: the nearest one, this year's
    ("the week of March 6, 2023", "2023-W10"),
    ("the week of 5 September 2024", "2024-W36"),
    ("week of Dec. 2", "2024-W49"),
]


@pytest.mark.parametrize(("words", "timex"), CASES)
def test_week_of_a_day(words: str, timex: str) -> None:
    w = resolve(words, REF, languages=["en"])
    assert w is not None
    assert w.timex == timex


def test_week_of_in_running_text() -> None:
    found = find_times("Hearings are set for the week of Dec. 2, officials said.", REF, languages=["en"])
    assert [(f.text, f.when.timex) for f in found] == [("week of Dec. 2", "2024-W49")]


def test_week_of_something_else_names_no_week() -> None:
    assert find_times("Turnout rose in the week of the vote.", REF, languages=["en"]) == []
