"""A match score is no day and no clock.

- "il 2 a 0", "el 2 a 1", "le 3 à 0": a day prefix, a number, a range word and a second number
  that makes no day range after it (not larger, or over 31) and is no clock: a score.
- "3:1", "2:0": a clock has two digits of minutes; dateparser's fallback read "3:1 w sobotę" as
  Saturday 03:01.
Neighbours that stay times are in the same tables.

Reference: Friday 29 November 2024, 10:00 at +02:00; a bare day takes this month's (16 November,
20 November), last Saturday is 23 November.
"""

from __future__ import annotations

import pytest

from liveblog import find_times

REF = "2024-11-29T10:00:00+02:00"

CASES = [
    ("it", "Il giorno dopo il 2 a 0 contro la Roma, la squadra si allena.", []),
    ("es", "Ganaron el partido el 2 a 1.", []),
    ("fr", "Après le 3 à 0 contre Lyon, l'entraîneur a parlé.", []),
    ("pl", "Wygrali 3:1 w sobotę.", [("w sobotę", "2024-11-23")]),
    ("de", "Sie gewannen 2:0 am Samstag.", [("am Samstag", "2024-11-23")]),
    # still times: a clock after the range word, a real range of days with its month
    ("fr", "le 16 à 6h du soir", [("le 16 à 6h du soir", "2024-11-16T18:00")]),
    ("es", "el 2 al 5 de marzo", [("el 2 al 5 de marzo", "2025-03-02/2025-03-05")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_scores_are_no_times(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    found = find_times(text, REF, languages=[lang])
    assert [(f.text, f.when.timex) for f in found] == expected
