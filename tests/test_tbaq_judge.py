"""The TBAQ judge: a part of a period, which TimeML writes as the whole with a ``mod``, is right.

TimeML writes "early November" as ``1989-11`` with mod START; liveblog writes the part itself,
``1989-11-01/1989-11-10``. ``bench/_tbaq.part_of`` takes them as one value when liveblog's part
lies inside the gold period, is shorter, and its middle falls in the third the mod names.
Middles worked out by hand below.
"""

from __future__ import annotations

import pytest
from bench import _tbaq

# (gold value, gold mod, liveblog timex, right?)
CASES = [
    ("1989-11", "START", "1989-11-01/1989-11-10", True),  # middle 5-6 Nov: first third (1-11 Nov)
    ("1989-11", "END", "1989-11-21/1989-11-30", True),  # middle 25-26 Nov: last third (from 21 Nov)
    ("1989-11", "END", "1989-11-01/1989-11-10", False),  # the start is not the end
    ("1989-11", "MID", "1989-11-11/1989-11-20", True),  # middle 15-16 Nov: middle third
    ("197", "END", "1977/1979", True),  # 1977-1979, middle mid-1978: last third of the 1970s
    ("199", "MID", "1994/1996", True),  # middle mid-1995: 1993-05 to 1996-09 is the middle third
    ("1990", "START", "1990-01/1990-03", True),  # January to March
    ("1989", "END", "1989-09/1989-12", True),  # September to December, middle about 1 November
    ("1989-11", None, "1989-11-01/1989-11-10", False),  # no mod: the whole month was meant
    ("1989-11", "APPROX", "1989-11-01/1989-11-10", False),  # a hedge, not a part
    ("1989-11", "START", "1989-10-25/1989-11-05", False),  # not inside November
    ("1998-03-03", "START", "1998-03-03TMO", False),  # morning 05:00-12:00, middle 08:30: past 08:00
    ("1989-11", "START", "not a value", False),
]


@pytest.mark.parametrize(("value", "mod", "timex", "right"), CASES)
def test_part_of_a_period(value: str, mod: str | None, timex: str, right: bool) -> None:
    assert _tbaq.liveblog_right(value, timex, mod) is right


def test_exact_values_stay_right_whatever_the_mod() -> None:
    assert _tbaq.liveblog_right("1989-11", "1989-11", "START")
    assert _tbaq.liveblog_right("1994", "1994", "ON_OR_AFTER")
