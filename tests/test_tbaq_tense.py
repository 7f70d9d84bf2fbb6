"""A year-less date in a clause told in the past is the last occurrence, not the nearest one.

Running English news: "The company bought the plant in March", written in November, is the
March just gone, though the coming March is nearer. The context pass
(:mod:`liveblog.resolve._context`) moves such a date back one year when its clause has a verb in
the past and no future cue, unless it lies within two months ahead (a schedule being reported:
"the offer was extended to Dec. 2"); deictic words ("tomorrow") and dates already in the past are left
alone. Values worked out by hand from Wednesday 6 November 2024.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from liveblog import find_times

REF = "2024-11-06T12:00+00:00"  # a Wednesday

# (running text, the dated words, the timex expected)
CASES = [
    # past verb before the date: the last March (8 months back), not the coming one (4 ahead)
    ("The company bought the plant in March.", "March", "2024-03"),
    ("The chief executive resigned in February for health reasons.", "February", "2024-02"),
    ("Sales rose 4% in the year ended Jan. 31.", "Jan. 31", "2024-01-31"),
    ("He was appointed on Feb. 2.", "Feb. 2", "2024-02-02"),  # 88 days ahead; told in the past
    ("Profit fell 5% in the first quarter.", "first quarter", "2024-Q1"),
    # the verb after the date, in the same sentence
    ("In February, the rebels took the town.", "February", "2024-02"),
    # a future cue wins over a past verb, and the present keeps the nearest
    ("The company will buy the plant in March.", "March", "2025-03"),
    ("The board meets in March.", "March", "2025-03"),
    ("The report is expected in January.", "January", "2025-01"),
    ("The company said it expects to close the deal in January.", "January", "2025-01"),
    # an -ed word after an article is an adjective, not a verb in the past
    ("The proposed merger is set for March.", "March", "2025-03"),
    # already in the past, or deictic: unchanged
    ("Voters went to the polls on Tuesday.", "Tuesday", "2024-11-05"),
    ("Officials said the talks would resume tomorrow.", "tomorrow", "2024-11-07"),
    ("The plant closed in October.", "October", "2024-10"),
    # within two months ahead, a past clause is reporting a schedule: the coming date stays
    ("The offer was extended to Dec. 2.", "Dec. 2", "2024-12-02"),
    (
        "The dividend is payable Dec. 20 to holders of record Nov. 29, the company said.",
        "Nov. 29",
        "2024-11-29",
    ),
    (
        "The dividend is payable Dec. 20 to holders of record Nov. 29, the company said.",
        "Dec. 20",
        "2024-12-20",
    ),
    ("The board said it had set the vote for early December.", "early December", "2024-12-01/2024-12-10"),
    # a written year is never moved
    ("The company bought the plant in March 2025.", "March 2025", "2025-03"),
]


@pytest.mark.parametrize(("text", "words", "timex"), CASES)
def test_past_clause_moves_a_yearless_date_back(text: str, words: str, timex: str) -> None:
    found = [f for f in find_times(text, REF, languages=["en"]) if f.text == words]
    assert [f.when.timex for f in found] == [timex]


def test_two_clauses_two_directions() -> None:
    """Each date reads its own clause: the first is told in the past, the second after "will"."""
    text = "Exports were weak in February and will recover in March."
    found = {f.text: f.when.timex for f in find_times(text, REF, languages=["en"])}
    assert found == {"February": "2024-02", "March": "2025-03"}


def test_rule_says_the_move() -> None:
    (f,) = find_times("The company bought the plant in March.", REF, languages=["en"])
    assert f.rule.endswith("-past")


# the cue nearest before the date decides; "since" always points back (whatever the distance)
NEAREST = [
    (
        "Officials say they will review the case of the boy, who has lived with relatives since he was "
        "rescued in late February.",
        "late February",
        "2024-02-21/2024-02-29",  # 2024 is a leap year: the late part is 21-29 February
    ),
    ("Inspections have been blocked since Jan. 13.", "Jan. 13", "2024-01-13"),
    ("The ban has been in force since Dec. 1.", "Dec. 1", "2023-12-01"),  # 25 days ahead, but "since"
    ("The company said it will close the plant in March.", "March", "2025-03"),
    ("The company said on Monday that it expects to sell the unit in March.", "March", "2025-03"),
    # words relative to the moment of writing are never moved; a participle after "be" or "still",
    # or one negated with "un-", is no verb in the past
    (
        "The firm announced that it planned to ship a product based on the chip early next year.",
        "early next year",
        "2025-01/2025-03",
    ),
    ("The summit would still be held on Feb. 24.", "Feb. 24", "2025-02-24"),
    ("The dividend would be paid on a still unspecified date in March.", "March", "2025-03"),
    # a fronted "until" whose clause goes on in the past: the last Monday (4 November), not the next
    ("Until Monday, the police had not named a suspect.", "Monday", "2024-11-04"),
    ("Until Monday, the shops will stay closed.", "Monday", "2024-11-11"),
    ("A warning was extended into Saturday morning.", "Saturday morning", "2024-11-09TMO"),
]


@pytest.mark.parametrize(("text", "words", "timex"), NEAREST)
def test_nearest_cue_decides(text: str, words: str, timex: str) -> None:
    found = [f for f in find_times(text, REF, languages=["en"]) if f.text == words]
    assert [f.when.timex for f in found] == [timex]


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September")
_MONTHS += ("October", "November", "December")


@given(
    day=st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)),
    month=st.sampled_from(_MONTHS),
)
@settings(max_examples=60, deadline=None)
def test_past_clause_never_leaves_a_month_far_ahead(day: date, month: str) -> None:
    """Told in the past, a month is the nearest one unless that lies more than two months ahead
    (by its middle): then exactly the one a year before. Told with "will", it is never earlier."""
    ref = datetime(day.year, day.month, day.day, 12, tzinfo=UTC)
    near = find_times(f"The company will buy the plant in {month}.", ref, languages=["en"])
    (told,) = find_times(f"The company bought the plant in {month}.", ref, languages=["en"])
    (alone,) = find_times(f"in {month}", ref, languages=["en"])
    assert [f.when.start >= alone.when.start for f in near] == [True]
    w = alone.when
    middle = w.start + (w.end - w.start) / 2
    if w.start <= ref or middle <= ref + timedelta(days=61):
        assert told.when == w
    else:
        assert told.when.start == w.start.replace(year=w.start.year - 1)
        assert told.when.end <= ref
