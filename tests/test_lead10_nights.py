"""The night from one day into the next in Polish, Ukrainian, Czech and Slovak (lead10), as Russian
"в ночь со среды на четверг" already was (lead9): a part of the day, "of" the first day, "into" the
second — one mention, the first day's night (it was three: the part, and each day alone). "The
night into Friday" alone is Friday's small hours (NI of Thursday runs into Friday; the grammar
gives the early hours of the day named, as Russian "в ночь на четверг").

Reference: Friday 29 November 2024, 14:00, leaning to the past: Thursday is 28 November.
"""

from __future__ import annotations

import pytest

from liveblog import find_times

REF = "2024-11-29T14:00:00"

NIGHTS = [
    ("pl", "W nocy z czwartku na piątek zginęły dwie osoby.", "W nocy z czwartku na piątek", "2024-11-28TNI"),
    ("uk", "В ніч з четверга на п'ятницю загинули двоє.", "В ніч з четверга на п'ятницю", "2024-11-28TNI"),
    ("cs", "V noci ze čtvrtka na pátek zemřeli dva lidé.", "V noci ze čtvrtka na pátek", "2024-11-28TNI"),
    (
        "sk",
        "V noci zo štvrtka na piatok zomreli dvaja ľudia.",
        "V noci zo štvrtka na piatok",
        "2024-11-28TNI",
    ),
    ("pl", "w nocy na piątek", "w nocy na piątek", "2024-11-29TMO"),
    ("uk", "у ніч проти п'ятниці", "у ніч проти п'ятниці", "2024-11-29TMO"),
    ("ru", "в ночь со среды на четверг", "в ночь со среды на четверг", "2024-11-27TNI"),
]


@pytest.mark.parametrize(("lang", "text", "span", "timex"), NIGHTS, ids=[f"{c[0]}:{c[2]}" for c in NIGHTS])
def test_the_night_from_one_day_into_the_next(lang: str, text: str, span: str, timex: str) -> None:
    found = find_times(text, REF, languages=[lang])
    assert [(f.text, f.when.timex) for f in found] == [(span, timex)]


def test_a_night_with_no_day_stays_the_night() -> None:
    found = find_times("w nocy padało", REF, languages=["pl"])
    assert [(f.text, f.when.timex) for f in found] == [("w nocy", "2024-11-28TNI")]
