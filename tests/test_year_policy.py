"""One year policy in every language: a day of the year said without its year is its nearest
occurrence when leaning to the past, whether our tables or dateparser read it."""

from __future__ import annotations

import pytest

from liveblog.resolve import resolve

REF = "2024-11-29T21:00:00+00:00"

# Worked out by hand from 29 November 2024: 9 May 2025 is 161 days ahead, 9 May 2024 204 days back
# (nearest: 2025); 9 December 2024 is 10 days ahead; 1 August 2024 is 120 days back, 1 August 2025
# 245 ahead (nearest: 2024).
CASES = [
    ("en", "on 9 May", "2025-05-09"),
    ("fr", "le 9 mai", "2025-05-09"),
    ("es", "el 9 de mayo", "2025-05-09"),
    ("it", "il 9 maggio", "2025-05-09"),
    ("pt", "em 9 de maio", "2025-05-09"),
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
def test_year_less_days_take_the_nearest_year(lang: str, text: str, timex: str) -> None:
    when = resolve(text, REF, languages=[lang])
    assert when is not None
    assert when.timex == timex


@pytest.mark.parametrize(("lang", "text", "timex"), CASES)
def test_leaning_to_the_future_takes_the_next(lang: str, text: str, timex: str) -> None:
    when = resolve(text, REF, languages=[lang], prefer="future")
    assert when is not None
    expected = timex if timex > "2024-11-29" else f"2025{timex[4:]}"
    assert when.timex == expected
