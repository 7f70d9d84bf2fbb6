"""Days listed with their month said once: "on 5 and 6 December", "December 5, 6 and 7".

A day number in a list whose month is said after its last day ("les 5 et 6 décembre", «يومي 5 و6
ديسمبر», "am 5. und 6. Dezember"), or after its first ("December 5 and 6", "Dec. 5, 6 and 7"), is
that day of the month (and year) the list names; before, "5" was the 5th of the reference's month
(a false date) or nothing. The list's "and" is the word that closes a "between" range in the
language. A comma that no "and" closes opens no list ("On December 5, 6 people died"), a number
before an hour or a unit is no day ("at 5 and 6 pm": two hours, "for 5 and 6 hours"), and a day with a month
of its own keeps it ("December 5 and 6 January").

Reference: Friday 29 November 2024, 10:00 at +02:00, prefer past; a year-less day and month in
running text takes the nearest occurrence (5-7 December 2024 are a week ahead).
"""

from __future__ import annotations

import pytest

from liveblog import find_times

from .found_check import REF, spans

CASES = [
    # (lang, text, [(span, timex), ...])
    ("en", "on 5 and 6 December", [("5", "2024-12-05"), ("6 December", "2024-12-06")]),
    (
        "en",
        "on 5, 6 and 7 December",
        [("5", "2024-12-05"), ("6", "2024-12-06"), ("7 December", "2024-12-07")],
    ),
    ("en", "on 5 and 12 December 2023", [("5", "2023-12-05"), ("12 December 2023", "2023-12-12")]),
    ("en", "on the 5th and 6th of December", [("5th", "2024-12-05"), ("6th of December", "2024-12-06")]),
    ("en", "on December 5 and 6", [("December 5", "2024-12-05"), ("6", "2024-12-06")]),
    (
        "en",
        "The summit runs on December 5, 6 and 7 in Doha.",
        [("December 5", "2024-12-05"), ("6", "2024-12-06"), ("7", "2024-12-07")],
    ),
    ("fr", "les 5 et 6 décembre", [("5", "2024-12-05"), ("6 décembre", "2024-12-06")]),
    ("de", "am 5. und 6. Dezember", [("5.", "2024-12-05"), ("6. Dezember", "2024-12-06")]),
    ("es", "los días 5 y 6 de diciembre", [("5", "2024-12-05"), ("6 de diciembre", "2024-12-06")]),
    ("ar", "يومي 5 و6 ديسمبر", [("5", "2024-12-05"), ("6 ديسمبر", "2024-12-06")]),
    # no list: each keeps its own reading
    ("en", "On December 5, 6 people were killed.", [("December 5", "2024-12-05")]),
    ("en", "December 5 and 6 January", [("December 5", "2024-12-05"), ("6 January", "2025-01-06")]),
    # gaps9: the half of the day said after the last hour is every hour's
    ("en", "at 5 and 6 pm", [("5", "2024-11-28T17:00"), ("6 pm", "2024-11-28T18:00")]),
    ("en", "for 5 and 6 hours", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES, ids=[c[1] for c in CASES])
def test_listed_days(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert spans(lang, text) == expected


def test_a_long_list_is_read_whole_and_no_further_than_its_bound() -> None:
    days = ", ".join(str(d) for d in range(1, 8)) + " and 8 May 2024"
    found = find_times(f"on {days}", REF, languages=["en"])
    assert [f.when.timex for f in found] == [f"2024-05-0{d}" for d in range(1, 9)]
    days = ", ".join(str(d) for d in range(1, 12)) + " and 12 May 2024"  # longer than a list goes
    found = find_times(f"on {days}", REF, languages=["en"])
    assert found[-1].when.timex == "2024-05-12"
    assert "2024-05-01" not in [f.when.timex for f in found]
