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


@pytest.mark.parametrize(
    ("value", "timex", "right"),
    [
        ("199", "199X", True),  # the 1990s
        ("19", "19XX", True),  # the 20th century
        ("198", "199X", False),
        ("199X", "199X", True),  # TimeML's "some year of the 1990s" is spelled alike
        ("1990", "199X", False),  # a year is not its decade
    ],
)
def test_decades_and_centuries(value: str, timex: str, right: bool) -> None:
    assert _tbaq.liveblog_right(value, timex) is right


def test_exact_values_stay_right_whatever_the_mod() -> None:
    assert _tbaq.liveblog_right("1989-11", "1989-11", "START")
    assert _tbaq.liveblog_right("1994", "1994", "ON_OR_AFTER")


# (liveblog's text and timex, the TIMEX3 expressions expected: (start, end, text, value))
RANGES = [
    ("between 1985 and 1987", "1985/1987", [(8, 12, "1985", "1985"), (17, 21, "1987", "1987")]),
    ("from 1991 to 1997", "1991/1997", [(5, 9, "1991", "1991"), (13, 17, "1997", "1997")]),
    ("July 13-15", "1998-07-13/1998-07-15", [(0, 7, "July 13", "1998-07-13"), (8, 10, "15", "1998-07-15")]),
    (
        "Monday to Friday",
        "2024-11-04/2024-11-08",
        [(0, 6, "Monday", "2024-11-04"), (10, 16, "Friday", "2024-11-08")],
    ),
    (
        "from today through Nov. 17",
        "1989-10-27/1989-11-17",
        [(5, 10, "today", "1989-10-27"), (19, 26, "Nov. 17", "1989-11-17")],
    ),
    (
        "this year through August",
        "1989/1989-08",
        [(0, 9, "this year", "1989"), (18, 24, "August", "1989-08")],
    ),
    # a part of a period is one expression
    ("late 1970s", "1977/1979", [(0, 10, "late 1970s", "1977/1979")]),
    ("mid-1990s", "1994/1996", [(0, 9, "mid-1990s", "1994/1996")]),
    ("2024-11-06", "2024-11-06", [(0, 10, "2024-11-06", "2024-11-06")]),
]


@pytest.mark.parametrize(("text", "timex", "ends"), RANGES)
def test_range_ends(text: str, timex: str, ends: list[tuple[int, int, str, str]]) -> None:
    got = _tbaq.range_ends(0, text, timex)
    assert [(f.start, f.end, f.text, f.said) for f in got] == ends


def test_gold_spans_read_in_their_document() -> None:
    """Alone, "a year earlier" is the year before the document's date; in its document, after "the
    third quarter", it is that quarter a year before (1988-Q3)."""
    from bench import corpora

    text = "Profit rose in the third quarter. It was $5 a year earlier."
    start = text.index("a year earlier")
    q = text.index("third quarter")
    doc = {
        "doc_id": "own",
        "dct": "1989-10-26",
        "text": text,
        "timexes": [
            {"start": q, "end": q + 13, "text": "third quarter", "type": "DATE", "value": "1989-Q3"},
            {
                "start": start,
                "end": start + 14,
                "text": "a year earlier",
                "type": "DATE",
                "value": "1988-Q3",
                "anchor_tid": "t1",
            },
        ],
    }
    spans = corpora.run_tbaq_spans([doc], with_dateparser=False)
    assert [i.lb_right for i in spans] == [True, False]
    assert corpora.in_context([doc], spans) == [True, True]
