"""One year policy in every language: a day of the year said without its year, leaning to the
past, is its last occurrence unless the coming one is within a third of a year (120 days) ahead
(tb9; it was the nearest before), whether our tables or dateparser read it."""

from __future__ import annotations

import pytest

from liveblog.resolve import resolve

REF = "2024-11-29T21:00:00+00:00"

# Worked out by hand from 29 November 2024: 9 May 2025 is 161 days ahead, more than 120 (the last
# one: 2024, though nearer); 9 March 2025 is 1 + 31 + 31 + 28 + 9 = 100 days ahead (2025);
# 9 December 2024 is 10 days ahead; 1 August 2024 is 120 days back, 1 August 2025 245 ahead (2024).
CASES = [
    ("en", "on 9 May", "2024-05-09"),
    ("fr", "le 9 mai", "2024-05-09"),
    ("es", "el 9 de mayo", "2024-05-09"),
    ("it", "il 9 maggio", "2024-05-09"),
    ("pt", "em 9 de maio", "2024-05-09"),
    ("en", "on 9 March", "2025-03-09"),
    ("fr", "le 9 mars", "2025-03-09"),
    ("en", "on 9 December", "2024-12-09"),
    ("fr", "le 9 décembre", "2024-12-09"),
    ("es", "el 9 de diciembre", "2024-12-09"),
    ("it", "il 9 dicembre", "2024-12-09"),
    ("pt", "em 9 de dezembro", "2024-12-09"),
    ("en", "on 1 August", "2024-08-01"),
    ("fr", "le 1er août", "2024-08-01"),
    ("es", "el 1 de agosto", "2024-08-01"),
    ("it", "il 1 agosto", "2024-08-01"),
    ("pt", "em 1 de agosto", "2024-08-01"),
]


@pytest.mark.parametrize(("lang", "text", "timex"), CASES)
def test_year_less_days_take_the_last_year_unless_soon(lang: str, text: str, timex: str) -> None:
    when = resolve(text, REF, languages=[lang])
    assert when is not None
    assert when.timex == timex


@pytest.mark.parametrize(("lang", "text", "timex"), CASES)
def test_leaning_to_the_future_takes_the_next(lang: str, text: str, timex: str) -> None:
    when = resolve(text, REF, languages=[lang], prefer="future")
    assert when is not None
    expected = timex if timex > "2024-11-29" else f"2025{timex[4:]}"
    assert when.timex == expected
