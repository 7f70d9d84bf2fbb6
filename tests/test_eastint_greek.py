"""Greek days said as ordinals before their month, Greek nth weekdays, Georgian seasons (eastint).

Values by hand from the reference Friday 2024-11-29 21:00, leaning to the past; a day and month
without a year is the nearest: 3 March 2025 (94 days ahead against 271 back), 15 February 2025,
5 October 2024, 13 August 2024. Τρίτη and Πέμπτη are Tuesday and Thursday, and the feminine
ordinals "third" and "fifth": before a month they are the day. October 2024's Tuesdays fall on
1, 8, 15, 22, 29; October 2014 began on a Wednesday, so its second Wednesday was the 8th.
Summer 2024 (meteorological, June to August) is the nearest summer to late November.
"""

from __future__ import annotations

import pytest

from liveblog.resolve import resolve

REF = "2024-11-29T21:00"

CASES = [
    ("el", "3η Μαρτίου 2016", "2016-03-03"),
    ("el", "η 15η Φεβρουαρίου", "2025-02-15"),
    ("el", "τρίτη Μαρτίου", "2025-03-03"),
    ("el", "πέμπτη Οκτωβρίου", "2024-10-05"),
    ("el", "πρώτη του Μάρτη", "2025-03-01"),
    ("el", "Τρίτη, 13η Αυγούστου", "2024-08-13"),  # the weekday before a written date names it
    ("el", "την Τρίτη", "2024-11-26"),  # alone it is Tuesday, this week's
    ("el", "πρώτη Τρίτη του Οκτώβρη", "2024-10-01"),
    ("el", "δεύτερη Τετάρτη του Οκτωβρίου 2014", "2014-10-08"),
    ("ka", "ამ ზაფხულს", "2024-SU"),
    # windows: the whole units before (after) the reference's own
    ("el", "τα τελευταία 2 λεπτά", "2024-11-29T20:58/2024-11-29T20:59"),
    ("el", "τις επόμενες 3 μέρες", "2024-11-30/2024-12-02"),
]


@pytest.mark.parametrize(("lang", "text", "timex"), CASES)
def test_resolved(lang: str, text: str, timex: str) -> None:
    when = resolve(text, REF, languages=[lang])
    assert when is not None, text
    assert when.timex == timex
