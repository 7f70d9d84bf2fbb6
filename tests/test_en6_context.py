"""Dates read in their text: a report's "the quarter", and plans told in the past that point ahead.

Expected values worked out by hand before the resolver ran. References: Thursday 5 August 2021
(the second quarter, April-June 2021, is the last one over) and Wednesday 4 August 2021.

- "the quarter", "that quarter" of a company report name the last quarter said before them,
  however many other dates come between; a text with no quarter said before them names none
  ("the quarter finals", "residents of the quarter"); the words alone are the last quarter
  over, as TimeML annotates a report's "the quarter".
- A plan or a possibility reported in the past points ahead: "planned to fly on Friday", said
  on Wednesday 4 August, is Friday 6 August; "as early as Monday" Monday 9 August.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from liveblog import find_times, resolve

THU = datetime(2021, 8, 5, 12, 0, tzinfo=UTC)
WED = datetime(2021, 8, 4, 12, 0, tzinfo=UTC)

QUARTER: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Revenue climbed in the second quarter, the company said Tuesday. Costs in the quarter rose 4%.",
        [("second quarter", "2021-Q2"), ("Tuesday", "2021-08-03"), ("quarter", "2021-Q2")],
    ),
    (
        "The group expects a loss in the fourth quarter of 2021; sales in that quarter will shrink.",
        [("fourth quarter of 2021", "2021-Q4"), ("that quarter", "2021-Q4")],
    ),
    ("Shares fell on Monday. Analysts said the quarter looked weak.", [("Monday", "2021-08-02")]),
    ("Residents of the quarter fled on Friday.", [("Friday", "2021-07-30")]),
    ("Italy reached the quarter finals on Sunday.", [("Sunday", "2021-08-01")]),
]


@pytest.mark.parametrize(("text", "expected"), QUARTER, ids=[q[0][:40] for q in QUARTER])
def test_reported_quarter(text: str, expected: list[tuple[str, str]]) -> None:
    found = find_times(text, THU, tz="UTC", languages=["en"])
    assert [(f.text, f.when.timex) for f in found] == expected


@pytest.mark.parametrize("text", ["the quarter", "that quarter", "In the quarter"])
def test_quarter_alone_is_the_last_one_over(text: str) -> None:
    w = resolve(text, THU, tz="UTC", languages=["en"])
    assert w is not None
    assert w.timex == "2021-Q2"


PLANS: list[tuple[str, str]] = [
    ("The minister planned to fly to Paris on Friday.", "2021-08-06"),
    ("Talks could resume as early as Monday, a diplomat said.", "2021-08-09"),
    ("The envoy would be travelling to Cairo Thursday.", "2021-08-05"),
    ("Protesters were planning to march on Saturday.", "2021-08-07"),
    # told in the past with no plan: the day just gone
    ("The minister flew to Paris on Friday.", "2021-07-30"),
    ("Talks resumed on Monday, a diplomat said.", "2021-08-02"),
]


@pytest.mark.parametrize(("text", "timex"), PLANS, ids=[p[0][:40] for p in PLANS])
def test_plans_point_ahead(text: str, timex: str) -> None:
    found = find_times(text, WED, tz="UTC", languages=["en"])
    assert [f.when.timex for f in found] == [timex]


@pytest.mark.parametrize(
    "text",
    [
        "About 1,500 troops could be sent, officials said.",
        "The 747 might be grounded.",
        "A 7-Eleven could open as soon as possible.",
        "The team won 3-1 and could reach the quarter finals.",
    ],
)
def test_no_new_false_dates(text: str) -> None:
    """Quantities, names and scores beside the new cues name no date."""
    assert find_times(text, WED, tz="UTC", languages=["en"]) == []


def test_year_ago_compares_with_the_last_quarter_said() -> None:
    """ "a year ago" after a quarter compares with that quarter a year before, the day said between
    them ("ended June 30") left out: the second quarter of 2020; with no quarter said, the year."""
    text = "Sales in the quarter ended June 30 rose to $5 million from $4 million a year ago."
    found = find_times(text, THU, tz="UTC", languages=["en"])
    assert [f.when.timex for f in found] == ["2021-Q2", "2021-06-30", "2020-Q2"]
    plain = find_times("He joined the firm a year ago.", THU, tz="UTC", languages=["en"])
    assert [f.when.timex for f in plain] == ["2020"]
