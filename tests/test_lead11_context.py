"""A date fronted in its sentence, set off by a comma, has its verb further on (lead11).

"In January, a week after the anniversary of the ruling, a bombing killed a guard": the verb that
tells the tense ("killed") stands past a long adverbial, beyond the 60 characters a date's clause
was read after it, so the month fell back to the nearest January (the coming one). A fronted
date's clause is now read as far as the fronted-date rule reads it (160 characters), and an "and"
inside its adverbial does not end it.

Reference Sunday 25 October 1998: January told in the past is January 1998; told in the future,
or with no tense, the nearest January, 1999 (worked out by hand).
"""

from __future__ import annotations

import pytest

from liveblog import find_times

REF = "1998-10-25T21:00"

CASES = [
    # past verb far after a fronted month
    (
        "In January, a week after the anniversary of the court ruling on abortion, a bombing killed a guard.",
        "1998-01",
    ),
    (
        "In January, after weeks of talks between the two sides and their backers, the rebels took the city.",
        "1998-01",
    ),
    (
        "In March, only days after the ceasefire brokered by the neighbouring countries, fighting resumed.",
        "1998-03",
    ),
    # the future keeps the coming month
    (
        "In January, after weeks of talks between the two sides and their backers, the rebels will vote.",
        "1999-01",
    ),
    (
        "In March, once the talks between the two sides and their backers are over, the army is to withdraw.",
        "1999-03",
    ),
    # near the date the verb was always read
    ("In January, a bomb killed a guard.", "1998-01"),
]


@pytest.mark.parametrize(("text", "timex"), CASES, ids=[c[0][:40] for c in CASES])
def test_a_fronted_month_takes_the_tense_of_its_far_verb(text: str, timex: str) -> None:
    """The month's year follows the clause's verb, however long the adverbial before it."""
    found = find_times(text, REF, languages=["en"])
    assert [f.when.timex for f in found] == [timex]
